/**
 * What is quoted but is not speech: scare quotes, titles, names, slogans and imagined
 * speech. Each rule reads the attribution (if any) and the words just before the mark.
 */
import type { Attribution } from './attribute.js';
import type { Token } from './tokens.js';
import { isCueWord } from './cuefind.js';
import { CLAUSE_VERBS, GOVERNING_CUES, REPORTING_LINKS } from './cues.js';
import { BELIEF_WORDS, CONNECTORS, DETERMINERS, KNOWN_AS, KNOWN_AS_GAP, KNOWN_AS_LINKS, NAMING_WORDS, NICKNAME_WORDS, STOP_WORDS, TITLE_WORDS } from './words.js';

/** Scare quotes and terms are this short ("woke", "particular attention"). */
export const SCARE_MAX_WORDS = 2;
/** Past this length a quotation after "called" or "dubbed" is a statement, not a name. */
const NAMING_MAX_WORDS = 4;
/** Titles of works run at most this long ("the film “…”"). */
const TITLE_MAX_WORDS = 12;
/** Title Case runs this short without a cue read as titles or slogans ("Make America Great Again"). */
const TITLE_CASE_MAX_WORDS = 10;

const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

export function countWords(text: string): number {
  WORD.lastIndex = 0;
  let n = 0;
  while (WORD.exec(text)) n++;
  return n;
}

/** The one or two words right before the opening mark, with no punctuation between. */
function wordsBefore(left: readonly Token[]): string[] {
  const out: string[] = [];
  for (let i = left.length - 1; i >= 0 && out.length < 2; i--) {
    const t = left[i] as Token;
    if (t.kind !== 'word') break;
    out.push(t.lower);
  }
  return out;
}

/** Does the writer give the quotation as another name: "known (to fans) as “…”", "alias “…”"? */
function namedAs(left: readonly Token[]): boolean {
  const last = left[left.length - 1];
  if (!last || last.kind !== 'word') return false;
  if (NICKNAME_WORDS.has(last.lower)) return true;
  if (!KNOWN_AS_LINKS.has(last.lower)) return false;
  for (let i = left.length - 2; i >= 0 && left.length - 2 - i <= KNOWN_AS_GAP; i--) {
    const t = left[i] as Token;
    if (t.kind !== 'word') return false;
    if (KNOWN_AS.has(t.lower)) return true;
  }
  return false;
}

/** "Dune", "Make America Great Again": every longer word capitalised, no closing stop. */
function titleCase(text: string): boolean {
  const words = text.match(WORD) ?? [];
  if (!words.length || words.length > TITLE_CASE_MAX_WORDS || /[!?…]$/u.test(text)) return false;
  const long = words.filter((w) => w.length > 3);
  return long.length > 0 && long.every((w) => /^\p{Lu}/u.test(w));
}

/** A quotation with no cue and no speaker to continue is kept only from this length: shorter
 * ones are mostly slogans, terms and titles ("Meth. We’re on it."). */
export const ORPHAN_MIN_WORDS = 5;
/** Quotations this short used as a modifier before a noun are terms ("a “functions on demand” system"). */
const MODIFIER_MAX_WORDS = 4;

const isWord = (t: Token): boolean => t.kind === 'word';

/** Pronouns that open a reported clause. */
const CLAUSE_SUBJECTS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'il', 'elle', 'ils', 'er', 'sie', 'es']);

/** A relative clause inside the writer's words: the pronoun, then its verb or auxiliary. */
const RELATIVE_PRONOUNS = new Set(['that', 'which', 'who']);
const RELATIVE_VERBS = new Set(['should', 'would', 'could', 'will', 'can', 'may', 'might', 'must', 'is', 'are', 'was', 'were', 'has', 'have', 'had']);

/** Most words of a reported clause before a short quotation ("said the timing was “…”"). */
const REPORTED_MAX_WORDS = 12;

/** Is the writer's stretch from a speech cue to a quotation ("said the timing was") the start of the clause the
 * cue reports: "that …", or a short clause with its verb ("the system is", "the chairman had")? */
function reportedClause(cue: string, tail: string): boolean {
  const words = tail ? tail.split(' ') : [];
  // "said NASA is developing a task order that should be released “sometime soon”": after a
  // relative clause ("that", "which" or "who" with its verb) the quotation qualifies the writer's
  // noun, not what the speaker said.
  if (words.some((w, k) => k > 0 && RELATIVE_PRONOUNS.has(w) && RELATIVE_VERBS.has(words[k + 1] ?? ''))) return false;
  if ([...cue.split(' '), ...words].some((w) => REPORTING_LINKS.has(w))) return true;
  // "said she found the report “persuasive”": a clause opening with its subject pronoun.
  if (words.length >= 3 && words.length <= REPORTED_MAX_WORDS && CLAUSE_SUBJECTS.has(words[0] as string)) return true;
  return words.length >= 2 && words.length <= REPORTED_MAX_WORDS && words.some((w) => CLAUSE_VERBS.has(w));
}

