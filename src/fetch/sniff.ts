/**
 * Is this body a page at all? Magic numbers of binary formats, control characters, and
 * markup near the top, judged before a page is decoded for the extractor: for fetched
 * answers, archived ones and saved files alike. No network code here, so workers that read
 * files load none.
 */
import { CopydeskError } from '../errors.js';
import { decodeBody } from './decode.js';
import type { Decoded } from './decode.js';
import { HTML_TYPES, MAYBE_HTML_TYPES, mimeOf } from './mime.js';

/** Tags whose presence near the top shows the body is markup (any common element will do). */
const MARKUP_TAGS = ['!doctype\\s+html', 'html', 'head', 'body', 'meta', 'title', 'link', 'style', 'script', 'noscript', 'header', 'nav',
  'main', 'article', 'section', 'footer', 'div', 'span', 'p', 'a', 'br', 'img', 'ul', 'ol', 'li', 'table', 'form', 'iframe', 'h[1-6]', 'b', 'i', 'em', 'strong'];
const MARKUP = new RegExp(`<(?:${MARKUP_TAGS.join('|')})[\\s>/]`, 'i');
const XHTML = /<(?:!doctype\s+html|html)[\s>]/i;
/** JSON answers are served as text/html by some APIs (and saved as .html): a JSON opening ... */
const JSON_START = /^\s*[[{]/;
/**
 * ... and XML documents that are not XHTML, whatever their type or file name says: feeds
 * and sitemaps (an XML declaration, or a feed's or sitemap's root element first).
 */
const XML_START = /^\s*(?:<\?xml[\s?]|(?:<!--[\s\S]*?-->\s*)*<(?:rss|feed|rdf:RDF|urlset|sitemapindex|opml)[\s>])/i;

/** Magic numbers of formats often served where a page was expected. */
const BINARY_SIGNATURES: readonly [string, readonly number[]][] = [
  ['PDF', [0x25, 0x50, 0x44, 0x46, 0x2d]],
  ['PNG', [0x89, 0x50, 0x4e, 0x47]],
  ['JPEG', [0xff, 0xd8, 0xff]],
  ['GIF', [0x47, 0x49, 0x46, 0x38]],
  ['ZIP', [0x50, 0x4b, 0x03, 0x04]],
  ['RIFF (WebP, WAV, AVI)', [0x52, 0x49, 0x46, 0x46]],
  ['gzip', [0x1f, 0x8b]],
  ['zstd', [0x28, 0xb5, 0x2f, 0xfd]],
  ['ELF', [0x7f, 0x45, 0x4c, 0x46]],
];
/** Text this size at the start decides "binary or not", and "markup or not". */
const SNIFF_CHARS = 4096;
/** Bytes decoded for that judgement: enough for SNIFF_CHARS in any charset. */
const SNIFF_BYTES = 4 * SNIFF_CHARS;
/**
 * Share of control characters (C0 other than tab, newline, form feed, carriage return,
 * escape; U+FFFD from undecodable bytes) above which the body is binary. Real pages have
 * next to none; random bytes have about 10% control bytes and far more U+FFFD.
 */
const CONTROL_SHARE = 0.03;

function looksBinary(decoded: Decoded): boolean {
  const sample = decoded.text.slice(0, SNIFF_CHARS);
  if (!sample) return false;
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c < 9 || (c > 13 && c < 32 && c !== 27) || c === 0xfffd) control++;
  }
  return control / sample.length > CONTROL_SHARE;
}

/** Throws NOT_HTML unless the answer can be read as a page; returns the decoded text. */
export function decodeHtml(body: Uint8Array, contentType: string | null, url: string): Decoded {
  const mime = mimeOf(contentType);
  if (!HTML_TYPES.has(mime) && !MAYBE_HTML_TYPES.has(mime)) {
    throw new CopydeskError('NOT_HTML', `not an HTML page: ${mime}`, { url });
  }
  for (const [name, sig] of BINARY_SIGNATURES) {
    if (body.length >= sig.length && sig.every((b, i) => body[i] === b)) {
      throw new CopydeskError('NOT_HTML', `not an HTML page: the body is ${name} data${mime ? ` served as ${mime}` : ''}`, { url });
    }
  }
  // Judge the start first, so a large binary file is refused without decoding all of it.
  if (looksBinary(decodeBody(body.subarray(0, SNIFF_BYTES), contentType))) {
    throw new CopydeskError('NOT_HTML', `not an HTML page: binary content${mime ? ` served as ${mime}` : ''}`, { url });
  }
  const decoded = decodeBody(body, contentType);
  const head = decoded.text.replace(/^\uFEFF/, '').slice(0, SNIFF_CHARS);
  const served = mime ? ` served as ${mime}` : '';
  // An XML answer is a page only when it is XHTML: feeds have <title> and <link> too.
  if ((mime.endsWith('/xml') || XML_START.test(head)) && !XHTML.test(head)) {
    throw new CopydeskError('NOT_HTML', `not an HTML page: XML that is not XHTML (a feed or a sitemap?)${served}`, { url });
  }
  if (JSON_START.test(head) && isJson(decoded.text)) throw new CopydeskError('NOT_HTML', `not an HTML page: JSON${served}`, { url });
  if (!MARKUP.test(head) && !HTML_TYPES.has(mime)) throw new CopydeskError('NOT_HTML', `not an HTML page: ${mime || 'no content type'} without HTML markup`, { url });
  return decoded;
}

/** Whether the whole text is one JSON value (markup inside its strings included). */
function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/** Throws NOT_HTML unless the answer can be read as a page. */
export function assertHtml(body: Uint8Array, contentType: string | null, url: string): void {
  decodeHtml(body, contentType, url);
}
