/**
 * The quotes stage: direct quotations in the body text, with who said them.
 *   scan marks → mask quotations → tokens and sentences → attribution patterns →
 *   filters (scare quotes, titles, imagined speech) → speaker resolution.
 * Quotation rules: see QUOTES.md in the project's shared notes; heuristics live as data in
 * marks.ts, cues.ts and words.ts.
 */
import type { Quote } from '../record/types.js';
import { attribute, speakerFor, subjectOf } from './attribute.js';
import type { Attribution } from './attribute.js';
import { contextOf, maskQuotes, peopleNamed, priorSentences, PRONOUN_LOOKBACK, quoteText, speakersNamed, tokenizeLines } from './context.js';
import type { SaidEvent } from './context.js';
import { cuesIn, isCueWord } from './cuefind.js';
import { judge } from './filters.js';
import { Resolver } from './resolve.js';
import type { Line, RawQuote } from './scan.js';
import { scanQuotes, splitLines } from './scan.js';

export { splitLines, scanQuotes } from './scan.js';

/** Quotations in a record body: paragraphs are separated by blank lines. */
export function extractQuotes(body: string): Quote[] {
  return findQuotes(body, false);
}

/** Quotations in plain text where every line is a paragraph (blank lines allowed too). */
export function extractQuotesFromText(text: string): Quote[] {
  return findQuotes(text, true);
}

interface QuoteEvent {
  pos: number;
  quote: number;
}

/** Marks before a quotation after which it opens its own sentence ("She said: “…”"). */
const FULL_AFTER = new Set([':', ',', '—', '–', '-', '(']);

function findQuotes(text: string, eachLine: boolean): Quote[] {
  const lines = splitLines(text, eachLine);
  const raws = scanQuotes(text, lines);
  if (!raws.length) return [];
  const masked = maskQuotes(text, raws);
  const lineTokens = tokenizeLines(text, lines, raws, masked);
  const said = speakersNamed(lineTokens, lines);

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
    const found = contextOf(text, q, lineTokens);
    if (!found) continue;
    const { ctx, left, right, previous, s1 } = found;
    const body = quoteText(text, q);
    const paragraph = (lines[q.firstLine] as Line).paragraph;
    const att: Attribution | null = attribute(ctx);

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
