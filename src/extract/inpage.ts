/**
 * Metadata read from the visible page, the weakest sources: bylines (microdata, rel=author
 * links, elements named for the byline, a "By …" line under the headline) and datelines
 * (<time datetime>, then dates written out for readers). Each skips comments, asides,
 * footers and navigation, where other stories' bylines and dates live.
 */
import { normaliseDate, parseVisibleDate } from './dates.js';
import type { VisibleDateOptions } from './dates.js';
import { classAttribute, classWords } from './attributes.js';
import { linksHome, outsideStory, pageBase } from './headline.js';
import { pageElements } from './page-tags.js';
import { ELEMENT_NODE, TEXT_NODE, precedes } from './tags.js';
import { collapsedLength, letters, shortText, spacedText, textLength, unglued } from './text.js';
import { BIO_VERBS } from '../clean/rules.js';
import { NAME_PARTICLES } from '../names.js';
import { relatedHosts } from '../discover/url.js';
import {
  AGENCIES,
  OPENING_DATELINE,
  OPENING_DATELINE_MIN_WORDS,
  CLOSING_BIO_NAME,
  CLOSING_BIO_PARAGRAPHS,
  COPULA_VERBS,
  MORE_ROLE_WORDS,
  ROLE_WORDS,
  SITE_HEADER_BOX_CHARS,
  ARCHIVE_LINK_BY,
  AUTHOR_BOX_CHARS,
  AUTHOR_BOX_LABEL,
  AUTHOR_BOX_NAME,
  AUTHOR_BOX_SELECTOR,
  AUTHOR_CLASS_SELECTOR,
  AUTHOR_PART_WORDS,
  OTHER_WORK_LABEL,
  AUTHOR_LABEL,
  BYLINE_LINE,
  LEADING_DATE,
  CLOSING_CREDIT_ELEMENTS,
  CLOSING_CREDIT_PROSE,
  CLOSING_CREDIT_REACH,
  VALEDICTION,
  BYLINE_DATE_REACH,
  BYLINE_LINE_REACH,
  BYLINE_HINT,
  BYLINE_SELECTORS,
  COPYRIGHT_HOLDER,
  COPYRIGHT_PLACES,
  CUSTOMER_VOICE,
  DATELINE_REACH,
  DATELINE_SEPARATOR,
  FILING_LINK,
  HEADER_DATE_MAX_CHARS,
  STORY_ITEM_DEPTH,
  STORY_LIST_DATES,
  HEADLINE_TITLE_OVERLAP,
  HOME_LINK_WORDS,
  HIDDEN_FROM_READERS,
  SITE_FRAME,
  MEMBER_PROFILE_PATH,
  LINK_LABEL,
  MEMBER_NAME_MAX_CHARS,
  MEMBER_NAME_MAX_WORDS,
  MEMBER_LINK_MAX_TEXT_BEFORE,
  MAX_BYLINE_CHARS,
  NAME_BUTTON_CHARS,
  PORTRAIT_AUTHOR_LABEL,
  MICRODATA_HEADLINE_CHARS,
  BYLINE_GROUP_CHARS,
  MAX_CO_AUTHORS,
  MAX_DATE_CANDIDATES,
  ORIGINALLY_PUBLISHED,
  CAPTION_SELECTOR,
  LAST_ACTIVITY_CLASS,
  OTHER_DAY,
  PUBLISHED_MARK,
  UPDATE_MARK,
  ORIGINAL_DATE_LINE,
  PORTRAIT,
  PUBLISHED_WORD,
  READING_TIME,
  SHOWN_DATE_REACH,
  TEASER_CARD,
  TEASER_CARD_CHARS,
  TEASER_CARD_CLIMB,
  TEASER_HEADLINE_LINK,
  UPDATED_WORD,
  VISIBLE_DATE_SELECTORS,
  SIGNATURE_LINE,
  WRITTEN_BY,
  WRITTEN_BY_LEAD,
} from './metadata-rules.js';

