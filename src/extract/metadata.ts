/**
 * Page metadata, read from the DOM before Readability changes it. Sources, most trusted
 * first (the first one that gives a field wins):
 *   1. JSON-LD objects of an article type (Article, NewsArticle, BlogPosting,
 *      ReportageNewsArticle and kin), also inside @graph, mainEntity and arrays, with
 *      @id references resolved: the publisher's own structured claim.
 *   2. Open Graph and article:* properties: written for link previews, usually right.
 *   3. Twitter card tags.
 *   4. Plain <meta name> tags (author, description, Dublin Core, Parse.ly, Sailthru).
 *   5. <time datetime>, itemprop microdata and the visible byline and dateline.
 *   6. What Readability found (byline, title), applied by the pipeline, and the <title>.
 * One field differs: the language prefers <html lang>, which the page's own text is
 * written for. Every string is decoded (entities, stray tags) and trimmed, URLs
 * are made absolute, dates become ISO 8601 (dates.ts), names are cleaned (authors.ts) and
 * the title loses its site-name suffix (title.ts). Two refinements cross the order: a
 * title gives way to the page's <h1> when that is the same headline as readers see it,
 * and a bare date to the same day's time from a later source.
 */
import type { ArticleRecord } from '../record/types.js';
import { givenName, isNameSuffix, NAME_PARTICLES, NAME_TITLES } from '../names.js';
import { hostOf } from '../batch.js';
import { cleanAuthors as cleanAuthorList, groupName, isPerson, nameLike, siteOwner } from './authors.js';
import { monthFirstFor, normaliseDate, numericDateOrder, parseVisibleDate, regionalOrder, urlDate } from './dates.js';
import { decodeEntities, plainParagraphs, plainText } from './entities.js';
import type { Decoder } from './entities.js';
import { allStrings, firstString, imageUrl, organisationNames, personNames, pickArticle, readLdGraph, stepTexts, typesOf } from './jsonld.js';
import type { JsonObject, LdGraph } from './jsonld.js';
import { pageHeadings, textsShownAlone, typedHeadline } from './headline.js';
import { pageElements, recipeElements } from './page-tags.js';
import { inLocalTime } from './local-time.js';
import { archiveLinkNames, authorBoxNames, authorClassTexts, closingBio, closingSignature, bylineParagraph, bylineUnderHeadline, closingCredit, dateBesideByline, letterSignature, dateNearHeadline, openingDateline, datelineAgencies, datelineParts, datelinePortraits, firstDate, homeLinkNames, labelledAuthors, labelledPortraitNames, linesOpeningWith, memberProfileNames, microdataHeadline, namesSubject, linkedTags, originalDate, ownerTexts, portraitNames, profileLinkNames, storyHeadline, storyPortraitNames, TAG_MAX_CHARS, visibleBylines, visibleDate, visibleUpdate, writtenByLines } from './inpage.js';
import { AUTHOR_LABEL, CARD_LABEL_PAIRS, GROUP_WORDS, LOWER_CASE_LEGAL_FORM, DATELINE_BOX_CHARS, DATELINE_BOX_LEVELS, HEADER_DATE_MAX_CHARS, LD_META_NAME, MAX_CO_AUTHORS, META_KEYS, NAMES_JOINED, OTHER_WORK_LABEL, PUBLISHED_ELEMENTS, PUBLISHED_MARKED, PUBLISHED_META_NAME, TITLE_SEPARATORS } from './metadata-rules.js';
import { labelledDate, shownDate, storyDate } from './shown-date.js';
import { letters, normaliseSpace, shortText } from './text.js';
import type { ShownDate } from './shown-date.js';
import { cleanTitle as cleanTitleWith, declaredTitle, preferHeading } from './title.js';
import type { TitleContext } from './title.js';
import { TEXT_NODE } from './tags.js';

/** The record's metadata fields, and what the rest of the pipeline needs from the page. */
export interface PageMetadata
  extends Pick<ArticleRecord, 'title' | 'authors' | 'publishedAt' | 'modifiedAt' | 'siteName' | 'lang' | 'description' | 'image' | 'canonicalUrl' | 'tags' | 'section'> {
  /** JSON-LD articleBody as paragraphs, the fallback when Readability finds nothing. */
  ldBody: string | null;
  /** The page's <title>, for telling the headline from the site name. */
  documentTitle: string | null;
  /** Texts of the page's <h1> elements, for the same reason. */
  headings: string[];
  /** The owner of a personal site named after them (see siteOwner), when no source names a writer: the writer of last resort. */
  siteOwner: string | null;
  /** Schema.org types declared by the page, used by the article verdict. */
  ldTypes: string[];
  ogType: string | null;
  /** The page's own claim that the article is (not) free to read: JSON-LD isAccessibleForFree. */
  accessibleForFree: boolean | null;
  /** The ingredients of the recipe the page declares (JSON-LD recipeIngredient), for the clean stage to find its list. */
  ingredients: string[];
  /** The steps of that recipe (JSON-LD recipeInstructions, else microdata), for the clean stage to find them. */
  steps: string[];
}

