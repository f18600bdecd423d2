/**
 * The record's language: what the page declares, checked against its text. A page that
 * declares none gets the language its body is written in; a page whose declaration the
 * text plainly contradicts (a German post on a site whose template says lang="en") gets
 * the text's.
 *
 * Most pages declare the language they are written in, so the detector is not asked
 * about them: a cheap test (lang-rules.ts: the script of the letters, then the share of
 * common words of each language) says whether the text contradicts the declaration, and
 * only a page that declares nothing or is contradicted is given to franc (trigram
 * distances, by the author of many text-processing packages). franc is loaded the first
 * time a page needs it, so a process or worker whose pages all declare their language
 * never loads it. Measured by `npm run bench:lang` on the development pages.
 */
import { createRequire } from 'node:module';
import type * as Franc from 'franc';
import {
  CLOSE, DETECTABLE, DOMINANCE, FUNCTION_WORDS, LATIN_LETTER, LETTER, MIN_DETECT_CHARS, MIN_EVIDENCE, MIN_OVERRULE_CHARS,
  MIN_SCRIPT_LETTERS, MIN_SCRIPT_SHARE, SAMPLE_CHARS, SCRIPT_OF,
} from './lang-rules.js';

export { SAMPLE_CHARS } from './lang-rules.js';

const ONLY: string[] = Object.keys(DETECTABLE);

/** Each common word and the languages it is common in (a word such as "de" is in several). */
const WORD_LANGUAGES = new Map<string, string[]>();
for (const [lang, words] of Object.entries(FUNCTION_WORDS)) {
  for (const word of words.split(' ')) WORD_LANGUAGES.set(word, [...(WORD_LANGUAGES.get(word) ?? []), lang]);
}

let francDetect: typeof Franc.franc | null = null;

/**
 * franc, loaded on first use. It is an ES module: require() loads one synchronously (Node
 * 20.19 and later), which keeps extraction a synchronous call, as the library API promises.
 */
function franc(): typeof Franc.franc {
  if (!francDetect) {
    const load = createRequire(import.meta.url);
    francDetect = (load('franc') as typeof Franc).franc;
  }
  return francDetect;
}

/** Whether the detector has been loaded in this process or worker (for tests and benchmarks). */
export function detectorLoaded(): boolean {
  return francDetect !== null;
}

function primary(tag: string): string {
  return (tag.split(/[-_]/)[0] ?? '').toLowerCase();
}

function sameOrClose(a: string, b: string): boolean {
  return a === b || CLOSE.some((group) => group.includes(a) && group.includes(b));
}

function sampleOf(text: string): string {
  return text.length > SAMPLE_CHARS ? text.slice(0, SAMPLE_CHARS) : text;
}

function count(text: string, letters: RegExp): number {
  return text.match(letters)?.length ?? 0;
}

/**
 * Whether the text's common words are another language's rather than the declared one's
 * (Latin-script text only). Languages close to the declared one do not count against it.
 */
function wordsContradict(declared: string, sample: string): boolean {
  const words = sample.toLowerCase().match(/\p{L}+/gu);
  if (!words) return false;
  const hits = new Map<string, number>();
  for (const word of words) {
    for (const lang of WORD_LANGUAGES.get(word) ?? []) hits.set(lang, (hits.get(lang) ?? 0) + 1);
  }
  let own = 0;
  let other = 0;
  for (const [lang, n] of hits) {
    if (sameOrClose(declared, lang)) own = Math.max(own, n);
    else other = Math.max(other, n);
  }
  return other >= MIN_EVIDENCE * words.length && other > DOMINANCE * own;
}

/**
 * Whether the text contradicts the declared language (its primary subtag), judged without
 * the detector: its letters are mostly of another script than the language is written in,
 * or, in Latin script, its common words are another language's.
 */
export function contradicts(declared: string, text: string): boolean {
  const sample = sampleOf(text);
  const letters = count(sample, LETTER);
  if (letters < MIN_SCRIPT_LETTERS) return false;
  const script = SCRIPT_OF[declared];
  if (script && count(sample, script) < MIN_SCRIPT_SHARE * letters) return true;
  if (count(sample, LATIN_LETTER) < MIN_SCRIPT_SHARE * letters) return false;
  return wordsContradict(declared, sample);
}

/** The language the text is written in (ISO 639-1), or null when it cannot say. */
export function detectLanguage(text: string): string | null {
  const sample = sampleOf(text);
  if (sample.trim().length < MIN_DETECT_CHARS) return null;
  const code = franc()(sample, { only: ONLY, minLength: MIN_DETECT_CHARS });
  return DETECTABLE[code] ?? null;
}

/** The declared language unless the body contradicts it; the detected one when none is declared. */
export function recordLanguage(declared: string | null, body: string): string | null {
  if (!declared) return detectLanguage(body);
  if (body.length < MIN_OVERRULE_CHARS) return declared;
  const lang = primary(declared);
  if (!contradicts(lang, body)) return declared;
  const detected = detectLanguage(body);
  return !detected || sameOrClose(lang, detected) ? declared : detected;
}
