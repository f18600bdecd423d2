/**
 * Bylines to names: "By Jane Doe and John Roe, Staff Writers | Updated 3 hours ago" →
 * ["Jane Doe", "John Roe"]. Each name once, without "By", dates, job titles or
 * credentials. Organisations ("Associated Press") are kept only when no person is named.
 */
import { givenName, isNameSuffix, NAME_PARTICLES, NAME_TITLES, plainName } from '../names.js';
import { letters, normaliseSpace } from './text.js';
import {
  AUTHOR_LABEL,
  BEHALF,
  BRACKETED_AGE_OR_FORM,
  BRACKETED_AGENCY,
  BRACKETED_INITIALS,
  BRACKETED_ROLE,
  BRACKETED_OTHER_WORK,
  BRACKETED_PLACE_ROLE,
  BRACKETED_WRITING,
  BYLINE_PREFIX,
  BYLINE_PREFIX_CASED,
  BYLINE_STOP,
  DANGLING_PREPOSITION,
  CREDENTIAL_WORD,
  CREDENTIALS,
  SITE_DESK_MIN_CHARS,
  CREDIT_LINE,
  CONTRIBUTION_LINE,
  FOR_PUBLICATION,
  DESK_PARTICLE,
  CAPS_NAME_THEN_WORDS,
  CJK_JOB_AFTER_NAME,
  GLUED_CAPS,
  GLUED_JOB,
  GLUED_AUTHOR_LABEL,
  GLUED_POST_LABEL,
  GLUED_DATE,
  GLUED_LINK_LABEL,
  GROUP_WORDS,
  LEADING_CONJUNCTION,
  LEADING_DATE,
  LINK_LABEL,
  MORE_ROLE_WORDS,
  MAX_BYLINE_INPUT_CHARS,
  MAX_NAME_CHARS,
  MAX_NAME_WORDS,
  NAME_HANDLE,
  NAME_MARK,
  NAME_SEPARATORS,
  ORG_WORDS,
  OWNER_NAME_PART_LETTERS,
  OWNER_NOT_NAME_WORD,
  PLACEHOLDER,
  SYSTEM_ACCOUNT,
  FORUM_RANK,
  ROLE_WORDS,
  SENTENCE_SPLIT,
  THEME_AUTHOR_LABEL,
  TRAILING_AUTHOR_LABEL,
  PLURAL_JOB,
} from './metadata-rules.js';

export interface AuthorContext {
  /** The site's name: a byline part equal to it, or starting with it, is the site, not a person. */
  siteName?: string | null;
  /** Names the page itself declares to be organisations (JSON-LD authors of type Organization). */
  organisations?: readonly string[];
}

type Kind = 'person' | 'org';

/** The byline without the words that introduce the names ("By", "Von", "Ein Beitrag von", "Text:"). */
export function stripPrefix(s: string): string {
  let out = s;
  for (let i = 0; i < 3; i++) {
    const next = out.replace(BYLINE_PREFIX, '').replace(BYLINE_PREFIX_CASED, '');
    if (next === out) break;
    out = next;
  }
  return out;
}

function trimPunctuation(s: string): string {
  // Arrows and other symbols a link sets beside the name ("Priya Raman →") go with the punctuation.
  const out = s.replace(/^[\s,.:;|()[\]–—\-„“”"«»‹›\p{So}\p{Sm}]+|[\s,:;|()[\]–—\-„“”"«»‹›\p{So}\p{Sm}]+$/gu, '').replace(/\s*\.$/, (m) => (/\b\p{Lu}\p{Ll}{0,2}\.$/u.test(s) ? m : '')).trim();
  // A bracket the name opens is closed again: "Jane Doe (JDoeWrites)".
  return /\([^)]*$/.test(out) && /^[^(]*\)/.test(s.slice(s.indexOf(out) + out.length)) ? `${out})` : out;
}

/** Names are capitalised word by word; "defense ministries" is not a name. */
export function nameLike(part: string): boolean {
  return !/^the\s/i.test(part) && part.split(/\s+/).every((w) => !/^\p{Ll}/u.test(w) || NAME_PARTICLES.has(w));
}

