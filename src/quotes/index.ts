/**
 * The quotes stage: direct quotations in the body text, with who said them.
 *   scan marks → mask quotations → tokens and sentences → attribution patterns →
 *   filters (scare quotes, titles, imagined speech) → speaker resolution.
 * Quotation rules: see QUOTES.md in the project's shared notes; heuristics live as data in
 * marks.ts, cues.ts and words.ts.
 */
import type { Quote } from '../record/types.js';
import { attribute, speakerFor, subjectOf } from './attribute.js';
import type { Attribution, QuoteContext } from './attribute.js';
import { cuesIn, isCueWord } from './cuefind.js';
import { judge } from './filters.js';
import { Resolver } from './resolve.js';
import type { Line, RawQuote } from './scan.js';
import { scanQuotes, splitLines } from './scan.js';
import { readPhrase } from './speaker.js';
import type { SpeakerPhrase } from './speaker.js';
import { isCapitalised, MASK, sentenceStarts, tokenize } from './tokens.js';
import type { Token } from './tokens.js';

export { splitLines, scanQuotes } from './scan.js';

/** Quotations in a record body: paragraphs are separated by blank lines. */
export function extractQuotes(body: string): Quote[] {
  return findQuotes(body, false);
}

/** Quotations in plain text where every line is a paragraph (blank lines allowed too). */
export function extractQuotesFromText(text: string): Quote[] {
  return findQuotes(text, true);
}

interface LineTokens {
  tokens: Token[];
  /** Sentence start indices into tokens. */
  starts: number[];
}

interface QuoteEvent {
  pos: number;
  quote: number;
}
interface SaidEvent {
  pos: number;
  phrase: SpeakerPhrase;
  tail: string;
  paragraph: number;
}

/** How many sentences back a pronoun looks for a person named as a subject. */
const PRONOUN_LOOKBACK = 3;
/** How many tokens into a sentence a name may start and still read as its subject. */
const SUBJECT_WINDOW = 7;
const FULL_AFTER = new Set([':', ',', '—', '–', '-', '(']);
const ENDS_SENTENCE = /[.!?…]$/u;

function sentenceOf(starts: readonly number[], idx: number, count: number): [number, number] {
  let s = 0;
  let e = count;
  for (let k = 0; k < starts.length; k++) {
    const at = starts[k] as number;
    if (at <= idx) s = at;
    else {
      e = at;
      break;
    }
  }
  return [s, e];
}

/** Up to `count` sentences before token `s1` of line `li`, nearest first, crossing into earlier lines. */
function priorSentences(lines: readonly LineTokens[], li: number, s1: number, count: number): Token[][] {
  const out: Token[][] = [];
  let line = li;
  let before = s1;
  while (out.length < count && line >= 0) {
    const { tokens, starts } = lines[line] as LineTokens;
    const ends = starts.filter((st) => st < before).reverse();
    let end = before;
    for (const st of ends) {
      if (out.length >= count) break;
      out.push(tokens.slice(st, end));
      end = st;
    }
    line--;
    before = line >= 0 ? (lines[line] as LineTokens).tokens.length : 0;
  }
  return out;
}

