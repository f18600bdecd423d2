/**
 * Attribution: which speaker and cue the writer gives a quotation, tried as ordered
 * patterns on the writer's words around it (the quotation itself is masked):
 *   1. right after it: “…,” the minister said  /  “…,” said the minister  /  „…“, so der Minister
 *   2. an introduction ending in a colon or comma: She told reporters: “…”
 *   3. a cue earlier in the sentence: Putin emphasised that an “…”
 *   3b. a quotation that ends its sentence, then the attribution: “…!” Trump tweeted.
 *   4. "according to X" anywhere in the sentence
 *   4b. a noun of speech and its source: directives from Xi to “…”
 *   5. a cue later in the sentence: “…” was important, the statement said
 *   6. a headline dash: ‘…’ – Name
 *   7. an introduction closing the previous paragraph: The minister said:¶“…”
 * Quotations with none of these may continue the last speaker (index.ts).
 */
import { GOVERNING_CUES, isAdverb, isIngForm } from './cues.js';
import type { GoverningCue } from './cues.js';
import { cueAt, cuesIn } from './cuefind.js';
import type { CueHit } from './cuefind.js';
import { isStop, phraseAfter } from './speaker.js';
import type { SpeakerPhrase } from './speaker.js';
import type { Token } from './tokens.js';
import { isCapitalised } from './tokens.js';
import { speakerFor, subjectOf } from './subject.js';
import { DETERMINERS, SHE_OR_THEY, SPEECH_NOUNS, STOP_WORDS } from './words.js';

export type Pattern = 'governed' | 'after' | 'intro' | 'cue-before' | 'according' | 'cue-after' | 'dash' | 'intro-above';

export interface Attribution {
  phrase: SpeakerPhrase | null;
  cue: CueHit;
  pattern: Pattern;
  /** The writer's words after the cue up to the end of the sentence ("in a statement on Tuesday"). */
  tail: string;
}

export interface QuoteContext {
  /** Sentence tokens before the quotation. */
  left: readonly Token[];
  /** Sentence tokens after it. */
  right: readonly Token[];
  /** Last sentence of the previous line, when the quotation opens its line. */
  above: readonly Token[] | null;
  /** The opening mark, for cues tied to a typography („…“, so …). */
  openMark: string;
  /** When the quotation ends its own sentence ("…!” Trump tweeted.), the sentence after it. */
  next: readonly Token[] | null;
}

/** Most words between a cue and the colon of its introduction ("told reporters on Tuesday:"). */
const MAX_INTRO_OBJECT = 10;
/** How far after the quotation a speaker-then-cue may end, in tokens. */
const MAX_AFTER = 28;
/** The same across appositions, which carry affiliations and places ("Lucas Paganini, a
 * planetary scientist at …, Maryland, and American University in Washington, D.C., said"). */
const MAX_AFTER_APPOSITION = 48;
const LEAD_PUNCT = new Set([',', ';', ':', '–', '—', '-']);
const DASHES = new Set(['–', '—', '-', '―']);
/** Auxiliaries of compound tenses that may open an inverted attribution ("a déclaré", "hat gesagt"). */
const INVERSION_AUX = new Set(['a', 'avait', 'hat', 'hatte', 'ha', 'había', 'has', 'hanno', 'aveva']);

const tailOf = (tokens: readonly Token[], cue: CueHit): string => tokens.slice(cue.last + 1).map((t) => t.lower).join(' ');
const isSpeech = (c: CueHit): boolean => c.type === 'speech' || c.type === 'imagined' || c.type === 'naming';

