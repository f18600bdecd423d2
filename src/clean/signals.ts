/**
 * What the whole page shows before any cleaning, for the article verdict: how much of it
 * is links, how many linked headlines and repeated link cards it holds (the shape of a
 * page of stories or products), prices, long paragraphs, log-in fields and video players.
 * Read once, from the page as parsed, before the clean stage removes anything.
 */
import { classAttribute } from '../extract/attributes.js';
import { urlShape } from './address.js';
import { relatedHosts } from '../discover/url.js';
import { collapsedLength, textLength } from '../extract/text.js';
import {
  CARD_MAX_CHARS, CARD_MIN_CHARS, ROW_POSITION_CLASS, CARD_MIN_GROUP, CARD_MIN_LINKED, ENTRY_SCOPED_TAGS, FURNITURE_CLASS, FURNITURE_ID, FURNITURE_TAGS, LONG_PARAGRAPH_WORDS, PRICE, STORY_LINK_WORDS,
  VIDEO_FRAME, LISTING_BODY_CLASSES, ARCHIVE_BODY_CLASS, ARCHIVE_BODY_KINDS,
} from './rules.js';

export interface PageSignals {
  /** Password fields: a log-in form. */
  passwordFields: number;
  /** Video players (<video>, or frames from video hosts). */
  videoPlayers: number;
  /** Share of the page's text inside links. */
  linkShare: number;
  /** h2–h4 headings that are links, outside menus, headers, footers and sidebars. */
  linkedHeadings: number;
  /** Characters in groups of repeated sibling cards that each hold a link (story or product grids). */
  cardChars: number;
  /** Prices written on the page ("$12.99", "12,99 €"). */
  prices: number;
  /** Paragraphs of LONG_PARAGRAPH_WORDS words or more outside menus, headers, footers and sidebars. */
  longParagraphs: number;
  /**
   * Other pages of this site linked from the content with a headline for text (STORY_LINK_WORDS
   * words or more) and a story's address: a page of stories links many, an article a few.
   */
  storyLinks: number;
  /** The <body>'s classes mark a list of posts (rules.ts: LISTING_BODY_CLASSES, ARCHIVE_BODY_KINDS). */
  listingTemplate: boolean;
}

/** Whether the <body>'s class words are those a blog or site system writes on a page listing posts. */
export function listingTemplate(body: Element | null): boolean {
  const words = new Set((body ? classAttribute(body) : '').toLowerCase().split(/\s+/).filter(Boolean));
  if ([...words].some((w) => LISTING_BODY_CLASSES.has(w))) return true;
  if (words.has(ARCHIVE_BODY_CLASS) && [...ARCHIVE_BODY_KINDS].some((k) => words.has(k))) return true;
  return words.has('blog') && !words.has('single') && !words.has('page') && [...words].some((w) => w.startsWith('wp-'));
}

/** Class names without digits or a row's place (ROW_POSITION_CLASS), sorted: cards of one grid share them, whatever their position. */
function classNames(value: string, memo: Map<string, string[]>): string[] {
  let names = memo.get(value);
  if (names === undefined) memo.set(value, (names = value.split(/\s+/).filter((c) => c && !/\d/.test(c) && !ROW_POSITION_CLASS.test(c)).sort()));
  return names;
}

/**
 * Each child's signature: its tag and those of its class names (classNames) that at least half
 * of the children with its tag carry (all of its names when it shares none). A card's own
 * names (WordPress's "category-news", "tag-harbour" on each post of an archive) differ from
 * card to card; the names of its kind ("post", "hentry", "card") are shared.
 */