/** Text with runs of white space as one space, ends trimmed. */
function flat(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Text of an element with a comma between its blocks and lines, so "Jane Doe<br>Staff" stays apart. */
function bylineText(el: Element): string {
  return spacedText(el, ' , ', filing, nameButton).replace(/\s+/g, ' ').replace(/(?:\s*,\s*)+/g, ', ').replace(/^[\s,]+|[\s,]+$/g, '');
}

/**
 * A button that shows a writer's name, as bylines set it to open the writer's biography in a
 * popover ("By <button>Jane Roe</button>"): two to five capitalised words, a credential after a
 * comma allowed ("Jane Roe, Ph.D."), no digits. Other buttons ("Follow", "Share") stay out of
 * the byline's text.
 */
function nameButton(el: Element): boolean {
  if (el.tagName.toUpperCase() !== 'BUTTON') return false;
  const text = flat(shortText(el, NAME_BUTTON_CHARS) ?? '');
  const name = text.split(',')[0]?.trim() ?? '';
  const words = name.split(' ');
  return words.length >= 2 && words.length <= 5 && !/\d/.test(text) && !LINK_LABEL.test(name) && words.every((w) => /^\p{Lu}/u.test(w) || NAME_PARTICLES.has(w));
}

/** A link to the story's tag or category (rules: FILING_LINK), left out of a byline's text. */
function filing(child: Element): boolean {
  return child.tagName.toUpperCase() === 'A' && (/(?:^|\s)tag(?:\s|$)/i.test(child.getAttribute('rel') ?? '') || FILING_LINK.test(child.getAttribute('href') ?? ''));
}

/** The alt text of the only portrait in a byline that shows no name as text. */
function portraitName(el: Element): string {
  const imgs = el.getElementsByTagName('img');
  return imgs.length === 1 ? (imgs[0]?.getAttribute('alt') ?? '').trim() : '';
}

/**
 * Elements that may match a byline selector, in page order: every selector names one of the
 * BYLINE_HINT words in a class, itemprop, rel, href or test id (data-testid, which React sites
 * name their byline's parts by), so one walk that reads those five attributes finds them all,
 * where a query per kind would walk the page six times.
 * Attributes are read through their nodes: linkedom answers getAttribute('class') by joining
 * its class list anew on every call.
 */
const BYLINE_HINT_ATTRIBUTES = ['class', 'itemprop', 'rel', 'href', 'data-testid'] as const;

const candidatesOf = new WeakMap<Document, Element[]>();

/** The walk is made once per page: the bylines and the date beside them share it. */
function bylineCandidates(doc: Document): Element[] {
  const known = candidatesOf.get(doc);
  if (known) return known;
  const found: Element[] = [];
  for (let el: Element | null = doc.documentElement; el; el = nextElement(el)) {
    if (hintsByline(el)) found.push(el);
  }
  candidatesOf.set(doc, found);
  return found;
}

/** Whether one of an element's byline-hint attributes (BYLINE_HINT_ATTRIBUTES) reads as a byline's. */
function hintsByline(el: Element): boolean {
  for (const name of BYLINE_HINT_ATTRIBUTES) if (BYLINE_HINT.test(el.getAttributeNode(name)?.value ?? '')) return true;
  return false;
}

/**
 * A date written beside the byline ("Written by Jane Doe" | "April 8, 2024", "Updated March
 * 13, 2024" under the names), for pages whose only date sits with a byline away from the
 * headline: read in the byline's element, then in its parent and grandparent while they
 * stay short lines.
 */
export function dateBesideByline(doc: Document, options: VisibleDateOptions = {}): string | null {
  let tried = 0;
  for (const el of bylineCandidates(doc)) {
    if (/^(?:BODY|HTML)$/i.test(el.tagName) || el.closest(CUSTOMER_VOICE) || outsideStory(el)) continue;
    if (++tried > MAX_DATE_CANDIDATES) break;
    let cur: Element | null = el;
    for (let up = 0; cur && up <= BYLINE_DATE_REACH; up++, cur = cur.parentElement) {
      const text = shortText(cur, HEADER_DATE_MAX_CHARS);
      if (text === null || flat(text).length > HEADER_DATE_MAX_CHARS) break;
      const iso = /\d/.test(text) ? parseVisibleDate(text, options) : null;
      if (iso) return iso;
    }
  }
  return null;
}

/** An address's path without its trailing slash, resolved against `base`; null when it does not parse. */
export function pathOf(url: string | null, base: string | undefined): string | null {
  if (url === null) return null;
  try {
    return new URL(url, base).pathname.replace(/\/+$/, '');
  } catch {
    return null;
  }
}

/**
 * The byline sits in another story's teaser: the nearest small block (TEASER_CARD_CHARS)
 * around it that holds a headline holds one linking to another page. Read from the markup's
 * shape, so it holds where class names say nothing ("teaser5-meta", hashed names). Dates use
 * a wider test (dateInTeaserCard: any link worded like a headline); for bylines that test takes
 * a question's card on forum pages for a teaser (WCXB author 0.910 -> 0.904).
 */
export function inTeaserCard(el: Element): boolean {
  const page = pathOf(el.ownerDocument.URL, undefined);
  // A link to another page: its path is not the page's own (an address that does not parse is not counted).
  const elsewhere = (link: Element): boolean => {
    const path = pathOf(link.closest('a')?.getAttribute('href') ?? '', el.ownerDocument.URL);
    return page !== null && path !== null && path !== page;
  };
  let cur = el.parentElement;
  // Levels are counted where the text grows: wrappers around the byline alone ("card-meta",
  // "card-details") are one box with it.
  let chars = flat(el.textContent ?? '').length;
  for (let up = 0; cur && up < TEASER_CARD_CLIMB; cur = cur.parentElement) {
    const text = shortText(cur, TEASER_CARD_CHARS);
    if (text === null) return false;
    const grown = flat(text).length;
    if (grown > chars) up++;
    chars = grown;
    // The story's own header, whose headline and standfirst link elsewhere (a newsletter's web
    // edition links its copy of the story): no card holds the page's <h1>.
    if (cur.querySelector('h1')) return false;
    // The nearest block with a headline decides: the story's own (linked to the page) or another's.
    // Not the byline's own heading or link ("<h3>By <a>Jane Doe</a></h3>", a name set as a heading).
    // Nor a kicker's link to the story's topic ("<h6><a href="/tag/immunology/">immunology</a></h6>").
    const links = Array.from(cur.querySelectorAll(TEASER_HEADLINE_LINK)).filter((link) => !el.contains(link) && !link.contains(el) && !FILING_LINK.test(link.closest('a')?.getAttribute('href') ?? ''));
    if (links.length) return links.some(elsewhere);
    // An item of a list of stories: a headline-long link to another page beside the byline
    // ("<li><a>United boss hails …</a><span>By Chris Wainwright · 19 November</span></li>").
    if (cur.tagName.toUpperCase() === 'LI') return Array.from(cur.querySelectorAll('a[href]')).some((a) => !a.contains(el) && !el.contains(a) && storyLink(a, page));
  }
  return false;
}

/** Whether two names sit in one byline: the smallest block holding both is short (BYLINE_GROUP_CHARS). */
function sameByline(a: Element, b: Element): boolean {
  const above = new Set<Element>();
  for (let cur: Element | null = a; cur; cur = cur.parentElement) above.add(cur);
  let common: Element | null = b;
  while (common && !above.has(common)) common = common.parentElement;
  return common !== null && shortText(common, BYLINE_GROUP_CHARS) !== null;
}

/**
 * The headline marked with microdata on the page itself (`<h2 itemprop="headline">`), as
 * templates that keep the <h1> for the page's section ("Aktuelles") mark the story's; not a
 * teaser's, nor one in comments or the page's frame.
 */
export function microdataHeadline(doc: Document, titles: readonly (string | null)[] = []): string | null {
  const found: string[] = [];
  for (const el of Array.from(doc.querySelectorAll('[itemprop~="headline"]'))) {
    if (el.localName === 'meta' || outsideStory(el) || inTeaserCard(el) || el.closest('a[href]')) continue;
    const text = flat(el.getAttribute('content') ?? el.textContent ?? '');
    if (text && text.length <= MICRODATA_HEADLINE_CHARS) found.push(text);
  }
  // Of several, the one the page's other titles hold: a theme's page header marks the blog's or
  // the section's name as a headline too ("Laufblog" over the post's own).
  const said = titles.map((t) => letters(t ?? '')).filter(Boolean);
  return (found.length > 1 ? found.find((t) => said.some((s) => s.includes(letters(t)))) : undefined) ?? found[0] ?? null;
}

/**
 * The names microdata gives inside a byline element: its first `itemprop="name"`, or, when the
 * element is an item of its own, every name of that item ("Von <name>Anna Beispiel</name> und
 * <name>Jonas Muster</name>" in one author item), not the names of items inside it (an
 * affiliation's).
 */
function itemNames(el: Element): string[] {
  const read = (n: Element): string => n.getAttribute('content') ?? bylineText(n);
  if (!el.hasAttribute('itemscope')) {
    const first = el.querySelector('[itemprop~="name"]');
    return first ? [read(first)] : [];
  }
  return Array.from(el.querySelectorAll('[itemprop~="name"]'))
    .filter((n) => n.parentElement?.closest('[itemscope]') === el)
    .map(read)
    .filter(Boolean);
}

/** Authors named in the page's markup: microdata, rel=author links and byline elements (not other stories' teasers). */
export function visibleBylines(doc: Document): string[] {
  const candidates = bylineCandidates(doc);
  for (const selector of BYLINE_SELECTORS) {
    const matching = candidates.filter((el) => el.matches(selector));
    const found: string[] = [];
    // Two links to one writer's page are one writer: her name, then "Mehr Infos" or a portrait.
    const pages = new Set<string>();
    let first: Element | null = null;
    for (const [i, el] of matching.entries()) {
      // The innermost match is the name itself; its container also holds dates and outlets.
      // Matches come in page order, so one inside `el` would be the next.
      const inner = matching[i + 1];
      if (/^(?:BODY|HTML)$/i.test(el.tagName) || outsideStory(el) || (inner && el.contains(inner))) continue;
      // A byline's other parts: the writer's role or biography ("Byline_role": "Senior Reporter, Security").
      if (classWords(el).some((w) => AUTHOR_PART_WORDS.has(w))) continue;
      // A header's link to the home page marked rel=author names the blog ("Jane's Notes"), as
      // static-site themes mark it: the site, not the post's byline.
      if (el.localName === 'a' && linksHome(el, pageBase(doc.URL))) continue;
      const names = itemNames(el);
      const shown = names.length > 1 ? names.join(', ') : (names[0] ?? el.getAttribute('content') ?? (bylineText(el) || portraitName(el)));
      // A link to the writer's archive marked as the author's ("Mehr von Jane Doe" rel=author): the name after its words.
      const text = shown.slice(ARCHIVE_LINK_BY.exec(shown)?.[0].length ?? 0);
      if (!text || text.length > MAX_BYLINE_CHARS || inTeaserCard(el)) continue;
      if (first && !sameByline(first, el)) break;
      const href = el.localName === 'a' ? el.getAttribute('href') : null;
      if (href && pages.has(href)) continue;
      if (href) pages.add(href);
      first ??= el;
      found.push(text);
      if (found.length >= 6) break;
    }
    if (found.length) return found;
  }
  return [];
}

/** The next element in document order (first child, else next sibling, else an ancestor's). */
export function nextElement(el: Element): Element | null {
  return el.firstElementChild ?? nextElementAfter(el);
}

/** The next element in document order that is not inside `el`. */
export function nextElementAfter(el: Element): Element | null {
  for (let cur: Element | null = el; cur; cur = cur.parentElement) {
    if (cur.nextElementSibling) return cur.nextElementSibling;
  }
  return null;
}

/**
 * A "By …" line among the elements just after a <h1>, innermost first. Each headline is
 * tried in page order, since the first <h1> is often the site's name; then, given the title,
 * the story's headline set in another element (an <h2> under a logo's <h1>, see storyHeadline).
 */
export function bylineUnderHeadline(doc: Document, title: string | null = null): string[] {
  const h1s = pageElements(doc, 'h1');
  for (const h1 of h1s) {
    if (outsideStory(h1)) continue;
    const found = bylineAfter(h1);
    if (found.length) return found;
  }
  const headline = title ? storyHeadline(doc, title) : null;
  return headline && !h1s.includes(headline) && !outsideStory(headline) ? bylineAfter(headline) : [];
}

/**
 * A paragraph that is a "By …" line, anywhere in the story: where the headline is no <h1>
 * (or sits far above), the byline often opens the body as a paragraph of its own.
 */
export function bylineParagraph(doc: Document): string[] {
  for (const p of Array.from(doc.getElementsByTagName('p'))) {
    const text = shortText(p, MAX_BYLINE_CHARS);
    if (text === null || !BYLINE_LINE.test(text) || outsideStory(p) || inTeaserCard(p)) continue;
    return [bylineText(p)];
  }
  return [];
}

function bylineAfter(h1: Element): string[] {
  let found: Element | null = null;
  // Elements after the headline in document order, skipping its own content.
  let el: Element | null = nextElementAfter(h1);
  for (let i = 0; i < BYLINE_LINE_REACH && el; i++, el = nextElement(el)) {
    // Lengths are read with runs of white space as one: indented markup is not a longer line.
    const text = shortText(el, MAX_BYLINE_CHARS);
    // A reader's comment further down ("Kommentar von Gerda S. | 03.10.2023") is no byline.
    // The day may come first, in the same element ("04.06.2024 Text: Reto Ammann").
    if (text === null || flat(text).length > MAX_BYLINE_CHARS || !(BYLINE_LINE.test(text) || BYLINE_LINE.test(text.replace(LEADING_DATE, ''))) || inTeaserCard(el) || outsideStory(el, h1)) {
      if (found) break;
      continue;
    }
    // Keep descending while the line is still whole: the innermost holder of it wins.
    if (found && !found.contains(el)) break;
    if (!found || text.trim() === (found.textContent ?? '').trim()) found = el;
  }
  return found ? [bylineText(found)] : [];
}

function words(text: string): Set<string> {
  return new Set(text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 2));
}

