/**
 * How elements read as text, in one place for the text renderer (text.ts), the clean
 * stage's line reader (clean/lines.ts) and the Markdown renderer (record/markdown.ts), so
 * that the lines the cleaning judges are the lines the record shows.
 */

/** DOM node types, as numbers: linkedom and jsdom both use the standard's values. */
export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;
export const CDATA_SECTION_NODE = 4;
/** Node.DOCUMENT_POSITION_FOLLOWING, from compareDocumentPosition: the other node comes after this one. */
export const FOLLOWING = 4;

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
