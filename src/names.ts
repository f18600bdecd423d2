/**
 * Words of people's and organisations' names, as data, shared by the metadata author code
 * (src/extract/authors.ts, bylines) and the quote speaker code (src/quotes/, speakers).
 * What only one of them needs stays beside it: job titles before a name in quotes/words.ts,
 * byline prefixes, roles and credentials in extract/metadata-rules.ts.
 */

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