/** Classes on the story's own <article> or <main> ("comments-open") do not hide its headline. */
const inStory = (h: Element): boolean => !outsideStory(h, h.closest('article, main'));

/**
 * The page's headline: its first <h1> outside comments, asides and other stories. Given the
 * title, the heading that shares most of its words wins, so a logo or menu set in an <h1>
 * is passed over; where no <h1> says the title, an <h2> that does stands in, else the element
 * whose text is the title itself (pages that set their headline without heading tags:
 * "<p class="titulo">", "<dt>").
 */
export function storyHeadline(doc: Document, title: string | null = null): Element | null {
  // The page's <h1> elements outside comments, asides and other stories (page-tags.ts finds
  // them once per page).
  const h1s = pageElements(doc, 'h1').filter(inStory);
  if (!title) return h1s[0] ?? null;
  const want = words(title);
  const overlap = (h: Element): number => {
    const have = words(h.textContent ?? '');
    return want.size ? [...want].filter((w) => have.has(w)).length / want.size : 0;
  };
  // Of several <h1>, the one that repeats most of the title (the first on a tie).
  let best = h1s[0] ?? null;
  let bestOverlap = best ? overlap(best) : 0;
  for (const h of h1s.slice(1)) {
    const o = overlap(h);
    if (o > bestOverlap) [best, bestOverlap] = [h, o];
  }
  if (best && bestOverlap >= HEADLINE_TITLE_OVERLAP) return best;
  return pageElements(doc, 'h2').find((h) => inStory(h) && overlap(h) >= HEADLINE_TITLE_OVERLAP) ?? titleElement(doc, title) ?? best;
}

/** The innermost element whose whole text is `title`, not a link's (a list of most-read stories repeats it), or null. */
function titleElement(doc: Document, title: string): Element | null {
  const want = flat(title).toLowerCase();
  if (!want || !doc.body) return null;
  const all = Array.from(doc.body.querySelectorAll('*'));
  // Each element's text length from one walk up the tree (each element after its children),
  // so that only elements about as long as the headline have their text read.
  const lengths = new Map<Element, number>();
  for (let i = all.length - 1; i >= 0; i--) {
    const el = all[i] as Element;
    let n = 0;
    for (let c = el.firstChild; c; c = c.nextSibling) n += c.nodeType === TEXT_NODE ? (c.nodeValue ?? '').length : c.nodeType === ELEMENT_NODE ? (lengths.get(c as Element) ?? 0) : 0;
    lengths.set(el, n);
  }
  let found: Element | null = null;
  for (const el of all) {
    if (found && !found.contains(el)) break;
    // A cheap length test first: most elements hold far more or far less than a headline.
    const length = lengths.get(el) ?? 0;
    if (length < want.length || length > want.length * 2 + 200) continue;
    if (flat(el.textContent ?? '').toLowerCase() === want && !el.closest('a') && !el.querySelector('a') && inStory(el)) found = el;
  }
  return found;
}

/**
 * Whether a date sits in a list item with a link, among items that show a <time> of their own:
 * a list of stories, however short ("Trending" above the story, two links with their times),
 * or in a card with a link among cards that do.
 */
export function inDatedList(el: Element): boolean {
  const linked = (item: Element): boolean => Array.from(item.getElementsByTagName('a')).some((a) => !a.contains(el));
  const item = el.closest('li');
  if (item && linked(item)) {
    // The siblings are walked, not listed: linkedom lists a parent's children anew each time it is asked.
    for (let sib = item.parentElement?.firstElementChild ?? null; sib; sib = sib.nextElementSibling) {
      if (sib !== item && sib.localName === 'li' && sib.querySelector('time') !== null) return true;
    }
    return false;
  }
  // Cards of a grid, not a list ("<div class="views-row"><article><h3><a>…</a></h3><time>"):
  // items of one tag under one parent, STORY_LIST_DATES others with a <time> of their own.
  let card: Element | null = el.parentElement;
  for (let depth = 0; card?.parentElement && depth < STORY_ITEM_DEPTH; depth++, card = card.parentElement) {
    // The story's own header is no card of a grid.
    if (card.querySelector('h1')) return false;
    if (!linked(card)) continue;
    let dated = 0;
    for (let sib = card.parentElement.firstElementChild; sib && dated < STORY_LIST_DATES; sib = sib.nextElementSibling) {
      if (sib !== card && sib.localName === card.localName && sib.querySelector('time')) dated++;
    }
    if (dated >= STORY_LIST_DATES) return true;
  }
  return false;
}

/**
 * The first machine-readable date of the elements `selector` picks in the story whose headline
 * is `h1`. One that its class marks as the day of an update and not of publication
 * ("<time class="updated">" before "<time class="entry-date published">", as blog themes set
 * both) is read only when no other is there.
 */
export function firstDate(doc: Document, selector: string, h1: Element | null): string | null {
  let update: string | null = null;
  for (const el of Array.from(doc.querySelectorAll(selector))) {
    // A date in a list of dated links ("Trending" above the story, each link with its time) is another story's.
    if (outsideStory(el, h1) || inDatedList(el)) continue;
    const iso = normaliseDate(el.getAttribute('datetime') ?? el.getAttribute('content'));
    if (!iso) continue;
    if (updateMarked(el)) update ??= iso;
    else return iso;
  }
  return update;
}

/**
 * The date a press release or an agency story opens its first paragraph with, after the
 * place: "Boiro (A Coruña), 15 de septiembre de 2025.– Conservas …", "BERLIN, 3. März 2025 –
 * Die …", "NEW YORK, March 3, 2025 /PRNewswire/ -- …" (OPENING_DATELINE). Read only when
 * nothing else dates the page: the first paragraph after the headline of
 * OPENING_DATELINE_MIN_WORDS words or more.
 */
export function openingDateline(doc: Document, h1: Element | null, options: VisibleDateOptions = {}): string | null {
  const inOrder = Array.from(doc.querySelectorAll(h1 ? 'h1, p' : 'p'));
  const from = h1 ? inOrder.indexOf(h1) : -1;
  for (const p of inOrder.slice(from + 1)) {
    if (p.tagName !== 'P') continue;
    const text = flat(p.textContent ?? '');
    if (text.split(' ').length < OPENING_DATELINE_MIN_WORDS) continue;
    const date = OPENING_DATELINE.exec(text)?.[1];
    return date ? parseVisibleDate(date, options) : null;
  }
  return null;
}

/**
 * The texts of the page's datelines, in the order they are read: candidates after the first
 * <h1> before the ones above it (which are often a quoted claim or a ticker), each selector of
 * VISIBLE_DATE_SELECTORS in turn. Lines that are another story's (a teaser card's, a list of
 * dated items') or a forum's last activity are passed over. `wanted` looks at a line's text
 * first, so that those costlier tests run only on the lines the reader would read.
 */
function* datelineTexts(doc: Document, h1: Element | null, wanted: (text: string) => boolean): Generator<string> {
  for (const selector of VISIBLE_DATE_SELECTORS) {
    // One query with the headline in it gives document order without compareDocumentPosition,
    // which not every DOM implements.
    const inOrder = Array.from(doc.querySelectorAll(h1 ? `h1, ${selector}` : selector));
    const headlineAt = h1 ? inOrder.indexOf(h1) : -1;
    const all = inOrder.filter((el) => el.matches(selector) && !outsideStory(el, h1));
    // Sets, not arrays, to look in: a template can name thousands of elements "meta" or "date".
    const held = new Set(all);
    const after = new Set(headlineAt < 0 ? [] : inOrder.slice(headlineAt + 1).filter((el) => held.has(el)));
    const ordered = [...after, ...all.filter((el) => !after.has(el))].slice(0, MAX_DATE_CANDIDATES);
    for (const el of ordered) {
      // A value hidden from readers for machines (a theme's "updated rich-snippet-hidden" ISO
      // time of the last edit, glued to the shown date) is not what the line says.
      const text = el.querySelector(HIDDEN_FROM_READERS) ? spacedText(el, ' ', (child) => child.matches(HIDDEN_FROM_READERS)) : unglued(shortText(el, 200) ?? '');
      // A teaser card's date under a section's headline is another story's.
      if (!wanted(text) || flat(text).length > 200 || OTHER_DAY.test(text) || lastActivity(el) || dateInTeaserCard(el) || datedSiblings(el)) continue;
      yield text;
    }
  }
}

