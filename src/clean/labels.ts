/**
 * Short labels compared with the rules' phrase lists: a line made bare (lower case, no
 * punctuation or bullets at its ends) and the related-stories headings (rules.ts:
 * BOILERPLATE_HEADINGS). Read before Readability (a promo paragraph's label) and after it
 * (the line rules).
 */
import { BOILERPLATE_HEADING_PATTERNS, BOILERPLATE_HEADINGS, COMMENT_HEADING_MAX_WORDS, COMMENT_SECTION_HEADINGS, COMMENT_TITLE_HEADING } from './rules.js';
import { wordCount } from './lines.js';

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * Lower-cased, without punctuation or bullets at either end: what
 * `.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')` leaves, found from the two ends
 * instead of trying the trailing run at every character of the line (every line of the
 * article is made bare, paragraphs included).
 */
export function bare(text: string): string {
  const lower = lowerCase(text);
  const start = lower.search(LETTER_OR_DIGIT);
  if (start < 0) return '';
  let end = lower.length;
  for (;;) {
    // The last code point before `end`: a surrogate pair read whole, a lone surrogate alone.
    const low = lower.charCodeAt(end - 1);
    const pair = low >= 0xdc00 && low <= 0xdfff && end - 2 >= start && lower.charCodeAt(end - 2) >= 0xd800 && lower.charCodeAt(end - 2) <= 0xdbff;
    const from = pair ? end - 2 : end - 1;
    if (LETTER_OR_DIGIT.test(lower.slice(from, end))) break;
    end = from;
  }
  return lower.slice(start, end);
}

/**
 * Lower case as the phrase lists write it: a Turkish capital "İ" lower-cases to "i" with a
 * combining dot ("İLGİLİ" to "i̇lgi̇li̇"), which the lists write as a plain "i".
 */
export function lowerCase(text: string): string {
  const lower = text.toLowerCase();
  return lower.includes('\u0307') ? lower.replace(/i\u0307/g, 'i') : lower;
}

const HEADINGS_EXACT = new Set(BOILERPLATE_HEADINGS.filter((h) => !h.endsWith(' ')));
const HEADING_PREFIXES = BOILERPLATE_HEADINGS.filter((h) => h.endsWith(' '));

/** A label that is one of BOILERPLATE_HEADINGS as written, not a prefix or pattern ("Don't miss", "Read more"). */
export function isBoilerplateLabel(text: string): boolean {
  return HEADINGS_EXACT.has(bare(text));
}

/** A heading of a related-stories block, share bar and the like: BOILERPLATE_HEADINGS, their prefixes and patterns. */
export function isBoilerplateHeading(text: string): boolean {
  const b = bare(text);
  if (!b || b.length > 60) return false;
  return HEADINGS_EXACT.has(b) || HEADING_PREFIXES.some((p) => b.startsWith(p)) || BOILERPLATE_HEADING_PATTERNS.some((re) => re.test(b));
}

/**
 * A readers' comments heading by its words (rules.ts: COMMENT_SECTION_HEADINGS,
 * COMMENT_TITLE_HEADING): a line of the cleaned text, or a heading element before Readability.
 */
export function commentHeading(text: string): boolean {
  if (COMMENT_TITLE_HEADING.test(text.trim().toLowerCase())) return true;
  return wordCount(text) <= COMMENT_HEADING_MAX_WORDS && COMMENT_SECTION_HEADINGS.some((re) => re.test(bare(text)));
}