/** JSON-LD booleans come as true, "true", "False" or "no". */
function ldBoolean(value: string | null): boolean | null {
  if (value === null) return null;
  if (/^(?:true|yes|1)$/i.test(value.trim())) return true;
  if (/^(?:false|no|0)$/i.test(value.trim())) return false;
  return null;
}

/**
 * The page's text is at most a teaser when it has under this share of the words the
 * JSON-LD articleBody has (paywalls, app shells): the publisher's own text is then used.
 */
const TEASER_SHARE = 0.25;

/** Whether to use the JSON-LD articleBody instead of what Readability found. */
export function preferLdBody(body: string, ldBody: string): boolean {
  const words = (t: string): number => t.split(/\s+/).filter(Boolean).length;
  return !body.trim() || words(body) < words(ldBody) * TEASER_SHARE;
}

/** Splits and cleans bylines into names (see authors.ts). */
export function cleanAuthors(raw: readonly string[], siteName?: string | null, organisations: readonly string[] = []): string[] {
  return cleanAuthorList(raw, { siteName: siteName ?? null, organisations });
}

/** Drops the site name from a title (see title.ts); the second argument may be just the site name. */
export function cleanTitle(title: string | null | undefined, ctx: TitleContext | string | null = null): string | null {
  return cleanTitleWith(title, typeof ctx === 'string' || ctx === null ? { siteName: ctx } : ctx);
}

/**
 * Every <meta> value by lower-cased key (property, name, itemprop or http-equiv), in page
 * order. JSON-LD set in a <meta name="script:ld+json"> (a web framework's way to declare
 * it) goes to `ldBlocks` as written.
 */
function metaIndex(doc: Document, decode: Decoder, ldBlocks: string[]): Map<string, string[]> {
  const index = new Map<string, string[]>();
  for (const el of pageElements(doc, 'meta')) {
    if (el.getAttribute('name')?.trim().toLowerCase() === LD_META_NAME) ldBlocks.push(el.getAttribute('content') ?? '');
    const content = plainText(el.getAttribute('content'), decode);
    if (!content) continue;
    for (const attr of ['property', 'name', 'itemprop', 'http-equiv']) {
      const key = el.getAttribute(attr)?.trim().toLowerCase();
      if (!key) continue;
      const list = index.get(key) ?? [];
      list.push(content);
      index.set(key, list);
    }
  }
  return index;
}

/**
 * Absolute http(s) URL, or null. Without a real page address (HTML from a file or stdin,
 * parsed under a reserved ".invalid" placeholder), only URLs already absolute are kept.
 */
function absolute(url: string | null | undefined, base: string): string | null {
  if (!url) return null;
  try {
    const u = new URL(url.trim(), isPlaceholder(base) ? undefined : base);
    return /^https?:$/.test(u.protocol) ? u.href : null;
  } catch {
    return null;
  }
}

export function isPlaceholder(url: string): boolean {
  try {
    return new URL(url).hostname.endsWith('.invalid');
  } catch {
    return true;
  }
}

/** <link rel="canonical">, found by tag name (page-tags.ts): faster than an attribute selector on jsdom. */
function canonicalHref(doc: Document): string | null {
  for (const link of pageElements(doc, 'link')) {
    if ((link.getAttribute('rel') ?? '').toLowerCase().split(/\s+/).includes('canonical')) return link.getAttribute('href');
  }
  return null;
}