function classify(part: string, ctx: AuthorContext): Kind | null {
  if (!part || !/\p{L}/u.test(part)) return null;
  if (CREDENTIALS.test(part) || /@|https?:|www\.|^\S+\.(?:txt|html?|php|aspx?|xml|json)$/i.test(part)) return null;
  // A question is a link's label ("Why Trust Us?"), not a name.
  if (/[?¿]/.test(part)) return null;
  if (PLACEHOLDER.test(part) || LINK_LABEL.test(part) || SYSTEM_ACCOUNT.test(part) || FORUM_RANK.test(part)) return null;
  if (part.length > MAX_NAME_CHARS || part.split(/\s+/).length > MAX_NAME_WORDS) return null;
  // A job title alone ("Luxury Travel Expert", "Paycom Blog Contributor") is kept as a
  // signature for when no one is named; one of only job words ("Staff Writer") is dropped.
  if (ROLE_WORDS.test(part) || MORE_ROLE_WORDS.test(part)) return groupName(part) || qualified(part) ? 'org' : null;
  // A part that opens on a lower-case particle is the writer's desk, not a name ("Ana Souza, da
  // Redação", "Jean Dupont, de la rédaction"): a name's particle follows its given name.
  if (DESK_PARTICLE.test(part)) return null;
  // People's names hold no digits ("98 Degrees Media" is a business, "31 May" a date).
  if (/\d/.test(part)) return 'org';
  const site = ctx.siteName ? letters(ctx.siteName) : '';
  const own = letters(part);
  if (ctx.organisations?.some((o) => letters(o) === own)) return 'org';
  if (ORG_WORDS.test(part) || (site.length >= 4 && own.startsWith(site)) || (own.length >= 4 && site.startsWith(own))) return 'org';
  // The site's own desk, named by the last word of the site's name and one word more
  // ("Sentinel Sports" at the Brazos Valley Sentinel: SITE_DESK_MIN_CHARS).
  const siteLast = ctx.siteName ? letters(ctx.siteName.trim().split(/\s+/).pop() ?? '') : '';
  if (siteLast.length >= SITE_DESK_MIN_CHARS && part.trim().split(/\s+/).length === 2 && own.startsWith(siteLast)) return 'org';
  // One word in capitals is an acronym ("MECLABS", "NASA"), not a person's name.
  if (/^\p{Lu}{3,}$/u.test(part)) return 'org';
  return nameLike(part) ? 'person' : 'org';
}

/** "The Currency editors", "Our Editors", "Marketing Team": a group signing, not a job title beside a name. */
export function groupName(part: string): boolean {
  if (!GROUP_WORDS.test(part)) return false;
  return part.split(/\s+/).some(capitalisedOther);
}

/** A capitalised word that is not a job or group word ("Currency", "Luxury"). */
function capitalisedOther(w: string): boolean {
  return /^\p{Lu}/u.test(w) && !ROLE_WORDS.test(w) && !MORE_ROLE_WORDS.test(w) && !GROUP_WORDS.test(w);
}

/** A job title with a word besides the job words ("Luxury Travel Expert", not "Senior Staff Writer"). */
function qualified(part: string): boolean {
  return part.split(/\s+/).some((w) => capitalisedOther(w) && !ORG_WORDS.test(w));
}

/** "MS", "RD", "Ph.D.", "M.D. FACLM", "CFP®": degrees after the name `after`, not a name or an outlet. */
function isCredential(part: string, after: string): boolean {
  const words = part.split(/\s+/).filter(Boolean);
  // After a name set in capitals ("LISA MASCARO, ERIC TUCKER"), a word in capitals is the next
  // name's: only the listed degrees are credentials there.
  const shouted = after === after.toUpperCase();
  return words.length > 0 && words.length <= 4 && words.every((w) => (CREDENTIALS.test(w) || (!shouted && CREDENTIAL_WORD.test(w))) && !ORG_WORDS.test(w));
}

/** A byline cut at ". " between names, but not after a title ("Dr. Jane Doe"). */
function sentences(text: string): string[] {
  const out: string[] = [];
  for (const piece of text.split(SENTENCE_SPLIT)) {
    const before = out[out.length - 1];
    const lastWord = before?.match(/(\p{L}+)$/u)?.[1]?.toLowerCase();
    if (before !== undefined && lastWord && NAME_TITLES.has(lastWord)) out[out.length - 1] = `${before}. ${piece}`;
    else out.push(piece);
  }
  return out;
}

/**
 * The byline without the publication a writer signs for ("Jane Roe for The Guardian" → "Jane
 * Roe"; FOR_PUBLICATION), when the words before "for" read as a person's name: two to five
 * capitalised words, one before the last a given name. "Institute for Fiscal Studies" stays.
 */
function withoutPublication(text: string): string {
  return text.replace(FOR_PUBLICATION, (publication: string, at: number) => {
    const before = text.slice(0, at).split(/\s*[,;]\s*/).pop()?.split(NAME_SEPARATORS).pop()?.trim() ?? '';
    const words = before.split(/\s+/);
    const person = words.length >= 2 && words.length <= 5 && nameLike(before) && !ORG_WORDS.test(before) && words.slice(0, -1).some((w) => givenName(w));
    return person ? '' : publication;
  });
}

