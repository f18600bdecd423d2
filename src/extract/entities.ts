/**
 * Metadata strings as plain text. JSON-LD and <meta> values are often HTML-escaped twice
 * ("&amp;#8217;") or carry markup ("<em>Headline</em>"), so they are decoded once more
 * and stripped of tags. Decoding uses the HTML parser's own entity table (the `entities`
 * package), so it is the same whatever DOM built the page.
 */
import { decodeHTML } from 'entities';
import { normaliseSpace } from './text.js';

const ENTITY = /&(?:#\d{1,7}|#x[\da-f]{1,6}|[a-z][a-z\d]{1,31});/i;
const TAG = /<\/?[a-z][^<>]*>/gi;
/** Block-level tags in an HTML articleBody, which become paragraph breaks. */
const BLOCK_TAG = /<\/?(?:p|div|h[1-6]|li|ul|ol|blockquote|section|article|figure|figcaption|table|tr)\b[^<>]*>|<br\s*\/?>/gi;

export type Decoder = (value: string) => string;

/**
 * Decodes the HTML entities a value still holds: one level, and a second when the first
 * leaves entities behind. JSON-LD sits in a <script>, whose text the parser never decodes, so
 * a value escaped twice there ("Bj&amp;#246;rn") needs both ("Björn"); a byline cut at the
 * entity's ";" had kept "Bj".
 */
export const decodeEntities: Decoder = (value) => {
  if (!ENTITY.test(value)) return value;
  const once = decodeHTML(value);
  return ENTITY.test(once) ? decodeHTML(once) : once;
};

/** One line of text: entities decoded, tags removed, spaces collapsed. Empty → null. */
export function plainText(value: string | null | undefined, decode: Decoder): string | null {
  if (!value) return null;
  const strip = (s: string): string => s.replace(BLOCK_TAG, ' ').replace(TAG, '');
  const text = normaliseSpace(strip(decode(strip(value)))).trim();
  return text || null;
}

/**
 * Paragraphs of text from a JSON-LD articleBody, which may be plain text with line breaks
 * or HTML: block tags and line breaks become blank lines, entities are decoded.
 */
export function plainParagraphs(value: string | null | undefined, decode: Decoder): string | null {
  if (!value) return null;
  const withBreaks = value.replace(/\r\n?/g, '\n').replace(BLOCK_TAG, '\n\n').replace(TAG, '');
  const paragraphs = decode(withBreaks)
    .split(/\n\s*\n|\n/)
    .map((p) => normaliseSpace(p).trim())
    .filter(Boolean);
  return paragraphs.length ? paragraphs.join('\n\n') : null;
}
