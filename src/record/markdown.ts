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

/** Characters with a meaning inside a line. */
function escapeInline(text: string): string {
  return text.replace(/([\\`*_[\]<>])/g, '\\$1');
}

/** Line starts Markdown would take for a heading, list, quote or rule. */
function escapeLineStart(line: string): string {
  return line.replace(/^(\s*)(#{1,6}(?=\s|$)|[-+](?=\s)|(\d{1,9})([.)])(?=\s)|>|={3,}|-{3,})/, (_m, sp: string, mark: string, num?: string, dot?: string) =>
    num !== undefined ? `${sp}${num}\\${dot ?? '.'}` : `${sp}\\${mark}`,
  );
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
      const fence = code.includes('`') ? '``' : '`';
      return code.trim() ? `${fence}${code}${fence}` : '';
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

function list(el: Element, out: string[], prefix: string, depth: number): void {
  const ordered = el.tagName.toUpperCase() === 'OL';
  const start = Number(el.getAttribute('start') ?? '1');
  let n = Number.isFinite(start) ? start : 1;
  const lines: string[] = [];
  for (const li of Array.from(el.children)) {
    if (li.tagName.toUpperCase() !== 'LI') continue;
    const marker = ordered ? `${n++}.` : '-';
    const indent = '   '.repeat(depth);
    let text = '';
    const nested: string[] = [];
    for (const child of Array.from(li.childNodes)) {
      const tag = child.nodeType === ELEMENT_NODE ? (child as Element).tagName.toUpperCase() : '';
      if (tag === 'UL' || tag === 'OL') list(child as Element, nested, '', depth + 1);
      else if (tag === 'P' || tag === 'DIV') text += ` ${inline(child)} `;
      else text += inline(child);
    }
    const t = tidyLine(text).replace(/\\?\n/g, ' ');
    if (t) lines.push(`${prefix}${indent}${marker} ${t}`);
    for (const n2 of nested) lines.push(...n2.split('\n').map((l) => `${prefix}${l}`));
  }
  if (lines.length) out.push(lines.join('\n'));
}

/** Cells longer than this, or nested tables, mark a table used for layout, not for data. */
const MAX_CELL_CHARS = 200;

/** A data table as a GFM pipe table; null for layout tables, which are read as blocks. */
function table(el: Element): string | null {
  if (el.querySelector('table')) return null;
  const rows = Array.from(el.querySelectorAll('tr')).map((tr) =>
    Array.from(tr.children)
      .filter((c) => /^T[DH]$/i.test(c.tagName))
      .map((c) => tidyLine(inline(c)).replace(/\\?\n/g, ' ').replace(/\|/g, '\\|')),
  );
  if (!rows.length || rows.some((r) => r.some((c) => c.length > MAX_CELL_CHARS))) return null;
  const width = Math.max(...rows.map((r) => r.length));
  if (width < 1) return null;
  const line = (cells: string[]): string => `| ${[...cells, ...Array<string>(width - cells.length).fill('')].join(' | ')} |`;
  const [head, ...body] = rows;
  return [line(head ?? []), `|${' --- |'.repeat(width)}`, ...body.map(line)].join('\n');
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
    if (heading) {
      flush();
      const t = tidyLine(inline(c)).replace(/\\?\n/g, ' ');
      if (t) out.push(`${prefix}${'#'.repeat(Number(heading[1]))} ${t}`);
    } else if (tag === 'UL' || tag === 'OL') {
      flush();
      list(c, out, prefix, 0);
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
    } else if (tag === 'TABLE' && table(c) !== null) {
      flush();
      out.push((table(c) ?? '').split('\n').map((l) => prefix + l).join('\n'));
    } else if (tag === 'HR') {
      flush();
      out.push(`${prefix}---`);
    } else if (BLOCK_TAGS.has(tag)) {
      // Any other block (a division, a figure, a table that is layout) holds blocks of its own.
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
  const heading = title ? `# ${escapeInline(normaliseSpace(title).trim())}` : null;
  const firstIsTitle = heading !== null && out.length > 0 && /^#{1,2} /.test(out[0] ?? '') && (out[0] ?? '').replace(/^#+ /, '') === heading.slice(2);
  if (heading && !firstIsTitle) out.unshift(heading);
  return `${out.join('\n\n')}\n`;
}

/** Markdown from plain body text, for records with no article element (JSON-LD bodies). */
export function textToMarkdown(body: string, title?: string | null): string {
  const paragraphs = body.split(/\n{2,}/).map((p) => p.split('\n').map((l) => escapeLineStart(escapeInline(l))).join('\\\n'));
  if (title) paragraphs.unshift(`# ${escapeInline(title)}`);
  return `${paragraphs.join('\n\n')}\n`;
}