function uniq(values: string[]): string[] {
  const seen = new Set<string>();
  return values.filter((v) => {
    const k = v.toLowerCase();
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/**
 * The first date the sources give, in order of trust. A bare day ("2024-03-04") gives way
 * to a later source's time on that same day, which says the same thing more precisely;
 * a time gives way to a time with an offset on the same day and hour and minute. A time shown
 * to the minute (":00" seconds, as pages print it: "11:01 AM ET") takes a later source's
 * seconds with that offset too.
 */
function mostPrecise(sources: (() => string | null)[]): string | null {
  let best: string | null = null;
  for (const source of sources) {
    const value = source();
    if (!value) continue;
    if (!best) best = value;
    else if (best.length === 10 && value.length > 10 && value.startsWith(best)) best = value;
    else if (best.length === 19 && value.length > 19 && (value.startsWith(best) || (best.endsWith(':00') && value.slice(0, 16) === best.slice(0, 16) && /(?:Z|[+-]\d{2}:?\d{2})$/.test(value)))) best = value;
    if (best.length > 19) break;
  }
  return best;
}

function siteNameFrom(values: (string | null | undefined)[]): string | null {
  for (const v of values) {
    const t = v?.trim();
    // A URL or a bare handle is not a name.
    if (t && !/^https?:\/\//i.test(t) && !/^@/.test(t)) return t;
  }
  return null;
}

function language(value: string | null | undefined): string | null {
  const t = value?.trim().replace(/_/g, '-');
  return t && /^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/i.test(t) ? t : null;
}

/** A value computed on first use and kept. */
function once<T>(compute: () => T): () => T {
  let done = false;
  let value: T;
  return () => {
    if (!done) [value, done] = [compute(), true];
    return value;
  };
}

/**
 * The names of one visible byline (one element's text) when its first is `first` (or
 * `first` with a title before it: "Dr Jane Doe") and the others read as people too; null
 * otherwise. Names from separate elements are not joined: those are often a reviewer's,
 * a fact-checker's or other stories' writers.
 */
function coAuthors(shownBylines: readonly string[], first: string, siteName: string | null, personCheck: { siteName: string | null; organisations: readonly string[] }): string[] | null {
  const key = letters(first);
  for (const raw of shownBylines) {
    const names = cleanAuthors([raw], siteName);
    const lead = letters(names[0] ?? '');
    if (names.length < 2 || names.length > MAX_CO_AUTHORS || !key || !lead.endsWith(key)) continue;
    if (names.every((n) => isPerson(n, personCheck) && !/\d/.test(n))) return names;
  }
  return null;
}

/** coAuthors of a line that joins its names with a conjunction and opens with `first` itself, not a longer name ending in it. */
function joinedCoAuthors(lines: readonly string[], first: string, siteName: string | null, personCheck: { siteName: string | null; organisations: readonly string[] }): string[] | null {
  const names = coAuthors(lines.filter((l) => NAMES_JOINED.test(l)), first, siteName, personCheck);
  return names && letters(names[0] ?? '') === letters(first) ? names : null;
}

/**
 * The writers the page shows as bylines of their own (one element a writer, as NPR's are set),
 * when the first of them is `first` and each is a person's full name with a common given name.
 * Stricter than coAuthors, which reads one line of several names: elements apart may be a
 * reviewer's link beside the byline ("Reviewed by <a href="/authors/…">Ortal Hadad</a>", WCXB
 * 0231, which the bylines read together through coAuthors took for a second writer).
 */
function separateBylines(shownBylines: readonly string[], first: string, siteName: string | null, personCheck: { siteName: string | null; organisations: readonly string[] }): string[] | null {
  const names = shownBylines.map((raw) => cleanAuthors([raw], siteName));
  if (names.length < 2 || names.length > MAX_CO_AUTHORS || names.some((n) => n.length !== 1)) return null;
  const all = names.map((n) => n[0] ?? '');
  if (letters(all[0] ?? '') !== letters(first) || new Set(all.map(letters)).size !== all.length) return null;
  return all.every((n) => isPerson(n, personCheck) && givenFullName(n)) ? all : null;
}

/**
 * The writers a line in the dateline's box names when it opens with `first`, the others full
 * names with a common given name (as an unsigned dateline's must be, see datelineAuthors); the
 * box is the dateline's nearest ancestor, up to DATELINE_BOX_LEVELS up, that is still short.
 */
function besideDate(shown: ShownDate | null, first: string, siteName: string | null, personCheck: { siteName: string | null; organisations: readonly string[] }): string[] | null {
  let box: Element | null = null;
  for (let cur = shown?.el ?? null, level = 0; cur && level <= DATELINE_BOX_LEVELS && shortText(cur, DATELINE_BOX_CHARS) !== null; cur = cur.parentElement, level++) box = cur;
  const names = box ? coAuthors(linesOpeningWith(box, first), first, siteName, personCheck) : null;
  return names && names.slice(1).every(givenFullName) ? names : null;
}

/**
 * A person's name, a group's signature ("The Harbour Team") or a registered body's name
 * ("Stadtmarketing Heidenburg e.V."), as the weaker byline sources must give.
 */
export const signature = (name: string): boolean => nameLike(name) || groupName(name) || (LOWER_CASE_LEGAL_FORM.test(name) && nameLike(name.replace(LOWER_CASE_LEGAL_FORM, '')));

/**
 * The headline's "By …" line's names when none of `declared` appears in the page's text, or
 * the page's byline when the page names them only for other work ("Edited by …"); null
 * otherwise.
 */
function shownInstead(bodyText: () => string, underHeadline: readonly string[], bylines: () => readonly string[], declared: readonly string[], siteName: string | null): string[] | null {
  const shown = cleanAuthors(underHeadline, siteName).filter(signature);
  const raw = bodyText();
  if (shown.length && !declared.some((n) => letters(raw).includes(letters(n)))) return shown;
  // A newsroom's word for itself as the declared writer ("Redacción", "Redazione", "Staff"), where
  // the byline the page shows names the writer or the agency ("Por EFE", "di ANSA").
  if (declared.every((n) => !/\s/.test(n.trim()) && GROUP_WORDS.test(n))) {
    const byline = shown.length ? shown : cleanAuthors(bylines(), siteName).filter(signature);
    if (byline.length && !byline.some((n) => GROUP_WORDS.test(n))) return byline;
  }
  // Declared writers the page credits only as its editors or photographers ("Edited by …"):
  // the byline the page shows names the writer.
  if (declared.every((n) => onlyOtherWork(raw, n))) {
    const byline = shown.length ? shown : cleanAuthors(bylines(), siteName).filter(signature);
    if (byline.length && !byline.some((n) => declared.includes(n))) return byline;
  }
  return null;
}

/** Whether the page names `name`, and every time right after a credit for other work than writing (OTHER_WORK_LABEL). */
function onlyOtherWork(text: string, name: string): boolean {
  let seen = false;
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
    // The words before the name, spaces as the page's markup left them collapsed.
    if (!OTHER_WORK_LABEL.test(text.slice(Math.max(0, at - 60), at).replace(/\s+/g, ' ').slice(-30))) return false;
    seen = true;
  }
  return seen;
}

/**
 * The writers a dateline names between its dates and reading times: a part signed "By …"
 * when it reads as a name or a group's signature; an unsigned part ("2025-12-17 · Jane Doe",
 * "Dec 26, 2025 • Jane Doe in Harbours") only when it is a person's full name shown with
 * the writer's portrait, or a group's signature in a few words ("Team Harbour"), since
 * datelines also name sections ("Apr 21, 2017 | Products Liability") and comment counts ("No
 * Comments") in capitals.
 */
function datelineAuthors(shown: ShownDate | null, siteName: string | null, headline: string | null): string[] {
  // The headline beside the dateline, when it is a name, is the page's subject (an obituary's).
  return shown ? datelineNames(shown, siteName).filter((n) => !namesSubject(n, headline)) : [];
}

function datelineNames(shown: ShownDate, siteName: string | null): string[] {
  const named = namesInDateline(shown.el, datelineParts(shown.el), siteName);
  if (named.length) return named;
  // Parts set apart by style rather than separators ("<span>Jane Doe</span> <span>July 3,
  // 2025</span>"): the elements beside the one that shows the date, which may be the
  // dateline itself, in a short line with no words between them ("By jdoe, <time>…</time> in <a>Travel
  // News</a>" is a sentence, its parts are not names).
  const dates = [shown.el, ...Array.from(shown.el.querySelectorAll('*'))].filter((el) => !el.firstElementChild && parseVisibleDate(el.textContent ?? ''));
  const styled = (line: Element): boolean => shortText(line, HEADER_DATE_MAX_CHARS) !== null && !Array.from(line.childNodes).some((n) => n.nodeType === TEXT_NODE && /\p{L}/u.test(n.nodeValue ?? ''));
  // A box beside the date set apart the same way ("<span>Jane Doe</span> <span>Associated
  // Press</span>") gives each of its parts.
  const parts = (el: Element): string[] => {
    const kids = Array.from(el.children);
    return kids.length >= 2 && styled(el) && kids.every((k) => !k.firstElementChild) ? kids.flatMap((k) => datelineParts(k)) : datelineParts(el);
  };
  // The date's own wrappers ("<p><span>2022-11-23</span></p>", "<li><time>…</time></li>") are
  // the date: the parts beside it are their siblings.
  const wrapped = (d: Element): Element => {
    const own = normaliseSpace(d.textContent ?? '').trim();
    let w = d;
    while (w.parentElement && w.parentElement !== shown.el.parentElement && normaliseSpace(w.parentElement.textContent ?? '').trim() === own) w = w.parentElement;
    return w;
  };
  const beside = dates.map(wrapped).flatMap((d) => (d.parentElement && styled(d.parentElement) ? Array.from(d.parentElement.children).filter((el) => el !== d).flatMap(parts) : []));
  const besideNames = namesInDateline(shown.el.parentElement ?? shown.el, beside, siteName);
  if (besideNames.length) return besideNames;
  // A short line around the date that signs it in words of its own ("<p><time>22.05.2024
  // 11:40</time> von Jana Kirchhoff</p>"): its signed parts.
  const line = shown.el.parentElement;
  return line && shortText(line, HEADER_DATE_MAX_CHARS) !== null ? namesInDateline(line, datelineParts(line).filter((p) => SIGNED.test(p)), siteName) : [];
}

function namesInDateline(el: Element, parts: readonly string[], siteName: string | null): string[] {
  const names: string[] = [];
  const portraits = once(() => datelinePortraits(el));
  for (const part of parts) {
    const found = cleanAuthors([part], siteName);
    if (SIGNED.test(part)) names.push(...found.filter(signature));
    // A group signing in few words ("Harbour Desk", "Team Harbour") is a signature too.
    else names.push(...found.filter((n) => (groupName(n) && n.split(/\s+/).length <= 3) || (isPerson(n, { siteName }) && /\s/.test(n) && !/\d/.test(n) && (givenFullName(n) || portraits().some((alt) => alt === null || letters(alt) === letters(n))))));
  }
  return names;
}

/**
 * Two or three capitalised words, the first a common given name: "Jane Doe", not "Products
 * Liability"; particles between them do not count ("Nick van Mead"), nor a title before them
 * ("Dr. Anita Kowalczyk").
 */
function givenFullName(name: string): boolean {
  const words = nameWords(name);
  const titled = words.length > 2 && NAME_TITLES.has((words[0] ?? '').replace(/\.$/, '').toLowerCase());
  const named = titled ? words.slice(1) : words;
  return named.length <= 3 && capitalisedName(name) && givenName(named[0] ?? '');
}

/** A name's words, less the particles between its first and last ("Nick van Mead": Nick, Mead). */
function nameWords(name: string): string[] {
  const words = name.split(/\s+/);
  return words.filter((w, i) => !(i > 0 && i < words.length - 1 && NAME_PARTICLES.has(w)));
}

/** Two to four words, each opening with a capital (particles aside). */
function capitalisedName(name: string): boolean {
  const words = nameWords(name);
  return words.length >= 2 && words.length <= 4 && words.every((w) => /^\p{Lu}[\p{L}'’.-]*$/u.test(w));
}

/** A dateline part signed by its writer: "By", "by:", "Von", "Par", "Por", "Door", "Af", "Av". */
const SIGNED = /^(?:(?:written|posted)\s+)?(?:by|von|par|por|door|af|av)\b/i;

/**
 * "Lovelace, Ada B." → "Ada B. Lovelace": one name written family name first. Dublin Core's
 * creator is written so too, but may also list two writers ("Jane Doe, John Roe"): there
 * (`oneSideSingle`) one side of the comma must be a single word.
 */
function invertedName(name: string, oneSideSingle = false): string {
  const m = /^([^,]+),\s*([^,]+)$/.exec(name.trim());
  if (!m || !m[1] || !m[2] || isNameSuffix(m[2])) return name;
  const family = m[1].trim().split(/\s+/).length;
  const given = m[2].trim().split(/\s+/).length;
  if (family > 3 || (oneSideSingle && (given > 2 || (family > 1 && given > 1)))) return name;
  return `${m[2].trim()} ${m[1].trim()}`;
}

/** The names a link-preview card gives under a writer's label ("Written by" | "Jane Doe"). */
function cardAuthors(meta: (keys: readonly string[]) => string | null): string[] {
  const names: string[] = [];
  for (let i = 1; i <= CARD_LABEL_PAIRS; i++) {
    const label = meta([`twitter:label${i}`]);
    const value = meta([`twitter:data${i}`]);
    if (label && value && AUTHOR_LABEL.test(label.trim())) names.push(value);
  }
  return names;
}

export function readMetadata(doc: Document, pageUrl: string): PageMetadata {
  const decode = decodeEntities;
  const ldInMeta: string[] = [];
  const metas = metaIndex(doc, decode, ldInMeta);
  const graph: LdGraph = readLdGraph(doc, ldInMeta);
  const ld: JsonObject | null = pickArticle(graph);
  const meta = (keys: readonly string[]): string | null => {
    for (const key of keys) {
      const v = metas.get(key)?.[0];
      if (v) return v;
    }
    return null;
  };
  const metaAll = (keys: readonly string[]): string[] => keys.flatMap((k) => metas.get(k) ?? []);
  const ldText = (key: string): string | null => (ld ? plainText(firstString(ld[key], graph), decode) : null);
  const byType = (type: string): JsonObject | undefined => graph.candidates.find((o) => typesOf(o).includes(type));

  const documentTitle = plainText(pageElements(doc, 'title')[0]?.textContent, decode);
  const { headings, soleHeading, subheadings, articleHeading, entryTitle, kickered, logos, shownWhole } = pageHeadings(doc, decode);

  const publisher = ld ? firstString(ld.publisher, graph) : null;
  const website = byType('website');
  const siteName = siteNameFrom([
    plainText(publisher, decode),
    meta(META_KEYS.siteName),
    website ? plainText(firstString(website.name, graph), decode) : null,
    // The page's own organisation object, declared apart from the article.
    plainText(firstString(graph.candidates.find((o) => typesOf(o).some((t) => t.endsWith('organization')))?.name, graph), decode),
  ]);

  // A headline cut short for search engines ("…") gives way to a longer title that starts the
  // same; one that is a description gives way to the JSON-LD name (see declaredTitle).
  let shownTexts: Set<string> | null = null;
  const shownAlone = (text: string): boolean => (shownTexts ??= textsShownAlone(doc)).has(text);
  const titleContext = { siteName, url: pageUrl, headings, soleHeading, subheadings, articleHeading, entryTitle, kickered, shownWhole, homeNames: uniq([...homeLinkNames(doc, pageUrl), ...logos]), shownAlone };
  const rawTitle = declaredTitle({ headline: ldText('headline') ?? microdataHeadline(doc, [meta(META_KEYS.title), documentTitle]), name: ldText('name'), metaTitle: meta(META_KEYS.title), documentTitle }, titleContext);
  const preferred = preferHeading(cleanTitle(rawTitle, titleContext), titleContext);
  // No <h1> of the story: the headline set in type over its text, when the title the page
  // declares does not hold it (an old table layout's <title> names the club or the section).
  const typed = headings.length ? null : typedHeadline(doc, decode);
  const title = typed && (preferred === null || !letters(preferred).includes(letters(typed))) ? typed : preferred;

  // A relative canonical link resolves as every link does, against the page's <base href> when it has one.
  const docBase = doc.baseURI && /^https?:/i.test(doc.baseURI) ? doc.baseURI : pageUrl;
  const canonicalUrl =
    absolute(canonicalHref(doc), docBase) ??
    absolute(meta(['og:url']), pageUrl) ??
    (ld ? absolute(firstString(ld.url, graph) ?? firstString(ld.mainEntityOfPage, graph, ['@id', 'url']), pageUrl) : null);

  const ldLang = ld ? firstString(ld.inLanguage, graph, ['@value', 'alternateName', 'name']) : null;
  const lang = language(doc.documentElement.getAttribute('lang')) ?? language(ldLang) ?? language(meta(META_KEYS.lang));
  // The date shown beside the headline, read once: the dates below use it, and the bylines its line.
  // The order of numeric dates ("05-12-2012"): the page's own dates tell it when one of them
  // can be read one way only ("05-13-2012"); else the language's.
  // The page's text, read once for this and the byline checks below.
  const bodyText = once(() => doc.body?.textContent ?? '');
  const written = numericDateOrder(bodyText());
  const monthFirst = written ?? monthFirstFor(lang);
  const order = written !== null ? { monthFirst: written } : regionalOrder(lang);
  const shown = once(() => shownDate(doc, { monthFirst, title }));

  const ldPeople = (key: string): string[] => (ld ? personNames(ld[key], graph).flatMap((n) => plainText(n, decode) ?? []) : []);
  const ldOrgs = ld ? organisationNames(ld.author, graph) : [];
  // Sources in order of trust; the first that names a person wins. One that names only the
  // publisher (an Organization author, the site's name as "author") is kept in case no
  // source names a person: sites often declare themselves author in their metadata while
  // the page shows the writer's byline.
  // Scholarly tags write one author a tag, family name first ("Lovelace, Ada"), as Dublin Core's creator often does.
  const citations = new Set(metaAll(['citation_author', 'citation_authors']));
  const dublinCore = new Set(metaAll(['dc.creator', 'dcterms.creator']));
  const metaAuthors = metaAll(META_KEYS.authors);
  const declaredSources: (() => string[])[] = [
    () => cleanAuthors(ldPeople('author'), siteName, ldOrgs),
    () => cleanAuthors(ldPeople('creator'), siteName),
    () => cleanAuthors(metaAuthors.filter((a) => !/^https?:/i.test(a)).map((a) => (citations.has(a) ? invertedName(a) : dublinCore.has(a) ? invertedName(a, true) : a)), siteName),
    // Open Graph gives the writer as a profile's address: the page's link to it says the name.
    // Only a name in capitals of two words or more: the address may be a social network's page, linked as "Facebook".
    () => cleanAuthors(profileLinkNames(doc, metaAuthors.filter((a) => /^https?:/i.test(a)), pageUrl), siteName).filter(capitalisedName),
    () => cleanAuthors(cardAuthors(meta), siteName),
  ];
  // The page's bylines are read at most once: the sources below and the checks after them share them.
  const bylines = once(() => visibleBylines(doc));
  const underHeadline = once(() => bylineUnderHeadline(doc, title));
  const archiveLinks = once(() => archiveLinkNames(doc));
  // A portrait's name is the writer's, not that of the person the headline names (an obituary's
  // "Evelyn Marie Sorensen, 1938–2024" beside her picture).
  const portraitOfWriter = (name: string): boolean => givenFullName(name) && !letters(title ?? '').includes(letters(name));
  const authorSources: (() => string[])[] = [
    ...declaredSources,
    () => cleanAuthors(bylines(), siteName),
    // A sentence can start with "By" too ("By Tuesday the ferries ran"): from these weaker
    // sources only what reads as a person's name, or a group signing ("The Harbour Team"), is kept.
    () => cleanAuthors(underHeadline(), siteName).filter(signature),
    // A "By …" paragraph of its own in the story, for pages whose headline is no <h1>.
    () => cleanAuthors(bylineParagraph(doc), siteName).filter(signature),
    // The dateline beside the headline that names the writer too ("May 3, 2024 · By Jane Doe", "2025-12-17 · Jane Doe").
    () => datelineAuthors(shown(), siteName, title),
    // A portrait beside the headline with the writer's name under it.
    () => cleanAuthors(portraitNames(doc, title), siteName).filter(portraitOfWriter),
    () => cleanAuthors(labelledAuthors(doc), siteName).filter(signature),
    // A portrait's alt text that labels the writer ("Writer: Jane Doe").
    () => cleanAuthors(labelledPortraitNames(doc), siteName).filter(signature),
    () => cleanAuthors(authorClassTexts(doc), siteName).filter((a) => signature(a) && /\s/.test(a)),
    // "This post was written by …" anywhere in the story, then an author box's heading.
    () => cleanAuthors(writtenByLines(doc), siteName).filter(signature),
    () => cleanAuthors(authorBoxNames(doc), siteName).filter((a) => signature(a) && /\s/.test(a)),
    // A portrait with the writer's name further down the story (a box that closes the post).
    () => cleanAuthors(storyPortraitNames(doc), siteName).filter(portraitOfWriter),
    // A dash and the name closing the story ("— Tom Whitlock"), or a biography closing it.
    () => cleanAuthors(closingSignature(doc), siteName).filter(givenFullName),
    // A credit in an element of its own closing the story ("Bericht: Klaus Wendt"), or a letter's signature.
    () => cleanAuthors(closingCredit(doc, title), siteName).filter(givenFullName),
    () => cleanAuthors(letterSignature(doc), siteName).filter(givenFullName),
    () => cleanAuthors(closingBio(doc), siteName).filter(givenFullName),
    // Links to the writers' archives ("More articles by Jane Doe").
    () => cleanAuthors(archiveLinks(), siteName).filter(signature),
    // A forum thread's starter: the first link to a member's profile.
    () => memberProfileNames(doc),
    // No byline at all: the agency the story's dateline names ("Rostock (dpa) - …").
    () => datelineAgencies(doc),
  ];
  // The story's declared section is no writer ("Villanueva del Ebro" under a local paper's
  // byline names the town the section covers).
  const section = (ld ? plainText(allStrings(ld.articleSection, graph)[0], decode) : null) ?? meta(META_KEYS.section);
  const personCheck = { siteName, organisations: section ? [...ldOrgs, section] : ldOrgs };
  let authors: string[] = [];
  // Beside a publisher already named, a person must look like one: two to four words, no
  // digits, not counting the credentials printed after a comma ("Jane Doe, MD, FACP").
  const plainName = (n: string): boolean => {
    const words = (n.split(',')[0] ?? '').trim().split(/\s+/).length;
    return isPerson(n, personCheck) && /^\D+$/.test(n) && words >= 2 && words <= 4;
  };
  let from = -1;
  for (const [i, source] of authorSources.entries()) {
    const names = source();
    if (authors.length ? names.length > 0 && names.every(plainName) : names.some((n) => isPerson(n, personCheck))) {
      authors = names;
      from = i;
      break;
    }
    if (!authors.length) authors = names;
  }
  // Metadata often names only the first of several writers: the byline shown on the page,
  // when it starts with that same writer, names them all.
  const declaredOne = (): boolean => authors.length === 1 && from >= 0 && from < declaredSources.length;
  if (declaredOne()) authors = coAuthors([...underHeadline(), ...bylines(), archiveLinks().join(', ')], authors[0] ?? '', siteName, personCheck) ?? authors;
  // ... or as bylines of their own, one element a writer, the declared one first.
  if (declaredOne()) authors = separateBylines(bylines(), authors[0] ?? '', siteName, personCheck) ?? authors;
  // An author box or another shown source names one writer (a blog theme's box shows the
  // post's first author), where the headline's "By …" line, opening with that same writer,
  // names them all, joined by a conjunction ("By A and B", not "By A, Santa Monica").
  if (authors.length === 1 && from >= declaredSources.length) authors = joinedCoAuthors(underHeadline(), authors[0] ?? '', siteName, personCheck) ?? authors;
  // A declared given name alone ("Julia"), where the byline shows it with the family name.
  const given = declaredOne() && /^\p{Lu}\p{Ll}+$/u.test(authors[0] ?? '') ? authors[0] : null;
  if (given) authors = [cleanAuthors([...underHeadline(), ...bylines()], siteName).find((n) => n.startsWith(`${given} `) && givenFullName(n)) ?? given];
  // One writer found, from any source: a line in the dateline's box that opens with that
  // writer may name the others ("Jane Doe and John Roe" beside the date), where a dateline read
  // whole glued the last of them to the outlet ("… John Roe USA Today").
  if (authors.length === 1 && from >= 0) authors = besideDate(shown(), authors[0] ?? '', siteName, personCheck) ?? authors;
  // A personal site named after its owner: the writer when nothing else names one.
  let owner: string | null = null;
  if (!authors.length) {
    const titleEnds = (documentTitle ?? '').split(TITLE_SEPARATORS).flatMap((p) => p.split(/[()]/)).map((p) => p.trim()).filter(Boolean);
    owner = siteOwner([siteName ?? '', titleEnds[titleEnds.length - 1] ?? '', titleEnds[0] ?? '', ...ownerTexts(doc)], hostOf(pageUrl));
  }
  // A declared author the page never shows (a publishing account) gives way to the "By …"
  // line under the headline that readers see.
  if (authors.length && from >= 0 && from < declaredSources.length) authors = shownInstead(bodyText, underHeadline(), bylines, authors, siteName) ?? authors;
  // Of several writers, one the page shows only as the photographer ("Text: Lena Hofbauer |
  // Fotos: Tobias Greiner", "Bild: Tobias Greiner") took the pictures.
  if (authors.length > 1) {
    const writers = authors.filter((n) => !onlyOtherWork(bodyText(), n));
    if (writers.length) authors = writers;
  }
  // One writer named once: two sources may each give the name ("Sarah Engel, mit dpa").
  authors = authors.filter((n, i) => authors.findIndex((m) => letters(m) === letters(n)) === i);

  // The story's headline, which the dates in the page are read around: of several <h1>, the
  // one that says the title (a theme's site name is an <h1> too).
  const headline = once(() => storyHeadline(doc, title));
  const declaredTags = [...(ld ? allStrings(ld.keywords, graph) : []), ...metaAll(META_KEYS.tags)]
    .flatMap((t) => (plainText(t, decode) ?? '').split(/\s*[,;]\s*/))
    .map((t) => t.trim())
    .filter((t) => t && t.length <= TAG_MAX_CHARS);
  // No declared tags: the post's own tag links, as blogs show them.
  const tags = uniq(declaredTags.length ? declaredTags : linkedTags(doc, headline())).slice(0, 50);
  const declaredModified = mostPrecise([
    () => normaliseDate(ldText('dateModified')),
    () => normaliseDate(meta(META_KEYS.modified)),
    () => firstDate(doc, '[itemprop~="dateModified"]', headline()),
  ]);
  // Sources are read lazily, in order of trust; see mostPrecise for why later ones may refine.
  const ldPublished = once(() => normaliseDate(ldText('datePublished') ?? ldText('dateCreated') ?? ldText('uploadDate')));
  const metaPublished = [
    once(() => normaliseDate(meta(META_KEYS.published))),
    // Names ending in "date" before those ending in "time", which some systems fill with the build time.
    once(() => normaliseDate(meta([...metas.keys()].filter((k) => PUBLISHED_META_NAME.test(k)).sort((a, b) => Number(/time$/i.test(a)) - Number(/time$/i.test(b)))))),
  ];
  const declared = mostPrecise([
    ldPublished,
    ...metaPublished,
    () => firstDate(doc, PUBLISHED_ELEMENTS, headline()),
    () => visibleDate(doc, headline(), order),
  ]);
  const fromUrl = urlDate(pageUrl);
  // The declared day is the JSON-LD's alone when no <meta> tag (Open Graph, Dublin Core) and no
  // element marked as the publication's (microdata, RDFa) declares that same day (see storyDate).
  const sameDay = (a: string | null, b: string | null): boolean => a !== null && b !== null && a.slice(0, 10) === b.slice(0, 10);
  const marked = once(() => firstDate(doc, PUBLISHED_MARKED, headline()));
  const jsonLdAlone = sameDay(declared, ldPublished()) && ![...metaPublished, marked].some((source) => sameDay(source(), declared));
  const labelled = once(() => labelledDate(doc, { monthFirst, title }));
  const story = storyDate({ declared, shown: shown(), modified: declaredModified, fromUrl, jsonLdAlone });
  // A line of the story that says when it was originally published tells its history
  // outright; the metadata may still give that day's time.
  const told = originalDate(doc, headline(), { monthFirst });
  const found =
    (told ? mostPrecise([() => told, () => story, () => declared]) : story) ??
    // Nothing says when it was published: the day the address names, the date shown beside
    // the headline or beside the byline, then the publisher's own last-modified date, are the
    // dates a reader is given.
    fromUrl ??
    mostPrecise([
      () => dateNearHeadline(headline(), order),
      () => dateBesideByline(doc, { monthFirst }),
      // A line that says "Published …" wherever the template sets it.
      labelled,
      // The place and day a press release opens its first paragraph with.
      () => openingDateline(doc, headline(), order),
      () => normaliseDate(ldText('dateModified')),
    ]);
  // Declared in UTC, the moment is restated in the readers' clock where the page gives it so.
  const publishedAt = inLocalTime(doc, found, { monthFirst });
  // Declared, or else shown in the dateline ("Updated Dec 8, 2026 9:15 AM"), as readers see it.
  const modifiedAt = declaredModified ?? visibleUpdate(doc, headline(), publishedAt, { monthFirst });

  const ldImage = ld ? imageUrl(ld.image, graph) ?? imageUrl(ld.thumbnailUrl, graph) : null;
  const ldIngredients = allStrings(byType('recipe')?.recipeIngredient, graph).flatMap((i) => plainText(i, decode) ?? []);
  const ldSteps = stepTexts(byType('recipe')?.recipeInstructions, graph).flatMap((i) => plainText(i, decode) ?? []);

  return {
    title,
    authors,
    siteOwner: owner,
    publishedAt,
    modifiedAt,
    siteName,
    lang,
    description: ldText('description') ?? meta(META_KEYS.description),
    image: absolute(ldImage, pageUrl) ?? absolute(meta(META_KEYS.image), pageUrl),
    canonicalUrl,
    tags,
    section,
    ldBody: ld ? plainParagraphs(firstString(ld.articleBody, graph), decode) : null,
    documentTitle,
    headings,
    ldTypes: graph.types,
    ogType: meta(['og:type']),
    ingredients: ldIngredients.length ? ldIngredients : microdataIngredients(doc),
    steps: ldSteps.length ? ldSteps : microdataSteps(doc),
    accessibleForFree: ld ? ldBoolean(ld.isAccessibleForFree === false ? 'false' : ld.isAccessibleForFree === true ? 'true' : firstString(ld.isAccessibleForFree, graph)) : null,
  };
}

/**
 * The ingredients a recipe declares in microdata (itemprop "recipeIngredient", or the older
 * "ingredients"), for pages whose JSON-LD names none: recipe portals that mark up the card
 * itself. Each as its text, white space collapsed.
 */
function microdataIngredients(doc: Document): string[] {
  return texts(recipeElements(doc, 'ingredients'));
}

/**
 * The steps a recipe declares in microdata: each element marked "recipeInstructions", or the
 * items of the one list so marked.
 */
function microdataSteps(doc: Document): string[] {
  const marked = recipeElements(doc, 'steps');
  const items = marked.length === 1 ? Array.from(marked[0]!.querySelectorAll('li')) : [];
  return texts(items.length ? items : marked);
}

function texts(elements: readonly Element[]): string[] {
  return elements.map((el) => normaliseSpace(el.textContent ?? '')).filter((t) => t !== '');
}