function sharedClassKeys(parent: Element, memo: Map<string, string[]>): Map<Element, string> {
  const byTag = new Map<string, { count: number; names: Map<string, number> }>();
  const read: [Element, string[]][] = [];
  for (let child = parent.firstElementChild; child; child = child.nextElementSibling) {
    const names = classNames(classAttribute(child), memo);
    const tag = byTag.get(child.tagName) ?? { count: 0, names: new Map<string, number>() };
    tag.count++;
    for (const n of names) tag.names.set(n, (tag.names.get(n) ?? 0) + 1);
    byTag.set(child.tagName, tag);
    read.push([child, names]);
  }
  const keys = new Map<Element, string>();
  for (const [child, names] of read) {
    const tag = byTag.get(child.tagName);
    const shared = tag ? names.filter((n) => (tag.names.get(n) ?? 0) * 2 >= tag.count) : [];
    // A child that shares no name with the others keeps all of its own: it is no card of theirs.
    keys.set(child, `${child.tagName}.${(shared.length ? shared : names).join('.')}`);
  }
  return keys;
}

/** Whether `parent` has `n` child elements or more; counts no further (linkedom's childElementCount lists them all). */
function holdsElements(parent: Element, n: number): boolean {
  let count = 0;
  for (let child = parent.firstElementChild; child; child = child.nextElementSibling) if (++count >= n) return true;
  return false;
}

function holdsLink(el: Element): boolean {
  if (el.tagName.toUpperCase() === 'A') return el.hasAttribute('href');
  for (const a of Array.from(el.getElementsByTagName('a'))) if (a.hasAttribute('href')) return true;
  return false;
}

/**
 * Text in repeated cards: under one parent, CARD_MIN_GROUP or more children of the same
 * signature, nearly all holding a link, each a headline or a teaser long (not a menu of
 * single words, not whole sections).
 */
function cardCharacters(elements: readonly Element[], inFurnitureTag: (el: Element) => boolean): number {
  let total = 0;
  const memo = new Map<string, string[]>();
  for (const parent of elements) {
    if (!holdsElements(parent, CARD_MIN_GROUP)) continue;
    const groups = new Map<string, Element[]>();
    const keys = sharedClassKeys(parent, memo);
    for (let child = parent.firstElementChild; child; child = child.nextElementSibling) {
      const key = keys.get(child) ?? '';
      const group = groups.get(key);
      if (group) group.push(child);
      else groups.set(key, [child]);
    }
    let inFurniture: boolean | null = null;
    for (const group of groups.values()) {
      if (group.length < CARD_MIN_GROUP) continue;
      const linked = group.filter(holdsLink);
      if (linked.length < group.length * CARD_MIN_LINKED) continue;
      if ((inFurniture ??= inFurnitureTag(parent))) break;
      const chars = linked.reduce((n, card) => n + textLength(card), 0);
      const average = chars / linked.length;
      if (average >= CARD_MIN_CHARS && average <= CARD_MAX_CHARS) total += chars;
    }
  }
  return total;
}

/** Whether the element is the page's menu, header, footer or sidebar by its tag (ENTRY_SCOPED_TAGS aside). */
function furnitureTag(el: Element): boolean {
  const tag = el.tagName.toUpperCase();
  return FURNITURE_TAGS.has(tag) && !(ENTRY_SCOPED_TAGS.has(tag) && el.parentElement?.closest('article'));
}

/**
 * Whether an element's class or id names furniture (FURNITURE_CLASS, _ID). The <body> and <html>
 * never do: their classes state the page's layout ("has-sidebar", "ast-no-sidebar",
 * "et_fixed_nav"), and read as furniture they made every link and paragraph of the page
 * furniture, so that its signals read an empty page.
 */
function namesFurniture(el: Element): boolean {
  const tag = el.tagName.toUpperCase();
  if (tag === 'BODY' || tag === 'HTML') return false;
  return FURNITURE_CLASS.test(classAttribute(el)) || FURNITURE_ID.test(el.id);
}

/**
 * Whether an element sits in the page's furniture: by tag only (`byName` false) or also by
 * class and id (FURNITURE_CLASS, _ID). An ancestor walk, remembered per element, so no
 * selector is matched per paragraph.
 */
function furnitureTest(byName: boolean): (el: Element) => boolean {
  const known = new Map<Element, boolean>();
  const test = (el: Element | null): boolean => {
    if (!el) return false;
    let answer = known.get(el);
    if (answer === undefined) {
      answer = furnitureTag(el) || (byName && namesFurniture(el)) || test(el.parentElement);
      known.set(el, answer);
    }
    return answer;
  };
  return test;
}

