/**
 * DOM to plain text: one blank line between paragraphs, headings and list items on lines
 * of their own, whitespace normalised. Entities are already decoded by the parser.
 */

/** Elements that start a new paragraph. */
const BLOCKS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE',
  'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE',
  'SECTION', 'SUMMARY', 'TABLE', 'TR', 'UL', 'CAPTION',
]);
/** Blocks whose items sit on consecutive lines rather than as separate paragraphs. */
const LINE_ITEMS = new Set(['LI', 'TR', 'DT', 'DD']);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'OBJECT', 'EMBED', 'CANVAS', 'BUTTON', 'SELECT', 'TEXTAREA', 'INPUT']);
const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

/** Collapses runs of spaces, keeps no-break spaces as spaces, drops zero-width marks. */
export function normaliseSpace(text: string): string {
  return text.replace(/\u200b|\u200c|\u200d|\u2060|\ufeff|\u00ad/g, '').replace(/[\s\u00a0]+/g, ' ');
}

/** Plain text of an element, paragraphs separated by a blank line. */
export function elementToText(root: Element): string {
  const out: string[] = [];
  // Each entry: 'para' for a paragraph break, 'line' for a line break, or text.
  const walk = (node: Node): void => {
    if (node.nodeType === TEXT_NODE) {
      out.push(node.nodeValue ?? '');
      return;
    }
    if (node.nodeType !== ELEMENT_NODE) return;
    const el = node as Element;
    const tag = el.tagName.toUpperCase();
    if (SKIP.has(tag)) return;
    if (tag === 'BR') {
      out.push('\n');
      return;
    }
    if (tag === 'TD' || tag === 'TH') {
      out.push(' ');
    }
    const block = BLOCKS.has(tag);
    const marker = LINE_ITEMS.has(tag) ? '\n' : '\n\n';
    if (block) out.push(marker);
    for (let child = el.firstChild; child; child = child.nextSibling) walk(child);
    if (block) out.push(marker);
  };
  walk(root);
  return tidy(out.join(''));
}

/** Normalises spaces inside lines and leaves exactly one blank line between paragraphs. */
export function tidy(raw: string): string {
  const paragraphs = raw
    .split(/\n[ \t\u00a0]*\n\s*/)
    .map((p) =>
      p
        .split('\n')
        .map((line) => normaliseSpace(line).trim())
        .filter(Boolean)
        .join('\n'),
    )
    .filter(Boolean);
  return paragraphs.join('\n\n');
}

export function countWords(text: string): number {
  const m = text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu);
  return m ? m.length : 0;
}