/** Pattern 1: the attribution follows the closing mark. */
function after(ctx: QuoteContext): Attribution | null {
  const r = ctx.right;
  let k = 0;
  while (k < r.length && k < 2 && LEAD_PUNCT.has((r[k] as Token).text)) k++;
  // French and German compound tenses invert too: « … », a déclaré le ministre.
  let v = k;
  while (v < k + 2 && v < r.length && INVERSION_AUX.has((r[v] as Token).lower)) v++;
  const first = cueAt(r, v);
  // Naming verbs do not invert: in "“…” billed taxpayers", "billed" is the clause's own verb.
  if (first && isSpeech(first) && first.type !== 'naming') {
    // Inversion: “…,” said the minister / „…“, sagte Merkel / « … », dit-il.
    const phrase = first.pronoun ? speakerFor(r, first) : phraseAfter(r, first.last + 1);
    if (phrase) return { phrase, cue: first, pattern: 'after', tail: tailOf(r, first) };
  }
  if (first?.type === 'inverted' && '„»«‚'.includes(ctx.openMark)) {
    const next = r[first.last + 1];
    if (next && (DETERMINERS.has(next.lower) || isCapitalised(next))) {
      const phrase = phraseAfter(r, first.last + 1);
      if (phrase) return { phrase, cue: { ...first, type: 'speech' }, pattern: 'after', tail: '' };
    }
  }
  // Speaker then cue: “…,” the Kremlin said / “…,” Smith, the minister, told reporters.
  let i = k;
  let apposition = false;
  while (i < r.length && i - k < (apposition ? MAX_AFTER_APPOSITION : MAX_AFTER)) {
    const t = r[i] as Token;
    const hit = cueAt(r, i);
    if (hit && i > k) {
      if (!isSpeech(hit)) return null;
      // After appositions the speaker is the phrase the attribution opens with.
      const phrase = apposition ? phraseAfter(r, k) : speakerFor(r, hit);
      return phrase ? { phrase, cue: hit, pattern: 'after', tail: tailOf(r, hit) } : null;
    }
    if (t.text === ',') {
      // Skip appositions between commas ("Dylan Nelson, a fellow at …, Germany, and co-author …, said").
      let j = i + 1;
      // The cue may follow the last comma of the chain ("…, Washington, D.C., said in a statement").
      if (apposition && cueAt(r, j)) {
        i = j;
        continue;
      }
      while (j < r.length && (r[j] as Token).kind === 'word' && j - i < 24) j++;
      if (r[j]?.text !== ',') return null;
      apposition = true;
      i = j + 1;
      continue;
    }
    if (t.kind !== 'word' || (isStop(t) && !isAdverb(t) && !DETERMINERS.has(t.lower) && !['of', 'for'].includes(t.lower))) return null;
    i++;
  }
  return null;
}

/** Pattern 2: "She said: “…”", "He told reporters on Tuesday, “…”", ", he said, “…”". */
function intro(ctx: QuoteContext): Attribution | null {
  const l = ctx.left;
  const end = l.length - 1;
  const lastTok = l[end];
  if (!lastTok || (lastTok.text !== ':' && lastTok.text !== ',')) return null;
  for (let i = end - 1; i >= 0 && end - i <= MAX_INTRO_OBJECT + 3; i--) {
    const t = l[i] as Token;
    if (t.kind !== 'word' && !(t.text === ',' && i === end - 1)) return null;
    const hit = cueAt(l, i);
    if (!hit || !isSpeech(hit) || hit.last >= end) continue;
    if (end - hit.last - 1 > MAX_INTRO_OBJECT) return null;
    // Between two parts of one quotation the cue comes first: “…,” said Tom Baker, “but …”.
    const between = l[hit.first - 1]?.kind === 'quote' || (l[hit.first - 1]?.text === ',' && l[hit.first - 2]?.kind === 'quote');
    const phrase = speakerFor(l, hit) ?? (between ? phraseAfter(l.slice(0, end), hit.last + 1) : null);
    return { phrase, cue: hit, pattern: 'intro', tail: tailOf(l.slice(0, end), hit) };
  }
  return null;
}

/** Pattern 3: the last cue before the quotation in its sentence, with a subject. */
function cueBefore(ctx: QuoteContext): Attribution | null {
  const hits = cuesIn(ctx.left, 0, ctx.left.length);
  const aside = asides(ctx.left);
  for (let n = hits.length - 1; n >= 0; n--) {
    const hit = hits[n] as CueHit;
    // "(44 percent say they want …), but … if he “…”": a cue in a closed aside speaks of the aside.
    if (!isSpeech(hit) || aside(hit.first)) continue;
    const phrase = speakerFor(ctx.left, hit) ?? coordinatedSubject(ctx.left, hit);
    if (phrase) return { phrase, cue: hit, pattern: 'cue-before', tail: tailOf(ctx.left, hit) };
  }
  return null;
}