export type Verdict = 'keep' | 'scare' | 'title' | 'imagined' | 'empty' | 'orphan';

/**
 * Decides whether a quotation is reported. `att` is null when no pattern gave a cue;
 * `continues` when it follows an attributed quotation; `presented` is false for a quotation
 * alone in its paragraph with no colon before it and no credit line after it.
 */
export function judge(text: string, left: readonly Token[], right: readonly Token[], att: Attribution | null, continues: boolean, presented = true): Verdict {
  const words = countWords(text);
  if (!words) return 'empty';
  if (att?.cue.type === 'imagined') return 'imagined';
  // "X believes that … the public will … scream, “…”": speech someone only supposes, with no
  // speaker of its own.
  const supposing = att && !att.phrase && (att.pattern === 'intro' || att.pattern === 'cue-before') ? left.slice(0, att.cue.first) : [];
  if (supposing.some((t) => BELIEF_WORDS.has(t.lower))) return 'imagined';
  const governed = att?.pattern === 'governed';
  const reported = att?.pattern === 'cue-before' && att.phrase !== null && reportedClause(att.cue.text, att.tail);
  // In a clause a cue governs or reports, only the word right before the mark can make it a
  // title ("the program lacked “basic controls”" is no programme's name).
  const prior = wordsBefore(left).slice(0, governed || reported ? 1 : 2);
  // An article right before the mark opens a new noun phrase: "called the campaign a “…”".
  const titled = prior[0] !== undefined && ['a', 'an', 'the'].includes(prior[0]) ? false : prior.some((w) => TITLE_WORDS.has(w));
  if (words <= TITLE_MAX_WORDS && (titled || namedAs(left))) return 'title';
  // A governing cue with its object ("called Clinton a “disgrace”") is speech, not naming.
  const naming = !governed && (prior.some((w) => NAMING_WORDS.has(w)) || att?.cue.type === 'naming');
  if (naming && words <= NAMING_MAX_WORDS) return 'scare';
  // One or two words count only with an attribution of their own (“No,” she said), an
  // "according to", or reported speech with a speaker ("the CDC said that the risk was
  // “extremely low”"); otherwise a cue elsewhere in the sentence frames a term (to say “yes”).
  const adjacent = att && att.pattern !== 'cue-before' && att.pattern !== 'cue-after';
  // A sentence of its own right after a quotation continues the speech: “…,” he said. “Please.”
  // (Longer title-case lines stay slogans: “Meth. We're On It.”)
  const ownSentence = continues && words <= SCARE_MAX_WORDS && !left.some(isWord) && /^\p{Lu}/u.test(text) && /[.!?]$/u.test(text.trim());
  if (!adjacent && !reported && !ownSentence && words <= SCARE_MAX_WORDS) return 'scare';
  const after = right[0];
  // A cue elsewhere in the sentence does not make a modifier speech: a “skinny” trade deal.
  // With a cue, a preposition after it is no noun (she said there was “no need” for …); without
  // one it still reads as a term (a “seamless shopping experience” for customers).
  const weak = !att || governed || att.pattern === 'cue-before' || att.pattern === 'cue-after' || att.pattern === 'according';
  // In a clause a cue governs or reports, the quoted words modify a noun only after an article
  // ("called it a “skinny” deal"); elsewhere they are the predicate ("that the governor
  // “repeatedly and knowingly” billed …", « de « nécessaire » devant … »).
  const clause = governed || reported;
  const articled = DETERMINERS.has(left[left.length - 1]?.lower ?? '');
  if (weak && (!clause || articled) && words <= MODIFIER_MAX_WORDS && after?.kind === 'word' && !GOVERNING_CUES.has(after.lower) && /^\p{Ll}/u.test(after.text) && !STOP_WORDS.has(after.lower) && !(att && CONNECTORS.has(after.lower)) && !isCueWord(after.text)) return 'scare';
  // With nothing to attribute it, a quotation is reported when the writer presents it as
  // one: after a colon ("in faded paint: “…”"), opening its sentence (“…” and then words
  // that name no one we could read), or as its own paragraph after a colon or before a credit
  // line ("the site carries this statement:¶“…”"). After the writer's words otherwise ("then
  // it hits you — “Oh, if I want …”"), or alone under a heading, it is an imagined thought, a
  // reader's question, a slogan or a term.
  const opens = !left.some(isWord);
  const setApart = left[left.length - 1]?.text === ':' || (opens && (right.some(isWord) || presented));
  if (!att && !continues && (words < ORPHAN_MIN_WORDS || !setApart)) return 'orphan';
  // Naming verbs before Title Case still name a thing: dubbed the plan “Project Sunrise”.
  const strong = att && ((governed && !NAMING_WORDS.has(att.cue.text.toLowerCase())) || att.pattern === 'after' || att.pattern === 'intro' || att.pattern === 'intro-above' || att.pattern === 'dash');
  if (!strong && !ownSentence && titleCase(text)) return 'title';
  return 'keep';
}
