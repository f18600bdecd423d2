/**
 * Who a cue's verb belongs to: the phrase before it ("the minister said"), or the subject of
 * its sentence when the verb has none of its own ("…, saying", "and said", "had this to say").
 *
 * A sentence is asked for its subject once per cue in it, and the quotes stage reads every
 * quotation's sentence for every cue: the words that can open a subject and the first clause
 * opener are found once per token array (a WeakMap), so each question costs the candidates it
 * passes, not the sentence. A run-on line of thousands of "and said" stays linear.
 */
import { isIngForm } from './cues.js';
import type { CueHit } from './cuefind.js';
import { isCueWord } from './cuefind.js';
import { isTitle, phraseBefore, PLACE_PREPOSITIONS, readPhrase } from './speaker.js';
import type { SpeakerPhrase } from './speaker.js';
import type { Token } from './tokens.js';
import { BELIEF_WORDS, DETERMINERS, ISSUING_VERBS, SELF_PRONOUNS, STOP_WORDS } from './words.js';

/** Pronouns that can be a sentence's subject. */
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'il', 'elle', 'er', 'sie', 'lui', 'lei']);

/** The writer's own "I" or "we", also contracted (I’ve, we’d). */
const isSelf = (lower: string): boolean => SELF_PRONOUNS.has(lower) || ((lower.includes("'") || lower.includes('’')) && SELF_PRONOUNS.has(lower.replace(/['’]\p{L}+$/u, '')));

/** "had something to say": the forms of "have" before an infinitive cue. */
const HAVE_FORMS = new Set(['had', 'has', 'have']);

/** Words that open a subordinate clause, whose verbs have their own subject. */
export const CLAUSE_OPENERS = new Set(['that', 'which', 'who', 'because', 'if', 'when', 'whether', 'while', 'although', 'though', 'as', 'than', ...BELIEF_WORDS]);

/** A phrase naming a document ("a statement", "the press release"). */
const DOCUMENT_NOUN = /^(?:a|an|the|its|their|his|her)\s(?:[\p{L}-]+\s)?(?:statement|release|letter|post|tweet|memo|note|report|communiqu[eé])$/u;

interface SentenceIndex {
  /** Indices of the words a subject can start at: a subject pronoun, "I" or "we", or a
   * capitalised word that is no function word. */
  candidates: number[];
  /** Index of the first clause opener, or the length when there is none. */
  firstClause: number;
}

const INDEXED = new WeakMap<readonly Token[], SentenceIndex>();

function indexed(tokens: readonly Token[]): SentenceIndex {
  let found = INDEXED.get(tokens);
  if (found) return found;
  const candidates: number[] = [];
  let firstClause = tokens.length;
  tokens.forEach((t, i) => {
    if (t.kind !== 'word') return;
    if (firstClause === tokens.length && CLAUSE_OPENERS.has(t.lower)) firstClause = i;
    if (SUBJECT_PRONOUNS.has(t.lower) || isSelf(t.lower) || (t.cap && !STOP_WORDS.has(t.lower) && !DETERMINERS.has(t.lower))) candidates.push(i);
  });
  found = { candidates, firstClause };
  INDEXED.set(tokens, found);
  return found;
}

/** Subject of the sentence for "…, saying “…”": its first name or pronoun before `until`. */
export function subjectOf(tokens: readonly Token[], until: number): SpeakerPhrase | null {
  // Capitalised words after a name that was not a speaker belong to that name.
  let past = 0;
  for (const i of indexed(tokens).candidates) {
    if (i >= until) break;
    if (i < past) continue;
    const t = tokens[i] as Token;
    if (SUBJECT_PRONOUNS.has(t.lower)) return readPhrase(tokens, i, i);
    // The writer's own "I" or "we": no one to report.
    if (isSelf(t.lower)) return null;
    let j = i;
    while (j + 1 < until && (tokens[j + 1] as Token).cap) j++;
    // "China’s ambassador to Britain …": the place ends a title's phrase.
    const prep = tokens[i - 1];
    const title = tokens[i - 2];
    if (prep && title && PLACE_PREPOSITIONS.has(prep.lower) && isTitle(title.lower)) {
      const described = phraseBefore(tokens, j + 1, '');
      if (described) return described;
    }
    // "Democratic inquisitors", "Chinese officials": a capitalised adjective before a plural noun.
    const noun = tokens[j + 1];
    if (j + 1 < until && noun && noun.kind === 'word' && /^\p{Ll}{3,}s$/u.test(noun.text) && !STOP_WORDS.has(noun.lower) && !isCueWord(noun.text)) return readPhrase(tokens, i, j + 1);
    const p = readPhrase(tokens, i, j);
    if (p.kind === 'person' || p.kind === 'org') return p;
    past = j + 1;
  }
  return null;
}

/** The speaker phrase of a cue in `tokens`, before resolution. */
export function speakerFor(tokens: readonly Token[], cue: CueHit): SpeakerPhrase | null {
  if (cue.pronoun) {
    const t = tokens[cue.first] as Token;
    return { name: cue.pronoun, mention: cue.pronoun, kind: 'pronoun', start: t.end - cue.pronoun.length };
  }
  if (isIngForm(cue.text) && tokens[cue.first - 1]?.text === ',') return subjectOf(tokens, cue.first - 1);
  const phrase = phraseBefore(tokens, cue.first, cue.text);
  // "Reed had one thing to add:", "She had this to say:": the subject of "had" speaks.
  if (!phrase && tokens[cue.first - 1]?.lower === 'to') {
    const had = tokens.slice(Math.max(0, cue.first - 6), cue.first - 1).findIndex((t) => HAVE_FORMS.has(t.lower));
    if (had >= 0) return subjectOf(tokens, cue.first - 1);
  }
  // "… sent a letter earlier this month stating that": a participle describes the subject.
  if (!phrase && isIngForm(cue.text) && cue.first > 0) return subjectOf(tokens, cue.first);
  // "he asked about …, called Omar a “terrorist” and said": coordinated verbs share the subject.
  // Not across a clause ("Schiff believes that the public will … and scream").
  if (!phrase && tokens[cue.first - 1]?.lower === 'and' && indexed(tokens).firstClause >= cue.first) return subjectOf(tokens, cue.first - 1);
  // "the commission issued a statement warning that …": the document's issuer speaks.
  if (phrase?.kind === 'common' && DOCUMENT_NOUN.test(phrase.name)) {
    const at = tokens.findIndex((t) => t.start === phrase.start);
    const verb = tokens[at - 1];
    if (verb && ISSUING_VERBS.has(verb.lower)) return subjectOf(tokens, at - 1) ?? phrase;
  }
  return phrase;
}
