/**
 * Resolution: a pronoun, a surname or "the statement" becomes the full name the article
 * last gave for that speaker. Full names come from the writer's text (quotations are masked,
 * so a name is never taken from inside one); speakers met so far are remembered in order.
 */
import { ACCORDING } from './cues.js';
import { Descriptions } from './descriptions.js';
import { givenNameGender } from '../names.js';
import { inferGenders, roleGender } from './genders.js';
import type { Gender } from './genders.js';
import type { SpeakerKind, SpeakerPhrase } from './speaker.js';
import { isTitle, rolesBeforeName } from './speaker.js';
import { isNameSuffix, NAME_PARTICLES } from '../names.js';
import { firstIndex } from './tokens.js';
import { DETERMINERS, GROUP_PRONOUNS, ORG_WORDS, PERSON_PRONOUNS, STOP_WORDS } from './words.js';

/** Documents that "say" things on behalf of whoever issued them. */
const DOCUMENTS = ['statement', 'release', 'report', 'letter', 'post', 'tweet', 'communique', 'communiqué', 'memo', 'filing', 'email', 'message', 'note', 'video'];
const DOCUMENT_PHRASE = new RegExp(`^(?:the|this|that|a|its|their|his|her)\\s+(?:\\S+\\s+)?(${DOCUMENTS.join('|')})$`, 'u');
/**
 * How many speakers and names back a look-up goes. An article names a few dozen; the bound
 * keeps a text of thousands of quotations linear rather than quadratic.
 */
const RECALL = 400;
const DOCUMENT_IN_TAIL = new RegExp(`\\b(${DOCUMENTS.join('|')})\\b`, 'u');

// Runs of capitalised words (initials allowed, name particles inside); full stops end a run.
const NAME_RUN = new RegExp(String.raw`\p{Lu}(?:[\p{L}\p{M}'’-]+|\.)(?:[ \u00a0]+(?:(?:${[...NAME_PARTICLES].join('|')})[ \u00a0]+)*\p{Lu}(?:[\p{L}\p{M}'’-]+|\.))+`, 'gu');

const MAX_NAME_WORDS = 3;
/** How many mentions of a surname a two-word surname looks through for its full name. */
const LONGER_NAME_REACH = 200;
/** Past this length the "first word used on its own" check is skipped (it scans the text). */
const STANDS_ALONE_MAX_TEXT = 200_000;

interface FullName {
  full: string;
  first: string;
  last: string;
  pos: number;
}

export interface Remembered {
  name: string;
  kind: SpeakerKind;
  pos: number;
  paragraph: number;
  /** Documents the speaker spoke through ("said in a statement"). */
  documents: Set<string>;
  /** Spoke a reported quotation (not only named with a cue in the writer's words). */
  quoted: boolean;
}

/** Does `word` appear in the text without `next` after it? */
function standsAlone(text: string, word: string, next: string): boolean {
  if (text.length > STANDS_ALONE_MAX_TEXT) return false; // a cheap guard for huge pages
  for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + word.length)) {
    const before = text[i - 1] ?? ' ';
    const after = text.slice(i + word.length, i + word.length + 1 + next.length);
    if (!/[\p{L}\p{N}]/u.test(before) && !/^[\p{L}\p{N}]/u.test(after) && after !== ` ${next}`) return true;
  }
  return false;
}

/** The one-word indirect cues ("Laut", "Selon"): the speaker follows them, they are no part of a name. */
const INDIRECT_CUE_WORDS: ReadonlySet<string> = new Set(ACCORDING.filter((cue) => !cue.includes(' ')));

