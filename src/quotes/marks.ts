/**
 * Quotation marks, as data. Each family pairs openers with the closers that may end them;
 * the scanner (scan.ts) decides from the neighbouring characters whether an ambiguous mark
 * (straight quotes, ’, “ in German text, guillemets) opens, closes, or is an apostrophe.
 */

export type Family = 'double' | 'single' | 'guillemet' | 'angle' | 'corner' | 'wcorner';

export interface OpenerSpec {
  family: Family;
  /** Marks that can close a quote opened by this one. */
  closers: string;
}

/** Unambiguous or usually-opening marks. */
export const OPENERS: Readonly<Record<string, OpenerSpec>> = {
  // English “…”; also closed by a straight " when a page mixes styles.
  '\u201c': { family: 'double', closers: '\u201d"\u201c' },
  // German, Polish, Czech „…“ (and „…” in Hungarian, Romanian, Dutch).
  '\u201e': { family: 'double', closers: '\u201c\u201d"' },
  '"': { family: 'double', closers: '"\u201d\u201c' },
  // English single ‘…’ (British outer quotes, nested quotes, headlines).
  '\u2018': { family: 'single', closers: "\u2019'" },
  // German single ‚…‘.
  '\u201a': { family: 'single', closers: '\u2018\u2019' },
  "'": { family: 'single', closers: "'\u2019" },
  // French «…», German and Danish »…«: whichever comes first opens.
  '\u00ab': { family: 'guillemet', closers: '\u00bb' },
  '\u00bb': { family: 'guillemet', closers: '\u00ab' },
  '\u2039': { family: 'angle', closers: '\u203a' },
  '\u203a': { family: 'angle', closers: '\u2039' },
  // CJK corner brackets.
  '\u300c': { family: 'corner', closers: '\u300d' },
  '\u300e': { family: 'wcorner', closers: '\u300f' },
};

/** Every character the scanner looks at. */
export const ALL_MARKS = new Set<string>([...Object.keys(OPENERS), '\u201d', '\u2019', '\u300d', '\u300f']);

/** Characters after which a mark reads as opening: start of text, spaces, brackets, dashes. */
export const OPEN_BEFORE = /[\s([{\u2014\u2013\-/:\u00a0\u201c\u201e\u2018\u201a\u00ab\u00bb"']/u;

/** Characters before which a mark reads as closing: end, spaces, punctuation, other closers. */
export const CLOSE_AFTER = /[\s.,;:!?)\]}\u2026\u2014\u2013\-\u201d\u2019"'\u00bb\u00ab\u203a\u2039\u300d\u300f]/u;

export const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
export const LETTER = /\p{L}/u;
export const DIGIT = /\p{N}/u;

/**
 * Two apostrophes typed for a double mark: ''…'' (the house style of some newspapers' text
 * feeds). Rewritten, before the scanner runs, to a straight double mark padded by a space,
 * which keeps every offset: an opening `''` after a space or a bracket becomes ` "`, a
 * closing one after a letter or punctuation becomes `" `. Any other `''` (between spaces,
 * inside a word) is left alone.
 */
export function pairDoubledApostrophes(text: string): string {
  let at = text.indexOf("''");
  if (at < 0) return text;
  const out: string[] = [];
  let from = 0;
  for (; at >= 0; at = text.indexOf("''", at + 2)) {
    const prev = text[at - 1];
    const next = text[at + 2];
    const opens = (prev === undefined || OPEN_BEFORE.test(prev)) && next !== undefined && !/\s/u.test(next);
    const closes = prev !== undefined && !/\s/u.test(prev) && (next === undefined || CLOSE_AFTER.test(next));
    if (!opens && !closes) continue;
    out.push(text.slice(from, at), opens ? ' "' : '" ');
    from = at + 2;
  }
  out.push(text.slice(from));
  return out.join('');
}
