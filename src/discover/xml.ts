/**
 * Safe XML for feeds, sitemaps and OPML.
 *
 * Why fast-xml-parser with entity processing switched off rather than cheerio's xmlMode:
 *  - it never resolves external entities or DTDs (it has no I/O at all), so a feed cannot
 *    make us read a file or call a host;
 *  - with `processEntities: false` no entity declared in a DOCTYPE is ever expanded, so
 *    "billion laughs" has nothing to multiply. We decode only the five predefined XML
 *    entities and numeric character references ourselves (decodeXmlText), which cannot
 *    grow the text;
 *  - it builds plain objects in one pass, which is several times faster and lighter than a
 *    DOM for a 50,000-URL sitemap;
 *  - HTML inside <description>/<content:encoded> is kept as raw text (stopNodes), so broken
 *    markup in an item body cannot derail the parse of the items after it.
 * Namespace prefixes are removed (`dc:creator` → `creator`, `news:title` → `title`
 * under `news`), which lets one reader handle the many ways feeds spell the same thing.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { CopydeskError } from '../errors.js';

export type XmlNode = Record<string, unknown>;

/** Elements that always come back as arrays, whatever their count. */
const ARRAY_TAGS = new Set(['item', 'entry', 'url', 'sitemap', 'link', 'category', 'author', 'contributor', 'outline', 'creator', 'subject']);
/** Elements whose content is HTML or free text we never walk into. */
const RAW_TAGS = ['description', 'encoded', 'content', 'summary', 'subtitle', 'rights'];

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  removeNSPrefix: true,
  processEntities: false,
  htmlEntities: false,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  ignoreDeclaration: true,
  ignorePiTags: true,
  textNodeName: '#text',
  stopNodes: RAW_TAGS.map((t) => `*.${t}`),
  isArray: (name) => ARRAY_TAGS.has(name),
});

/**
 * The DOCTYPE (with any internal subset of entity declarations) is cut out before
 * parsing: feeds and sitemaps never need it, and without it there is nothing to expand
 * or resolve. Only the first one counts; a second is malformed anyway.
 */
const DOCTYPE = /<!DOCTYPE[^[>]*(?:\[[\s\S]*?\])?\s*>/i;

export function stripDoctype(text: string): string {
  return text.replace(DOCTYPE, '');
}

/** Parses XML into plain objects; throws FEED_PARSE on anything unreadable. */
export function parseXml(text: string, url: string): XmlNode {
  let doc: unknown;
  try {
    doc = parser.parse(stripDoctype(text));
  } catch (err) {
    throw new CopydeskError('FEED_PARSE', `malformed XML: ${(err as Error).message.split('\n')[0] ?? ''}`, { url, cause: err });
  }
  if (!doc || typeof doc !== 'object') throw new CopydeskError('FEED_PARSE', 'empty XML document', { url });
  return doc as XmlNode;
}

const PREDEFINED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/**
 * Decodes the predefined entities and numeric references; any other `&name;` is left as
 * written (it would need the DTD, which we refuse to read).
 */
export function decodeXmlText(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z]{2,4});/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : whole;
    }
    return PREDEFINED[ref.toLowerCase()] ?? whole;
  });
}

/** CDATA markers left in raw (stopNode) text. */
function stripCdata(s: string): string {
  return s.replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, '$1');
}

/** The text of a node: a string, or an element's #text; decoded and trimmed; null when empty. */
export function textOf(node: unknown): string | null {
  if (node === undefined || node === null) return null;
  if (Array.isArray(node)) {
    for (const n of node) {
      const t = textOf(n);
      if (t) return t;
    }
    return null;
  }
  if (typeof node === 'string' || typeof node === 'number' || typeof node === 'boolean') {
    const s = decodeXmlText(stripCdata(String(node))).trim();
    return s || null;
  }
  if (typeof node === 'object') return textOf((node as XmlNode)['#text']);
  return null;
}

/** An attribute of an element node, decoded. */
export function attrOf(node: unknown, name: string): string | null {
  if (!node || typeof node !== 'object' || Array.isArray(node)) return null;
  const v = (node as XmlNode)[`@_${name}`];
  return typeof v === 'string' ? decodeXmlText(v).trim() || null : null;
}

/** A child element or elements, as an array (empty when absent). */
export function children(node: unknown, name: string): unknown[] {
  if (!node || typeof node !== 'object' || Array.isArray(node)) return [];
  const v = (node as XmlNode)[name];
  if (v === undefined || v === null) return [];
  return Array.isArray(v) ? v : [v];
}

export function child(node: unknown, name: string): unknown {
  return children(node, name)[0];
}

/**
 * The parser is lenient (feeds in the wild break rules a reader can live with); when a
 * document yields nothing, this strict check says what is wrong with it.
 */
export function assertWellFormed(text: string, url: string): void {
  const result = XMLValidator.validate(stripDoctype(text));
  if (result !== true) {
    throw new CopydeskError('FEED_PARSE', `malformed XML at line ${result.err.line}: ${result.err.msg}`, { url });
  }
}
