/**
 * Tokens of the writer's text. Quotations are masked out beforehand (every character of a
 * quotation, marks included, becomes MASK), so a speaker is never taken from inside one and
 * each quotation reads as a single opaque token.
 */
import { ABBREVIATIONS } from './words.js';

export const MASK = '\uE000';

export interface Token {
  text: string;
  /** Lower-cased text, for list look-ups. */
  lower: string;
  start: number;
  end: number;
  kind: 'word' | 'punct' | 'quote';
  /** A word starting with an upper-case letter (read once here: the rules ask it often). */
  cap: boolean;
}

// Words keep inner apostrophes, hyphens and dots (Putin’s, co-author, U.S.) and the
// apostrophe of a plural possessive (Edmunds’ director); a run of MASK is one quotation;
// anything else is one punctuation token.
const TOKEN_RE = /(\uE000+)|([\p{L}\p{M}\p{N}](?:[\p{L}\p{M}\p{N}'’.-]*[\p{L}\p{M}\p{N}])?(?:(?<=s)['’](?=\s+\p{Ll}))?\.?)|\S/gu;
const INNER_DOT = /\p{L}\.\p{L}/u;
const UPPER_FIRST = /^\p{Lu}/u;
const FULL_STOP = 46;

/** Does the word start with a capital letter? (ASCII first: most words are.) */
function capitalised(word: string): boolean {
  const c = word.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : UPPER_FIRST.test(word);
}

export function tokenize(masked: string, from: number, to: number): Token[] {
  const out: Token[] = [];
  TOKEN_RE.lastIndex = from;
  // Lines never hold a newline and masks keep newlines, so no token crosses `to`.
  for (let m = TOKEN_RE.exec(masked); m && m.index < to; m = TOKEN_RE.exec(masked)) {
    const raw = m[0];
    const start = m.index;
    if (m[1] !== undefined || m[2] === undefined) {
      out.push({ text: raw, lower: raw, start, end: start + raw.length, kind: m[1] !== undefined ? 'quote' : 'punct', cap: false });
      continue;
    }
    let word = raw;
    if (word.length > 1 && word.charCodeAt(word.length - 1) === FULL_STOP) {
      const stem = word.slice(0, -1).toLowerCase();
      // A full stop stays on abbreviations, initials and dotted acronyms; otherwise it is punctuation.
      if (!(ABBREVIATIONS.has(stem) || stem.length === 1 || INNER_DOT.test(stem))) word = word.slice(0, -1);
    }
    out.push({ text: word, lower: word.toLowerCase(), start, end: start + word.length, kind: 'word', cap: capitalised(word) });
    if (word !== raw) out.push({ text: '.', lower: '.', start: start + word.length, end: start + raw.length, kind: 'punct', cap: false });
  }
  return out;
}

const SENTENCE_END = new Set(['.', '!', '?', '…']);
const STARTS_SENTENCE = /^[\p{Lu}\p{N}\uE000(“"‘'«»„¿¡]/u;

/**
 * Token indices where sentences start. `quoteEndsSentence(token)` tells whether a masked
 * quotation ends with its own full stop ("… enough.” He left.").
 */
export function sentenceStarts(tokens: readonly Token[], quoteEndsSentence: (t: Token) => boolean): number[] {
  const starts = [0];
  for (let i = 0; i < tokens.length - 1; i++) {
    const t = tokens[i] as Token;
    const next = tokens[i + 1] as Token;
    const ends = (t.kind === 'punct' && SENTENCE_END.has(t.text)) || (t.kind === 'quote' && quoteEndsSentence(t));
    if (ends && STARTS_SENTENCE.test(next.text) && next.start > t.end) starts.push(i + 1);
    // A full stop right before a quotation with no space ("said.“Next") still ends the sentence.
    else if (ends && t.kind === 'punct' && next.kind === 'quote') starts.push(i + 1);
  }
  return starts;
}

export const isCapitalised = (t: Token): boolean => t.cap;

/** The first index in [0, length) where `past` holds (it holds from some index on), or length. */
export function firstIndex(length: number, past: (i: number) => boolean): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (past(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
