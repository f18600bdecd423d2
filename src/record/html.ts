/**
 * The article element as HTML that is safe to show: built from an allow-list, never by
 * copying markup. Headings, paragraphs, lists, tables, figures with their captions, block
 * quotes and inline emphasis are kept; containers become <div>; anything unknown gives its
 * text only. No script, style, frame, form, event handler, class or style attribute
 * survives; links are absolute http(s) or mailto; images are absolute http(s) or raster
 * data: URLs. Embedded players and posts become a line naming them, linked to their source.
 */
import { articleImage, CAPTION_ATTRIBUTE, EMBED_ATTRIBUTE, embedOf, hasStandIn, usableUrl } from '../extract/media.js';
import { EMBED_TAGS, SAFE_IMAGE_DATA_URL } from '../extract/media-rules.js';
import { ELEMENT_NODE, SKIP_TAGS, TEXT_NODE } from '../extract/tags.js';
import { normaliseSpace } from '../extract/text.js';

/** Elements written as they are (attributes filtered by ATTRIBUTES). */
const KEEP: ReadonlySet<string> = new Set([
  'P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'UL', 'OL', 'LI', 'DL', 'DT', 'DD', 'BLOCKQUOTE', 'PRE', 'CODE', 'KBD', 'SAMP',
  'TABLE', 'THEAD', 'TBODY', 'TFOOT', 'TR', 'TH', 'TD', 'CAPTION', 'FIGURE', 'FIGCAPTION', 'HR', 'BR', 'EM', 'STRONG', 'B', 'I',
  'U', 'S', 'DEL', 'INS', 'SUB', 'SUP', 'SMALL', 'MARK', 'Q', 'CITE', 'ABBR', 'TIME', 'DIV',
]);

/** Sectioning and layout containers: their structure is kept as a plain <div>. */
const AS_DIV: ReadonlySet<string> = new Set(['SECTION', 'ARTICLE', 'MAIN', 'HEADER', 'FOOTER', 'ASIDE', 'DETAILS', 'SUMMARY', 'CENTER', 'ADDRESS', 'HGROUP']);

/** Gone with everything inside, beyond SKIP_TAGS: media sources, document furniture, old frames. */
const DROP: ReadonlySet<string> = new Set(['SOURCE', 'TRACK', 'LINK', 'META', 'BASE', 'FRAME', 'FRAMESET', 'PARAM', 'APPLET', 'DIALOG', 'MAP', 'AREA', 'HEAD', 'TITLE']);

const VOID: ReadonlySet<string> = new Set(['BR', 'HR', 'IMG']);