/**
 * A date written out in the page's dateline ("November 19, 2019, 9:02 AM"), when nothing
 * else gives one (datelineTexts says which lines are read, and in what order).
 */
export function visibleDate(doc: Document, h1: Element | null, options: VisibleDateOptions = {}): string | null {
  // A line that gives only the day of the last update ("Updated on December 11, 2025"): that
  // day, when no line gives the day of publication.
  let updateOnly: string | null = null;
  // Every date it reads has digits.
  for (const text of datelineTexts(doc, h1, (t) => /\d/.test(t))) {
    const updated = PUBLISHED_WORD.test(text) ? null : UPDATED_WORD.exec(text);
    const iso = parseVisibleDate(updated ? text.slice(0, updated.index) : text, options);
    if (iso) return iso;
    if (updated) updateOnly ??= parseVisibleDate(text.slice(updated.index), options);
  }
  return updateOnly;
}

/**
 * The date of the last update the dateline shows ("Updated Dec 8, 2026 9:15 AM", "Aktualisiert:
 * 08.12.2026, 09:15 Uhr", "mis à jour le 8 décembre"): the first line with an update's word and
 * a date after it, among the datelines (datelineTexts), then in elements of any name beside the
 * headline (as dateNearHeadline reads them). None before `published`: an update comes after
 * the story.
 */
export function visibleUpdate(doc: Document, h1: Element | null, published: string | null, options: VisibleDateOptions = {}): string | null {
  const updateIn = (text: string): string | null => {
    const updated = UPDATED_WORD.exec(text);
    return updated ? parseVisibleDate(text.slice(updated.index), options) : null;
  };
  let found: string | null = null;
  for (const text of datelineTexts(doc, h1, (t) => /\d/.test(t) && UPDATED_WORD.test(t))) if ((found = updateIn(text))) break;
  found ??= h1
    ? besideHeadline(h1, (el) => {
        const text = datelineText(el, h1);
        return text === null ? null : updateIn(text);
      }, DATELINE_REACH)
    : null;
  if (found === null || published === null) return found;
  if (found.slice(0, 10) < published.slice(0, 10)) return null;
  // The publication's own minute restated ("Updated 1:00 PM ET" under a story declared at
  // 13:00:54-04:00): the declared moment, whose offset knows the season.
  return found.slice(0, 16) === published.slice(0, 16) ? published : found;
}

/** What a date's element says of itself: its class names and its microdata property ("updated", "dateModified"). */
function dateMarks(el: Element): string {
  return `${classAttribute(el)} ${el.getAttribute('itemprop') ?? ''}`;
}

/** Whether `el` is marked as the date of an update rather than of publication. */
export function updateMarked(el: Element): boolean {
  const marks = dateMarks(el);
  return UPDATE_MARK.test(marks) && !PUBLISHED_MARK.test(marks);
}

/** Whether `el` or an element in it is named as a thread's latest activity ("lastpost_date"). */
export function lastActivity(el: Element): boolean {
  if (LAST_ACTIVITY_CLASS.test(el.getAttribute('class') ?? '')) return true;
  return Array.from(el.querySelectorAll('[class]')).some((c) => LAST_ACTIVITY_CLASS.test(c.getAttribute('class') ?? ''));
}

/**
 * Whether `el`, a date set in an element of its own class ("date", "meta"), is one of a row
 * of like items: the item around it (up to STORY_ITEM_DEPTH levels up) has sibling items of
 * its tag, STORY_LIST_DATES of which hold an element of that class showing a date too. A
 * list of stories written in <div>s rather than <li>s ("Weitere Nachrichten", each item a
 * time and a link).
 */
export function datedSiblings(el: Element, options: VisibleDateOptions = {}): boolean {
  const cls = (el.getAttribute('class') ?? '').trim().split(/\s+/)[0];
  // A plain class name can be written into a selector as it is; others are passed over.
  if (!cls || !/^[A-Za-z_][\w-]*$/.test(cls)) return false;
  const selector = `${el.localName}.${cls}`;
  // The element may be the item itself: a ticker's "<span class="tick"><a>…</a> (20.10.2025)</span>" in a row.
  let item: Element | null = el;
  for (let depth = 0; item?.parentElement && depth <= STORY_ITEM_DEPTH; depth++, item = item.parentElement) {
    // The story's own header is no item of a list.
    if (item.querySelector('h1')) break;
    let dated = 0;
    for (let sib: Element | null = item.parentElement.firstElementChild; sib && dated < STORY_LIST_DATES; sib = sib.nextElementSibling) {
      if (sib === item || sib.localName !== item.localName) continue;
      const text = (item === el ? (sib.matches(selector) ? sib : null) : sib.querySelector(selector))?.textContent?.trim() ?? '';
      if (text && text.length <= HEADER_DATE_MAX_CHARS && parseVisibleDate(text, options)) dated++;
    }
    if (dated >= STORY_LIST_DATES) return true;
  }
  return false;
}

/**
 * Whether a link reads as another story's headline: `minWords` words or more,
 * not a byline, to an address that is not the page's own (a permalink, a breadcrumb), a
 * site's home or section (TEASER_CARD.minPathSegments), or a writer's page.
 */
function storyLink(link: Element, page: string | null, minWords: number = TEASER_CARD.headlineWords): boolean {
  const text = (link.textContent ?? '').trim();
  if (text.split(/\s+/).length < minWords || TEASER_CARD.notHeadline.test(text)) return false;
  const path = pathOf(link.getAttribute('href'), link.ownerDocument.URL);
  return path !== null && path !== page && path.split('/').filter(Boolean).length >= TEASER_CARD.minPathSegments && !TEASER_CARD.notStoryPath.test(path);
}

/**
 * Whether a date sits in a teaser card: the element or one of the blocks around it, while
 * their text stays that of a card (TEASER_CARD.maxChars), also holds a link to another story
 * worded like its headline, set in a <div> or a <span> rather than a heading.
 */
export function dateInTeaserCard(el: Element): boolean {
  const page = pathOf(el.ownerDocument.URL, undefined);
  // A date inside a link to another story that holds a headline beside it: the whole card is
  // the link (a teaser set between the story's paragraphs). A date that is a link alone is a
  // permalink, read below.
  const around = el.closest('a[href]');
  const beside = around ? (around.textContent ?? '').replace(el.textContent ?? '', '').trim() : '';
  if (around && beside.split(/\s+/).length >= TEASER_CARD.headlineWords && storyLink(around, page)) return true;
  for (let block: Element | null = el; block && !/^(?:BODY|HTML)$/i.test(block.tagName); block = block.parentElement) {
    // Both bounds count the characters shown, as shortText does.
    const small = shortText(block, TEASER_CARD.maxChars) !== null;
    if (!small && shortText(block, TEASER_CARD.headingCardChars) === null) return false;
    // The date's own element is a card only with a headline in it (a box of tag links beside a dateline is not).
    const own = block === el;
    for (const link of Array.from(block.getElementsByTagName('a'))) {
      if (link.contains(el)) continue;
      // A link in or around a heading is a headline however short ("Neue Tarifrunde im Januar"),
      // and its card may hold a summary; a plain link heads only a small card.
      const heading = link.closest('h2, h3, h4') ?? link.querySelector('h2, h3, h4');
      if ((!heading && !small) || !storyLink(link, page, heading ? TEASER_CARD.headingWords : TEASER_CARD.headlineWords)) continue;
      if (!own || heading) return true;
    }
  }
  return false;
}

/**
 * The day a line of the story says it first appeared ("This article was originally published
 * on 26 Sep 2019 but has since been updated", "Originally published November 9, 2022"): the
 * page's own account of its history, which outranks any date it declares or shows for the
 * version at hand. The words must open the line or one of its sentences, and the date follow
 * them in the same sentence.
 */
