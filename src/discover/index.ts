/**
 * One fetched document to what it holds. The body decides, not the URL or the
 * Content-Type (both lie often): gzip magic → inflate; `{` → JSON Feed; an HTML page →
 * the feeds it announces; XML → RSS, RDF, Atom, sitemap index or urlset.
 */
import { CopydeskError } from '../errors.js';
import { charsetFromContentType, decodeBody } from '../fetch/decode.js';
import { readJsonFeed, readXmlFeed } from './feed.js';
import { discoverFeedLinks } from './html.js';
import { gunzipIfNeeded, readSitemap } from './sitemap.js';
import type { ParsedDocument } from './types.js';
import { assertWellFormed, parseXml } from './xml.js';

export type { DiscoveredItem, DocumentKind, ParsedDocument } from './types.js';
export { normaliseUrl } from './url.js';
export { readOpml } from './opml.js';

const XML_DECL_ENCODING = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([\w.:-]+)["']/i;

/** Bytes to text, honouring an XML declaration when the header names no charset. */
export function documentText(body: Buffer, contentType: string | null): string {
  let type = contentType;
  if (!charsetFromContentType(contentType)) {
    const m = XML_DECL_ENCODING.exec(body.subarray(0, 200).toString('latin1'));
    if (m?.[1]) type = `text/xml; charset=${m[1]}`;
  }
  return decodeBody(body, type).text.replace(/^\uFEFF/, '');
}

/**
 * A web page by its start, whatever its Content-Type: an HTML doctype or an element only a
 * page begins with, after an XML declaration (XHTML), processing instructions and comments. Feeds and sitemaps begin
 * with <rss>, <feed>, <rdf:RDF>, <urlset> or <sitemapindex>, never with these. Pages are read
 * as HTML, not XML: an XHTML page is seldom well-formed (an `&&` in a script, a bare `<br>`),
 * and a page without <html> has several roots.
 */
const PAGE_START = /^(?:(?:<\?[^>]*\?>|<!--[\s\S]*?-->)\s*)*(?:<!doctype\s+html|<(?:html|head|body|meta|title|link|script|style|base)[\s/>])/i;

function looksLikeHtml(head: string): boolean {
  return PAGE_START.test(head);
}

export function parseDocument(raw: Buffer, contentType: string | null, url: string, maxBytes: number): ParsedDocument {
  const body = gunzipIfNeeded(raw, maxBytes, url);
  const text = documentText(body, contentType);
  const head = text.slice(0, 2048).trimStart();
  if (!head) throw new CopydeskError('FEED_PARSE', 'empty document', { url });
  if (head.startsWith('{')) return readJsonFeed(text, url);
  if (looksLikeHtml(head)) return { kind: 'html', title: null, items: [], links: discoverFeedLinks(text, url), truncated: false };
  if (!head.startsWith('<')) throw new CopydeskError('FEED_PARSE', 'not a feed, sitemap or page', { url });
  const doc = parseXml(text, url);
  const parsed = readXmlFeed(doc, url) ?? readSitemap(doc, url);
  if (parsed) {
    if (!parsed.items.length && !parsed.links.length) assertWellFormed(text, url);
    return parsed;
  }
  assertWellFormed(text, url);
  // XHTML pages parse as XML; treat them as pages that may announce feeds.
  if (doc.html !== undefined) return { kind: 'html', title: null, items: [], links: discoverFeedLinks(text, url), truncated: false };
  const root = Object.keys(doc).find((k) => !k.startsWith('?') && k !== '#text') ?? '(none)';
  throw new CopydeskError('FEED_PARSE', `not a feed or sitemap (root element <${root}>)`, { url });
}
