/**
 * The language step's knowledge as data (used by lang.ts): how much text is read, the cheap
 * test that tells whether a declared language needs checking at all, and the languages the
 * detector (franc) may name. Generic knowledge of the languages; nothing here names a site.
 */

/** Characters of body read: enough for a stable answer, few enough to cost well under 1 ms. */
export const SAMPLE_CHARS = 600;
/** Below this the text says too little to name a language at all. */
export const MIN_DETECT_CHARS = 40;
/** Below this a declared language is not overruled: headlines and captions mislead. */
export const MIN_OVERRULE_CHARS = 200;

/**
 * Languages the detector cannot tell apart reliably: a page declaring one of a group and
 * detected as another keeps its declaration. From the languages' closeness (Malay and
 * Indonesian, the Norwegian written forms and Danish, the Serbo-Croatian standards).
 */
export const CLOSE: readonly (readonly string[])[] = [
  ['ms', 'id'],
  ['no', 'nb', 'nn', 'da'],
  ['hr', 'sr', 'bs'],
];

/**
 * The languages franc may answer, ISO 639-3 (franc's codes) to the ISO 639-1 the record
 * uses: the written languages of the world's news with a two-letter code. Leaving out
 * franc's other languages keeps it from answering a rare neighbour (Scots for English text:
 * 97.2% right on the development pages unrestricted, 99.0% so) and more than halves its
 * time, since it compares fewer tables.
 * Languages with a script of their own (Greek, Korean, Thai …) franc tells by the script.
 */
export const DETECTABLE: Readonly<Record<string, string>> = {
  // Latin script
  eng: 'en', deu: 'de', fra: 'fr', spa: 'es', por: 'pt', ita: 'it', nld: 'nl', swe: 'sv', dan: 'da', nob: 'nb', nno: 'nn',
  fin: 'fi', pol: 'pl', ces: 'cs', slk: 'sk', slv: 'sl', hrv: 'hr', bos: 'bs', srp: 'sr', hun: 'hu', ron: 'ro', tur: 'tr',
  ind: 'id', zlm: 'ms', vie: 'vi', tgl: 'tl', cat: 'ca', glg: 'gl', lit: 'lt', lvs: 'lv', ekk: 'et', afr: 'af', swh: 'sw',
  als: 'sq', hau: 'ha', yor: 'yo', som: 'so', zul: 'zu', uzn: 'uz', azj: 'az',
  // Cyrillic, Arabic, Hebrew and Indic scripts shared by several languages
  rus: 'ru', ukr: 'uk', bel: 'be', bul: 'bg', mkd: 'mk', kaz: 'kk', arb: 'ar', pes: 'fa', urd: 'ur', pbu: 'ps', heb: 'he',
  ydd: 'yi', hin: 'hi', mar: 'mr', npi: 'ne',
  // A script of their own
  cmn: 'zh', jpn: 'ja', kor: 'ko', ell: 'el', tha: 'th', ben: 'bn', tam: 'ta', tel: 'te', guj: 'gu', kan: 'kn', mal: 'ml',
  pan: 'pa', amh: 'am', mya: 'my', sin: 'si', kat: 'ka', hye: 'hy', khm: 'km',
};

/**
 * The cheap test: the most frequent words of common languages written in Latin script
 * (articles, pronouns, prepositions, forms of "be" and "have"). They make a fifth to a third
 * of any running text in their language, whatever it is about, and are found by one look-up
 * a word. A text whose words are another language's rather than the declared one's
 * contradicts its declaration; only then is the detector asked.
 */