export function originalDate(doc: Document, h1: Element | null, options: VisibleDateOptions = {}): string | null {
  const body = doc.body;
  if (!body) return null;
  // Text nodes are read one by one, without building the page's whole text.
  for (let node: Node | null = body.firstChild; node; node = nextNode(node, body)) {
    if (node.nodeType !== 3 || !ORIGINALLY_PUBLISHED.test(node.nodeValue ?? '')) continue;
    // The label may stand in an element of its own ("<strong>Originally published</strong>
    // <time>…</time>"): the line around it, while still short, holds the date.
    for (let line = node.parentElement?.closest(ORIGINAL_DATE_LINE.selector); line; line = line.parentElement?.closest(ORIGINAL_DATE_LINE.selector)) {
      const raw = shortText(line, ORIGINAL_DATE_LINE.maxChars);
      if (raw === null || outsideStory(line, h1)) break;
      const iso = originalIn(flat(raw), options);
      if (iso) return iso;
    }
  }
  return null;
}

/** The date a line gives after the words that say the story first appeared then, near the start of their sentence. */
function originalIn(text: string, options: VisibleDateOptions): string | null {
  const at = ORIGINALLY_PUBLISHED.exec(text);
  if (!at) return null;
  const sentenceStart = Math.max(0, ...[...text.slice(0, at.index).matchAll(/[.!?:]\s+/g)].map((m) => m.index + m[0].length));
  if (at.index - sentenceStart > ORIGINAL_DATE_LINE.lead) return null;
  const rest = text.slice(at.index + at[0].length);
  return parseVisibleDate(rest.slice(0, rest.search(/[.!?](?:\s|$)/) + 1 || rest.length), options);
}

/** The node after `node` in page order under `root`: its first child, else the next sibling of it or of an ancestor. */
function nextNode(node: Node, root: Node): Node | null {
  if (node.firstChild) return node.firstChild;
  for (let cur: Node | null = node; cur && cur !== root; cur = cur.parentNode) {
    if (cur.nextSibling) return cur.nextSibling;
  }
  return null;
}

/** The element before `el` in page order: its previous sibling's last descendant, else its parent. */
export function previousElement(el: Element): Element | null {
  let cur = el.previousElementSibling;
  if (!cur) return el.parentElement;
  while (cur.lastElementChild) cur = cur.lastElementChild;
  return cur;
}

/** A short element's text that may give the story's date (digits, none of another day's or story's); null otherwise. */
function datelineText(el: Element, h1: Element): string | null {
  if (/^(?:SCRIPT|STYLE|NOSCRIPT|TEMPLATE|BODY|HTML)$/i.test(el.tagName)) return null;
  const text = shortText(el, HEADER_DATE_MAX_CHARS) ?? '';
  if (flat(text).length > HEADER_DATE_MAX_CHARS || !/\d/.test(text) || OTHER_DAY.test(text) || outsideStory(el, h1) || dateInTeaserCard(el)) return null;
  return text;
}

/** A short element's date, written out or in its datetime attribute. */
function datelineOf(el: Element, h1: Element, options: VisibleDateOptions = {}): string | null {
  const text = datelineText(el, h1);
  return text === null ? null : (parseVisibleDate(text, options) ?? normaliseDate(el.getAttribute('datetime')));
}

/**
 * The last resort: a date written beside the headline (kicker, byline, dateline), in
 * elements of any name: read in page order after the <h1> for DATELINE_REACH.after
 * characters of text, then back before it. "Updated …" dates count here: with no other
 * date on the page, the date readers are shown is the best one there is.
 */
export function dateNearHeadline(h1: Element | null, options: VisibleDateOptions = {}): string | null {
  if (!h1) return null;
  // Above the headline, a date beside the site's logo is the header's (today's).
  return besideHeadline(h1, (el, above) => {
    const iso = datelineOf(el, h1, options);
    return iso && !(above && besideHomeLink(el)) ? iso : null;
  }, DATELINE_REACH);
}

/**
 * What follows an author label: the text right after it in its line ("<b>Contributors:</b>
 * Jane Doe"), else the next element past line breaks, with the elements of that one's kind
 * after it when each names one writer followed by a bio ("<strong>Jane Doe</strong>, bio<br>
 * <strong>John Roe</strong>, bio").
 */
const INLINE_NAME = /^(?:A|B|STRONG|SPAN|EM|I)$/i;

function afterLabel(label: Element): string {
  const text = label.nextSibling?.nodeType === 3 ? flat(label.nextSibling.nodeValue ?? '') : '';
  if (/\p{L}{2}/u.test(text)) return text;
  let next = label.nextElementSibling;
  while (next?.tagName === 'BR') next = next.nextElementSibling;
  if (!next) return '';
  const names = [bylineText(next)];
  // Only names set inline, each in a short element; a block after the name is a bio.
  if (!INLINE_NAME.test(next.tagName)) return names[0] ?? '';
  for (let sib = next.nextElementSibling; sib && names.length < MAX_CO_AUTHORS; sib = sib.nextElementSibling) {
    if (sib.tagName === 'BR') continue;
    const name = sib.tagName === next.tagName ? bylineText(sib) : '';
    if (!name || name.length > MAX_BYLINE_CHARS / 2) break;
    names.push(name);
  }
  return names.join(', ');
}

/** Where a signature starts after a date or a time in one run of text: "… 18:30 von Michael Brandt". */
const SIGNED_AFTER_DATE = /(?<=\d)\s+(?=(?:by|von|par|por)\s+\p{Lu})/u;

/**
 * The parts of a dateline ("March 15, 2022 · 3 min read · By Jane Doe"): its blocks and the
 * pieces between separators, less the dates and the reading times. Each may name the writer.
 */
export function datelineParts(el: Element): string[] {
  return spacedText(el, ' | ')
    .split(DATELINE_SEPARATOR)
    // A signed name after the date with no separator ("02.10.2023 18:30 von Michael Brandt").
    .flatMap((p) => p.split(SIGNED_AFTER_DATE))
    .map(flat)
    .filter((p) => /\p{L}/u.test(p) && !READING_TIME.test(p) && !parseVisibleDate(p));
}

/**
 * The portraits in a dateline: each image's alt text, or null for an image its class or
 * address names a portrait ("avatar", "gravatar", "author") that gives no name.
 */
export function datelinePortraits(el: Element): (string | null)[] {
  const found: (string | null)[] = [];
  for (const img of Array.from(el.getElementsByTagName('img'))) {
    const alt = flat(img.getAttribute('alt') ?? '');
    if (alt) found.push(alt);
    else if (PORTRAIT.test(`${img.getAttribute('class') ?? ''} ${img.getAttribute('src') ?? ''}`)) found.push(null);
  }
  return found;
}

/**
 * Names under a portrait beside the headline: an image whose alt text is repeated as text
 * in the short box around it ("<img alt="Jane Doe"><span>Jane Doe</span>"), or whose alt text
 * describes the portrait around a line of that box ("<img alt="Headshot of Jane Doe, Staff
 * Writer"><span>Jane Doe</span>"), within the dateline's reach of the story's headline
 * (SHOWN_DATE_REACH). Photos in the story have captions, not their alt text again; the caller
 * keeps only what reads as a person's name.
 */
export function portraitNames(doc: Document, title: string | null): string[] {
  const h1 = storyHeadline(doc, title);
  const name = h1 ? besideHeadline(h1, (el) => portraitLine(el)) : null;
  return name && !namesSubject(name, h1?.textContent, title) ? [name] : [];
}

/** A portrait named as the headline shows the page's subject (an obituary, a profile), not its writer. */
export function namesSubject(name: string, ...headlines: (string | null | undefined)[]): boolean {
  return headlines.some((h) => !!h && letters(h) === letters(name));
}

/**
 * The same portraits anywhere in the story, outside figures and teaser cards: the box that
 * closes a post with its writer's picture, name and biography ("<img alt="Jane Doe"> <div>Jane
 * Doe</div> <p>Jane covers …</p>"), a box up to AUTHOR_BOX_CHARS long. The first is the
 * writer; a page that shows three or more is a team's or a list of people, and names none.
 */
export function storyPortraitNames(doc: Document): string[] {
  const found: string[] = [];
  const headline = storyHeadline(doc)?.textContent;
  for (const img of Array.from(doc.body?.getElementsByTagName('img') ?? [])) {
    if (!img.getAttribute('alt')?.trim() || img.closest('figure, a[href]')) continue;
    // The name first: most pictures show none, and the place tests read much of the page.
    const name = portraitLine(img, AUTHOR_BOX_CHARS);
    if (name === null || outsideStory(img) || inTeaserCard(img)) continue;
    if (!namesSubject(name, headline) && !found.includes(name)) found.push(name);
    if (found.length > 2) return [];
  }
  return found.slice(0, 1);
}

/**
 * The name a portrait shows: the image's alt text repeated as text in the box around it (no
 * longer than `boxChars`), or the line of that box the alt text holds whole when the alt
 * describes the picture.
 */
