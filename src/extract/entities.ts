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

/** Decodes one more level of HTML entities, if the value has any. */
export const decodeEntities: Decoder = (value) => (ENTITY.test(value) ? decodeHTML(value) : value);

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