/** Which token indices sit inside a parenthesis closed before the end of `tokens`. */
function asides(tokens: readonly Token[]): (i: number) => boolean {
  const spans: [number, number][] = [];
  let open = -1;
  tokens.forEach((t, i) => {
    if (t.text === '(') open = i;
    else if (t.text === ')' && open >= 0) {
      spans.push([open, i]);
      open = -1;
    }
  });
  return (i) => spans.some(([a, b]) => i > a && i < b);
}

/** Most tokens between a sentence-ending quotation and the cue of the sentence after it. */
const MAX_NEXT_CUE = 6;

/** Pattern 1b: “…!” Trump tweeted. — the quotation closed its own sentence; the next sentence
 * opens with the attribution. */
function afterNext(ctx: QuoteContext): Attribution | null {
  if (!ctx.next || ctx.right.length) return null;
  const found = after({ ...ctx, right: ctx.next });
  if (!found || found.cue.first > MAX_NEXT_CUE) return null;
  // "Smith agreed: “…”" introduces the next quotation, not this one.
  if (ctx.next.slice(found.cue.last + 1).some((t) => t.text === ':' || t.kind === 'quote')) return null;
  // The attribution must open the sentence: nothing but the speaker's words before the cue.
  return found.phrase && ctx.next.slice(0, found.cue.first).every((t) => t.kind === 'word') ? found : null;
}

/** Pattern 4: "according to X", before or after the quotation. */
function according(ctx: QuoteContext): Attribution | null {
  for (const side of [ctx.left, ctx.right]) {
    for (const hit of cuesIn(side, 0, side.length)) {
      if (hit.type !== 'according') continue;
      const phrase = phraseAfter(side, hit.last + 1, true);
      if (phrase) return { phrase, cue: hit, pattern: 'according', tail: '' };
    }
  }
  return null;
}

/** Most tokens from "from" to the quotation in "directives from Xi to “…”". */
const MAX_NOUN_FROM = 6;

/** Pattern 4b: a noun of speech with its source right before the quotation: "directives from Xi
 * to “show no mercy”", "a warning from the ministry that “…”". The source must be a name. */
function nounFrom(ctx: QuoteContext): Attribution | null {
  const l = ctx.left;
  for (let i = l.length - 1; i >= 1 && l.length - i <= MAX_NOUN_FROM; i--) {
    if ((l[i] as Token).lower !== 'from') continue;
    const noun = l[i - 1] as Token;
    if (!SPEECH_NOUNS.has(noun.lower)) return null;
    const phrase = phraseAfter(l, i + 1);
    if (!phrase || (phrase.kind !== 'person' && phrase.kind !== 'org')) return null;
    return { phrase, cue: { text: noun.text, type: 'speech', first: i - 1, last: i - 1 }, pattern: 'according', tail: '' };
  }
  return null;
}

/** Words and marks after which a later cue belongs to another clause ("— assuming that X will testify"). */
const CLAUSE_BREAKS = new Set([';', '—', '–', '(', ')', 'that', 'which', 'who', 'because', 'if', 'when', 'although', 'though', 'whether', 'assuming']);

/** Pattern 5: a cue later in the sentence: "…” was important, the statement said." */
function cueAfter(ctx: QuoteContext): Attribution | null {
  const r = ctx.right;
  // A new clause (", and …", "; …") belongs to someone else.
  let end = r.length;
  for (let i = 0; i < r.length; i++) {
    const t = r[i] as Token;
    if (CLAUSE_BREAKS.has(t.text) || (t.text === ',' && ['and', 'but', 'while', 'whereas', 'or'].includes(r[i + 1]?.lower ?? ''))) {
      end = i;
      break;
    }
  }
  for (const hit of cuesIn(r, 0, end)) {
    if (!isSpeech(hit)) continue;
    const before = r[hit.first - 1];
    const phrase = before?.text === ',' && !hit.pronoun ? (phraseAfter(r, hit.last + 1) ?? speakerFor(r, hit)) : speakerFor(r, hit);
    if (phrase) return { phrase, cue: hit, pattern: 'cue-after', tail: tailOf(r, hit) };
  }
  return null;
}