function portraitLine(el: Element, boxChars = HEADER_DATE_MAX_CHARS): string | null {
  if (el.tagName.toUpperCase() !== 'IMG') return null;
  const alt = flat(el.getAttribute('alt') ?? '');
  if (!alt || alt.length > MAX_BYLINE_CHARS) return null;
  const key = alt.toLowerCase();
  let box = el.parentElement;
  for (let up = 0; box && up < 3; up++, box = box.parentElement) {
    const text = shortText(box, boxChars);
    if (text === null) return null;
    // A photo's caption that names the person shown is no byline ("Dana Reuter im Foyer …").
    if (captionsName(box, key)) return null;
    // The line the alt text holds whole, as the page writes it: two words or more.
    const line = boxLines(box).find((l) => l.includes(' ') && key.includes(l.toLowerCase()));
    if (line) return line;
    if (alt.length <= MAX_BYLINE_CHARS / 2 && flat(text).toLowerCase().includes(key)) return alt;
  }
  return null;
}

/** Whether the only text in `box` that holds `key` is a caption's (a <figcaption>, an element whose class says caption). */
function captionsName(box: Element, key: string): boolean {
  const holders = Array.from(box.querySelectorAll('*')).filter((el) => !el.firstElementChild && flat(el.textContent ?? '').toLowerCase().includes(key));
  return holders.length > 0 && holders.every((el) => el.closest(CAPTION_SELECTOR) !== null);
}

/** The texts of the elements in `box` that hold text and no other element. */
function boxLines(box: Element): string[] {
  return Array.from(box.querySelectorAll('*'))
    .filter((el) => !el.firstElementChild)
    .map((el) => flat(el.textContent ?? ''))
    .filter(Boolean);
}

/**
 * Characters of the text an element holds itself, not in its child elements: each piece of
 * text is counted once as the walk passes, also text set between <br>s in the story's <div>.
 */
function ownTextLength(el: Element): number {
  let n = 0;
  for (let c = el.firstChild; c; c = c.nextSibling) if (c.nodeType === TEXT_NODE) n += (c.nodeValue ?? '').trim().length;
  return n;
}

/**
 * The first answer `visit` gives for the elements beside a headline: in page order after it
 * for `reach.after` characters of text (SHOWN_DATE_REACH unless given), then back before it for
 * a shorter stretch (`above`), where the dateline and the byline sit, up to the site's own
 * header or menu.
 */
export function besideHeadline<T>(h1: Element, visit: (el: Element, above: boolean) => T | null, reach: { after: number; before: number } = SHOWN_DATE_REACH): T | null {
  let chars = 0;
  for (let el = nextElementAfter(h1); el && chars < reach.after; el = nextElement(el)) {
    chars += ownTextLength(el);
    const found = visit(el, false);
    if (found !== null) return found;
  }
  chars = 0;
  for (let el = previousElement(h1); el && chars < reach.before; el = previousElement(el)) {
    chars += ownTextLength(el);
    if (el.contains(h1)) continue;
    const found = visit(el, true);
    if (found !== null) return found;
    // Above the site's own header or menu is the frame's top bar ("Saturday, December 5").
    if (siteFrame(el)) return null;
  }
  return null;
}

/** Whether an element is the site's own header or menu, not a story's (SITE_FRAME). */
function siteFrame(el: Element): boolean {
  return el.matches(SITE_FRAME) && !el.closest('main, article');
}

/** The name after a label that stands alone ("Written by" | "Jane Doe", "<h3>Author</h3><p>Jane Doe</p>"), in page order. */
export function labelledAuthors(doc: Document): string[] {
  const found: string[] = [];
  for (const el of Array.from(doc.querySelectorAll('p, div, span, dt, th, strong, b, small, label, h2, h3, h4, h5, h6'))) {
    if (el.childElementCount > 1) continue;
    const label = flat(shortText(el, 20) ?? '');
    if (!label || label.length > 20 || !AUTHOR_LABEL.test(label) || outsideStory(el)) continue;
    // A table's column headings ("Author | Message" over a forum's posts) label the cells below them.
    if (el.localName.toLowerCase() === 'th' && el.nextElementSibling?.localName.toLowerCase() === 'th') continue;
    const name = afterLabel(el);
    if (name && name.length <= MAX_BYLINE_CHARS) found.push(name);
    if (found.length >= 3) break;
  }
  return found;
}

/**
 * The writer a portrait's alt text names after a label ("<img alt="Writer: Jane Doe">", or the
 * label of an element shown as an image: "<span role="img" aria-label="Writer: Jane Doe">"),
 * the first in page order outside the page's frame and other stories' teaser cards.
 */
export function labelledPortraitNames(doc: Document): string[] {
  for (const img of Array.from(doc.body?.querySelectorAll('img[alt], [role="img"][aria-label]') ?? [])) {
    const name = PORTRAIT_AUTHOR_LABEL.exec(flat(img.getAttribute('alt') ?? img.getAttribute('aria-label') ?? ''))?.[1];
    if (name && name.length <= MAX_BYLINE_CHARS && !outsideStory(img) && !inTeaserCard(img)) return [name];
  }
  return [];
}

/** A customer's review of a product, whose writer is no writer of the page. */
const REVIEW_BOX = '[itemprop~="review" i], [itemtype*="Review" i], [class*="review" i]';

/** Whether a link leads to the page's own site (or the page's address says no site). */
function onPageSite(href: string, page: string): boolean {
  try {
    const base = new URL(page);
    return !base.hostname || relatedHosts(new URL(href, base), base);
  } catch {
    return true;
  }
}

