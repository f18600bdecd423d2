/**
 * The gender a text gives each person it names in full: honorifics before their surname, nouns
 * said of them ("the father of two"), and the first pronoun after a mention that is its
 * sentence's subject. Read once per text, when a pronoun has to be resolved.
 */
import { TITLE_SUFFIX } from './words.js';

export type Gender = 'm' | 'f';

// The first gendered pronoun after a name, within this many characters, votes for its gender.
const GENDER_WINDOW = 160;
const POSSESSIVE_WINDOW = 60;
const GENDERED = /\b(he|him|his|himself|she|her|hers|herself)\b/iu;
// A capitalised word: its start is checked by afterLetter, cheaper than a look-behind at every position.
const CAPITALISED = /\p{Lu}[\p{L}\p{M}'’-]*/gu;
const LETTER_OR_MARK = /[\p{L}\p{M}]/u;

/** Is the character before `at` a letter or a combining mark? */
function afterLetter(text: string, at: number): boolean {
  if (at === 0) return false;
  const low = text.charCodeAt(at - 1);
  if (low < 128) return (low >= 65 && low <= 90) || (low >= 97 && low <= 122);
  const pair = low >= 0xdc00 && low <= 0xdfff && at >= 2 && (text.charCodeAt(at - 2) & 0xfc00) === 0xd800;
  return LETTER_OR_MARK.test(text.slice(at - (pair ? 2 : 1), at));
}

/** A word without its possessive ending ("Omar’s" → "Omar", "Edmunds’" → "Edmunds"). */
function withoutPossessive(word: string): string {
  const last = word[word.length - 1];
  if (last === "'" || last === '’') return word.slice(0, -1);
  const mark = word[word.length - 2];
  return last === 's' && (mark === "'" || mark === '’') ? word.slice(0, -2) : word;
}
/**
 * Honorifics that give a gender, directly before a surname ("Mrs Clark") or a full name ("Mrs
 * Anna Clark", "Frau Anna Schmidt", "Mme Anne Dubois", "Sra. Ana Ruiz"). English, German,
 * French, Spanish, Portuguese and Italian; the abbreviations need their full stop. "M." counts
 * only before a full name ("M. Jean Martin"): before a surname alone it is as often a middle
 * initial ("Jane M. Smith"). Male ones are listed in MALE_HONORIFICS.
 */
const HONORIFIC = /(?<![\p{L}\p{M}])(Mr|Mrs|Ms|Miss|Sir|Lady|Dame|Lord|Herr|Frau|Monsieur|Madame|Mademoiselle|Mme|Mlle|Señor|Señora|Señorita|Senhor|Senhora|Signor|Signora|Signorina|(?:M|Sr|Sra|Srta|Sig)(?=\.))\.?\s+$/u;
const MALE_HONORIFICS = new Set(['Mr', 'Sir', 'Lord', 'Herr', 'Monsieur', 'M', 'Señor', 'Senhor', 'Signor', 'Sr', 'Sig']);
/** Characters before a name searched for an honorific: the longest ("Mademoiselle ") and a space more. */
const HONORIFIC_REACH = 16;

/** Nouns that give a person's gender when the sentence says it of them ("Omar is one of the
 * first two Muslim women", "Hale, the father of two, …"). */
const FEMALE_NOUNS = ['woman', 'women', 'mother', 'mom', 'wife', 'daughter', 'sister', 'girl', 'actress', 'grandmother', 'aunt', 'niece', 'queen', 'princess', 'congresswoman', 'spokeswoman', 'chairwoman', 'businesswoman', 'sportswoman', 'widow', 'girlfriend'];
const MALE_NOUNS = new Set(['man', 'men', 'father', 'dad', 'husband', 'son', 'brother', 'boy', 'actor', 'grandfather', 'uncle', 'nephew', 'king', 'prince', 'congressman', 'spokesman', 'chairman', 'businessman', 'sportsman', 'widower', 'boyfriend']);
const GENDERED_NOUN = new RegExp(`\\b(${[...FEMALE_NOUNS, ...MALE_NOUNS].join('|')})\\b`, 'iu');
/** A subject opens its sentence: at most this many words (titles, a first name) before it. */
const SUBJECT_LEAD_WORDS = 5;
const SUBJECT_OPENER_WORDS = 14;
const SUBJECT_LOOKBACK = 100;

/** Does the word at `at` stand near the start of its sentence, where the subject is? */
function isSubject(masked: string, at: number): boolean {
  const before = masked.slice(Math.max(0, at - SUBJECT_LOOKBACK), at);
  const cut = Math.max(before.search(/[.!?]\s+[^.!?]*$/u), before.lastIndexOf('\n'));
  if (cut < 0 && at > SUBJECT_LOOKBACK) return false;
  const lead = before.slice(cut + 1).trim();
  if (!lead) return true;
  const words = lead.split(/\s+/u).length;
  // "When the music didn’t go away, Steenburgen realized …": after an opening clause.
  return words <= SUBJECT_LEAD_WORDS || (/[,—–]$/u.test(lead) && words <= SUBJECT_OPENER_WORDS);
}

/** Gender the text gives each full name: honorifics, then pronouns that follow its mentions.
 * One pass over the capitalised words of the text, so long pages stay linear. */
export function inferGenders(masked: string, names: readonly { full: string; last: string }[]): Map<string, Gender> {
  const votes = new Map<string, { m: number; f: number }>();
  const lasts = new Map<string, string>();
  for (const n of names) lasts.set(n.last, n.full);
  if (!lasts.size) return new Map();
  CAPITALISED.lastIndex = 0;
  for (let m = CAPITALISED.exec(masked); m; m = CAPITALISED.exec(masked)) {
    // Inside a word ("iPhone", "McDonald"): look again from the next character.
    if (afterLetter(masked, m.index)) {
      CAPITALISED.lastIndex = m.index + (masked.charCodeAt(m.index) >= 0xd800 && masked.charCodeAt(m.index) <= 0xdbff ? 2 : 1);
      continue;
    }
    const full = lasts.get(withoutPossessive(m[0]));
    if (!full) continue;
    const v = votes.get(full) ?? { m: 0, f: 0 };
    // The honorific stands before the surname ("Mrs Clark") or before the name in full ("Mrs
    // Anna Clark"), where the given name sits between.
    const given = full.slice(0, Math.max(0, full.length - withoutPossessive(m[0]).length));
    const start = given && masked.slice(Math.max(0, m.index - given.length), m.index) === given ? m.index - given.length : m.index;
    const honorific = HONORIFIC.exec(masked.slice(Math.max(0, start - HONORIFIC_REACH), start))?.[1];
    if (honorific && (honorific !== 'M' || start !== m.index)) {
      if (MALE_HONORIFICS.has(honorific)) v.m += 3;
      else v.f += 3;
    }
    const end = m.index + m[0].length;
    // Only a name that is its sentence's subject gets the pronouns after it: "the offices of
    // Omar. During the call, he asked …" is about someone else.
    if (!isSubject(masked, m.index)) {
      votes.set(full, v);
      continue;
    }
    // The sentence ends at its mark or its paragraph's end (a standfirst often has no full stop).
    const sentence = masked.slice(end, end + GENDER_WINDOW).split(/[.!?](?=\s)|\n/u)[0] ?? '';
    const noun = GENDERED_NOUN.exec(sentence);
    // "his mom", "her late husband" are someone else.
    if (noun && !/(?:\b(?:his|her|their|my|our|your)|['’]s?)\s+(?:\p{Ll}+\s+)?$/iu.test(sentence.slice(0, noun.index))) {
      if (MALE_NOUNS.has((noun[1] as string).toLowerCase())) v.m += 2;
      else v.f += 2;
    }
    // Within the paragraph: a pronoun in the next one is as often about someone else, and is the
    // very pronoun the resolver then asks about ("David Park declined.¶“…,” she said").
    const after = GENDERED.exec(masked.slice(end, end + GENDER_WINDOW).split('\n')[0] ?? '');
    // A possessive far from the name often belongs to someone else ("Big Machine … her life").
    if (after && (!/^(his|her|hers)$/iu.test(after[1] as string) || after.index < POSSESSIVE_WINDOW)) {
      if (/^(he|him|his|himself)$/iu.test(after[1] as string)) v.m++;
      else v.f++;
    }
    votes.set(full, v);
  }
  const out = new Map<string, Gender>();
  for (const [full, v] of votes) if (v.m !== v.f) out.set(full, v.m > v.f ? 'm' : 'f');
  return out;
}


/**
 * Nouns of a role one person holds, as the head of a description with no name ("the finance
 * minister", "a spokeswoman for the ministry", "der Minister", « le maire », "la portavoz",
 * "il sindaco"): he or she right after such a speaker stands for that person, not for someone
 * named earlier. Feminine and masculine forms are listed with their gender when the noun gives
 * it; the others take it from their article (FEMININE_ARTICLES, MASCULINE_ARTICLES).
 */
const ROLE_NOUNS: Readonly<Record<string, Gender | null>> = {
  // English.
  minister: null, secretary: null, president: null, mayor: null, governor: null, senator: null, chancellor: null,
  premier: null, ambassador: null, envoy: null, spokesperson: null, spokesman: 'm', spokeswoman: 'f', chairman: 'm',
  chairwoman: 'f', chair: null, chairperson: null, director: null, commissioner: null, judge: null, prosecutor: null,
  lawyer: null, attorney: null, official: null, officer: null, inspector: null, detective: null, sheriff: null,
  coach: null, manager: null, captain: null, chief: null, executive: null, founder: null, owner: null, leader: null,
  councillor: null, councilman: 'm', councilwoman: 'f', congressman: 'm', congresswoman: 'f', witness: null,
  resident: null, teacher: null, doctor: null, nurse: null, economist: null, analyst: null, researcher: null,
  scientist: null, professor: null, headteacher: null, principal: null, landlord: null, farmer: null, driver: null,
  // German (compounds ending in these are caught too: Umweltminister, Bürgermeisterin).
  ministerin: 'f', präsident: 'm', präsidentin: 'f', kanzler: 'm', kanzlerin: 'f', sprecher: 'm', sprecherin: 'f',
  bürgermeister: 'm', bürgermeisterin: 'f', direktor: 'm', direktorin: 'f', chef: 'm', chefin: 'f', leiter: 'm',
  leiterin: 'f', vorsitzende: null, vorsitzender: 'm', trainer: 'm', trainerin: 'f',
  // French.
  ministre: null, maire: null, président: 'm', présidente: 'f', 'porte-parole': null, préfet: 'm', préfète: 'f',
  directeur: 'm', directrice: 'f', avocat: 'm', avocate: 'f', procureur: null, députée: 'f', député: 'm',
  // Spanish and Italian.
  ministro: 'm', ministra: 'f', alcalde: 'm', alcaldesa: 'f', presidente: null, presidenta: 'f', portavoz: null,
  sindaco: 'm', sindaca: 'f', assessore: 'm', assessora: 'f', portavoce: null, direttore: 'm', direttrice: 'f',
  directora: 'f', abogado: 'm', abogada: 'f', fiscal: null, procuratore: 'm',
};
const FEMININE_ARTICLES = new Set(['la', 'une', 'una', 'die', "l'", 'l’']);
const MASCULINE_ARTICLES = new Set(['le', 'el', 'il', 'un', 'der', 'lo']);
/** Words after the head noun that begin what it is a role of ("for the ministry", "des Ministeriums"). */
const ROLE_OF = /\s+(?:of|for|at|in|with|to|de|du|des|del|della|dello|dei|degli|delle|dell['’]\S*|der|von|im|am|beim|d['’]\S*)\s.*$/u;

/**
 * If a speaker phrase describes one person by a role, without a name ("the finance minister"),
 * the gender it gives them (null when none); else undefined.
 */
export function roleGender(description: string): Gender | null | undefined {
  const words = description.toLowerCase().replace(/^(l['’])(?=\p{L})/u, '$1 ').replace(ROLE_OF, '').split(/\s+/u);
  const head = words[words.length - 1] ?? '';
  let gender: Gender | null;
  if (Object.hasOwn(ROLE_NOUNS, head)) gender = ROLE_NOUNS[head] ?? null;
  // German compound titles: "Umweltminister", "Bürgermeisterin".
  else if (TITLE_SUFFIX.test(head) && /^\p{L}+$/u.test(head)) gender = /in$/u.test(head) ? 'f' : null;
  else return undefined;
  if (gender) return gender;
  const article = words[0] ?? '';
  return FEMININE_ARTICLES.has(article) ? 'f' : MASCULINE_ARTICLES.has(article) ? 'm' : null;
}