/** Pattern 6: headlines and captions: ‘…’ – Asiedu Nketiah. */
function dash(ctx: QuoteContext): Attribution | null {
  const r = ctx.right;
  const d = r[0];
  if (!d || !DASHES.has(d.text)) return null;
  const phrase = phraseAfter(r, 1);
  if (!phrase || (phrase.kind !== 'person' && phrase.kind !== 'org')) return null;
  return { phrase, cue: { text: d.text, type: 'speech', first: 0, last: 0 }, pattern: 'dash', tail: '' };
}

/** Pattern 7: the previous paragraph ends with "X said:". */
function introAbove(ctx: QuoteContext): Attribution | null {
  if (!ctx.above || ctx.left.length) return null;
  const found = intro({ ...ctx, left: ctx.above });
  return found && found.phrase && ctx.above[ctx.above.length - 1]?.text === ':' ? { ...found, pattern: 'intro-above' } : null;
}

/** Most words between a governing cue and its quotation ("rated Mr. Anselm's claim about her
 * voting record “…”"); further on, the quotation is in another clause. */
const MAX_GOVERNED_GAP = 9;
/** How far back, in tokens, a coordinated verb looks for the cue it joins (keeps long
 * sentences linear). */
const MAX_COORDINATED_REACH = 40;
/** Words that join a second verb to the first one's subject ("denounced … and warned of"). */
const COORDINATORS = new Set(['and', 'et', 'und', 'y', 'e']);
/** Articles and adverbs allowed between a link word and the quotation ("as a “…”", "de un «…»"). */
const LINK_FILLERS = new Set(['a', 'an', 'the', 'un', 'une', 'le', 'la', 'les', 'des', 'ein', 'eine', 'einem', 'einen', 'einer', 'una', 'el', 'los', 'las', 'nothing', 'more', 'less', 'than', 'nur', 'plus']);

/** The governing cue whose words start at token i. */
function governingAt(tokens: readonly Token[], i: number, final = false): (GoverningCue & { first: number; last: number }) | null {
  const t = tokens[i];
  if (!t || t.kind !== 'word') return null;
  for (const g of GOVERNING_CUES.get(t.lower) ?? []) {
    if (g.final === final && g.words.every((w, k) => tokens[i + k]?.lower === w)) return { ...g, first: i, last: i + g.words.length - 1 };
  }
  return null;
}

/** Does the stretch between a governing cue and its quotation fit it: the link word (with only
 * articles after it), or, with no link, an object of at least one word? */
