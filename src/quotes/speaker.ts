/**
 * Speaker noun phrases: finding the phrase before or after a cue word in the writer's
 * tokens, and reading a name, title or organisation out of it ("Russian President Vladimir
 * Putin" → Vladimir Putin, "the Kremlin" → the Kremlin, "he" → a pronoun to resolve).
 */
import { BARE_VERB_AUX, EN_BASE_FORMS, PASSIVE_BE, isAdverb, isPastForm } from './cues.js';
import { isCueWord } from './cuefind.js';
import type { Token } from './tokens.js';
import { isCapitalised } from './tokens.js';
import { givenName, NAME_PARTICLES } from '../names.js';
import { ARTICLE_PRONOUNS, CONNECTORS, DETERMINERS, GROUP_PRONOUNS, ORG_SUFFIX, ORG_WORDS, PERSON_PRONOUNS, SELF_PRONOUNS, SHE_OR_THEY, STOP_WORDS, TIME_NOUNS, TIME_WORDS, TITLES, TITLE_SUFFIX } from './words.js';

export const isTitle = (lower: string): boolean => TITLES.has(lower) || TITLE_SUFFIX.test(lower);

/** At most this many words before a given name are read as a role (see rolesBeforeName). */
export const MAX_ROLE_WORDS = 2;

/**
 * How many words open a capitalised run as roles before a full name: German capitalises every
 * noun, so a role no title list holds reads as part of the name ("Einzelhändlerin Sabine Ott",
 * "Stadtrat Paul Lenz"), as a two-word one does in English ("Harbour Master John Smith"). The
 * words before the run's first common given name are a role, when they are no given names
 * (MAX_ROLE_WORDS at most) and a surname follows it.
 */
export function rolesBeforeName(words: readonly string[]): number {
  const first = words.findIndex((w) => givenName(w));
  return first > 0 && first <= MAX_ROLE_WORDS && first < words.length - 1 ? first : 0;
}

export type SpeakerKind = 'person' | 'pronoun' | 'org' | 'common';

export interface SpeakerPhrase {
  /** Normalised speaker before resolution: a name without titles, "the Kremlin", "he". */
  name: string;
  /** As written in the text. */
  mention: string;
  kind: SpeakerKind;
  /** Position of the mention in the text. */
  start: number;
}

/** Longest speaker phrase, in words; beyond that it is a clause, not a name. */
const MAX_NP = 8;
/** Longest apposition between commas ("Geoffrey Berman, the U.S. attorney for …, said"). */
const MAX_APPOSITION = 22;
/** Most comma-separated pieces read back from a cue. */
const MAX_SEGMENTS = 4;
const APPOSITION_PUNCT = new Set(['.', '(', ')', '-', '–', '&', '/']);
/** Prepositions tying a title to a place ("ambassador to Britain", "envoy at the UN"). */
export const PLACE_PREPOSITIONS = new Set(['to', 'at', 'in']);
const RELATIVE = new Set(['who', 'which', 'whose', 'whom', 'that', 'qui', 'der', 'die', 'que', 'quien']);

/** Subjects that take a bare verb without ending in -s: pronouns, collectives, and shares of
 * a poll ("Fifty-one percent say that “…”"). */
const PLURAL_SUBJECTS = new Set(['i', 'we', 'they', 'you', 'people', 'police', 'percent', 'majority', 'minority', 'half', 'most', 'others']);

/** Stop words that are also first names ("Will Moy", "May Chen") do not stop a name. */
const NAME_LIKE_STOPS = new Set(['will', 'may', 'can']);
export const isStop = (t: Token): boolean => STOP_WORDS.has(t.lower) && !(NAME_LIKE_STOPS.has(t.lower) && isCapitalised(t));

const isPronoun = (lower: string): boolean => PERSON_PRONOUNS.has(lower) || GROUP_PRONOUNS.has(lower) || SELF_PRONOUNS.has(lower) || lower === SHE_OR_THEY;

/** Can this token sit inside a speaker phrase? */
function npWord(t: Token | undefined): boolean {
  if (!t || t.kind !== 'word') return false;
  if (isPronoun(t.lower)) return true;
  if (isStop(t) && !DETERMINERS.has(t.lower) && !CONNECTORS.has(t.lower)) return false;
  return !isCueWord(t.text);
}

/** "the report says", "the final text": a bare verb form after an article is a noun. */
const nounAfterArticle = (tokens: readonly Token[], k: number): boolean => {
  const t = tokens[k];
  return t !== undefined && t.kind === 'word' && EN_BASE_FORMS.has(t.lower) && DETERMINERS.has(tokens[k - 1]?.lower ?? '');
};
const npWordAt = (tokens: readonly Token[], k: number): boolean => npWord(tokens[k]) || nounAfterArticle(tokens, k);

