/**
 * The article element as Markdown (CommonMark): headings, paragraphs, nested lists, block
 * quotes, code, links, images and emphasis. Text that Markdown would read as syntax
 * ("1. " or "# " at the start of a paragraph, stray asterisks) is escaped, so the
 * rendered article says what the page said.
 */
import { articleImage, embedOf, hasStandIn, usableUrl as usable } from '../extract/media.js';
import { EMBED_TAGS } from '../extract/media-rules.js';
import { BLOCK_TAGS, ELEMENT_NODE, SKIP_TAGS as SKIP, TEXT_NODE } from '../extract/tags.js';
import { normaliseSpace } from '../extract/text.js';

/**
 * Characters with a meaning inside a line; "~" for GFM strikethrough, and "&" where it would
 * start an entity or a character reference ("&copy;" written as text stays that text).
 */
function escapeInline(text: string): string {
  return text.replace(/([\\`*_[\]<>~])/g, '\\$1').replace(/&(?=#\d{1,7};|#[xX][\da-fA-F]{1,6};|[A-Za-z][A-Za-z\d]*;)/g, '\\&');
}

/**
 * Line starts Markdown would take for a heading, a list item (an empty one too), a quote, a
 * rule or a setext underline (a fence's "`" and "~" are escaped in the line); a line that reads as a GFM table's delimiter row.
 */
function escapeLineStart(line: string): string {
  const escaped = line.replace(/^(\s*)(#{1,6}(?=\s|$)|[-+](?=\s|$)|(\d{1,9})([.)])(?=\s|$)|>|={3,}|=+(?=\s*$)|-{2,})/, (_m, sp: string, mark: string, num?: string, dot?: string) =>
    num !== undefined ? `${sp}${num}\\${dot ?? '.'}` : `${sp}\\${mark}`,
  );
  return /^[\s|:-]*-[\s|:-]*$/.test(escaped) && escaped.includes('|') ? escaped.replace(/\|/g, '\\|') : escaped;
}

/** An ATX heading; a closing run of "#" in the text is escaped, or CommonMark drops it as the closing sequence. */
function atxHeading(level: number, text: string): string {
  return `${'#'.repeat(level)} ${text.replace(/(^|\s)(#+\s*)$/, '$1\\$2')}`;
}

/**
 * A code span (CommonMark 6.1): fenced by a backtick run longer than none of the content's
 * runs, with a space inside each end when the content starts or ends with a backtick, or
 * with a space at both ends (one space each side is stripped when reading).
 */
function codeSpan(code: string): string {
  const runs = new Set((code.match(/`+/g) ?? []).map((r) => r.length));
  let n = 1;
  while (runs.has(n)) n++;
  const fence = '`'.repeat(n);
  const pad = /^`|`$/.test(code) || (/^ .*\S.* $/.test(code)) ? ' ' : '';
  return `${fence}${pad}${code}${pad}${fence}`;
}

function linkTarget(href: string): string {
  return /[\s()<>]/.test(href) ? `<${href.replace(/[<>]/g, encodeURIComponent)}>` : href;
}

function inline(node: Node): string {
  if (node.nodeType === TEXT_NODE) return escapeInline(normaliseSpace(node.nodeValue ?? ''));
  if (node.nodeType !== ELEMENT_NODE) return '';
  const el = node as Element;
  const tag = el.tagName.toUpperCase();
  // A player or a post shows as a link naming it, never as its markup.
  // A <video> or <audio> is followed by its stand-in (keepEmbeds), which names it once.
  if (EMBED_TAGS.has(tag) && hasStandIn(el)) return '';
  const embed = EMBED_TAGS.has(tag) || tag === 'IMG' ? embedOf(el) : null;
  if (embed) return `[${escapeInline(embed.title ? `${embed.kind}: ${embed.title}` : embed.kind)}](${linkTarget(embed.href)})`;
  if (SKIP.has(tag)) return '';
  const inner = (): string => Array.from(el.childNodes).map(inline).join('');
  const wrap = (mark: string): string => {
    const t = inner();
    const core = t.trim();
    if (!core) return t;
    // Keep the spaces outside the marks, or CommonMark does not see the emphasis.
    return `${/^\s/.test(t) ? ' ' : ''}${mark}${core}${mark}${/\s$/.test(t) ? ' ' : ''}`;
  };
  switch (tag) {
    case 'BR':
      return '\\\n';
    case 'STRONG':
    case 'B':
      return wrap('**');
    case 'EM':
    case 'I':
      return wrap('_');
    case 'CODE':
    case 'KBD':
    case 'SAMP': {
      const code = normaliseSpace(el.textContent ?? '');
      return code.trim() ? codeSpan(code) : '';
    }
    case 'A': {
      const t = inner().trim();
      const href = (el as HTMLAnchorElement).href;
      return t && usable(href) ? `[${t}](${linkTarget(href)})` : t;
    }
    case 'IMG': {
      // Tracking pixels, icons and avatars are left out, as from the record's images; a caption goes under its image.
      const image = articleImage(el);
      if (!image) return '';
      const picture = `![${escapeInline(image.alt)}](${linkTarget(image.src)})`;
      return image.caption ? `${picture}\\\n_${escapeInline(image.caption)}_` : picture;
    }
    default:
      return inner();
  }
}

function tidyLine(text: string): string {
  return text
    .split('\n')
    .map((l) => l.replace(/[ \t]+/g, ' ').trim())
    .join('\n')
    .trim();
}

/** Each non-empty line of `text` with `prefix` before it (a block quote's "> "). */
function prefixed(text: string, prefix: string): string {
  return prefix ? text.split('\n').map((l) => (l ? prefix + l : l)).join('\n') : text;
}

/** A list item or a list of our own making starts so ("- ", "12. "); escaped text never does. */
const LIST_START = /^(?:-|\d{1,9}\.)(?: |$)/;

/**
 * A list. Each item's content is read as blocks; its first line follows the marker and the
 * rest is indented to the item's content column (the marker's width and a space), so a list
 * under item 10 is still nested under it and a code block in an item keeps its indentation. A nested list follows
 * its item's text on the next line; other blocks in an item are set off by a blank line.
 */
function list(el: Element, out: string[], prefix: string): void {
  const ordered = el.tagName.toUpperCase() === 'OL';
  const start = Number(el.getAttribute('start') ?? '1');
  let n = Number.isFinite(start) ? start : 1;
  const items: string[] = [];
  for (const li of Array.from(el.children)) {
    if (li.tagName.toUpperCase() !== 'LI') continue;
    const marker = ordered ? `${n++}.` : '-';
    const parts: string[] = [];
    blocks(li, parts);
    if (!parts.length) continue;
    const indent = ' '.repeat(marker.length + 1);
    const body = parts.reduce((acc, part) => `${acc}${LIST_START.test(part) ? '\n' : '\n\n'}${part}`);
    items.push(
      body
        .split('\n')
        .map((line, i) => (i === 0 ? `${marker} ${line}` : line ? indent + line : ''))
        .join('\n'),
    );
  }
  if (items.length) out.push(prefixed(items.join('\n'), prefix));
}

/** Cells longer than this mark a table used for layout, not for data. */
const MAX_CELL_CHARS = 200;

const TABLE_SECTIONS: ReadonlySet<string> = new Set(['THEAD', 'TBODY', 'TFOOT']);
const TABLE_PARTS: ReadonlySet<string> = new Set(['TR', 'THEAD', 'TBODY', 'TFOOT', 'CAPTION', 'COLGROUP', 'COL']);
/** Inside a cell, these make it block content, which a pipe table cannot hold. */
const CELL_BLOCKS = 'h1, h2, h3, h4, h5, h6, ul, ol, dl, table, pre, blockquote, hr, figure';

/**
 * The rows of a table: of a <table>, or of an element holding only table parts (Readability
 * turns a layout <table> it keeps into a <div>, which keeps its <tbody> and rows); null for
 * anything else.
 */
function tableRows(el: Element, tag: string): Element[] | null {
  if (tag !== 'TABLE') {
    const others = Array.from(el.childNodes).some((c) =>
      c.nodeType === ELEMENT_NODE ? !TABLE_PARTS.has((c as Element).tagName.toUpperCase()) : c.nodeType === TEXT_NODE && (c.nodeValue ?? '').trim() !== '',
    );
    if (others) return null;
  }
  const rows: Element[] = [];
  const isRow = (r: Element): boolean => r.tagName.toUpperCase() === 'TR';
  for (const child of Array.from(el.children)) {
    if (isRow(child)) rows.push(child);
    else if (TABLE_SECTIONS.has(child.tagName.toUpperCase())) rows.push(...Array.from(child.children).filter(isRow));
  }
  return tag === 'TABLE' || rows.length ? rows : null;
}

/**
 * A table. A data table (two columns or more, every cell short inline text) becomes a GFM pipe
 * table; any other (a layout table, a single column, a cell with paragraphs, headings, lists
 * or a table) gives its cells' contents as blocks, in reading order.
 */
function table(el: Element, rows: readonly Element[], out: string[], prefix: string): void {
  const caption = Array.from(el.children).find((c) => c.tagName.toUpperCase() === 'CAPTION');
  if (caption) blocks(caption, out, prefix);
  const cells = rows.map((tr) => Array.from(tr.children).filter((c) => /^T[DH]$/i.test(c.tagName)));
  const width = Math.max(0, ...cells.map((r) => r.length));
  const rendered = cells.map((r) =>
    r.map((c) => {
      const parts: string[] = [];
      blocks(c, parts);
      return { cell: c, parts };
    }),
  );
  const inlineOnly = rendered.every((r) => r.every(({ cell, parts }) => parts.length <= 1 && !cell.querySelector(CELL_BLOCKS)));
  const text = rendered.map((r) => r.map(({ parts }) => (parts[0] ?? '').replace(/\\?\n/g, ' ').replace(/\|/g, '\\|')));
  if (width < 2 || !inlineOnly || text.some((r) => r.some((c) => c.length > MAX_CELL_CHARS))) {
    for (const r of rendered) for (const { parts } of r) out.push(...parts.map((p) => prefixed(p, prefix)));
    return;
  }
  const line = (row: string[]): string => `| ${[...row, ...Array<string>(width - row.length).fill('')].join(' | ')} |`;
  const [head, ...body] = text;
  out.push([line(head ?? []), `|${' --- |'.repeat(width)}`, ...body.map(line)].map((l) => prefix + l).join('\n'));
}

function blocks(el: Element, out: string[], prefix = ''): void {
  let para = '';
  const flush = (): void => {
    const t = tidyLine(para);
    if (t) out.push(t.split('\n').map((line) => prefix + escapeLineStart(line)).join('\n'));
    para = '';
  };
  for (const child of Array.from(el.childNodes)) {
    if (child.nodeType !== ELEMENT_NODE) {
      para += inline(child);
      continue;
    }
    const c = child as Element;
    const tag = c.tagName.toUpperCase();
    if (EMBED_TAGS.has(tag)) {
      para += inline(c);
      continue;
    }
    if (SKIP.has(tag)) continue;
    const heading = /^H([1-6])$/.exec(tag);
    const rows = BLOCK_TAGS.has(tag) ? tableRows(c, tag) : null;
    if (heading) {
      flush();
      const t = tidyLine(inline(c)).replace(/\\?\n/g, ' ');
      if (t) out.push(prefix + atxHeading(Number(heading[1]), t));
    } else if (tag === 'UL' || tag === 'OL') {
      flush();
      list(c, out, prefix);
    } else if (tag === 'BLOCKQUOTE') {
      flush();
      const inner: string[] = [];
      blocks(c, inner);
      if (inner.length) out.push(inner.join('\n\n').split('\n').map((l) => `${prefix}> ${l}`.trimEnd()).join('\n'));
    } else if (tag === 'PRE') {
      flush();
      const code = (c.textContent ?? '').replace(/\n+$/, '');
      const fence = code.includes('```') ? '~~~' : '```';
      if (code.trim()) out.push(`${prefix}${fence}\n${code}\n${fence}`);
    } else if (rows) {
      flush();
      table(c, rows, out, prefix);
    } else if (tag === 'HR') {
      flush();
      out.push(`${prefix}---`);
    } else if (BLOCK_TAGS.has(tag) || tag === 'TD' || tag === 'TH') {
      // Any other block (a division, a figure, a table cell) holds blocks of its own.
      flush();
      blocks(c, out, prefix);
    } else {
      para += inline(c);
    }
  }
  flush();
}

/** The article as Markdown, headed by its title unless the article opens with it already. */
export function elementToMarkdown(root: Element, title?: string | null): string {
  const out: string[] = [];
  blocks(root, out);
  const heading = title ? atxHeading(1, escapeInline(normaliseSpace(title).trim())) : null;
  const firstIsTitle = heading !== null && out.length > 0 && /^#{1,2} /.test(out[0] ?? '') && (out[0] ?? '').replace(/^#+ /, '') === heading.slice(2);
  if (heading && !firstIsTitle) out.unshift(heading);
  return `${out.join('\n\n')}\n`;
}

/** Markdown from plain body text, for records with no article element (JSON-LD bodies). */
export function textToMarkdown(body: string, title?: string | null): string {
  const paragraphs = body.split(/\n{2,}/).map((p) => p.split('\n').map((l) => escapeLineStart(escapeInline(l))).join('\\\n'));
  if (title) paragraphs.unshift(atxHeading(1, escapeInline(title)));
  return `${paragraphs.join('\n\n')}\n`;
}