/** Kept elements that are phrasing content, allowed inside a paragraph or a heading. */
const PHRASING: ReadonlySet<string> = new Set(['CODE', 'KBD', 'SAMP', 'EM', 'STRONG', 'B', 'I', 'U', 'S', 'DEL', 'INS', 'SUB', 'SUP', 'SMALL', 'MARK', 'Q', 'CITE', 'ABBR', 'TIME', 'BR', 'A']);
/** Elements whose content must be phrasing: inside them a block (a list, a figure, an embed's line) would be re-parsed by a browser, and moved. */
const PHRASING_ONLY: ReadonlySet<string> = new Set(['P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'PRE', ...PHRASING]);
/** Parts of a table, written inside one: Readability turns a layout table into a <div> and leaves its rows. */
const TABLE_PARTS: ReadonlySet<string> = new Set(['THEAD', 'TBODY', 'TFOOT', 'TR']);

/** Where an element is written: inside phrasing only (no blocks), inside a link (no links). */
interface Place {
  inline: boolean;
  inLink: boolean;
}

const DIGITS = /^\d{1,5}$/;
/** Attributes kept, per element, with the test their value must pass. */
const ATTRIBUTES: Readonly<Record<string, Readonly<Record<string, RegExp>>>> = {
  TD: { colspan: DIGITS, rowspan: DIGITS },
  TH: { colspan: DIGITS, rowspan: DIGITS, scope: /^(?:row|col|rowgroup|colgroup)$/ },
  OL: { start: /^-?\d{1,9}$/, reversed: /^(?:|reversed)$/ },
  TIME: { datetime: /^[\d:+\-.TZ ]{4,40}$/ },
  ABBR: { title: /^[^<>]{1,200}$/ },
};

export function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function escapeAttribute(value: string): string {
  return escapeText(value).replace(/"/g, '&quot;');
}

/** A link target that is safe to follow: absolute http(s), or mailto. */
function safeHref(el: Element): string | null {
  const href = (el as HTMLAnchorElement).href;
  if (usableUrl(href)) return href;
  return /^mailto:[^\s<>"]+$/i.test(href) ? href : null;
}

/** Quote and block-quote sources: the address the quote came from, when absolute. */
function safeCite(el: Element): string | null {
  const cite = el.getAttribute('cite');
  if (!cite) return null;
  try {
    const href = new URL(cite, el.ownerDocument.baseURI).href;
    return usableUrl(href) ? href : null;
  } catch {
    return null;
  }
}

/** An image; one with a caption outside a <figure> becomes a figure with its caption, where a figure may stand. */
function image(el: Element, place: Place): string {
  const raw = el.getAttribute('src')?.trim() ?? '';
  const listed = articleImage(el);
  const src = listed?.src ?? (SAFE_IMAGE_DATA_URL.test(raw) ? raw.replace(/\s+/g, '') : null);
  if (!src) return '';
  const caption = listed?.caption;
  const alt = normaliseSpace(el.getAttribute('alt') ?? '').trim();
  let attrs = ` src="${escapeAttribute(src)}" alt="${escapeAttribute(alt)}"`;
  for (const name of ['width', 'height']) {
    const v = el.getAttribute(name)?.trim();
    if (v && DIGITS.test(v)) attrs += ` ${name}="${v}"`;
  }
  const img = `<img${attrs}>`;
  return caption && !place.inline && !el.closest('figure') ? `<figure>${img}<figcaption>${escapeText(caption)}</figcaption></figure>\n` : img;
}

/** An embed's line, linked to its source: a paragraph of its own, or a span within a paragraph (its label alone within a link). */
function embed(el: Element, place: Place): string {
  const found = embedOf(el);
  if (!found) return '';
  const label = escapeText(found.title ? `${found.kind}: ${found.title}` : found.kind);
  if (place.inLink) return ` <span class="embed">${label}</span> `;
  const link = `<a href="${escapeAttribute(found.href)}">${label}</a>`;
  return place.inline ? ` <span class="embed">${link}</span> ` : `<p class="embed">${link}</p>`;
}

function attributes(el: Element, tag: string): string {
  let out = '';
  const allowed = ATTRIBUTES[tag];
  if (allowed) {
    for (const [name, test] of Object.entries(allowed)) {
      const v = el.getAttribute(name);
      if (v !== null && test.test(v.trim())) out += ` ${name}="${escapeAttribute(v.trim())}"`;
    }
  }
  if (tag === 'BLOCKQUOTE' || tag === 'Q') {
    const cite = safeCite(el);
    if (cite) out += ` cite="${escapeAttribute(cite)}"`;
  }
  return out;
}

function render(node: Node, pre: boolean, place: Place): string {
  if (node.nodeType === TEXT_NODE) {
    const value = node.nodeValue ?? '';
    return escapeText(pre ? value : normaliseSpace(value));
  }
  if (node.nodeType !== ELEMENT_NODE) return '';
  const el = node as Element;
  const tag = el.tagName.toUpperCase();
  // A <video> or <audio> the clean stage kept is followed by its stand-in, which names it.
  if (EMBED_TAGS.has(tag)) return hasStandIn(el) ? '' : embed(el, place);
  if (SKIP_TAGS.has(tag) || DROP.has(tag)) return '';
  if (tag === 'IMG') return el.hasAttribute(EMBED_ATTRIBUTE) ? embed(el, place) : image(el, place);
  const within: Place = { inline: place.inline || PHRASING_ONLY.has(tag), inLink: place.inLink || tag === 'A' };
  const inner = (): string => {
    let s = '';
    for (let child = el.firstChild; child; child = child.nextSibling) s += render(child, pre || tag === 'PRE', within);
    return s;
  };
  if (tag === 'A') {
    const href = safeHref(el);
    const content = inner();
    // A link inside a link is its text: browsers would end the outer one there.
    return href && content.trim() && !place.inLink ? `<a href="${escapeAttribute(href)}">${content}</a>` : content;
  }
  let name = KEEP.has(tag) ? tag.toLowerCase() : AS_DIV.has(tag) ? 'div' : null;
  if (name === null) return inner();
  // Within phrasing, a block gives its content (a space where it stood, so words do not join).
  if (place.inline && !PHRASING.has(tag)) return tag === 'HR' ? ' ' : ` ${inner()} `;
  if (VOID.has(tag)) return `<${name}>`;
  let content = inner();
  // A paragraph cannot hold a figure (an image with its caption): it becomes a division.
  if (tag === 'P' && content.includes('<figure')) name = 'div';
  // The clean stage took the caption out of the text; the figure gets it back from its image.
  if (tag === 'FIGURE' && !content.includes('<figcaption')) {
    const caption = el.querySelector(`img[${CAPTION_ATTRIBUTE}]`)?.getAttribute(CAPTION_ATTRIBUTE);
    if (caption && content.includes('<img')) content += `<figcaption>${escapeText(caption)}</figcaption>`;
  }
  // Empty blocks are layout leftovers; empty table cells keep the table's shape.
  if (!content.trim() && tag !== 'TD' && tag !== 'TH') return '';
  const written = `<${name}${attributes(el, tag)}>${content}</${name}>`;
  return TABLE_PARTS.has(tag) && !el.parentElement?.closest('table, thead, tbody, tfoot, tr') ? `<table>${written}</table>` : written;
}

/** Block tags, for layout of the output: source indentation around them goes, a line break follows their end. */
const AROUND_BLOCKS = /\s*(<\/?(?:p|h[1-6]|ul|ol|li|dl|dt|dd|blockquote|table|thead|tbody|tfoot|tr|th|td|caption|figure|figcaption|hr|div)(?: [^>]*)?>)\s*/g;

/** The article element as a safe HTML fragment. */
export function elementToHtml(root: Element): string {
  let out = '';
  for (let child = root.firstChild; child; child = child.nextSibling) out += render(child, false, { inline: false, inLink: false });
  // <pre> keeps its whitespace: the layout is tidied only between the blocks outside it.
  const tidied = out
    .split(/(<pre>[\s\S]*?<\/pre>)/)
    .map((part) => (part.startsWith('<pre>') ? `${part}\n` : part.replace(AROUND_BLOCKS, '$1').replace(/(<\/(?:p|h[1-6]|ul|ol|li|dl|dt|dd|blockquote|table|tr|figure|div)>|<hr>)/g, '$1\n')))
    .join('');
  return `${tidied.trim()}\n`;
}

/** Paragraphs of plain text as HTML, for records whose body has no element (JSON-LD bodies). */
export function textToHtml(body: string): string {
  return `${body
    .split(/\n{2,}/)
    .map((p) => `<p>${p.split('\n').map(escapeText).join('<br>')}</p>`)
    .join('\n')}\n`;
}
