/**
 * The quotes stage: direct quotations in the body text, with who said them.
 *   scan marks → mask quotations → tokens and sentences → attribution patterns →
 *   filters (scare quotes, titles, imagined speech) → speaker resolution.
 * Quotation rules: see QUOTES.md in the project's shared notes; heuristics live as data in
 * marks.ts, cues.ts and words.ts.
 */
import type { Quote } from '../record/types.js';
import { attribute } from './attribute.js';
import { CLAUSE_OPENERS, speakerFor, subjectOf } from './subject.js';
import type { Attribution } from './attribute.js';
import { contextOf, maskQuotes, peopleNamed, priorSentences, PRONOUN_LOOKBACK, quoteText, speakersNamed, tokenizeLines } from './context.js';
import type { LineTokens, SaidEvent } from './context.js';
import { cuesIn, isCueWord } from './cuefind.js';
import { judge } from './filters.js';
import { pairDoubledApostrophes } from './marks.js';
import { Resolver } from './resolve.js';
import { blankPartyTags, PERSON_PRONOUNS } from './words.js';
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

const DASHES = new Set(['–', '—', '―', '-']);
/** A credit line is short: "– Ana M.", "— Jane Doe (@jdoe) May 1, 2024". */
const CREDIT_MAX_TOKENS = 16;

/** Is the quotation that opens line `first` and closes line `last` presented as one: the line
 * before ends with a colon ("… contains the following statement:"), or the line after credits
 * it ("– Ana M.")? */
function presented(lineTokens: readonly LineTokens[], first: number, last: number): boolean {
  const above = first > 0 ? (lineTokens[first - 1] as LineTokens).tokens : [];
  const below = lineTokens[last + 1]?.tokens ?? [];
  return above[above.length - 1]?.text === ':' || (DASHES.has(below[0]?.text ?? '') && below.length <= CREDIT_MAX_TOKENS);
}

/** Past this many tokens a line is prose, not an aside. */
const ASIDE_MAX_TOKENS = 16;
const ENDS_PROSE = new Set(['.', '!', '?', '…', ':']);

/**
 * Paragraphs that interrupt the text without being part of it: a caption, a credit line
 * under an embedded post ("— Club (@club) May 1, 2024"), a label ("Club statement"). Short
 * lines with no quotation and no closing full stop. A quotation continues its speaker across them.
 */
function asideParagraphs(lines: readonly Line[], lineTokens: readonly LineTokens[]): Set<number> {
  const prose = new Set<number>();
  const all = new Set<number>();
  lineTokens.forEach(({ tokens }, li) => {
    const paragraph = (lines[li] as Line).paragraph;
    all.add(paragraph);
    const last = tokens[tokens.length - 1];
    if (tokens.length > ASIDE_MAX_TOKENS || !last || ENDS_PROSE.has(last.text) || tokens.some((t) => t.kind === 'quote')) prose.add(paragraph);
  });
  return new Set([...all].filter((p) => !prose.has(p)));
}

/**
 * Counts the asides strictly between paragraphs `from` and `to` (`paragraphs` is how many there
 * are). Each quotation asks about every paragraph back to the last attributed one: counted one
 * by one, a long page of quotations with no cue of their own was quadratic (20,000 paragraphs
 * took 1.6 s, 40,000 took 5.1 s). Running totals answer each question at once.
 */
function asideCounter(asides: ReadonlySet<number>, paragraphs: number): (from: number, to: number) => number {
  /** before[p]: how many of paragraphs 0 … p-1 are asides. */
  const before = [0];
  for (let p = 0; p < paragraphs; p++) before.push((before[p] as number) + (asides.has(p) ? 1 : 0));
  const upTo = (p: number): number => before[Math.min(Math.max(p, 0), paragraphs)] as number;
  return (from, to) => (to > from + 1 ? upTo(to) - upTo(from + 1) : 0);
}