/** People named in the writer's words, first mention of each sentence first ("Buckley, who …"). */
function peopleNamed(sentences: readonly (readonly Token[])[], resolver: Resolver, pos: number): string[] {
  const out: string[] = [];
  for (const tokens of sentences) {
    // Only names near the start of a sentence, where its subject stands.
    for (let i = 0; i < Math.min(tokens.length, SUBJECT_WINDOW); i++) {
      if (!isCapitalised(tokens[i] as Token) || /['’]s$/u.test((tokens[i] as Token).text)) continue;
      let j = i;
      while (j + 1 < tokens.length && isCapitalised(tokens[j + 1] as Token)) j++;
      // A possessive ends the run but names an owner, not a subject ("Steenburgen’s son").
      if (!/['’]s$/u.test((tokens[j] as Token).text)) {
        const name = resolver.personName(readPhrase(tokens, i, j), pos);
        if (name && !out.includes(name)) out.push(name);
      }
      i = j;
    }
  }
  return out;
}

function quoteText(text: string, q: RawQuote): string {
  if (!q.reopens.length) return text.slice(q.textStart, q.textEnd);
  let out = '';
  let at = q.textStart;
  for (const r of q.reopens) {
    out += text.slice(at, r);
    at = r + 1;
  }
  return out + text.slice(at, q.textEnd);
}

function findQuotes(text: string, eachLine: boolean): Quote[] {
  const lines = splitLines(text, eachLine);
  const raws = scanQuotes(text, lines);
  if (!raws.length) return [];

  // Mask every quotation (marks included, newlines kept) so the writer's words stand alone.
  // One MASK per UTF-16 unit (no u flag): offsets in the masked text must equal the text's.
  const maskEnd = raws.map((q) => q.closeEnd);
  const parts: string[] = [];
  let at = 0;
  raws.forEach((q, n) => {
    parts.push(text.slice(at, q.open), text.slice(q.open, maskEnd[n]).replace(/[^\n]/g, MASK));
    at = maskEnd[n] as number;
  });
  parts.push(text.slice(at));
  const masked = parts.join('');

  const byEnd = new Map<number, RawQuote>();
  raws.forEach((q, n) => byEnd.set(maskEnd[n] as number, q));
  const endsSentence = (t: Token): boolean => {
    const q = byEnd.get(t.end);
    return q !== undefined && q.close >= 0 && ENDS_SENTENCE.test(text.slice(q.textStart, q.textEnd));
  };
  const lineTokens: LineTokens[] = lines.map((line) => {
    const tokens = tokenize(masked, line.start, line.end);
    return { tokens, starts: sentenceStarts(tokens, endsSentence) };
  });

  // Speakers named outside quotations ("Chris Whitty stressed …") feed pronoun resolution.
  const said: SaidEvent[] = [];
  lineTokens.forEach(({ tokens, starts }, li) => {
    const paragraph = (lines[li] as Line).paragraph;
    for (let s = 0; s < starts.length; s++) {
      const from = starts[s] as number;
      const to = (starts[s + 1] as number | undefined) ?? tokens.length;
      const sentence = tokens.slice(from, to);
      for (const hit of cuesIn(sentence, 0, sentence.length)) {
        if (hit.type !== 'speech') continue;
        const phrase = speakerFor(sentence, hit);
        if (phrase) said.push({ pos: (sentence[hit.first] as Token).start, phrase, tail: sentence.slice(hit.last + 1).map((t) => t.lower).join(' '), paragraph });
      }
    }
  });

  const events: (QuoteEvent | SaidEvent)[] = [...raws.map((q, n) => ({ pos: q.open, quote: n })), ...said];
  events.sort((a, b) => a.pos - b.pos);

  const resolver = new Resolver(masked);
  const out: Quote[] = [];
  for (const ev of events) {
    if (!('quote' in ev)) {
      const r = ev.phrase.kind === 'pronoun' || ev.phrase.kind === 'person' ? resolver.resolve(ev.phrase, ev.pos, ev.paragraph) : { name: ev.phrase.name, kind: ev.phrase.kind };
      if (r.name) resolver.remember(r.name, r.kind, ev.pos, ev.paragraph, ev.tail, false);
      continue;
    }
    const q = raws[ev.quote] as RawQuote;
    const first = lineTokens[q.firstLine] as LineTokens;
    const last = lineTokens[q.lastLine] as LineTokens;
    const i1 = first.tokens.findIndex((t) => t.start === q.open);
    const end = maskEnd[ev.quote] as number;
    const i2 = last.tokens.findIndex((t) => t.end === end);
    if (i1 < 0 || i2 < 0) continue;
    const [s1] = sentenceOf(first.starts, i1, first.tokens.length);
    const [, e2] = sentenceOf(last.starts, i2, last.tokens.length);
    const left = first.tokens.slice(s1, i1);
    const right = last.tokens.slice(i2 + 1, e2);
    // The sentence before: the end of the previous line when the quotation opens its line.
    let previous: Token[] | null = null;
    if (s1 > 0) {
      const [ps] = sentenceOf(first.starts, s1 - 1, first.tokens.length);
      previous = first.tokens.slice(ps, s1);
    } else if (q.firstLine > 0) {
      const prev = lineTokens[q.firstLine - 1] as LineTokens;
      const [ps] = sentenceOf(prev.starts, prev.tokens.length - 1, prev.tokens.length);
      previous = prev.tokens.slice(ps);
    }
    let next: Token[] | null = null;
    if (!right.length && e2 < last.tokens.length) {
      const [, e3] = sentenceOf(last.starts, e2, last.tokens.length);
      next = last.tokens.slice(e2, e3);
    }
    const ctx: QuoteContext = { left, right, above: left.length ? null : previous, next, openMark: text[q.open] ?? '' };
    const body = quoteText(text, q);
    const att: Attribution | null = attribute(ctx);
    const paragraph = (lines[q.firstLine] as Line).paragraph;

    // No cue of its own: the quotation continues the speaker named in the sentence before,
    // or the speaker of the last quotation in this or the previous paragraph.
    let continued: string | null = null;
    if (!att) {
      const afterQuote = previous?.some((t) => t.kind === 'quote');
      const hit = previous && !afterQuote ? [...cuesIn(previous, 0, previous.length)].reverse().find((h) => h.type === 'speech') : undefined;
      const phrase = previous && hit ? speakerFor(previous, hit) : null;
      const named = phrase ? resolver.resolve(phrase, q.open, paragraph).name : null;
      // "Buckley … had a similar experience: “…”": a colon hands the quote to the subject.
      const colon = left[left.length - 1]?.text === ':' ? subjectOf(left, left.length - 1) : null;
      const subject = colon ? resolver.personName(colon, q.open) : null;
      continued = subject ?? named ?? resolver.lastQuoted(q.open, paragraph, 1)?.name ?? null;
    }
    const verdict = judge(body, left, right, att, continued !== null);
    if (verdict !== 'keep') continue;

    let speaker: string | null = continued;
    let speakerMention: string | null = null;
    if (att?.phrase) {
      const nearby = att.phrase.kind === 'pronoun' ? peopleNamed([left, ...priorSentences(lineTokens, q.firstLine, s1, PRONOUN_LOOKBACK)], resolver, q.open) : [];
      const r = resolver.resolve(att.phrase, q.open, paragraph, nearby);
      speaker = r.name;
      speakerMention = att.phrase.mention;
      if (speaker) resolver.remember(speaker, r.kind, q.open, paragraph, att.tail, true);
    } else if (speaker) {
      resolver.remember(speaker, resolver.kindOf(speaker), q.open, paragraph, '', true);
    }
    // A comma the writer's sentence needs sits inside the marks in American style: not the speaker's.
    const trail = /,\s*$/u.exec(body);
    const quoteBody = trail ? body.slice(0, trail.index) : body;
    const lead = /[\p{L}\p{N}]/u.exec(body)?.[0] ?? '';
    const lastLeft = left[left.length - 1];
    const opensSentence = !lastLeft || FULL_AFTER.has(lastLeft.text) || (lastLeft.kind === 'word' && isCueWord(lastLeft.text));
    out.push({
      text: quoteBody,
      speaker,
      speakerMention,
      cue: att?.cue.text ?? null,
      kind: opensSentence && !/\p{Ll}/u.test(lead) ? 'full' : 'partial',
      paragraph,
      start: q.textStart,
      end: q.textEnd - (body.length - quoteBody.length),
    });
  }
  return out;
}