/** Short lower-case marks joined by slashes: a desk's signature ("red/pol"). */
const DESK_MARKS = /^\p{Ll}{1,4}(?:\s*\/\s*\p{Ll}{1,4})+$/u;

/** One raw byline into candidate parts, with their kind. */
function splitByline(raw: string, ctx: AuthorContext): { name: string; kind: Kind }[] {
  if (raw.length > MAX_BYLINE_INPUT_CHARS) return [];
  const unglued = normaliseSpace(raw)
    .replace(THEME_AUTHOR_LABEL, '')
    .replace(GLUED_AUTHOR_LABEL, '$&: ')
    .replace(GLUED_POST_LABEL, '$1 $2')
    .replace(GLUED_DATE, '$1, ')
    .replace(GLUED_LINK_LABEL, '$1, ')
    .replace(GLUED_CAPS, '$1, ')
    .replace(GLUED_JOB, ' ')
    .replace(CAPS_NAME_THEN_WORDS, '$1, ')
    .replace(NAME_HANDLE, '')
    .replace(NAME_MARK, '')
    .replace(BRACKETED_AGE_OR_FORM, '');
  // A separator before the byline, as a reader's line sets it after the feed's name (" / by Lena Park").
  const text = withoutPublication(stripPrefix(unglued.replace(/^[\s/|·•–—-]+/u, '').replace(CONTRIBUTION_LINE, '').replace(CREDIT_LINE, '').replace(LEADING_DATE, '').replace(BEHALF, '')).replace(BYLINE_STOP, '').replace(DANGLING_PREPOSITION, '').replace(BRACKETED_PLACE_ROLE, '').trim());
  // A desk's marks in lower case joined by slashes ("Von red/pol", "red/dpa") name no one; a user's
  // lower-case handle alone ("gto") does.
  if (DESK_MARKS.test(text)) return [];
  // The site's own name is one organisation, whatever it holds ("Mac & i", "Smith, Jones & Co"),
  // and so is a name the page declares an organisation's ("Department for Environment, Food &
  // Rural Affairs" gave "Rural Affairs").
  const site = ctx.siteName ? letters(ctx.siteName) : '';
  const byline = letters(text);
  // So is the start of the site's name ("Grain & Salt" on "Grain & Salt Quarterly").
  if ((site && (byline === site || (byline.length >= 4 && site.startsWith(byline)))) || ctx.organisations?.some((o) => letters(o) === byline)) return [{ name: trimPunctuation(text), kind: 'org' }];
  const parts: { name: string; kind: Kind }[] = [];
  // Commas part a byline first ("Jane Doe, MD, harbour physician"); "and" only within a part.
  const chunks = sentences(text).flatMap((c) => c.split(/\s*[,;]\s*/).map((part) => part.replace(LEADING_CONJUNCTION, '')));
  for (const [at, chunk] of chunks.entries()) {
    const pieces = chunk.split(NAME_SEPARATORS);
    // "The Russian and Syrian defense ministries" is one body, not two names: split only
    // when every piece reads as a name.
    // Nor is a headline with "&" in it ("Top 11 Harbour Solutions & Consulting Firms"): a piece
    // of three words or more with a number in it is no name.
    // Nor is a group signing with "&" in its name ("Marsh & Meadow Team"): one word, then the group.
    const groupAfterWord = pieces.length === 2 && !/\s/.test(pieces[0]?.trim() ?? ' ') && groupName(trimPunctuation(pieces[1] ?? ''));
    const whole = groupAfterWord || (pieces.length > 1 && pieces.some((p) => (/\s/.test(p.trim()) && !nameLike(trimPunctuation(p)) && !ROLE_WORDS.test(p) && !ORG_WORDS.test(p)) || (/\d/.test(p) && p.trim().split(/\s+/).length >= 3)));
    for (const piece of whole ? [chunk] : pieces) {
      // "design: John Roe", "Photos: John Roe": a label that is not the author's credits other work.
      const label = /^\s*(\p{L}+)\s*:\s/u.exec(piece);
      if (label && !AUTHOR_LABEL.test(label[1] ?? '')) continue;
      const named = trimPunctuation(stripPrefix(trimPunctuation(piece)));
      if (BRACKETED_OTHER_WORK.test(named)) continue;
      const unbracketed = named.replace(BRACKETED_WRITING, '').replace(BRACKETED_INITIALS, '').replace(BRACKETED_AGENCY, '').replace(BRACKETED_ROLE, '');
      // After a comma, words closing on a job are the job ("Tom Whitfield, Local Democracy
      // Reporter"), not a name with the job left on it.
      if (at > 0 && (TRAILING_AUTHOR_LABEL.test(unbracketed) || PLURAL_JOB.test(unbracketed))) continue;
      const name = unbracketed.replace(TRAILING_AUTHOR_LABEL, '').replace(CJK_JOB_AFTER_NAME, '');
      // A label with no name after it ("Author" heading a forum's column, "Rezept von" before a
      // name in an element of its own).
      if (!name || AUTHOR_LABEL.test(name) || stripPrefix(`${name} Doe`) === 'Doe') continue;
      const last = parts[parts.length - 1];
      // "Martin Luther King, Jr." keeps its suffix.
      if (last && isNameSuffix(name)) {
        last.name = `${last.name}, ${name}`;
        continue;
      }
      // "Jillian Kubala, MS, RD" keeps its credentials, as the byline prints them.
      if (last?.kind === 'person' && isCredential(name, last.name)) {
        last.name = `${last.name}, ${name}`;
        continue;
      }
      const kind = classify(name, ctx);
      if (kind) parts.push({ name, kind });
    }
  }
  // Beside a full name, a lone word after a comma is an outlet or a place ("Jane Doe, Futurism").
  if (parts.some((p) => p.kind === 'person' && /\s/.test(p.name))) {
    for (const p of parts) if (p.kind === 'person' && !/\s/.test(p.name)) p.kind = 'org';
  }
  // Beside an agency and no full name, a lone word is the dateline's place ("PTI, Washington").
  else if (parts.some((p) => p.kind === 'org' && ORG_WORDS.test(p.name))) return parts.filter((p) => p.kind === 'org');
  // Beside another organisation and no full name, lone words go on with its name ("Ministerium
  // für Umwelt, Klima und Energiewirtschaft" is one ministry, not a ministry, Klima and Energiewirtschaft).
  else if (parts[0]?.kind === 'org' && parts.length > 1 && parts.every((p) => p.kind === 'org' || !/\s/.test(p.name))) return [{ name: trimPunctuation(text), kind: 'org' }];
  return parts;
}