function fitsGovernor(g: GoverningCue, between: readonly Token[]): boolean {
  if (!g.links.size) return between.some((t) => !DETERMINERS.has(t.lower)) && !between.some((t) => STOP_WORDS.has(t.lower) && !DETERMINERS.has(t.lower) && !['of', 'for', 'about', 'on'].includes(t.lower));
  let k = between.length - 1;
  while (k >= 0 && LINK_FILLERS.has((between[k] as Token).lower)) k--;
  const link = between[k];
  return link !== undefined && (g.links.has(link.lower) || [...g.links].some((l) => /['’]$/u.test(l) && link.lower.startsWith(l)));
}

/**
 * Pattern 0: a cue that governs the quotation in its own clause, where a word or two in marks
 * are the speaker's: "Christie called Clinton a “disgrace”", "he warned of “…”", « a qualifié
 * la réforme de “…” », „…“ bezeichnet. The speaker is the cue's subject, or the subject of the
 * verb it is coordinated with ("denounced the deal as “…” and warned of “…”").
 */
function governed(ctx: QuoteContext): Attribution | null {
  const l = ctx.left;
  // Verb-final German clause: „…“ bezeichnet, with the link word right before the mark.
  const final = governingAt(ctx.right, 0, true);
  if (final && l.length && (!final.links.size || final.links.has((l[l.length - 1] as Token).lower))) {
    const phrase = subjectOf(l, l.length);
    if (phrase) return { phrase, cue: { text: final.words.join(' '), type: 'speech', first: 0, last: final.last }, pattern: 'governed', tail: '' };
  }
  for (let i = l.length - 1; i >= 0 && l.length - 1 - i <= MAX_GOVERNED_GAP + 3; i--) {
    const t = l[i] as Token;
    if (t.kind !== 'word') return null;
    const g = governingAt(l, i);
    if (!g || g.last >= l.length || !fitsGovernor(g, l.slice(g.last + 1)) || l.length - 1 - g.last > MAX_GOVERNED_GAP) continue;
    const cue: CueHit = { text: g.words.join(' '), type: 'speech', first: g.first, last: g.last };
    const phrase = governorSubject(l, cue);
    // With no one to say it, the cue names a term ("the bill, dubbed “…”").
    return phrase ? { phrase, cue, pattern: 'governed', tail: tailOf(l, cue) } : null;
  }
  return null;
}

/** Subject of a governing cue; after "and", the subject of the verb it joins. */
function governorSubject(tokens: readonly Token[], cue: CueHit): SpeakerPhrase | null {
  const own = speakerFor(tokens, cue);
  // "During the call, he asked about …, called Omar a “…”": after a comma, a verb in a series
  // shares the sentence's subject unless an apposition names a person ("X, an economist, called").
  if (tokens[cue.first - 1]?.text === ',' && own?.kind !== 'person') return subjectOf(tokens, cue.first) ?? own;
  return own ?? coordinatedSubject(tokens, cue);
}

/** The subject of a verb joined to an earlier cue of its sentence ("denounced … and warned of",
 * "testified, describing"): that cue's speaker. */
function coordinatedSubject(tokens: readonly Token[], cue: CueHit): SpeakerPhrase | null {
  let k = cue.first - 1;
  while (k >= 0 && (tokens[k] as Token).kind === 'word' && isAdverb(tokens[k] as Token) && !COORDINATORS.has((tokens[k] as Token).lower)) k--;
  // "The mother testified, describing her daughter as “…”": the participle's subject spoke before.
  const joined = k >= 0 && (COORDINATORS.has((tokens[k] as Token).lower) || ((tokens[k] as Token).text === ',' && isIngForm(cue.text)));
  if (!joined) return null;
  for (let i = k - 1; i >= 0 && k - i <= MAX_COORDINATED_REACH; i--) {
    const g = governingAt(tokens, i);
    const hit = g ? { text: g.words.join(' '), type: 'speech' as const, first: g.first, last: g.last } : cueAt(tokens, i);
    if (hit && isSpeech(hit)) return speakerFor(tokens, hit) ?? subjectOf(tokens, i);
  }
  return null;
}

const PATTERNS = [after, intro, governed, cueBefore, afterNext, according, nounFrom, cueAfter, dash, introAbove] as const;

/** The first pattern that gives a cue (speaker may still be null for an introduction with none). */
export function attribute(ctx: QuoteContext): Attribution | null {
  // "he said, “…,” the prosecutor’s office said": the cue right before the mark names who
  // spoke; the one after names who reported it.
  const lead = intro(ctx);
  if (lead?.phrase && after(ctx)) return withNumber(lead);
  for (const pattern of PATTERNS) {
    const found = pattern(ctx);
    if (found) return withNumber(found);
  }
  return null;
}

/**
 * German "sie" takes its number from its verb: a finite verb in the plural ends in "-en"
 * ("sagten", "erklären"), one in the singular does not ("sagte", "erklärt"). A verb that
 * ends in "-en" in the singular ("ließ verlauten") is rare among speech cues.
 */
function withNumber(found: Attribution): Attribution {
  if (found.phrase?.kind !== 'pronoun' || found.phrase.name !== SHE_OR_THEY) return found;
  const verb = found.cue.text.split(/\s+/)[0]?.toLowerCase() ?? '';
  return { ...found, phrase: { ...found.phrase, name: /en$/u.test(verb) ? 'they' : 'she' } };
}