/** A link to the reader's own account ("Log in", "Join today", "Mein Konto"), which profile pages' addresses serve too. */
const ACCOUNT_LINK = /^(?:log\s?in|log\s?out|sign\s?in|sign\s?up|register|join|my account|profile|write a|anmelden|abmelden|registrieren|mein konto|connexion|s'inscrire|mon compte|iniciar sesión|registrarse|mi cuenta)\b/i;

/**
 * The name on the first link to a member's profile in the story (MEMBER_PROFILE_PATH:
 * "member.php?u=…", "/members/…", "memberlist.php?mode=viewprofile", "/u/…"): a forum thread's
 * starter, whose post opens the page. Links in comments, navigation and the page's frame, and
 * profiles on other sites, are skipped; a name too long for a handle or a display name, or an account link's label, is no one's.
 */
export function memberProfileNames(doc: Document): string[] {
  for (const a of Array.from(doc.getElementsByTagName('a'))) {
    const href = a.getAttribute('href');
    if (!href || !MEMBER_PROFILE_PATH.test(href) || outsideStory(a) || a.closest(SITE_FRAME) || a.closest(REVIEW_BOX)) continue;
    // The site's own members: a profile on another site is a share link's or a social account's.
    if (!onPageSite(href, doc.URL)) continue;
    const name = flat(a.textContent ?? '').replace(/^@/, '');
    if (!name || name.length > MEMBER_NAME_MAX_CHARS || !/\p{L}/u.test(name) || /\s{2,}|:/.test(name) || name.split(' ').length > MEMBER_NAME_MAX_WORDS || LINK_LABEL.test(name) || ACCOUNT_LINK.test(name)) continue;
    // The starter's post opens the thread: a reviewer's name under a product's description, or a
    // commenter's under a story, comes after most of the page's text.
    return textBefore(a) <= MEMBER_LINK_MAX_TEXT_BEFORE * textLength(doc.body ?? a) ? [name] : [];
  }
  return [];
}

/** Characters of text before an element in its document's body, spaces collapsed as textLength counts them. */
function textBefore(el: Element): number {
  let total = 0;
  for (let node: Node | null = el; node && node !== el.ownerDocument.body; node = node.parentNode) {
    for (let s = node.previousSibling; s; s = s.previousSibling) total += s.nodeType === ELEMENT_NODE ? textLength(s as Element) : collapsedLength(s.nodeValue ?? '');
  }
  return total;
}

/** Short texts of the innermost elements whose class names an author part. */
export function authorClassTexts(doc: Document): string[] {
  const found: string[] = [];
  for (const el of Array.from(doc.querySelectorAll(AUTHOR_CLASS_SELECTOR))) {
    if (/^(?:BODY|HTML)$/i.test(el.tagName) || el.querySelector(AUTHOR_CLASS_SELECTOR) || outsideStory(el)) continue;
    if (classWords(el).some((w) => AUTHOR_PART_WORDS.has(w))) continue;
    const text = bylineText(el);
    // A photographer's credit in a box named for the author ("autor-foto": "Foto: Ana Pérez").
    if (OTHER_WORK_LABEL.test(/^(?:[^:]{1,24}:|©)/.exec(text)?.[0] ?? '')) continue;
    if (text && text.length <= MAX_BYLINE_CHARS / 2 && !inTeaserCard(el)) found.push(text);
    if (found.length >= 3) break;
  }
  return found;
}

/**
 * Short lines in `box` that open with `name`: the byline a dateline shows beside one writer
 * already found ("Jane Doe and John Roe"), whatever the template calls it. An element with no
 * child elements is read, then its parent when it is short too, for names set in elements of
 * their own ("<a>Jane Doe</a> and <a>John Roe</a>").
 */
export function linesOpeningWith(box: Element, name: string): string[] {
  const key = letters(name);
  if (!key) return [];
  const opens = (text: string): boolean => letters(text).startsWith(key);
  const found: string[] = [];
  for (const el of Array.from(box.querySelectorAll('*'))) {
    if (el.firstElementChild) continue;
    const text = shortText(el, MAX_BYLINE_CHARS);
    if (text === null || !opens(text)) continue;
    const parent = el.parentElement;
    const around = parent && box.contains(parent) ? shortText(parent, MAX_BYLINE_CHARS) : null;
    found.push(flat(text), ...(around !== null && opens(around) && around.length > text.length ? [bylineText(parent as Element)] : []));
  }
  return found;
}

/**
 * What follows "written by", "posted by" and the like in a short element anywhere in the
 * article ("This post was written by Jane Doe, editor", "Posted by Jane Doe on 2025-12-18"),
 * the innermost element that holds the whole line.
 */
export function writtenByLines(doc: Document): string[] {
  const found: string[] = [];
  for (const el of Array.from(doc.querySelectorAll('p, div, span, li, dd, small, em, i, footer, address, section, td, h2, h3, h4, h5, h6, strong, b'))) {
    const raw = shortText(el, MAX_BYLINE_CHARS * 2);
    // Indentation in the markup is not part of the line: lengths and positions are read without it.
    const text = raw === null ? '' : flat(raw);
    if (raw === null || text.length > MAX_BYLINE_CHARS * 2) continue;
    const at = WRITTEN_BY.exec(text);
    // The words open the line ("This post was written by"), not the middle of a sentence.
    if (!at || at.index > WRITTEN_BY_LEAD || outsideStory(el)) continue;
    // A quoted line ('my posts say "Posted by …"') is talked about, not signed.
    if (/["“”„«»‘']\s*$/u.test(text.slice(0, at.index))) continue;
    // A child that holds the whole line is read instead.
    if (Array.from(el.children).some((c) => WRITTEN_BY.test(c.textContent ?? '') && flat(c.textContent ?? '').length >= text.length - at.index - 2)) continue;
    const rest = bylineText(el);
    const cut = WRITTEN_BY.exec(rest);
    const line = cut ? rest.slice(cut.index + cut[0].length) : '';
    if (line && line.length <= MAX_BYLINE_CHARS) found.push(line);
    if (found.length >= 3) break;
  }
  return found;
}

/**
 * A biography closing the story that names the writer: one of the last paragraphs opens with a
 * name of two or three capitalised words and a verb biographies open with ("Anna Berger ist
 * Redakteurin im Lokalressort.", "Jane Roe covers the harbour."); after "is", "ist", "est" and
 * the like, a job word must follow (ROLE_WORDS), as "Jane Roe is hopeful" says nothing of a writer.
 */
export function closingBio(doc: Document): string[] {
  const paragraphs = doc.getElementsByTagName('p');
  // The story's last paragraphs, read from the end: only those are looked at.
  for (let i = paragraphs.length - 1, seen = 0; i >= 0 && seen < CLOSING_BIO_PARAGRAPHS; i--) {
    const p = paragraphs[i] as Element;
    if (outsideStory(p) || inTeaserCard(p) || p.closest('blockquote')) continue;
    seen++;
    const text = flat(shortText(p, MAX_BYLINE_CHARS * 3) ?? '');
    const m = CLOSING_BIO_NAME.exec(text);
    const verb = m?.[2]?.toLowerCase();
    if (!m || !verb || !BIO_VERBS.has(verb)) continue;
    if (COPULA_VERBS.has(verb) && !(ROLE_WORDS.test(text) || MORE_ROLE_WORDS.test(text))) continue;
    return [m[1] ?? ''];
  }
  return [];
}

/**
 * A signature closing the story, a dash and the writer's name alone in its paragraph ("— Tom
 * Whitlock"), as columns and small papers sign: the last such paragraph in the story.
 */
export function closingSignature(doc: Document): string[] {
  const paragraphs = Array.from(doc.getElementsByTagName('p'));
  for (let i = paragraphs.length - 1; i >= 0; i--) {
    const p = paragraphs[i] as Element;
    const text = shortText(p, MAX_BYLINE_CHARS);
    const name = text === null ? null : SIGNATURE_LINE.exec(flat(text))?.[1];
    // A quotation's attribution ("— Mark Twain" under an epigraph or a pull quote) is no signature.
    if (name && !p.closest('blockquote, figure, q, aside') && !outsideStory(p) && !inTeaserCard(p)) return [name];
  }
  return [];
}

/**
 * A credit closing the story in an element of its own, as club and school sites sign a report
 * ("Bericht: Klaus Wendt", "Text: Gerda Sailer · Fotos: Konrad Lieb", "Written by Mrs Rupa
 * Patel, Year 4 class teacher"): the last element after the headline, at most
 * MAX_BYLINE_CHARS long, that reads as a byline (BYLINE_LINE).
 */
export function closingCredit(doc: Document, title: string | null): string[] {
  const h1 = storyHeadline(doc, title);
  if (!h1) return [];
  // The elements after the headline, in page order.
  const all = Array.from(doc.body?.querySelectorAll('*') ?? []);
  const lines = all.slice(all.indexOf(h1) + 1).filter((el) => CLOSING_CREDIT_ELEMENTS.has(el.localName.toLowerCase()) && !h1.contains(el));
  for (let i = lines.length - 1; i >= 0; i--) {
    const el = lines[i] as Element;
    const text = shortText(el, MAX_BYLINE_CHARS);
    if (text === null || !BYLINE_LINE.test(flat(text)) || el.closest('blockquote, figure, a') || outsideStory(el) || inTeaserCard(el)) continue;
    return afterProse(el) ? [bylineText(el)] : [];
  }
  return [];
}

/**
 * The name under a letter's closing words ("With every blessing," | "Sarah Whitcombe", "Ihr
 * Pfarrer" | "Michael Brandl"): a parish letter, a newsletter's editorial, a column signed as a
 * letter. The last valediction (VALEDICTION) in the page's text followed by a name alone.
 */
export function letterSignature(doc: Document): string[] {
  const texts: string[] = [];
  if (doc.body) unquotedTexts(doc.body, texts);
  for (let i = texts.length - 2; i >= 0; i--) {
    if (!VALEDICTION.test(texts[i] ?? '')) continue;
    const name = texts[i + 1] ?? '';
    if (/^\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,2}$/u.test(name)) return [name];
  }
  return [];
}

/** The texts under `node` outside links, scripts, styles and quotations, in page order, added to `texts`. */
function unquotedTexts(node: Node, texts: string[]): void {
  for (let n = node.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === TEXT_NODE) {
      const text = flat(n.nodeValue ?? '');
      if (text && !n.parentElement?.closest('a[href], script, style, blockquote')) texts.push(text);
    } else if (n.nodeType === ELEMENT_NODE) unquotedTexts(n, texts);
  }
}

/** Whether one of the few texts before an element, outside it, is a paragraph's worth of prose: the element closes a story. */
function afterProse(el: Element): boolean {
  let seen = 0;
  for (let n: Node | null = previousNode(el); n && seen < CLOSING_CREDIT_REACH; n = previousNode(n)) {
    if (n.nodeType !== TEXT_NODE || el.contains(n)) continue;
    const text = flat(n.nodeValue ?? '');
    if (!text) continue;
    if (text.length >= CLOSING_CREDIT_PROSE) return true;
    seen++;
  }
  return false;
}

/** The node before `node` in document order: the last descendant of its previous sibling, or its parent. */
function previousNode(node: Node): Node | null {
  let n = node.previousSibling;
  if (!n) return node.parentNode;
  while (n.lastChild) n = n.lastChild;
  return n;
}

/**
 * The heading of an author box ("About the author" | "Jane Doe" | bio), the name without
 * its label. Boxes in comments, navigation and related stories are skipped.
 */
export function authorBoxNames(doc: Document): string[] {
  const found: string[] = [];
  for (const box of Array.from(doc.querySelectorAll(AUTHOR_BOX_SELECTOR))) {
    if (/^(?:BODY|HTML)$/i.test(box.tagName) || outsideStory(box) || inTeaserCard(box)) continue;
    // The name's own element, else the box's first short line of text.
    const named = Array.from(box.querySelectorAll(AUTHOR_BOX_NAME));
    const leaves = Array.from(box.querySelectorAll('*')).filter((el) => !el.firstElementChild && (el.textContent ?? '').trim());
    for (const el of named.length ? named : leaves.slice(0, 1)) {
      const name = bylineText(el).replace(AUTHOR_BOX_LABEL, '').trim();
      if (!name || name.length > MAX_BYLINE_CHARS / 2) continue;
      found.push(name);
      break;
    }
    if (found.length >= 3) break;
  }
  return found;
}

/**
 * The writers named by links to their archives ("More articles by Jane Doe"), each once, in
 * page order; links in comments, navigation and other stories are skipped.
 */
export function archiveLinkNames(doc: Document): string[] {
  const found: string[] = [];
  for (const el of Array.from(doc.querySelectorAll('a, button'))) {
    const text = flat(el.textContent ?? '');
    const at = text.length <= MAX_BYLINE_CHARS ? ARCHIVE_LINK_BY.exec(text) : null;
    if (!at || outsideStory(el)) continue;
    const name = text.slice(at[0].length).trim();
    if (name && !found.includes(name)) found.push(name);
    if (found.length >= MAX_CO_AUTHORS) break;
  }
  return found;
}

/** An address compared loosely: no fragment, query or closing slash, host in lower case. */
function profileKey(href: string, base: string): string | null {
  try {
    const u = new URL(href, base);
    return `${u.host.toLowerCase()}${u.pathname.replace(/\/+$/, '')}`;
  } catch {
    return null;
  }
}

/**
 * The names of the links to the writers' profiles that the metadata gives as addresses
 * (`<meta property="article:author" content="https://…/profile/jane-doe">`, as Open Graph
 * defines it): the link's text, where the page links that address with a short text.
 */
export function profileLinkNames(doc: Document, profiles: readonly string[], base: string): string[] {
  // A site's own root ("https://paper.example/") is no writer's profile.
  const wanted = new Set(profiles.map((p) => profileKey(p, base)).filter((k): k is string => k !== null && k.includes('/')));
  const found: string[] = [];
  if (!wanted.size) return found;
  for (const a of Array.from(doc.getElementsByTagName('a'))) {
    const key = profileKey(a.getAttribute('href') ?? '', base);
    const text = flat(a.textContent ?? '');
    if (key === null || !wanted.has(key) || !text || text.length > MAX_BYLINE_CHARS) continue;
    if (!found.includes(text)) found.push(text);
    if (found.length >= MAX_CO_AUTHORS) break;
  }
  return found;
}

/** A story's opening paragraphs, read for the agency in its dateline. */
const DATELINE_PARAGRAPHS = 5;
/**
 * "Rostock (dpa) - …", "DEN HAAG (ANP) - …", "(ANSA) - BOLOGNA, …": a place or none (with its
 * day, as Spanish wires write it: "Madrid, 10 nov (EFE).-"), then the agencies in brackets,
 * then a dash or a colon.
 */
const AGENCY_DATELINE = /^\s*(?:\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}(?:,\s*\d{1,2}\.?\s+\p{L}{3,10}\.?)?\s*)?\(([^()]{2,40})\)\s*\.?\s*[-–—:]/u;

