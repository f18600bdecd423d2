/**
 * The writer's words around each quotation: quotations masked out, lines cut into tokens
 * and sentences, and for one quotation its sentence before and after it, the sentence
 * before that, and the sentence that follows. Also the speakers the writer names with a cue
 * outside quotations ("Chris Whitty stressed …"), which feed pronoun resolution.
 */
import type { QuoteContext } from './attribute.js';
import { speakerFor } from './subject.js';
import { cuesIn } from './cuefind.js';
import type { Resolver } from './resolve.js';
import type { Line, RawQuote } from './scan.js';
import { readPhrase } from './speaker.js';
import type { SpeakerPhrase } from './speaker.js';
import { firstIndex, isCapitalised, MASK, sentenceStarts, tokenize } from './tokens.js';
import type { Token } from './tokens.js';

export interface LineTokens {
  tokens: Token[];
  /** Sentence start indices into tokens. */
  starts: number[];
}

export interface SaidEvent {
  pos: number;
  phrase: SpeakerPhrase;
  tail: string;
  paragraph: number;
}

export interface Found {
  ctx: QuoteContext;
  left: Token[];
  right: Token[];
  /** The sentence before the quotation's own. */
  previous: Token[] | null;
  /** Index of the quotation's sentence start in its first line's tokens. */
  s1: number;
}

/** How many sentences back a pronoun looks for a person named as a subject. */
export const PRONOUN_LOOKBACK = 3;
/** How many tokens into a sentence a name may start and still read as its subject. */
const SUBJECT_WINDOW = 7;
/** How far into a sentence a comma or a quotation may close an opening phrase before its subject. */
const OPENER_MAX = 16;
const ENDS_SENTENCE = /[.!?…]$/u;
/**
 * The writer's words read around one quotation: at most this many tokens of a sentence, those
 * nearest the quotation. News sentences are far shorter; without a bound, a line of thousands
 * of quotations with no full stop between them ("a" "b" …) made every quotation read the whole
 * line (quadratic time).
 */
export const CONTEXT_TOKENS = 120;
/** The last `CONTEXT_TOKENS` of tokens[from, to). */
const nearEnd = (tokens: readonly Token[], from: number, to: number): Token[] => tokens.slice(Math.max(from, to - CONTEXT_TOKENS), to);
/** The first `CONTEXT_TOKENS` of tokens[from, to). */
const nearStart = (tokens: readonly Token[], from: number, to: number): Token[] => tokens.slice(from, Math.min(to, from + CONTEXT_TOKENS));


/** The text with every quotation (marks included, newlines kept) replaced by MASK. One MASK per
 * UTF-16 unit (no u flag), so offsets in the masked text equal the text's. */
export function maskQuotes(text: string, raws: readonly RawQuote[]): string {
  const parts: string[] = [];
  let at = 0;
  for (const q of raws) {
    const span = text.slice(q.open, q.closeEnd);
    parts.push(text.slice(at, q.open), span.includes('\n') ? span.replace(/[^\n]/g, MASK) : MASK.repeat(span.length));
    at = q.closeEnd;
  }
  parts.push(text.slice(at));
  return parts.join('');
}

/** Tokens and sentence starts of every line. A quotation ending in its own full stop ends a sentence. */
export function tokenizeLines(text: string, lines: readonly Line[], raws: readonly RawQuote[], masked: string): LineTokens[] {
  const byEnd = new Map<number, RawQuote>();
  for (const q of raws) byEnd.set(q.closeEnd, q);
  const endsSentence = (t: Token): boolean => {
    const q = byEnd.get(t.end);
    return q !== undefined && q.close >= 0 && ENDS_SENTENCE.test(text.slice(q.textStart, q.textEnd));
  };
  return lines.map((line) => {
    const tokens = tokenize(masked, line.start, line.end);
    return { tokens, starts: sentenceStarts(tokens, endsSentence) };
  });
}

/** Speakers the writer names with a cue, in every sentence. */
export function speakersNamed(lineTokens: readonly LineTokens[], lines: readonly Line[]): SaidEvent[] {
  const said: SaidEvent[] = [];
  lineTokens.forEach(({ tokens, starts }, li) => {
    const paragraph = (lines[li] as Line).paragraph;
    for (let s = 0; s < starts.length; s++) {
      const from = starts[s] as number;
      const to = (starts[s + 1] as number | undefined) ?? tokens.length;
      // A cue reads its sentence, but in a run-on one ("and said … and said …" thousands of
      // times) only the block of CONTEXT_TOKENS holding it and one block on either side, shared
      // by the cues of that block: linear, and a sentence of up to two blocks is read whole.
      let block = -1;
      let lo = from;
      let window: Token[] = [];
      for (const found of cuesIn(tokens, from, to)) {
        if (found.type !== 'speech') continue;
        const b = Math.floor((found.first - from) / CONTEXT_TOKENS);
        if (b !== block) {
          block = b;
          lo = Math.max(from, from + (b - 1) * CONTEXT_TOKENS);
          window = tokens.slice(lo, Math.min(to, from + (b + 2) * CONTEXT_TOKENS));
        }
        const hit = { ...found, first: found.first - lo, last: found.last - lo };
        const phrase = speakerFor(window, hit);
        if (phrase) said.push({ pos: (window[hit.first] as Token).start, phrase, tail: nearStart(window, hit.last + 1, window.length).map((t) => t.lower).join(' '), paragraph });
      }
    }
  });
  return said;
}