/** The tags the signals read, collected in one walk of the page (each getElementsByTagName walks it again). */
const READ_TAGS = new Set(['A', 'H2', 'H3', 'H4', 'P', 'BR', 'INPUT', 'VIDEO', 'IFRAME', 'EMBED']);

function inLink(el: Element): boolean {
  for (let cur: Element | null = el; cur; cur = cur.parentElement) if (cur.tagName.toUpperCase() === 'A' && cur.hasAttribute('href')) return true;
  return false;
}

/** Distinct story addresses of the site (relatedHosts) among links with headline-long text, outside the furniture. */
function storyLinkCount(anchors: readonly Element[], pageUrl: string, inFurniture: (el: Element) => boolean): number {
  let page: URL;
  try {
    page = new URL(pageUrl);
  } catch {
    return 0;
  }
  const seen = new Set<string>();
  for (const a of anchors) {
    const href = a.getAttribute('href');
    if (!href || href.startsWith('#')) continue;
    const text = a.textContent ?? '';
    if (text.length < STORY_LINK_WORDS * 3 || (text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0) < STORY_LINK_WORDS || inFurniture(a)) continue;
    let target: URL;
    try {
      target = new URL(href, page);
    } catch {
      continue;
    }
    if (!relatedHosts(target, page) || (target.host === page.host && target.pathname === page.pathname)) continue;
    const key = `${target.host}${target.pathname}`;
    if (!seen.has(key) && urlShape(target.href) === 'story') seen.add(key);
  }
  return seen.size;
}

/** The page's signals; `elements` are all of its elements in page order, when already found. */
export function readPageSignals(doc: Document, elements: readonly Element[] = Array.from(doc.querySelectorAll('*'))): PageSignals {
  const inFurniture = furnitureTest(true);
  const tags = new Map<string, Element[]>();
  for (const el of elements) {
    const tag = el.tagName.toUpperCase();
    if (!READ_TAGS.has(tag)) continue;
    const list = tags.get(tag);
    if (list) list.push(el);
    else tags.set(tag, [el]);
  }
  const of = (tag: string): Element[] => tags.get(tag) ?? [];
  const frames = [...of('IFRAME'), ...of('EMBED')].filter((f) => VIDEO_FRAME.test(f.getAttribute('src') ?? ''));
  const body = doc.body;
  const bodyText = body?.textContent ?? '';
  const textChars = collapsedLength(bodyText);
  let linkChars = 0;
  for (const a of of('A')) linkChars += textLength(a);
  let linkedHeadings = 0;
  for (const h of [...of('H2'), ...of('H3'), ...of('H4')]) if ((holdsLink(h) || inLink(h)) && !inFurniture(h)) linkedHeadings++;
  let longParagraphs = 0;
  const long = (text: string): boolean => text.length >= LONG_PARAGRAPH_WORDS * 2 && text.split(/\s+/).filter(Boolean).length >= LONG_PARAGRAPH_WORDS;
  for (const p of of('P')) if (long(p.textContent ?? '') && !inFurniture(p)) longParagraphs++;
  // Paragraphs written in line breaks, with no <p> ("…im ganzen Tal.<br><br>Nach dem Krieg…"):
  // the text before a <br>, outside a <p>.
  for (const br of of('BR')) {
    const before = br.previousSibling;
    if (before?.nodeType === 3 && long(before.nodeValue ?? '') && !br.closest('p') && !inFurniture(br)) longParagraphs++;
  }
  return {
    passwordFields: of('INPUT').filter((input) => input.getAttribute('type')?.toLowerCase() === 'password').length,
    videoPlayers: of('VIDEO').length + frames.length,
    linkShare: textChars ? Math.min(1, linkChars / textChars) : 0,
    linkedHeadings,
    cardChars: body ? cardCharacters(elements, furnitureTest(false)) : 0,
    prices: bodyText.match(PRICE)?.length ?? 0,
    longParagraphs,
    storyLinks: storyLinkCount(of('A'), doc.URL, inFurniture),
    listingTemplate: listingTemplate(body),
  };
}
