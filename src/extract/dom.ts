/**
 * The DOM copydesk extracts from. Two builders, one tree:
 *
 * - `light` (default): the page is parsed by parse5, the HTML parser inside jsdom, and its
 *   tree is copied into a linkedom document. The tree is exactly jsdom's (same parser, same
 *   error recovery, same foster parenting); only the DOM objects are lighter: building them
 *   is several times faster and they are freed like any other object.
 * - `jsdom`: the reference, kept for comparison and as the fallback. Scripts and
 *   subresources are off, so nothing on the page runs or calls home. Its windows must be
 *   closed, or jsdom keeps their memory; jsdom is loaded only when this builder is used.
 *
 * Callers get the document, the page URL (linkedom documents have none of their own) and
 * close(), to call when done.
 */
import { createRequire } from 'node:module';
import { parse, serialize } from 'parse5';
import type { DefaultTreeAdapterMap } from 'parse5';
import type { JSDOM, VirtualConsole } from 'jsdom';
import type { DomKind } from '../config.js';
import { flattenDeep, MAX_DEPTH, mayBeDeeperThan } from './budget.js';
import type { TreeAccess } from './budget.js';
import { loadLinkedom } from './light-events.js';
import { linkedomBuild } from './linkedom-tree.js';

export type { DomKind };

export interface PageDom {
  document: Document;
  /** The page's address, base for relative links ('' when unknown). */
  url: string;
  kind: DomKind;
  close(): void;
}

/** Stand-in base for pages without an http(s) address, so relative links still parse. */
const NO_URL = 'https://copydesk.invalid/';

function baseUrl(url: string | undefined): string {
  return url && /^https?:/i.test(url) ? url : NO_URL;
}

/** Nesting beyond the budget is flattened in the tree before anything walks it (budget.ts). */
const DOM_TREE: TreeAccess<Node> = {
  children: (node) => Array.from(node.childNodes),
  setChildren: (parent, nodes) => (parent as Element).replaceChildren(...nodes),
  isText: (node) => node.nodeType === 3 && /\S/.test(node.nodeValue ?? ''),
};

// ---- jsdom (reference) ----------------------------------------------------------------

interface JsdomModule {
  JSDOM: typeof JSDOM;
  VirtualConsole: typeof VirtualConsole;
}
let jsdomModule: JsdomModule | null = null;

/** jsdom is loaded on first use: start-up and the light builder never pay for it. */
function loadJsdom(): JsdomModule {
  if (!jsdomModule) {
    const require = createRequire(import.meta.url);
    jsdomModule = require('jsdom') as JsdomModule;
  }
  return jsdomModule;
}

function buildJsdom(html: string, url: string | undefined): PageDom {
  const { JSDOM, VirtualConsole } = loadJsdom();
  const dom = new JSDOM(html, {
    url: baseUrl(url),
    contentType: 'text/html',
    // A console with no listeners: a page's CSS and parse complaints are not ours.
    virtualConsole: new VirtualConsole(),
    pretendToBeVisual: false,
  });
  const document = dom.window.document;
  flattenDeep<Node>(document, DOM_TREE);
  return { document, url: url ?? '', kind: 'jsdom', close: () => dom.window.close() };
}

/** Style sheets and style attributes are the usual trigger of jsdom's CSS parser errors. */
const STYLE_BLOCKS = /<style\b[^>]*>[\s\S]*?<\/style\s*>|\sstyle\s*=\s*("[^"]*"|'[^']*')/gi;

/**
 * jsdom's own tree building recurses and slows with depth (100,000 nested elements overflow
 * the stack after minutes), so flattening its finished tree is too late. A page that may be
 * that deep is parsed by parse5 first, flattened, and handed to jsdom as serialized; any
 * page that was not too deep goes to jsdom exactly as it came.
 */
function shallowHtml(html: string): string {
  if (!mayBeDeeperThan(html)) return html;
  const tree = parse(html, { scriptingEnabled: false });
  return flattenDeep<P5Node | P5Parent>(tree, P5_TREE) > 0 ? serialize(tree) : html;
}

