/**
 * linkedom's getElementsByTagName, with its case test made once per call instead of once per node.
 *
 * linkedom walks every node under the element and keeps an element when its tag equals the
 * name asked or, in an HTML document, when its upper-cased tag (its `tagName`) does: a new
 * string made for every element of the page that is not of the tag asked. The metadata stage
 * walks the whole page this way a dozen times ('meta', 'script', 'link', 'h1' …) and
 * Readability asks it of every container it weighs ('a', 'p', 'img' …).
 *
 * An upper-cased tag equals the name only when upper-casing leaves the name as it is. For a
 * name with a lowercase letter, which is how copydesk and Readability ask, the second test
 * never holds, and the walk here compares the tag alone: the same elements in the same order,
 * in linkedom's NodeList. Other names go to linkedom's own method. If linkedom's files are not
 * laid out as expected, nothing is replaced: slower, never broken; a test checks the replacement.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** A node as linkedom's walk sees it: the next node in page order, and the end marker of an element or document. */
interface LightNode {
  nodeType: number;
  localName: string;
  [link: symbol]: LightNode;
}

type TagSearch = (this: LightNode, tagName: string) => LightNode[];

/** Marks the replaced method, for tests and for a second load in one process. */
export const FAST_TAG_SEARCH = Symbol.for('copydesk.fast-tag-search');

const ELEMENT_NODE = 1;

/** Replaces ParentNode's getElementsByTagName; `cjsDir` is linkedom's CommonJS folder. */
export function fastTagSearch(require: NodeJS.Require, cjsDir: string): void {
  const files = ['mixin/parent-node.js', 'interface/node-list.js', 'shared/symbols.js'].map((f) => join(cjsDir, ...f.split('/')));
  if (!files.every((f) => existsSync(f))) return;
  const [parentFile = '', listFile = '', symbolsFile = ''] = files;
  const { ParentNode } = require(parentFile) as { ParentNode?: { prototype: Record<PropertyKey, unknown> } };
  const { NodeList } = require(listFile) as { NodeList?: new () => LightNode[] };
  const { NEXT, END } = require(symbolsFile) as { NEXT?: unknown; END?: unknown };
  const proto = ParentNode?.prototype;
  const own = proto?.getElementsByTagName;
  if (!proto || proto[FAST_TAG_SEARCH] || typeof own !== 'function' || !NodeList || typeof NEXT !== 'symbol' || typeof END !== 'symbol') return;
  const linkedomSearch = own as TagSearch;
  const search: TagSearch = function (this: LightNode, tagName: string): LightNode[] {
    if (typeof tagName !== 'string' || tagName === tagName.toUpperCase()) return linkedomSearch.call(this, tagName);
    const elements = new NodeList();
    const end = this[END];
    for (let next = this[NEXT]; next && next !== end; next = next[NEXT]) {
      if (next.nodeType === ELEMENT_NODE && next.localName === tagName) elements.push(next);
    }
    return elements;
  };
  proto.getElementsByTagName = search;
  proto[FAST_TAG_SEARCH] = true;
}
