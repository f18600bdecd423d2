/**
 * How elements read as text, in one place for the text renderer (text.ts), the clean
 * stage's line reader (clean/lines.ts) and the Markdown renderer (record/markdown.ts), so
 * that the lines the cleaning judges are the lines the record shows.
 */

/** DOM node types, as numbers: linkedom and jsdom both use the standard's values. */
export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;
export const CDATA_SECTION_NODE = 4;

/**
 * Whether `a` comes before `b` in page order (an element comes before what it holds). Not
 * compareDocumentPosition: linkedom 0.18 answers it wrongly for nodes that are not siblings
 * (a paragraph inside a <div> before a heading reads as following it).
 */
export function precedes(a: Node, b: Node): boolean {
  if (a === b) return false;
  const chain = (n: Node): Node[] => {
    const out: Node[] = [];
    for (let x: Node | null = n; x; x = x.parentNode) out.push(x);
    return out.reverse();
  };
  const ca = chain(a);
  const cb = chain(b);
  let i = 0;
  while (i < ca.length && i < cb.length && ca[i] === cb[i]) i++;
  // One holds the other, or they are in no tree together.
  if (i === ca.length) return true;
  if (i === cb.length || i === 0) return false;
  // ca[i] and cb[i] are children of the same parent: which comes first.
  for (let s = ca[i]!.nextSibling; s; s = s.nextSibling) if (s === cb[i]) return true;
  return false;
}

/** Elements that start a block of their own: a paragraph in text, a line for the cleaning. */
export const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'CAPTION', 'CENTER', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET',
  'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV',
  'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TFOOT', 'THEAD', 'TR', 'UL',
]);

/** Blocks whose items sit on consecutive lines rather than as separate paragraphs. */
export const LINE_ITEM_TAGS: ReadonlySet<string> = new Set(['LI', 'TR', 'DT', 'DD']);

/**
 * Elements whose content is never text a reader sees. Not <form>: some publishing
 * systems wrap the whole page, article included, in one.
 */
export const SKIP_TAGS: ReadonlySet<string> = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'OBJECT', 'EMBED', 'CANVAS', 'BUTTON', 'SELECT', 'TEXTAREA', 'INPUT',
]);

export const HEADING_TAGS: ReadonlySet<string> = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6']);