/**
 * The news agencies a story's dateline names ("Rostock (dpa) - …", "Paris (AFP) - …"), for
 * stories that sign with no byline: its first paragraphs are read, and only the agencies of
 * AGENCIES count (an "(Updated)" or a "(Video)" does not).
 */
export function datelineAgencies(doc: Document): string[] {
  let read = 0;
  for (const p of Array.from(doc.getElementsByTagName('p'))) {
    const text = shortText(p, 2000);
    if (text === null || flat(text).length < 40 || outsideStory(p) || inTeaserCard(p)) continue;
    const m = AGENCY_DATELINE.exec(text);
    const named = m?.[1]?.split(/\s*[/,]\s*/).map((a) => a.trim()) ?? [];
    if (named.length && named.every((a) => AGENCIES.includes(a.toLowerCase()))) return named;
    if (++read >= DATELINE_PARAGRAPHS) break;
  }
  return [];
}

/** Links to the home page read for the site's name: the header's and the footer's are enough. */
const MAX_HOME_NAMES = 6;

/**
 * What the page's links to its own home page say: each link's text, or the alt text of the
 * logo it holds, in page order, each once (MAX_HOME_NAMES at most). A link to the root of
 * the page's own host counts, written as a path or in full.
 */
export function homeLinkNames(doc: Document, pageUrl: string | null): string[] {
  const base = pageBase(pageUrl);
  const found: string[] = [];
  for (const a of Array.from(doc.querySelectorAll('a[href]'))) {
    if (!linksHome(a, base)) continue;
    const text = flat(a.textContent ?? '') || flat(a.querySelector('img[alt]')?.getAttribute('alt') ?? '');
    if (text && text.length <= MAX_BYLINE_CHARS / 2 && !HOME_LINK_WORDS.test(text) && !found.includes(text)) found.push(text);
    if (found.length >= MAX_HOME_NAMES) break;
  }
  return found;
}

/**
 * Whether an element shares a short box (SITE_HEADER_BOX_CHARS, two levels up at most) with a
 * link to the site's home page that names the site (a logo): the site's header, its logo
 * beside today's date, which a table layout sets in no <header>.
 */
export function besideHomeLink(el: Element): boolean {
  const base = pageBase(el.ownerDocument.URL);
  let cur: Element | null = el;
  for (let up = 0; cur && up <= 2; up++, cur = cur.parentElement) {
    if (shortText(cur, SITE_HEADER_BOX_CHARS) === null) return false;
    // The logo's link, not a breadcrumb's "Home", whose trail a story's own dateline may follow.
    if (Array.from(cur.querySelectorAll('a[href]')).some((a) => linksHome(a, base) && !HOME_LINK_WORDS.test(flat(a.textContent ?? '')))) return true;
  }
  return false;
}

/**
 * What the page calls its owner besides its metadata: the holder of its copyright line
 * in its footer ("© 2025 Jane Doe. All rights reserved.") and the text of links to its home
 * page.
 */
export function ownerTexts(doc: Document): string[] {
  const found: string[] = [];
  for (const a of Array.from(doc.querySelectorAll('a[href="/"], a[href="./"], a[href="../"], a[rel~="home"]'))) {
    const text = flat(a.textContent ?? '');
    if (text && text.length <= MAX_BYLINE_CHARS / 2 && !found.includes(text)) found.push(text);
  }
  const footers = Array.from(doc.querySelectorAll(COPYRIGHT_PLACES)).filter((el) => !el.parentElement?.closest(COPYRIGHT_PLACES));
  for (const m of footers.flatMap((el) => [...flat(el.textContent ?? '').matchAll(COPYRIGHT_HOLDER)])) {
    const holder = m[1]?.replace(/\s*all rights reserved.*$/i, '').trim();
    if (holder && !found.includes(holder)) found.push(holder);
  }
  return found;
}

/** A tag's name is a few words: longer link texts under rel=tag are headlines or sentences. */
export const TAG_MAX_WORDS = 5;
/** ...and at most this many characters, as declared tags. */
export const TAG_MAX_CHARS = 80;
/** Blogging software's category for posts filed under none: no tag. EN/DE/FR/ES/PT. */
const UNFILED = /^(?:uncategori[sz]ed|allgemein|unkategorisiert|non class[ée]|sin categor[ií]a|sem categoria)$/i;

/**
 * The story's tags as the page links them (rel="tag", the microformat that blogging software
 * writes on a post's tag and category links), outside asides, navigation and comments, where
 * tag clouds and other posts' tags live. Read when the metadata declares none.
 */
export function linkedTags(doc: Document, headline: Element | null): string[] {
  const out: string[] = [];
  // The <article> that holds the headline holds its tags too, and they follow the headline (a
  // search box's tag list in the site's header does neither).
  const story = headline?.closest('article') ?? null;
  for (const a of Array.from(doc.querySelectorAll('a[rel~="tag"]'))) {
    if ((story && !story.contains(a)) || (headline && !precedes(headline, a))) continue;
    const text = (shortText(a, TAG_MAX_CHARS) ?? '').replace(/\s+/g, ' ').trim().replace(/^#/, '');
    if (!text || UNFILED.test(text) || text.split(' ').length > TAG_MAX_WORDS || outsideStory(a, headline)) continue;
    out.push(text);
  }
  return out;
}
