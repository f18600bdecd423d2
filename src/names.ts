/**
 * Words of people's and organisations' names, as data, shared by the metadata author code
 * (src/extract/authors.ts, bylines) and the quote speaker code (src/quotes/, speakers).
 * Common given names are read from the human-names lists on first use.
 * What only one of them needs stays beside it: job titles before a name in quotes/words.ts,
 * byline prefixes, roles and credentials in extract/metadata-rules.ts.
 */

import { createRequire } from 'node:module';

/** Lower-case particles a person's name may hold ("Ursula von der Leyen", "Luiz Inácio da
 * Silva", "Ahmed bin Salman", "Frans ter Horst"). */
export const NAME_PARTICLES: ReadonlySet<string> = new Set([
  'de', 'da', 'das', 'do', 'dos', 'du', 'del', 'della', 'der', 'den', 'di', 'van', 'von', 'la', 'le', 'al', 'el', 'bin', 'ibn',
  'ben', 'y', 'e', 'zu', 'af', 'av', 'ter',
]);

/** Titles written as abbreviations before a name ("Dr. Jane Doe", "Sen. Roe"): their full stop ends no sentence. */
export const NAME_TITLES: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'sen', 'rep', 'gov', 'gen', 'lt', 'col', 'capt', 'sgt', 'adm', 'maj', 'rev', 'hon',
  'brig', 'cpl', 'pvt', 'supt', 'det', 'mme', 'sra', 'dra',
]);

/** Generational suffixes that belong to the name before them ("Martin Luther King Jr."). */
const NAME_SUFFIXES: ReadonlySet<string> = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);

/** Is this word ("Jr.", "III") a suffix of the name before it? */
export const isNameSuffix = (word: string): boolean => NAME_SUFFIXES.has(word.toLowerCase().replace(/\.$/u, ''));

/** Words that make a name an organisation's, in a byline ("Reuters", "Tom Krisher, AP
 * News") and in a speaker phrase ("Norwind Media Group said") alike. Each user adds its own. */
export const ORGANISATION_WORDS: readonly string[] = [
  'press', 'news', 'agency', 'service', 'services', 'media', 'network', 'times', 'post', 'group', 'inc', 'ltd', 'llc', 'corp',
  'bureau', 'reuters',
];

/** The given names of the human-names lists, by the gender each list gives them, plain (plainName). */
let givenNames: { f: ReadonlySet<string>; m: ReadonlySet<string> } | null = null;

/** A name in lower case without its accents: the lists write "Jorg" and "François", pages "Jörg" and "Francois". */
export function plainName(name: string): string {
  return name.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

/** The lists of English, French, German, Italian, Spanish and Dutch given names (about 5,000), read on first use. */
function givenNameLists(): { f: ReadonlySet<string>; m: ReadonlySet<string> } {
  if (!givenNames) {
    const load = createRequire(import.meta.url);
    const read = (gender: string): Set<string> =>
      new Set(
        ['en', 'fr', 'de', 'it', 'es', 'nl'].flatMap((lang) => {
          const list = load(`human-names/data/${gender}-human-names-${lang}.json`) as unknown;
          return Array.isArray(list) ? list.filter((n): n is string => typeof n === 'string').map(plainName) : [];
        }),
      );
    givenNames = { f: read('female'), m: read('male') };
  }
  return givenNames;
}

/**
 * Whether a word is a common given name in one of the languages human-names lists, accents
 * aside ("Jörg", "Jürgen", "Francois"). It tells "Jane Doe" from "Solo Stove", which form
 * alone cannot.
 */
export function givenName(word: string): boolean {
  const { f, m } = givenNameLists();
  const plain = plainName(word);
  return f.has(plain) || m.has(plain);
}

/** The gender of a given name the lists hold for one gender only; null for both, or none. */
export function givenNameGender(word: string): 'f' | 'm' | null {
  const { f, m } = givenNameLists();
  const plain = plainName(word);
  const female = f.has(plain);
  return female === m.has(plain) ? null : female ? 'f' : 'm';
}