function parseWithJsdom(source: string, url: string | undefined): PageDom {
  const html = shallowHtml(source);
  try {
    return buildJsdom(html, url);
  } catch {
    // jsdom's CSS parser has thrown on real pages: parse again without styles, so one
    // page's DOM error never costs its text.
    return buildJsdom(html.replace(STYLE_BLOCKS, ''), url);
  }
}

// ---- light: parse5 tree into linkedom ---------------------------------------------------

type P5Node = DefaultTreeAdapterMap['childNode'];
type P5Parent = DefaultTreeAdapterMap['parentNode'];

const HTML_NS = 'http://www.w3.org/1999/xhtml';

const P5_TREE: TreeAccess<P5Node | P5Parent> = {
  children: (node) => ('childNodes' in node ? node.childNodes : []),
  setChildren: (parent, nodes) => {
    const children = nodes as P5Node[];
    for (const child of children) child.parentNode = parent as DefaultTreeAdapterMap['parentNode'];
    (parent as DefaultTreeAdapterMap['element']).childNodes = children;
  },
  isText: (node) => node.nodeName === '#text' && /\S/.test((node as DefaultTreeAdapterMap['textNode']).value),
};

/**
 * URL properties as browsers (and jsdom) define them: the attribute resolved against the
 * document's base URL, the raw value when it does not parse, '' when absent. linkedom returns
 * the attribute as written; Readability and the Markdown writer read these properties.
 * The getters are set on linkedom's classes once, for the whole process: the spec's
 * behaviour, which no caller of linkedom relies on the absence of.
 */
const URL_PROPERTIES: readonly ['HTMLAnchorElement' | 'HTMLAreaElement' | 'HTMLImageElement', string][] = [
  ['HTMLAnchorElement', 'href'],
  ['HTMLAreaElement', 'href'],
  ['HTMLImageElement', 'src'],
];

let urlPropertiesAligned = false;

function alignUrlProperties(classes: ReturnType<typeof loadLinkedom>): void {
  if (urlPropertiesAligned) return;
  urlPropertiesAligned = true;
  for (const [type, name] of URL_PROPERTIES) {
    Object.defineProperty(classes[type].prototype, name, {
      configurable: true,
      get(this: Element): string {
        const value = this.getAttribute(name);
        if (value === null) return '';
        try {
          return new URL(value, this.ownerDocument.baseURI).href;
        } catch {
          return value;
        }
      },
      set(this: Element, value: unknown): void {
        this.setAttribute(name, String(value));
      },
    });
  }
}

/** The empty document every light page starts from: parsed once, cloned per page. */
let blankDocument: Document | null = null;

function newDocument(): Document {
  if (!blankDocument) {
    const linkedom = loadLinkedom();
    alignUrlProperties(linkedom);
    blankDocument = linkedom.parseHTML('<!DOCTYPE html><html></html>').document as unknown as Document;
  }
  // A deep clone keeps linkedom's document set-up and the doctype, without the parse.
  const doc = blankDocument.cloneNode(true) as Document;
  doc.documentElement?.remove();
  return doc;
}

