/**
 * Limits on the shape of a page, so hostile markup ends in bounded time and memory.
 *
 * The DOM libraries and Readability walk the tree; several of their steps cost time per
 * level of nesting or per element (a million elements took Readability over 20 s; 100,000
 * nested elements took minutes). News pages are nowhere near these limits: on the
 * development pages, after pre-DOM stripping, the deepest element is 51 levels down and
 * the largest page has about 1,600 elements.
 *
 * - Too many elements: the page is refused before any DOM is built, with TOO_LARGE (stage
 *   extract). Counting start tags is one indexOf pass over the string.
 * - Too deep: nesting below MAX_DEPTH is flattened. The element at that depth keeps, in
 *   document order, the elements beneath it that hold text of their own (paragraphs,
 *   headings, list items, links) with what is inside them, and the wrappers around them
 *   (elements with no text of their own) are dissolved: an article nested 300 divs deep keeps
 *   its paragraphs apart, as on a shallow page. Below MAX_DEPTH + BLOCK_LEVELS, where only
 *   text-in-text nesting (x<b>x<b>x…) can reach, every text node is kept and nothing else.
 */
import { CopydeskError } from '../errors.js';

/** Start tags a page may have. Twenty times the largest development page is far above it. */
export const MAX_ELEMENTS = 200_000;

/**
 * Levels of nesting kept as they are. Five times the deepest development page; the
 * recursive steps of the DOM libraries stay far from the stack limit at this depth.
 */
export const MAX_DEPTH = 256;

function isAsciiLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/** Number of start tags (`<` then a letter) in the page, counting no further than `limit + 1`. */
export function countStartTags(html: string, limit = MAX_ELEMENTS): number {
  let count = 0;
  for (let i = html.indexOf('<'); i >= 0; i = html.indexOf('<', i + 1)) {
    if (isAsciiLetter(html.charCodeAt(i + 1)) && ++count > limit) break;
  }
  return count;
}

/** Throws TOO_LARGE when the page has more start tags than MAX_ELEMENTS. */
export function checkElementBudget(html: string, url?: string): void {
  if (countStartTags(html) > MAX_ELEMENTS) {
    throw new CopydeskError('TOO_LARGE', `page has more than ${MAX_ELEMENTS} elements`, { url, stage: 'extract' });
  }
}

/** The little a tree needs to offer for flattening: parse5 nodes and DOM nodes both fit. */
export interface TreeAccess<N> {
  children(node: N): readonly N[];
  /** Makes `nodes` (in order) the only children of `parent`. */
  setChildren(parent: N, nodes: N[]): void;
  /** Is the node a text node with something other than white space? */
  isText(node: N): boolean;
}

/**
 * The nodes that stay beneath a flattened element, in document order: nodes with nothing
 * beneath them, and (when `keep` says so) elements that hold text, whole. Everything else is
 * a wrapper and is dissolved. An explicit stack, walked last child first.
 */
function survivors<N>(children: readonly N[], tree: TreeAccess<N>, keep: (n: N, below: readonly N[]) => boolean): N[] {
  const out: N[] = [];
  const walk: N[] = [...children].reverse();
  for (let n = walk.pop(); n !== undefined; n = walk.pop()) {
    const below = tree.children(n);
    if (below.length === 0 || keep(n, below)) {
      out.push(n);
      continue;
    }
    for (let i = below.length - 1; i >= 0; i--) walk.push(below[i] as N);
  }
  return out;
}

/**
 * Flattens everything below MAX_DEPTH under `root`, without recursion. Returns the number
 * of nodes that were moved up (0 on any ordinary page, which is left untouched).
 */
export function flattenDeep<N>(root: N, tree: TreeAccess<N>, maxDepth = MAX_DEPTH): number {
  let moved = 0;
  const holdsText = (_n: N, below: readonly N[]): boolean => below.some((c) => tree.isText(c));
  const stack: [N, number][] = [[root, 0]];
  for (let item = stack.pop(); item; item = stack.pop()) {
    const [node, depth] = item;
    const children = tree.children(node);
    if (depth < maxDepth) {
      for (const child of children) stack.push([child, depth + 1]);
      continue;
    }
    if (!children.some((c) => tree.children(c).length > 0)) continue;
    // Between the two limits, elements that hold text stay whole and are looked at in turn
    // one level down; past them, only the text itself.
    const blocks = depth < maxDepth + BLOCK_LEVELS;
    const kept = survivors(children, tree, blocks ? holdsText : () => false);
    if (kept.length !== children.length || kept.some((n, i) => n !== children[i])) {
      moved += kept.length;
      tree.setChildren(node, kept);
    }
    if (blocks) for (const child of kept) stack.push([child, depth + 1]);
  }
  return moved;
}

/**
 * Levels below MAX_DEPTH where elements that hold text keep their own structure. Text inside
 * text inside text this deep is not an article; the bound keeps the tree's depth bounded.
 */
export const BLOCK_LEVELS = 32;

/** Elements that never have an end tag, so never nest. */
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

/**
 * Could the page nest deeper than `maxDepth`? The running count of open start tags less end
 * tags bounds the depth from above on any markup short of formatting-element tricks, so a
 * page below it needs no tree walk. One pass; stops as soon as the bound is passed.
 */
export function mayBeDeeperThan(html: string, maxDepth = MAX_DEPTH): boolean {
  let open = 0;
  for (let i = html.indexOf('<'); i >= 0; i = html.indexOf('<', i + 1)) {
    const next = html.charCodeAt(i + 1);
    if (next === 47 /* / */) {
      if (isAsciiLetter(html.charCodeAt(i + 2)) && open > 0) open--;
      continue;
    }
    if (!isAsciiLetter(next)) continue;
    let j = i + 1;
    while (j < html.length && isAsciiLetter(html.charCodeAt(j))) j++;
    if (VOID.has(html.slice(i + 1, j).toLowerCase())) continue;
    if (++open > maxDepth) return true;
  }
  return false;
}