/** Full names (two words or more, titles dropped) in the writer's text, in order. */
function indexNames(masked: string, titled: Set<string>): FullName[] {
  const out: FullName[] = [];
  NAME_RUN.lastIndex = 0;
  for (let m = NAME_RUN.exec(masked); m; m = NAME_RUN.exec(masked)) {
    // "BBC’s Emily Maitlis": a possessive ends whatever came before the name.
    let words = m[0].replace(/['’]s$/u, '').split(/[ \u00a0]+/u);
    const possessive = words.findLastIndex((w) => /['’]s$/u.test(w));
    if (possessive >= 0) words = words.slice(possessive + 1);
    // "Patrick Carlineo Jr.": the suffix belongs to the full name but is not the surname.
    const suffix = words.length > 1 && isNameSuffix(words[words.length - 1] as string) ? words.pop() : undefined;
    const suffixText = suffix ? ` ${suffix}${masked[m.index + m[0].length] === '.' ? '.' : ''}` : '';
    let cut = -1;
    words.forEach((w, n) => {
      if (isTitle(w.toLowerCase())) cut = n;
    });
    if (cut < words.length - 1) words = words.slice(cut + 1);
    // Leading function words, and acronyms before a name ("Browns DL Sheldon Richardson").
    while (words.length > 2 && /^\p{Lu}{2,}$/u.test(words[0] as string)) words = words.slice(1);
    // A role before a full name ("Einzelhändlerin Sabine Ott").
    words = words.slice(rolesBeforeName(words));
    // A sentence-initial gerund is not a first name ("Hosting Cook at the White House, …").
    if (words.length >= 2 && /^\p{Lu}\p{Ll}{3,}ing$/u.test(words[0] as string)) words = words.slice(1);
    // "Singer-guitarists Tom Johnston": a hyphenated word going on in lower case is a
    // descriptor, not a first name (those read "Jean-Pierre", "Rose-Lynn").
    if (words.length > 2 && /^\p{Lu}\p{Ll}*-\p{Ll}/u.test(words[0] as string)) words = words.slice(1);
    // "envoy to Ukraine Kurt Volker": a first word the text also uses on its own is a place
    // or an organisation, not a first name.
    if (words.length > 2 && standsAlone(masked, words[0] as string, words[1] as string)) words = words.slice(1);
    // ... and an indirect cue opening the sentence ("Laut Polizei", "Selon Marie Dupont").
    while (words.length && ((STOP_WORDS.has(words[0]!.toLowerCase()) && !/^(?:Will|May)$/u.test(words[0]!)) || DETERMINERS.has(words[0]!.toLowerCase()) || INDIRECT_CUE_WORDS.has(words[0]!))) words = words.slice(1);
    if (!words.length) continue;
    if (words.some((w) => ORG_WORDS.has(w.toLowerCase()))) continue;
    if (words.length < 2) {
      // "President Trump": a lone name after a title is a person's.
      if (cut >= 0) titled.add(words[0] as string);
      continue;
    }
    // Names run to three words; longer runs without particles carry a team or a place first.
    const long = words.length > MAX_NAME_WORDS && words.every((w) => /^\p{Lu}/u.test(w));
    if (long) words = words.slice(-MAX_NAME_WORDS);
    while (words.length > 2 && (/^\p{Lu}{2,}$/u.test(words[0] as string) || (long && standsAlone(masked, words[0] as string, words[1] as string)))) words = words.slice(1);
    out.push({ full: words.join(' ') + suffixText, first: words[0] as string, last: words[words.length - 1] as string, pos: m.index });
  }
  return out;
}

/** Can a common noun phrase be "they" (a plural or collective head: "officials", "the
 * police") or "it" (an institution or a document: "the ministry", "the report")? "The mayor"
 * is neither. */
function fitsGroup(name: string, plural: boolean): boolean {
  const head = (name.split(/\s+(?:of|for|at|in)\s+/u)[0] ?? name).split(/\s+/u).pop()?.toLowerCase() ?? '';
  if (ORG_WORDS.has(head) || DOCUMENTS.includes(head)) return true;
  return plural && ((/s$/u.test(head) && !/ss$/u.test(head)) || COLLECTIVES.has(head));
}
/** Singular nouns for a group of people. */
const COLLECTIVES = new Set(['police', 'staff', 'people', 'team', 'family', 'crew', 'panel', 'jury', 'public', 'management', 'leadership', 'administration', 'couple', 'band', 'group']);

/** Does a common noun phrase describe one person by a role ("the finance minister") that he
 * or she (gender `g`, or either) can stand for? */
function fitsRole(name: string, g: Gender | undefined): boolean {
  const role = roleGender(name);
  return role !== undefined && (!g || !role || role === g);
}

/** The gender the name lists give a full name's first word, when they give it one only. */
const firstNameGender = (name: string): Gender | null => givenNameGender(name.split(' ')[0] ?? '');

/** How far back (characters) "they" or "it" reaches for a group named with a cue but not quoted. */
const GROUP_REACH = 350;
const PRONOUN_GENDER: Readonly<Record<string, Gender>> = { he: 'm', il: 'm', er: 'm', él: 'm', lui: 'm', she: 'f', elle: 'f', ella: 'f', lei: 'f' };
export class Resolver {
  private readonly names: FullName[];
  /** Single names the text gives with a title ("President Trump"): people, not organisations. */
  private readonly titled = new Set<string>();
  private readonly seen: Remembered[] = [];
  /** Gender of each full name and the organisations named in the text (for "the company",
   * "the ministry"): each read from the whole text, and only when a pronoun or a description
   * has to be resolved, as most quotations name their speaker. */
  private gendersRead: Map<string, Gender> | null = null;
  private descriptionsRead: Descriptions | null = null;

  /** Full names by their first and last word, in text order. */
  private readonly byWord = new Map<string, FullName[]>();

  constructor(private readonly masked: string) {
    this.names = indexNames(masked, this.titled);
    for (const n of this.names) {
      for (const w of new Set([n.first, n.last])) {
        const list = this.byWord.get(w) ?? [];
        list.push(n);
        this.byWord.set(w, list);
      }
    }
  }

  private get genders(): Map<string, Gender> {
    return (this.gendersRead ??= inferGenders(this.masked, this.names));
  }

  private get descriptions(): Descriptions {
    return (this.descriptionsRead ??= new Descriptions(this.masked));
  }

  /** A person's full name for a name phrase found at `pos`, or null when it is not a person. */
  personName(phrase: SpeakerPhrase, pos: number, givenBefore = false): string | null {
    if (phrase.kind !== 'person') return null;
    if (phrase.name.includes(' ')) return phrase.name;
    return this.fullNameFor(phrase.name, pos, givenBefore) ?? (this.titled.has(phrase.name) ? phrase.name : null);
  }

  /** The speaker's name to report for a phrase found at `pos`, or null. */
  resolve(phrase: SpeakerPhrase, pos: number, paragraph: number, nearby: readonly string[] = []): { name: string | null; kind: SpeakerKind } {
    switch (phrase.kind) {
      case 'pronoun': {
        if (PERSON_PRONOUNS.has(phrase.name)) {
          // He or she: a person named in this or the previous sentence, else the last person
          // who spoke, else the last full name — skipping anyone the text gives the other gender.
          const g = PRONOUN_GENDER[phrase.name];
          // With nothing in the text, a given name the lists hold for one gender only ("Maria",
          // "David"; not "Andrea" or "Jean") tells it.
          const fits = (name: string): boolean => !g || (this.genders.get(name) ?? firstNameGender(name) ?? g) === g;
          const near = nearby.find(fits);
          const person = this.last((r) => r.kind === 'person' && r.pos < pos && fits(r.name));
          // "The finance minister said: “…” He added: “…”": a role that spoke last, in this
          // paragraph or the one before, is the person meant, unless a name came after it.
          const role = this.last((r) => (r.kind === 'common' || r.kind === 'org') && r.pos < pos && paragraph - r.paragraph <= 1 && fitsRole(r.name, g));
          if (role && (!person || person.pos < role.pos) && (!near || this.lastMention(near, pos) < role.pos)) return { name: role.name, kind: role.kind };
          if (near) return { name: near, kind: 'person' };
          if (person) return { name: person.name, kind: 'person' };
          const named = this.lastName(pos, fits);
          return { name: named?.full ?? null, kind: 'person' };
        }
        if (GROUP_PRONOUNS.has(phrase.name)) {
          // They or it: an organisation, a group, or a name the text never calls he or she and
          // whose given name is of neither gender alone.
          // Only a group that just spoke: quoted in this or the paragraph before, or named with a
          // cue a few lines up. Further back, "they" is as likely to be anyone the text mentioned.
          const plural = phrase.name !== 'it';
          const group = this.last((r) => r.pos < pos && ((r.quoted && paragraph - r.paragraph <= 1) || pos - r.pos <= GROUP_REACH) && (r.kind === 'org' || (r.kind === 'common' && fitsGroup(r.name, plural)) || (r.kind === 'person' && !this.genders.has(r.name) && !firstNameGender(r.name) && !this.titled.has(r.name))));
          return { name: group?.name ?? null, kind: group?.kind ?? 'common' };
        }
        return { name: null, kind: 'pronoun' };
      }
      case 'person': {
        const words = phrase.name.split(' ');
        // "Herrera Quintana" after "Lucía Herrera Quintana": a two-word surname gets its full name.
        if (words.length > 1) return { name: this.longerName(phrase.name, words[words.length - 1] as string, pos) ?? phrase.name, kind: 'person' };
        if (ORG_WORDS.has(phrase.name.toLowerCase())) return { name: phrase.name, kind: 'org' };
        const full = this.fullNameFor(phrase.name, pos);
        // A single name never given in full is more likely an organisation ("Reuters").
        if (full) return { name: full, kind: 'person' };
        return { name: phrase.name, kind: this.titled.has(phrase.name) ? 'person' : 'org' };
      }
      case 'common': {
        const doc = DOCUMENT_PHRASE.exec(phrase.name.toLowerCase());
        if (doc) {
          const issuer = this.last((r) => r.documents.has(doc[1] as string) && r.pos < pos);
          if (issuer) return { name: issuer.name, kind: issuer.kind };
        }
        const org = this.descriptions.resolve(phrase.name, pos);
        if (org) return { name: org, kind: 'org' };
        return { name: phrase.name, kind: 'common' };
      }
      default:
        return { name: phrase.name, kind: phrase.kind };
    }
  }

  remember(name: string, kind: SpeakerKind, pos: number, paragraph: number, tail: string, quoted: boolean): void {
    const documents = new Set<string>();
    const m = DOCUMENT_IN_TAIL.exec(tail);
    if (m) documents.add(m[1] as string);
    this.seen.push({ name, kind, pos, paragraph, documents, quoted });
  }

  /** Where the text last gave a person's name, or its last word, before `pos` (-1: not found). */
  private lastMention(name: string, pos: number): number {
    const last = name.split(' ').pop() ?? name;
    return this.masked.lastIndexOf(last, pos - 1);
  }

  /** The kind last recorded for a speaker's name. */
  kindOf(name: string): SpeakerKind {
    return this.last((r) => r.name === name)?.kind ?? 'person';
  }

  /** The speaker of the last quotation before `pos`, in a paragraph `near` accepts. */
  lastQuoted(pos: number, near: (paragraph: number) => boolean): Remembered | undefined {
    return this.last((r) => r.quoted && r.pos < pos && near(r.paragraph));
  }

  private last(test: (r: Remembered) => boolean): Remembered | undefined {
    const stop = Math.max(0, this.seen.length - RECALL);
    for (let i = this.seen.length - 1; i >= stop; i--) if (test(this.seen[i] as Remembered)) return this.seen[i];
    return undefined;
  }

  private lastName(pos: number, fits: (name: string) => boolean): FullName | undefined {
    const before = firstIndex(this.names.length, (i) => (this.names[i] as FullName).pos >= pos);
    for (let i = before - 1; i >= Math.max(0, before - RECALL); i--) if (fits((this.names[i] as FullName).full)) return this.names[i];
    return undefined;
  }

  /** A full name ending with `name` ("Lucía Herrera Quintana" for "Herrera Quintana"): the
   * last given before `pos`, else the first after. Looks at the latest LONGER_NAME_REACH
   * mentions of the surname only, so a name repeated thousands of times stays cheap. */
  private longerName(name: string, last: string, pos: number): string | null {
    const list = this.byWord.get(last) ?? [];
    let found: FullName | undefined;
    for (let i = list.length - 1; i >= Math.max(0, list.length - LONGER_NAME_REACH); i--) {
      const n = list[i] as FullName;
      if (n.full.length <= name.length || !n.full.endsWith(` ${name}`)) continue;
      if (n.pos < pos) return n.full;
      found = n;
    }
    return found?.full ?? null;
  }

  /** The full name last used before `pos` for this surname (or first name), else (unless
   * `givenBefore`) the first after. */
  private fullNameFor(word: string, pos: number, givenBefore = false): string | null {
    // The list is in text order: a binary search, not a scan (a name repeated thousands of times).
    const list = this.byWord.get(word) ?? [];
    const at = firstIndex(list.length, (i) => (list[i] as FullName).pos >= pos);
    const before = list[at - 1];
    const after = list[at];
    return (givenBefore ? before : (before ?? after))?.full ?? null;
  }
}