/** The writer's words around quotation `q`, or null when its tokens cannot be found. */
/** Index of the first token where `past` holds, when `match` holds there too; else -1. */
function tokenAt(tokens: readonly Token[], past: (t: Token) => boolean, match: (t: Token) => boolean): number {
  const i = firstIndex(tokens.length, (k) => past(tokens[k] as Token));
  return i < tokens.length && match(tokens[i] as Token) ? i : -1;
}

export function contextOf(text: string, q: RawQuote, lineTokens: readonly LineTokens[]): Found | null {
  const first = lineTokens[q.firstLine] as LineTokens;
  const last = lineTokens[q.lastLine] as LineTokens;
  // Tokens are in text order and do not overlap: binary searches, not scans (long paragraphs).
  const i1 = tokenAt(first.tokens, (t) => t.start >= q.open, (t) => t.start === q.open);
  const end = q.closeEnd;
  const i2 = tokenAt(last.tokens, (t) => t.end >= end, (t) => t.end === end);
  if (i1 < 0 || i2 < 0) return null;
  const [s1] = sentenceOf(first.starts, i1, first.tokens.length);
  const [, e2] = sentenceOf(last.starts, i2, last.tokens.length);
  const left = nearEnd(first.tokens, s1, i1);
  const right = nearStart(last.tokens, i2 + 1, e2);
  // The sentence before: the end of the previous line when the quotation opens its line.
  let previous: Token[] | null = null;
  if (s1 > 0) {
    const [ps] = sentenceOf(first.starts, s1 - 1, first.tokens.length);
    previous = nearEnd(first.tokens, ps, s1);
  } else if (q.firstLine > 0) {
    const prev = lineTokens[q.firstLine - 1] as LineTokens;
    const [ps] = sentenceOf(prev.starts, prev.tokens.length - 1, prev.tokens.length);
    previous = nearEnd(prev.tokens, ps, prev.tokens.length);
  }
  let next: Token[] | null = null;
  if (!right.length && e2 < last.tokens.length) {
    const [, e3] = sentenceOf(last.starts, e2, last.tokens.length);
    next = nearStart(last.tokens, e2, e3);
  }
  const ctx: QuoteContext = { left, right, above: left.length ? null : previous, next, openMark: text[q.open] ?? '' };
  return { ctx, left, right, previous, s1 };
}

export function sentenceOf(starts: readonly number[], idx: number, count: number): [number, number] {
  // `starts` is ascending: a binary search keeps long paragraphs with many quotations linear.
  const k = firstIndex(starts.length, (i) => (starts[i] as number) > idx);
  return [k > 0 ? (starts[k - 1] as number) : 0, k < starts.length ? (starts[k] as number) : count];
}

/** Up to `count` sentences before token `s1` of line `li`, nearest first, crossing into earlier lines. */
export function priorSentences(lines: readonly LineTokens[], li: number, s1: number, count: number): Token[][] {
  const out: Token[][] = [];
  let line = li;
  let before = s1;
  while (out.length < count && line >= 0) {
    const { tokens, starts } = lines[line] as LineTokens;
    let end = before;
    for (let k = firstIndex(starts.length, (i) => (starts[i] as number) >= before) - 1; k >= 0; k--) {
      const st = starts[k] as number;
      if (out.length >= count) break;
      out.push(nearEnd(tokens, st, end));
      end = st;
    }
    line--;
    before = line >= 0 ? (lines[line] as LineTokens).tokens.length : 0;
  }
  return out;
}

/** People named in the writer's words, first mention of each sentence first ("Buckley, who …"). */
export function peopleNamed(sentences: readonly (readonly Token[])[], resolver: Resolver, pos: number): string[] {
  const out: string[] = [];
  for (const tokens of sentences) {
    // Only names near the start of a sentence, where its subject stands, or right after an
    // opening phrase ("Following a performance of “Black Water,” Simmons teed up …").
    // There the subject must come first: "During the call, he asked about the Muslim Brotherhood" names no subject.
    const opener = tokens.findIndex((t, n) => n > 0 && n < OPENER_MAX && (t.text === ',' || t.kind === 'quote'));
    const starts = [...Array(Math.min(tokens.length, SUBJECT_WINDOW)).keys()];
    if (opener >= SUBJECT_WINDOW - 1 && opener + 1 < tokens.length) starts.push(opener + 1);
    let done = -1;
    for (const i of starts) {
      if (i <= done || !isCapitalised(tokens[i] as Token) || /['’]s$/u.test((tokens[i] as Token).text)) continue;
      let j = i;
      while (j + 1 < tokens.length && isCapitalised(tokens[j + 1] as Token)) j++;
      // A possessive ends the run but names an owner, not a subject ("Steenburgen’s son").
      if (!/['’]s$/u.test((tokens[j] as Token).text)) {
        // A name given in full only later is someone else ("Border agents …" before "Customs and Border Protection").
        const name = resolver.personName(readPhrase(tokens, i, j), pos, true);
        if (name && !out.includes(name)) out.push(name);
      }
      done = j;
    }
  }
  return out;
}

export function quoteText(text: string, q: RawQuote): string {
  if (!q.reopens.length) return text.slice(q.textStart, q.textEnd);
  let out = '';
  let at = q.textStart;
  for (const r of q.reopens) {
    out += text.slice(at, r);
    at = r + 1;
    // The space French sets inside a guillemet: « Maintenant …
    while (at < q.textEnd && /[ \t\u00a0\u202f\u2009]/u.test(text[at] ?? '')) at++;
  }
  return out + text.slice(at, q.textEnd);
}