function findQuotes(source: string, eachLine: boolean): Quote[] {
  // Same length as the source, so offsets hold; quotation text is still read from the source.
  const text = pairDoubledApostrophes(source);
  const lines = splitLines(text, eachLine);
  const raws = scanQuotes(text, lines);
  if (!raws.length) return [];
  const masked = blankPartyTags(maskQuotes(text, raws));
  // Nothing after the line below the last quotation bears on any quotation's attribution: its
  // lines are not read, and speakers named after the last quotation are not resolved.
  const lastQuote = raws[raws.length - 1] as RawQuote;
  const lineTokens = tokenizeLines(text, lines.slice(0, lastQuote.lastLine + 2), raws, masked);
  const said = speakersNamed(lineTokens, lines).filter((ev) => ev.pos < lastQuote.open);

  const events: (QuoteEvent | SaidEvent)[] = [...raws.map((q, n) => ({ pos: q.open, quote: n })), ...said];
  events.sort((a, b) => a.pos - b.pos);

  const skipped = asideCounter(asideParagraphs(lines, lineTokens), (lines[lines.length - 1] as Line).paragraph + 1);
  const resolver = new Resolver(masked);
  const out: Quote[] = [];
  /** Paragraph where the last reported quotation with a cue ended. */
  let lastAttributed: number | null = null;
  for (const ev of events) {
    if (!('quote' in ev)) {
      const r = ev.phrase.kind === 'org' ? { name: ev.phrase.name, kind: ev.phrase.kind } : resolver.resolve(ev.phrase, ev.pos, ev.paragraph);
      if (r.name) resolver.remember(r.name, r.kind, ev.pos, ev.paragraph, ev.tail, false);
      continue;
    }
    const q = raws[ev.quote] as RawQuote;
    const found = contextOf(text, q, lineTokens);
    if (!found) continue;
    const { ctx, left, right, previous, s1 } = found;
    const body = quoteText(source, q);
    const paragraph = (lines[q.firstLine] as Line).paragraph;
    // A quotation over several paragraphs is remembered where it ends, for the one after it.
    const lastParagraph = (lines[q.lastLine] as Line).paragraph;
    const att: Attribution | null = attribute(ctx);

    // No cue of its own: the quotation continues the speaker named in the sentence before,
    // or the speaker of the last quotation in this or the previous paragraph.
    let continued: string | null = null;
    /** Set when the quotation sits in a sentence about someone else: nothing continues into it. */
    let elsewhere = false;
    if (!att) {
      const afterQuote = previous?.some((t) => t.kind === 'quote');
      // The last cue of that sentence that has a subject ("Erekat said it was a move to … give up
      // their claims": said, not claims).
      const hits = previous && !afterQuote ? [...cuesIn(previous, 0, previous.length)].reverse().filter((h) => h.type === 'speech') : [];
      const phrase = previous ? (hits.map((h) => speakerFor(previous, h)).find((p) => p !== null) ?? null) : null;
      const named = phrase ? resolver.resolve(phrase, q.open, paragraph).name : null;
      // "Buckley … had a similar experience: “…”": a colon hands the quote to the subject, also
      // when it closes the paragraph before ("She shared the site, which carries this statement:").
      const introLine = !left.length && previous?.[previous.length - 1]?.text === ':' ? previous : null;
      const colonSentence = left[left.length - 1]?.text === ':' ? left : introLine;
      const colon = colonSentence ? subjectOf(colonSentence, colonSentence.length - 1) : null;
      // A pronoun there resolves as after a cue: to a subject named nearby first.
      const person = colon?.kind === 'pronoun' && PERSON_PRONOUNS.has(colon.name) ? resolver.resolve(colon, q.open, paragraph, peopleNamed([left, ...priorSentences(lineTokens, q.firstLine, s1, PRONOUN_LOOKBACK)], resolver, q.open)).name : null;
      const subject = colon ? (person ?? resolver.personName(colon, q.open)) : null;
      // After a colon sentence with no speaker of its own, the last quotation's speaker carries
      // on ("That process led to a realization: “…”") unless the writer has brought in someone
      // else since ("Her opponent, Tom Reed, spent the evening at a diner. The menu has a motto: “…”").
      let chained = resolver.lastQuoted(q.open, (p) => paragraph - p - skipped(p, paragraph) <= 1)?.name ?? null;
      if (chained && colonSentence && !subject) {
        const others = peopleNamed([colonSentence, ...(colonSentence === left && previous ? [previous] : [])], resolver, q.open);
        if (others.length && !others.includes(chained)) chained = null;
      }
      continued = subject ?? named ?? chained;
      // In a clause under a sentence of the writer's about someone else ("A Reuters poll … shows
      // that most Americans want Congress to investigate Trump if he “…”"), no speech goes on.
      // A pronoun subject more often stands for the speaker ("They attributed the move to “…”").
      const own = colonSentence ? null : subjectOf(left, left.length);
      const under = own !== null && own.kind !== 'pronoun' && left.some((t) => t.start > own.start && CLAUSE_OPENERS.has(t.lower));
      const ownName = own && under ? resolver.resolve(own, q.open, paragraph).name : null;
      if (ownName && ownName !== continued) {
        continued = null;
        elsewhere = true;
      }
    }
    // A quotation right after an attributed one continues it even when its speaker stayed unresolved.
    const near = (p: number): boolean => paragraph - p - skipped(p, paragraph) <= 1;
    const follows = !elsewhere && lastAttributed !== null && near(lastAttributed);
    // Alone in its paragraph, a quotation needs the writer to present it (see judge).
    const alone = !left.length && !right.length && !ctx.next;
    const verdict = judge(body, left, right, att, continued !== null || follows, !alone || presented(lineTokens, q.firstLine, q.lastLine));
    if (verdict !== 'keep') continue;
    if (att) lastAttributed = lastParagraph;

    let speaker: string | null = continued;
    let speakerMention: string | null = null;
    if (att?.phrase) {
      const nearby = att.phrase.kind === 'pronoun' ? peopleNamed([left, ...priorSentences(lineTokens, q.firstLine, s1, PRONOUN_LOOKBACK)], resolver, q.open) : [];
      const r = resolver.resolve(att.phrase, q.open, paragraph, nearby);
      speaker = r.name;
      speakerMention = att.phrase.mention;
      if (speaker) resolver.remember(speaker, r.kind, q.open, lastParagraph, att.tail, true);
    } else if (speaker) {
      resolver.remember(speaker, resolver.kindOf(speaker), q.open, lastParagraph, '', true);
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
