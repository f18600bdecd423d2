/**
 * The record's language: what the page declares, checked against its text. A page that
 * declares none gets the language its body is written in; a page whose declaration the
 * text plainly contradicts (a German post on a site whose template says lang="en") gets
 * the text's. Detection is by eld (Nito-ELD, n-gram scores over 60 languages): measured
 * by `npm run bench:lang` on the development pages that declare a language. Its smallest
 * tables (extrasmall): they load in half the time of the next size (every process and
 * worker pays that once), and named the declared language as often on those pages.
 */
import { eld } from 'eld/extrasmall';

/** Characters of body read: enough for a stable answer, few enough to cost well under 1 ms. */
export const SAMPLE_CHARS = 800;
/** Below this the text says too little to name a language at all. */
const MIN_DETECT_CHARS = 40;
/** Below this a declared language is not overruled: headlines and captions mislead. */
const MIN_OVERRULE_CHARS = 200;

/**
 * Languages the detector cannot tell apart reliably: a page declaring one of a pair and
 * detected as the other keeps its declaration. From the languages' closeness (Malay and
 * Indonesian, the Norwegian written forms and Danish, the Serbo-Croatian standards).
 */
const CLOSE: readonly (readonly string[])[] = [
  ['ms', 'id'],
  ['no', 'nb', 'nn', 'da'],
  ['hr', 'sr', 'bs'],
];

function primary(tag: string): string {
  return (tag.split('-')[0] ?? '').toLowerCase();
}

function sameOrClose(a: string, b: string): boolean {
  return a === b || CLOSE.some((group) => group.includes(a) && group.includes(b));
}

/** The language the text is written in (ISO 639-1), or null when it cannot say reliably. */
export function detectLanguage(text: string): string | null {
  const sample = text.length > SAMPLE_CHARS ? text.slice(0, SAMPLE_CHARS) : text;
  if (sample.length < MIN_DETECT_CHARS) return null;
  const result = eld.detect(sample);
  return result.language && result.isReliable() ? result.language : null;
}

/** The declared language unless the body contradicts it; the detected one when none is declared. */
export function recordLanguage(declared: string | null, body: string): string | null {
  const detected = detectLanguage(body);
  if (!declared) return detected;
  if (!detected || body.length < MIN_OVERRULE_CHARS) return declared;
  return sameOrClose(primary(declared), detected) ? declared : detected;
}