export const FUNCTION_WORDS: Readonly<Record<string, string>> = {
  en: 'the of and to in is that for it with was on as are be this by have from at he she they but not his her has were will an or which their been would who said its had',
  de: 'der die und den von zu das mit sich des auf für ist im dem nicht ein eine als auch es werden aus er hat dass sie nach wird bei einer um am sind noch wie einem über',
  fr: 'de la le et les des en un une du est que pour dans qui au sur par pas plus ne se il sont ce avec aux elle ont été cette mais ou son sa leur',
  es: 'de la que el en y los del se las por un para con no una su al es lo como más pero sus le ha ya fue este entre cuando muy sin sobre también',
  it: 'di il che la per un del non della una è le si da con al dei sono gli alla nel più ha anche delle come ma questo nella',
  pt: 'de que não da do em um para com uma os no se na por mais as dos como mas foi ao ele das tem à seu sua ou ser quando muito há nos já está também',
  nl: 'de het een van en is dat op te zijn met voor niet aan er die om ook als bij door maar naar dan wordt nog wel hij zij werd uit over',
  sv: 'och att det som en på är av för med till den har de inte om ett han var men sig från vi så kan hon när eller efter under också',
  da: 'og at det er en til på som de med for af den ikke har et der han var vi men om sig fra så kan hun når eller efter også',
  nb: 'og er det som en på til av at for med har de ikke den et om han var vi men seg fra så kan hun når eller etter også',
  pl: 'się nie na do to że jest jak ale po co od za tak już dla przez jego czy tylko może są był',
  id: 'yang dan di ini itu dengan untuk tidak dari dalam akan pada juga ke karena ada adalah oleh bisa kami saat mereka telah sudah atau',
};

/**
 * Another language's words must make at least this share of the sample's words, and
 * outnumber the declared language's by DOMINANCE, before a declaration is doubted: English
 * text holds 0.15 to 0.40 English function words, and at most 0.11 of any other list's
 * (shared short words such as "in", "is", "de"); a listing of products or scores holds few
 * of any.
 */
export const MIN_EVIDENCE = 0.12;
export const DOMINANCE = 1.5;

/** At least this share of the sample's letters must be in the declared language's script. */
export const MIN_SCRIPT_SHARE = 0.5;
/** Fewer letters than this say nothing about the script (a table of figures). */
export const MIN_SCRIPT_LETTERS = 40;

const LATIN = /\p{Script=Latin}/gu;
const CYRILLIC = /\p{Script=Cyrillic}/gu;
const ARABIC = /\p{Script=Arabic}/gu;
const HEBREW = /\p{Script=Hebrew}/gu;
const DEVANAGARI = /\p{Script=Devanagari}/gu;

/**
 * The letters each language is written in, for languages written in one script only
 * (Serbian, Uzbek and Azerbaijani are written in two and are left out). A declared language
 * whose script is not the text's is doubted without counting words.
 */
export const SCRIPT_OF: Readonly<Record<string, RegExp>> = {
  ...Object.fromEntries(
    ['en', 'de', 'fr', 'es', 'pt', 'it', 'nl', 'sv', 'da', 'nb', 'nn', 'no', 'fi', 'pl', 'cs', 'sk', 'sl', 'hr', 'bs', 'hu', 'ro', 'tr', 'id', 'ms', 'vi', 'tl', 'ca', 'gl', 'lt', 'lv', 'et', 'af', 'sw', 'sq', 'eu', 'ga', 'is', 'mt', 'cy'].map((l) => [l, LATIN]),
  ),
  ...Object.fromEntries(['ru', 'uk', 'be', 'bg', 'mk', 'kk'].map((l) => [l, CYRILLIC])),
  ...Object.fromEntries(['ar', 'fa', 'ur', 'ps'].map((l) => [l, ARABIC])),
  ...Object.fromEntries(['he', 'yi'].map((l) => [l, HEBREW])),
  ...Object.fromEntries(['hi', 'mr', 'ne'].map((l) => [l, DEVANAGARI])),
  el: /\p{Script=Greek}/gu,
  ja: /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu,
  zh: /\p{Script=Han}/gu,
  ko: /\p{Script=Hangul}/gu,
  th: /\p{Script=Thai}/gu,
};

/** Every letter, for the share of a script. */
export const LETTER = /\p{L}/gu;
/** Latin script: the function-word test is only for Latin-script text. */
export const LATIN_LETTER = LATIN;