/** Words that open a place's name before a given name ("San Francisco", "Santa Maria", "Sankt Peter"). */
const PLACE_PREFIXES: ReadonlySet<string> = new Set(['san', 'santa', 'santo', 'são', 'sao', 'saint', 'sainte', 'st', 'st.', 'ste', 'sankt']);

/** The German dative article: never a speaker's, who is named in the nominative. */
const DATIVE_ARTICLE = 'dem';

/** German genitive articles inside an organisation's name ("Verband der Energieversorger"). */
const GENITIVE_ARTICLES = new Set(['der', 'des']);

/** Drops connectors from the ends and starts at an inner article ("Paris the minister" → "the minister"). */
function trimPhrase(tokens: readonly Token[], from: number, to: number): [number, number] {
  while (from <= to && CONNECTORS.has((tokens[from] as Token).lower) && !DETERMINERS.has((tokens[from] as Token).lower)) from++;
  // "recalled that Hale said": before a subject, "that" opens the clause.
  while (from < to && (tokens[from] as Token).lower === 'that') from++;
  while (to >= from && (CONNECTORS.has((tokens[to] as Token).lower) || DETERMINERS.has((tokens[to] as Token).lower))) to--;
  for (let k = to - 1; k > from; k--) {
    const t = tokens[k] as Token;
    const before = tokens[k - 1] as Token;
    // Only a lower-case article: "Der" in "James Van Der Beek" is part of a name.
    const genitive = GENITIVE_ARTICLES.has(t.text) && isCapitalised(before) && isCapitalised(tokens[k + 1] as Token);
    // German "dem" after a name opens whom the words were said to ("sagte Petra Hollmann dem NDR").
    if (t.text === DATIVE_ARTICLE && isCapitalised(before)) return [from, k - 1];
    if (DETERMINERS.has(t.text) && t.lower !== 'one' && !CONNECTORS.has(before.lower) && !genitive) return [k, to];
  }
  return [from, to];
}