/** Copies parse5's children of `from` under `to`, depth first, without recursion. */
function copyTree(doc: Document, from: P5Parent, to: Node): void {
  const stack: [P5Parent, Node][] = [[from, to]];
  for (let item = stack.pop(); item; item = stack.pop()) {
    const [source, target] = item;
    for (const child of source.childNodes as P5Node[]) {
      let node: Node;
      switch (child.nodeName) {
        case '#text':
          node = doc.createTextNode((child as DefaultTreeAdapterMap['textNode']).value);
          break;
        case '#comment':
          node = doc.createComment((child as DefaultTreeAdapterMap['commentNode']).data);
          break;
        case '#documentType':
          continue;
        default: {
          const el = child as DefaultTreeAdapterMap['element'];
          const out = el.namespaceURI === HTML_NS ? doc.createElement(el.tagName) : doc.createElementNS(el.namespaceURI, el.tagName);
          // linkedom puts each new attribute first: set them last to first to keep the page's order.
          for (let a = el.attrs.length - 1; a >= 0; a--) {
            const attr = el.attrs[a] as DefaultTreeAdapterMap['element']['attrs'][number];
            try {
              out.setAttribute(attr.prefix ? `${attr.prefix}:${attr.name}` : attr.name, attr.value);
            } catch {
              // A name the DOM refuses (parse5 accepts nearly anything): the attribute is dropped.
            }
          }
          node = out;
          const content = el.tagName === 'template' ? (el as DefaultTreeAdapterMap['template']).content : el;
          if (content.childNodes.length) stack.push([content, out]);
        }
      }
      target.appendChild(node);
    }
  }
}

/**
 * The addresses jsdom would give the document: URL and documentURI are the page's (or the
 * stand-in), baseURI follows the first <base href>. Readability makes links absolute with them.
 */
function setAddresses(doc: Document, url: string | undefined, html: string): void {
  const documentUrl = baseUrl(url);
  let base = documentUrl;
  // A query over the whole tree costs more than the rest of this function: most pages have
  // no <base> tag at all, and a tree can only hold one the source names.
  const href = /<base[\s/>]/i.test(html) ? doc.querySelector('base[href]')?.getAttribute('href') : null;
  if (href != null) {
    try {
      base = new URL(href, documentUrl).href;
    } catch {
      // An unparsable <base href> is ignored, as browsers do.
    }
  }
  for (const [name, value] of [['URL', documentUrl], ['documentURI', documentUrl], ['baseURI', base]] as const) {
    Object.defineProperty(doc, name, { value, configurable: true });
  }
}

/**
 * Is any node more than `depth` levels below `root`? A walk by first child, next sibling and
 * parent, which linkedom answers without building lists.
 */
function deeperThan(root: Node, depth: number): boolean {
  let level = 1;
  let node: Node | null = root.firstChild;
  while (node) {
    if (level > depth) return true;
    if (node.firstChild) {
      node = node.firstChild;
      level++;
      continue;
    }
    while (!node.nextSibling) {
      node = node.parentNode;
      level--;
      if (!node || node === root) return false;
    }
    node = node.nextSibling;
  }
  return false;
}

/** The page's tree as parse5 objects, flattened where too deep, then copied into linkedom. */
function parseLightCopied(html: string): Document {
  const tree = parse(html, { scriptingEnabled: false });
  flattenDeep<P5Node | P5Parent>(tree, P5_TREE);
  const doc = newDocument();
  copyTree(doc, tree, doc);
  return doc;
}

function parseLight(html: string, url: string | undefined): PageDom {
  let doc = newDocument();
  const build = linkedomBuild(doc);
  parse(html, { scriptingEnabled: false, treeAdapter: build.adapter });
  build.finish();
  // flattenDeep changes a tree only where a node lies two levels past MAX_DEPTH; such a page
  // (hostile, or a formatting-tag trick) is built again the way that can be flattened.
  // (The root element is one level below the document; the doctype before it links to no sibling.)
  const root = doc.documentElement as Element | null;
  if (build.mayBeDeeperThan(MAX_DEPTH) && root && deeperThan(root, MAX_DEPTH)) doc = parseLightCopied(html);
  setAddresses(doc, url, html);
  return { document: doc, url: url ?? '', kind: 'light', close: () => undefined };
}

/**
 * Builds the DOM of a page. `url` is the page's address (base for relative links). A light
 * build that fails falls back to jsdom, so one page's DOM error never costs its text.
 */
export function parseHtml(html: string, url?: string, kind: DomKind = 'light'): PageDom {
  if (kind === 'jsdom') return parseWithJsdom(html, url);
  try {
    return parseLight(html, url);
  } catch {
    return parseWithJsdom(html, url);
  }
}