/** Whether a cleaned name reads as a person's rather than an organisation's. */
export function isPerson(name: string, ctx: AuthorContext = {}): boolean {
  return classify(name, ctx) === 'person';
}

/** Splits and cleans bylines or author lists into names, each once. */
export function cleanAuthors(raw: readonly string[], ctx: AuthorContext = {}): string[] {
  const parts = raw.filter((r) => r && !/^\s*https?:\/\//i.test(r)).flatMap((r) => splitByline(r, ctx));
  // A byline whose parts stand in elements of their own ("<a>Reuters,</a> <span>Washington,</span>"):
  // beside an agency and no full name, a lone word is the dateline's place, as in one line (splitByline).
  const placeBesideAgency = parts.some((p) => p.kind === 'org' && ORG_WORDS.test(p.name)) && !parts.some((p) => p.kind === 'person' && /\s/.test(p.name));
  const all = placeBesideAgency ? parts.filter((p) => p.kind === 'org') : parts;
  const people = all.filter((p) => p.kind === 'person');
  const chosen = people.length ? people : all;
  const seen = new Set<string>();
  const out: string[] = [];
  for (const { name } of chosen) {
    const key = letters(name);
    if (!key || seen.has(key)) continue;
    seen.add(key);
    out.push(name);
  }
  return out;
}

/** Letters a host can spell: accents dropped, lower case, nothing else. */
function hostLetters(s: string): string {
  return plainName(s).replace(/[^a-z0-9]/g, '');
}

/**
 * The owner of a personal site, which is named after them: the first of `names` (the site's
 * name, the title's ends, the copyright holder, the home link) that reads as a person's name
 * of two or three capitalised words starting with a common given name, and that the host
 * spells ("Jane Doe" at janedoe.net, jane.blog or doe.dev); null when none does.
 */
export function siteOwner(names: readonly string[], host: string): string | null {
  const labels = host.toLowerCase().replace(/^www\./, '').split('.').slice(0, -1);
  for (const raw of names) {
    const name = normaliseSpace(raw).trim();
    const words = name.split(' ');
    if (words.length < 2 || words.length > 3 || !words.every((w) => /^\p{Lu}[\p{L}'’-]*\p{Ll}$/u.test(w)) || !isPerson(name) || !givenName(words[0] ?? '') || words.some((w) => OWNER_NOT_NAME_WORD.test(w))) continue;
    const ends = [words[0] ?? '', words[words.length - 1] ?? ''].map(hostLetters).filter((w) => w.length >= OWNER_NAME_PART_LETTERS);
    const spelled = new Set([hostLetters(name), ...ends]);
    if (labels.some((l) => spelled.has(l))) return name;
  }
  return null;
}