/** A pronoun alone, or a phrase with a name or a head noun: something that can speak. */
function plausible(tokens: readonly Token[], from: number, to: number): boolean {
  if (from > to) return false;
  const first = tokens[from] as Token;
  if (from === to) {
    if (isPronoun(first.lower)) return true;
    if (isCapitalised(first)) return !DETERMINERS.has(first.lower) && !STOP_WORDS.has(first.lower) && !TIME_WORDS.has(first.lower);
    // French and Italian elided articles: "l’opposition", "l'agence".
    if (/^l['’]\p{L}{3,}/u.test(first.lower)) return true;
    // Bare plural or collective nouns: "officials said", "police say".
    return /s$/.test(first.lower) || ['police', 'staff', 'management', 'media', 'people'].includes(first.lower);
  }
  const words = tokens.slice(from, to + 1);
  // "il ministro": a pronoun of one language opening a phrase is another's article.
  if (words.some((t, n) => isPronoun(t.lower) && t.lower !== 'it' && !(n === 0 && ARTICLE_PRONOUNS.has(t.lower)))) return false;
  if (TIME_NOUNS.has((tokens[to] as Token).lower)) return false;
  // "the Inspector General released two critical": a clause with its verb, not a name.
  for (let k = 1; k < words.length; k++) {
    const t = words[k] as Token;
    if (/^\p{Ll}{2,}ed$/u.test(t.text) && isCapitalised(words[k - 1] as Token)) return false;
  }
  return true;
}

/** Speaker phrase right before index `cue` (walking back over auxiliaries and one apposition). */
export function phraseBefore(tokens: readonly Token[], cue: number, cueText: string): SpeakerPhrase | null {
  let j = cue - 1;
  let passive = false;
  let bareOk = false;
  for (let n = 0; n < 4 && j >= 0 && (tokens[j] as Token).kind === 'word' && isAdverb(tokens[j] as Token); n++, j--) {
    const lower = (tokens[j] as Token).lower;
    if (PASSIVE_BE.has(lower)) passive = true;
    if (BARE_VERB_AUX.has(lower)) bareOk = true;
  }
  // "was told", "is asked": a passive, the subject is the listener; the speaker, if named,
  // follows "by" ("was told by his landlord").
  if (passive && isPastForm(cueText) && !/^quoted/.test(cueText)) {
    const by = tokens[cue + cueText.split(' ').length];
    return by?.lower === 'by' ? phraseAfter(tokens, cue + cueText.split(' ').length + 1) : null;
  }
  if (j < 0) return null;
  // "Smith, who said …": the relative pronoun stands for the name before the comma.
  if (['who', 'which'].includes((tokens[j] as Token).lower) && tokens[j - 1]?.text === ',' && j - 2 >= 0) {
    let from = j - 2;
    while (from - 1 >= 0 && j - 2 - from + 1 < MAX_NP && npWord(tokens[from - 1])) from--;
    if (!npWord(tokens[j - 2])) return null;
    const [a, b] = trimPhrase(tokens, from, j - 2);
    return plausible(tokens, a, b) ? readPhrase(tokens, a, b) : null;
  }
  const subject = tokens[j] as Token;
  // "the ministry’s claim", "the statement": the cue word is a noun here.
  if (/['’]s$/u.test(subject.text) || DETERMINERS.has(subject.lower)) return null;
  // A bare form ("claim", "comment") is a verb only after an auxiliary or a plural subject.
  if (EN_BASE_FORMS.has(cueText) && !bareOk && !/s$/u.test(subject.lower) && !PLURAL_SUBJECTS.has(subject.lower)) return null;
  if ((tokens[j] as Token).text === ',') return appositionBefore(tokens, j);
  // A pronoun right before the cue is the whole subject ("In it he said …").
  if (isPronoun(subject.lower) && subject.lower !== 'it') return readPhrase(tokens, j, j);
  let from = j;
  while (from - 1 >= 0 && j - from + 1 < MAX_NP && npWordAt(tokens, from - 1)) from--;
  // "the Office of Management and Budget": "and" inside a capitalised name after "of".
  if (tokens[from - 1]?.lower === 'and' && isCapitalised(tokens[from] as Token) && isCapitalised(tokens[from - 2] ?? (tokens[from] as Token)) && tokens[from - 3]?.lower === 'of' && from - 2 > 0) {
    from -= 2;
    while (from - 1 >= 0 && j - from + 1 < MAX_NP + 2 && npWordAt(tokens, from - 1)) from--;
  }
  // "China’s ambassador to Britain (Liu Xiaming) said": a title's place belongs to the phrase.
  while (from - 2 >= 0 && PLACE_PREPOSITIONS.has((tokens[from - 1] as Token).lower) && isTitle((tokens[from - 2] as Token).lower)) {
    from -= 2;
    while (from - 1 >= 0 && j - from + 1 < MAX_NP && npWord(tokens[from - 1])) from--;
  }
  if (!npWordAt(tokens, j)) return null;
  const [a, b] = trimPhrase(tokens, from, j);
  // "Paganini and his team wrote": the named person leads the group that speaks.
  if (TEAM_POSSESSIVES.has((tokens[a] as Token | undefined)?.lower ?? '') && tokens[a - 1]?.lower === 'and' && a - 2 >= 0 && isCapitalised(tokens[a - 2] as Token)) {
    let k = a - 2;
    while (k - 1 >= 0 && a - 2 - k + 1 < MAX_NP && npWord(tokens[k - 1])) k--;
    const [x, y] = trimPhrase(tokens, k, a - 2);
    if (plausible(tokens, x, y)) {
      const lead = readPhrase(tokens, x, y);
      if (lead.kind === 'person') return lead;
    }
  }
  return plausible(tokens, a, b) ? readPhrase(tokens, a, b) : null;
}

/** "X and his colleagues", "X and her team": possessives that tie a group to the person before "and". */
const TEAM_POSSESSIVES = new Set(['his', 'her', 'their']);

/**
 * "Jane Doe, the minister, said" / "the minister, Jane Doe, said" / "Smith, who …, said" /
 * "Dylan Nelson, a fellow at …, Germany, and co-author …, said": the first person named along
 * the comma-separated chain, else its subject.
 */
function appositionBefore(tokens: readonly Token[], comma: number): SpeakerPhrase | null {
  const segments: [number, number][] = [];
  let end = comma - 1;
  for (let n = 0; n < MAX_SEGMENTS && end >= 0; n++) {
    let k = end;
    while (k >= 0 && ((tokens[k] as Token).kind === 'word' || APPOSITION_PUNCT.has((tokens[k] as Token).text)) && end - k < MAX_APPOSITION) k--;
    if (k === end) break;
    segments.unshift([k + 1, end]);
    if (k < 0 || (tokens[k] as Token).text !== ',') break;
    end = k - 1;
  }
  if (!segments.length) return null;
  const phrases: SpeakerPhrase[] = [];
  segments.forEach(([from, to], n) => {
    if (n === 0) {
      // The chain's subject: the noun phrase ending the first segment.
      if (!npWord(tokens[to])) return;
      let a = to;
      while (a - 1 >= from && to - a + 1 < MAX_NP && npWord(tokens[a - 1])) a--;
      const [x, y] = trimPhrase(tokens, a, to);
      if (plausible(tokens, x, y)) phrases.push(readPhrase(tokens, x, y));
      return;
    }
    if (RELATIVE.has((tokens[from] as Token).lower) || to - from + 1 > MAX_APPOSITION) return;
    const [x, y] = trimPhrase(tokens, from, to);
    if (x <= y && tokens.slice(x, y + 1).every((t) => t.kind === 'word' || APPOSITION_PUNCT.has(t.text)) && plausible(tokens, x, y)) phrases.push(readPhrase(tokens, x, y));
  });
  // A full name beats a lone capitalised word, which may be a place or an employer ("His
  // former business partner at Lenox, Lawrence B. Cummings, called").
  return phrases.find((p) => p.kind === 'person' && p.name.includes(' ')) ?? phrases.find((p) => p.kind === 'person') ?? phrases[0] ?? null;
}

/** Speaker phrase starting at index `i` ("said the minister", "according to the ministry"). */
export function phraseAfter(tokens: readonly Token[], i: number, governed = false): SpeakerPhrase | null {
  if (!npWord(tokens[i])) return null;
  let to = i;
  while (to + 1 < tokens.length && to - i + 1 < MAX_NP && npWord(tokens[to + 1])) to++;
  let [a, b] = trimPhrase(tokens, i, to);
  // After an indirect cue the speaker is the phrase the cue governs, and an inner article opens
  // the clause after it ("according to the police the driver was", and in German, where the
  // verb comes second, "Laut Polizei war der Fahrer"): the phrase ends before that article and,
  // when it holds a capitalised word, before the lower-case verb ahead of the article. An
  // article after a name particle is the name's ("Laut von der Leyen").
  if (governed && a > i && DETERMINERS.has((tokens[a] as Token).lower) && !CONNECTORS.has((tokens[a - 1] as Token).lower)) {
    b = a - 1;
    a = i;
    if (tokens.slice(a, b + 1).some(isCapitalised)) while (b > a && /^\p{Ll}/u.test((tokens[b] as Token).text) && !CONNECTORS.has((tokens[b] as Token).lower)) b--;
  }
  if (!plausible(tokens, a, b)) return null;
  const phrase = readPhrase(tokens, a, b);
  // "said the head of the agency, Jane Doe." prefers the name in apposition.
  if (phrase.kind !== 'person' && phrase.kind !== 'pronoun' && tokens[b + 1]?.text === ',') {
    let k = b + 2;
    while (k < tokens.length && isCapitalised(tokens[k] as Token)) k++;
    const after = tokens[k];
    if (k > b + 2 && (!after || [',', '.', ';'].includes(after.text))) {
      const name = readPhrase(tokens, b + 2, k - 1);
      if (name.kind === 'person') return name;
    }
  }
  return phrase;
}

/** Reads the speaker out of tokens[from..to]. */
export function readPhrase(tokens: readonly Token[], from: number, to: number): SpeakerPhrase {
  const first = tokens[from] as Token;
  const all = tokens.slice(from, to + 1);
  const textOf = (ts: readonly Token[]): string => ts.map((t, n) => (n && ts[n - 1] && ts[n - 1]!.end < t.start ? ' ' : '') + t.text).join('');
  const written = textOf(all);
  if (from === to && isPronoun(first.lower)) return { name: first.lower, mention: first.text, kind: 'pronoun', start: first.start };
  // Split at connectors that start a new phrase ("of", "for"); name particles stay inside.
  const segments: Token[][] = [[]];
  all.forEach((t, n) => {
    // A particle after a lower-case word starts a phrase too: "el ministro de Hacienda".
    const afterName = n > 0 && isCapitalised(all[n - 1] as Token);
    const splits = n > 0 && t.kind === 'word' && CONNECTORS.has(t.lower) && !DETERMINERS.has(t.lower) && /^\p{Ll}/u.test(t.text);
    if (splits && (!NAME_PARTICLES.has(t.lower) || !afterName)) segments.push([]);
    else segments[segments.length - 1]!.push(t);
  });
  const head = segments[0] ?? [];
  // "the Kremlin", "The White House", "the Ministry of Health": an article and a proper name.
  if (head.length > 1 && DETERMINERS.has(head[0]!.lower) && head.slice(1).every(isCapitalised)) {
    // ...unless a title and a person's name end it: "The Prime Minister Boris Johnson", and in
    // German, where every noun is capitalised, "Der Vorsitzende Jonas Berger", or a role no
    // title list holds before a given name and a surname: "der Stadtrat Paul Lenz".
    const title = head.findLastIndex((t, n) => n > 0 && isTitle(t.lower));
    const rest = head.slice(1);
    const roles = title > 0 ? 0 : rolesBeforeName(rest.map((t) => t.text));
    // A role is no organisation ("die Stiftung Maria Hilf") and no place ("the San Francisco Giants").
    const role = rest.slice(0, roles);
    const named = roles > 0 && !role.some((t) => ORG_WORDS.has(t.lower) || ORG_SUFFIX.test(t.lower) || PLACE_PREFIXES.has(t.lower));
    const person = title > 0 ? head.slice(title + 1) : named ? rest.slice(roles) : [];
    if (person.length >= 2 && !person.some((t) => isTitle(t.lower) || ORG_WORDS.has(t.lower))) return { name: textOf(person), mention: textOf(person), kind: 'person', start: person[0]!.start };
    return { name: `${head[0]!.lower}${written.slice(head[0]!.text.length)}`, mention: written, kind: 'org', start: first.start };
  }
  for (const seg of segments) {
    const name = lastName(seg);
    if (name === undefined) break; // the head is a common noun: "a spokesperson for the ministry"
    if (name.length) {
      const kind = name.some((t) => ORG_WORDS.has(t.lower)) ? 'org' : 'person';
      return { name: textOf(name), mention: textOf(name), kind, start: name[0]!.start };
    }
  }
  const name = DETERMINERS.has(first.lower) || (ARTICLE_PRONOUNS.has(first.lower) && from < to) ? `${first.lower}${written.slice(first.text.length)}` : written;
  return { name, mention: written, kind: 'common', start: first.start };
}

/**
 * The name run ending a segment, titles stripped: a token list, [] when the run holds only
 * titles (look further: "Secretary of State Antony Blinken"), undefined when the segment
 * ends in a common noun.
 */
function lastName(seg: readonly Token[]): Token[] | undefined {
  const last = seg[seg.length - 1];
  if (!last || !isCapitalised(last)) return undefined;
  let k = seg.length - 1;
  while (k - 1 >= 0) {
    const t = seg[k - 1] as Token;
    if (isCapitalised(t) && !/['’]s$/.test(t.text)) {
      k--;
      continue;
    }
    // Particles, one or more, between names: "Ursula von der Leyen", "Carlos García de la Vega".
    let p = k - 1;
    while (p >= 0 && NAME_PARTICLES.has((seg[p] as Token).text)) p--;
    if (p < k - 1 && p >= 0 && isCapitalised(seg[p] as Token)) k = p + 1;
    else break;
  }
  // After "ambassador to", the first capitalised word is the place: "ambassador to Britain" is a
  // description; "ambassador to Britain Liu Xiaming" names Liu Xiaming.
  const prep = seg[k - 1];
  const title = seg[k - 2];
  if (prep && title && PLACE_PREPOSITIONS.has(prep.lower) && isTitle(title.lower)) {
    if (seg.length - k <= 1) return undefined;
    k++;
  }
  let run = seg.slice(k).filter((t, n) => !(n === 0 && (DETERMINERS.has(t.lower) || isStop(t))));
  if (/['’]s$/.test(last.text)) return undefined;
  // Cut after the last title ("Russian President Vladimir Putin" → Vladimir Putin).
  let cut = -1;
  run.forEach((t, n) => {
    if (isTitle(t.lower)) cut = n;
  });
  if (cut === run.length - 1) {
    // Only titles, or a name that is also a title word ("John Major"): strip leading titles only.
    let lead = 0;
    while (lead < run.length && isTitle((run[lead] as Token).lower)) lead++;
    return lead === run.length ? [] : run.slice(lead);
  }
  run = run.slice(cut + 1);
  // A title and a genitive after it is a description, not a name: German capitalises every
  // noun, so in "der Sprecher der Hafengesellschaft" what follows the title is "der
  // Hafengesellschaft", an article and a noun (a name runs on from a title without one).
  if (run[0] && DETERMINERS.has(run[0].text)) return undefined;
  // Acronyms before a name are employers or teams ("NASA Administrator Jim Bridenstine").
  while (run.length > 2 && /^\p{Lu}{2,}$/u.test((run[0] as Token).text)) run = run.slice(1);
  return run.slice(rolesBeforeName(run.map((t) => t.text)));
}
