/**
 * The page's headline candidates as readers see them: the <h1> elements that belong to
 * the story (not to comments, related stories or the page's frame), each read the way it
 * is shown, part by part, without the kicker, label or date set inside it.
 */
import { classAttribute } from './attributes.js';
import type { Decoder } from './entities.js';
import { COMMENT_ENTRY, ENTRY_TITLE, FORUM_POSTING, HEADING_LABEL, HEADING_PARTS_SKIP, KICKER_MAX_WORDS, KICKER_REST_MIN_WORDS, NOT_ARTICLE_BYLINE, POST_FOOTER_CLASS, STATE_CLASS, STORY_FACTS_LINKS, HEADLINE_CLASS, TYPED_DATE_MAX_WORDS, TYPED_HEADLINE_PROSE, TYPED_HEADLINE_REACH, TYPED_HEADLINE_WORDS } from './metadata-rules.js';
import { parseVisibleDate } from './dates.js';
import { normaliseSpace, spacedText } from './text.js';
import { pageElements } from './page-tags.js';
import { ELEMENT_NODE, TEXT_NODE } from './tags.js';

export interface PageHeadings {
  /** Texts of the story's <h1> elements, in page order. */
  headings: string[];
  /** The page's only <h1>, when it is not a link and belongs to the story. */
  soleHeading: string | null;
  /** Texts of the story's <h2> elements, for pages that set their headline in one (see cleanTitle). */
  subheadings: string[];
  /** With no <h1> of the story, the first <h2> of the page's one <article> (see preferHeading). */
  articleHeading: string | null;
  /**
   * The post's one title its markup declares (ENTRY_TITLE), when no more than one <h1> is the
   * story's and that is not it; read on first call only (see preferHeading).
   */
  entryTitle: () => string | null;
  /** The story's <h1>s set as two parts, a short one before the headline (see kickerSplit). */
  kickered: KickeredHeading[];
  /** Texts of the <h1>s that are the site's logo (homeLink): names of the site. */
  logos: string[];
  /**
   * The story's <h1>s whose text as shown, kicker and other skipped parts included
   * (shownHeadingText), differs from their headline (headingText): headline to shown text.
   */
  shownWhole: Map<string, string>;
}

/** An <h1> set as a short part and the rest: a kicker in an element whose class says nothing, or a headline's first line. */
export interface KickeredHeading {
  heading: string;
  kicker: string;
  rest: string;
}

/**
 * A thread's opening post, as its markup declares it (the page's first of schema.org's
 * DiscussionForumPosting), however its class reads: vBulletin 5 names each of a thread's posts
 * "js-comment-entry", the starter's too. The replies stay outside the story, as comments.
 */
function openingPost(el: Element): boolean {
  return el.matches(FORUM_POSTING) && el.ownerDocument.querySelector(FORUM_POSTING) === el;
}

/**
 * Whether an element sits in comments, an aside, navigation, related stories or the site's
 * footer rather than in the story, where its byline, date or headline would be another's.
 * None of these count: <body> and <html>, which hold everything (themes name them
 * "comments-open" or "author-template"); a container that matches only through classes
 * reporting a state ("has-comments" on the story's own <article>); a container that holds
 * the story's headline or the page's <main> (an aside left open around the page); and the
 * footer, or an aside not named for other stories or comments, of the page's only <article>
 * (articles nested in it aside) or of the one holding the headline; a thread's opening post.
 */
export function outsideStory(el: Element, headline: Element | null = null): boolean {
  let main: Element | null | undefined;
  for (let cur = el.closest(NOT_ARTICLE_BYLINE); cur; cur = cur.parentElement?.closest(NOT_ARTICLE_BYLINE) ?? null) {
    if (/^(?:BODY|HTML)$/i.test(cur.tagName)) return false;
    if (onlyStateClasses(cur) || (headline && cur.contains(headline)) || storysOwnPart(cur, headline) || openingPost(cur)) continue;
    if (main === undefined) main = el.closest('main');
    if (main && cur.contains(main)) continue;
    return true;
  }
  return false;
}

/**
 * A footer or aside that belongs to the story's own <article>: a footer anywhere in it, an
 * aside directly in it, or an aside deeper in it that is a box of the story's facts
 * ("Published", "Author"): not named for comments or other stories, and holding few links
 * (a list of other stories holds many).
 */
function storysOwnPart(part: Element, headline: Element | null): boolean {
  // A box named for the post's own footer ("post-footer", "entry-footer"), as blog templates
  // with no <article> set "posted by … at 2:05 PM" under the post.
  if (POST_FOOTER_CLASS.test(classAttribute(part))) return true;
  const footer = /^FOOTER$/i.test(part.tagName);
  if (!footer && !/^ASIDE$/i.test(part.tagName)) return false;
  const article = part.parentElement?.closest('article') ?? null;
  if (!article) return false;
  if (!footer && article !== part.parentElement && (namedOutside(part) || part.getElementsByTagName('a').length > STORY_FACTS_LINKS)) return false;
  return (headline !== null && article.contains(headline)) || soleArticle(part.ownerDocument) === article;
}

/** Whether an element's class, id or item type alone names a part outside the story ("related-posts"). */
function namedOutside(el: Element): boolean {
  const probe = el.ownerDocument.createElement('div');
  for (const attr of ['id', 'class', 'itemtype']) {
    const value = el.getAttribute(attr);
    if (value !== null) probe.setAttribute(attr, value);
  }
  return probe.matches(NOT_ARTICLE_BYLINE);
}

const soleArticles = new WeakMap<Document, Element | null>();

/**
 * The page's <article> when it has exactly one, not counting those nested in it (a byline's
 * card, an embedded post) nor the readers' comments that blog themes set each in an
 * <article> of its own (WordPress: "<li class="comment"><article class="comment-body">").
 */
function soleArticle(doc: Document): Element | null {
  if (!soleArticles.has(doc)) {
    const outer = pageElements(doc, 'article').filter((a) => !a.parentElement?.closest('article') && !a.closest(COMMENT_ENTRY));
    soleArticles.set(doc, outer.length === 1 ? (outer[0] ?? null) : null);
  }
  return soleArticles.get(doc) ?? null;
}

/** The element matches the selector only through classes naming a state ("has-comments"). */
function onlyStateClasses(el: Element): boolean {
  // The same element less its state classes, tried against the same selector.
  const probe = el.ownerDocument.createElement(el.tagName.toLowerCase());
  for (const attr of ['id', 'itemtype']) {
    const value = el.getAttribute(attr);
    if (value !== null) probe.setAttribute(attr, value);
  }
  const tokens = classAttribute(el).split(/\s+/).filter((t) => t && !STATE_CLASS.test(t));
  if (tokens.length) probe.setAttribute('class', tokens.join(' '));
  return !probe.matches(NOT_ARTICLE_BYLINE);
}

/** Separators at a heading's start, left where a kicker before them was skipped. */
const LEFT_SEPARATOR = /^[\s:|–—·•-]+/u;

/**
 * A heading's text read block by block, so that "Top picks<br>Our guide" or a subtitle in a
 * <div> does not glue into "picksOur". Parts that are a kicker, a label, a date or a comment
 * count set inside the heading (HEADING_PARTS_SKIP, HEADING_LABEL) are left out, unless
 * nothing else is left.
 */
export function headingText(el: Element, decode: Decoder): string | null {
  // A label in an element of its own before any text of the heading ("<b>Blog:</b> …").
  const leadingLabel = (child: Element, before: readonly string[]): boolean =>
    child.parentElement === el && !before.join('').trim() && HEADING_LABEL.test(child.textContent ?? '');
  const part = (child: Element, before: readonly string[]): boolean => child.matches(HEADING_PARTS_SKIP) || leadingLabel(child, before);
  const read = (skipParts: boolean): string => spacedText(el, ' ', skipParts ? part : undefined);
  // The DOM has decoded the text once; a second decoding catches entities escaped twice.
  // Tags are not stripped: "<br>" in a heading's text is what the page shows.
  const clean = (text: string): string | null => normaliseSpace(decode(text)).trim() || null;
  // The separator a skipped kicker leaves ("<span class="kicker">Dortmund</span><span>: </span>…").
  return clean(read(true).replace(LEFT_SEPARATOR, '')) ?? shownHeadingText(el, decode);
}

/** A heading's text as shown, block by block, the parts headingText leaves out included. */
export function shownHeadingText(el: Element, decode: Decoder): string | null {
  return normaliseSpace(decode(spacedText(el, ' '))).trim() || null;
}

/** An address that may be a home page's as written: a root ("/", "./", "https://host/"), or its index file. */
const HOME_HREF = /^(?:(?:https?:)?\/\/[^/?#]+)?(?:\/|\.\.?\/?)?(?:(?:index|default|home)\.(?:s?html?|php|aspx?))?$/i;
/** A home page's address: the site's root, or its index file. */
const HOME_PATH = /^\/(?:(?:index|default|home)\.(?:s?html?|php|aspx?))?$/i;

/** Whether a link goes to the home page of the page's own host (with or without "www."). */
export function linksHome(a: Element, base: URL | null): boolean {
  // Most links go deeper than a root: only what may be one is parsed.
  const href = (a.getAttribute('href') ?? '').trim();
  if (!HOME_HREF.test(href)) return false;
  let target: URL;
  try {
    target = new URL(href, base ?? 'http://page.invalid/');
  } catch {
    return false;
  }
  const host = base?.hostname.replace(/^www\./, '');
  return HOME_PATH.test(target.pathname) && !target.search && (!host || target.hostname.replace(/^www\./, '') === host);
}

/** The page's address, parsed; null when it has none or it does not parse. */
export function pageBase(url: string | null): URL | null {
  try {
    return url ? new URL(url) : null;
  } catch {
    return null;
  }
}

/**
 * A link to a folder above the page on its own host: a blog's home under a path
 * ("/small_hours/" from "/small_hours/2006/10/night-train.html", "/blog/" from
 * "/blog/?p=137"), or an archived copy's home.
 */
function linksUp(a: Element, base: URL | null): boolean {
  if (!base) return false;
  let target: URL;
  try {
    target = new URL((a.getAttribute('href') ?? '').trim(), base);
  } catch {
    return false;
  }
  if (target.hostname !== base.hostname || target.search || !target.pathname.endsWith('/')) return false;
  // The same folder is above a page addressed by its query ("/blog/?p=137").
  return target.pathname === base.pathname ? base.search !== '' : target.pathname.length < base.pathname.length && base.pathname.startsWith(target.pathname);
}

/**
 * A heading that is the site's logo: all its text in one link to the site's home page
 * ("<h1><a href="/">Harbour Gazette</a></h1>"), or to the folder above the page that is a
 * blog's home. A headline links to its own story, if anywhere.
 */
function homeLink(h: Element): boolean {
  const links = h.querySelectorAll('a[href]');
  const link = links[0];
  if (links.length !== 1 || !link || normaliseSpace(link.textContent ?? '').trim() !== normaliseSpace(h.textContent ?? '').trim()) return false;
  const base = pageBase(h.ownerDocument.URL);
  return linksHome(link, base) || linksUp(link, base);
}

export function pageHeadings(doc: Document, decode: Decoder): PageHeadings {
  // A word processor's page sets its headline in the document's title style, not an <h1>.
  const tagged = pageElements(doc, 'h1');
  const h1s = tagged.length ? tagged : titleStyled(doc);
  const logoHeadings = h1s.filter(homeLink);
  const story = h1s.filter((h) => !outsideStory(h) && !logoHeadings.includes(h));
  // One <h1> on the page, or the one left when the others are the site's logo or sit outside
  // the story, or the one <h1> of the page's <article> when the frame has others (the site's
  // name, section titles, teasers of other stories).
  const inArticle = story.filter((h) => h.closest('article'));
  const only = h1s.length === 1 || story.length === 1 ? story[0] : inArticle.length === 1 && pageElements(doc, 'article').length === 1 ? inArticle[0] : undefined;
  const soleHeading = only && story.includes(only) && !only.closest('a[href]') && !only.querySelector('a[href]') ? headingText(only, decode) : null;
  const texts = story.map((h) => headingText(h, decode));
  const headings = texts.filter((h): h is string => Boolean(h));
  const subheadings = pageElements(doc, 'h2')
    .filter((h) => !outsideStory(h))
    .map((h) => headingText(h, decode))
    .filter((h): h is string => Boolean(h));
  // No <h1> of the story (the only one is the site's logo): the first <h2> of the page's one
  // <article>, as themes that keep the <h1> for the site's name set the headline; with no
  // <article> (a table layout), the page's first <h2> in the story that is no link. Read only
  // where the title is the site's name alone (title.ts: preferHeading).
  const articles = story.length ? [] : pageElements(doc, 'article');
  const unlinked = (h: Element): boolean => !h.closest('a[href]') && !h.querySelector('a[href]');
  const first = articles.length === 1 ? articles[0]?.querySelector('h2') : !story.length && !articles.length ? pageElements(doc, 'h2').find((h) => !outsideStory(h) && unlinked(h)) : null;
  const articleHeading = first && unlinked(first) ? headingText(first, decode) : null;
  // The post's one title marked as such (hAtom's "entry-title", microdata's headline), as a
  // blog's home page that shows one post sets it under the blog's own <h1>, linked to the
  // post's own page. A walk of the page, so only when asked.
  let entry: string | null | undefined;
  const entryTitle = (): string | null => {
    if (entry === undefined) {
      const found = story.length > 1 ? [] : Array.from(doc.querySelectorAll(ENTRY_TITLE)).filter((h) => !outsideStory(h));
      entry = found.length === 1 && found[0] && !story.includes(found[0]) ? headingText(found[0], decode) : null;
    }
    return entry;
  };
  const kickered = story.flatMap((h, i) => {
    const heading = texts[i];
    const split = heading ? kickerSplit(h, decode) : null;
    return heading && split ? [{ heading, ...split }] : [];
  });
  const logos = logoHeadings.map((h) => headingText(h, decode)).filter((h): h is string => Boolean(h));
  const shownWhole = new Map<string, string>();
  story.forEach((h, i) => {
    const heading = texts[i];
    const whole = heading ? shownHeadingText(h, decode) : null;
    if (heading && whole && whole !== heading) shownWhole.set(heading, whole);
  });
  return { headings, soleHeading, subheadings, articleHeading, entryTitle, kickered, logos, shownWhole };
}

/** The one paragraph Word's export sets in the document's title style ("MsoTitle"), if any. */
function titleStyled(doc: Document): Element[] {
  const found = Array.from(doc.querySelectorAll('p.MsoTitle'));
  return found.length === 1 ? found : [];
}

/**
 * A heading made of two elements and no text of its own, the first of one to KICKER_MAX_WORDS
 * words with no sentence's end, the second headline-long: "<h1><span>Streit in der
 * Koalition</span><span>Warum die Pflegereform … gescheitert ist</span></h1>", as templates with
 * generated class names set a kicker. The first part may as well be the headline's first line;
 * the title decides (title.ts: preferHeading).
 */
export function kickerSplit(el: Element, decode: Decoder): { kicker: string; rest: string } | null {
  const parts = Array.from(el.children);
  if (parts.length !== 2) return null;
  for (let n = el.firstChild; n; n = n.nextSibling) if (n.nodeType === TEXT_NODE && (n.nodeValue ?? '').trim()) return null;
  const [first, second] = parts.map((part) => normaliseSpace(decode(part.textContent ?? '')).trim());
  if (!first || !second || /[.!?:]$/u.test(first) || parts[0]?.localName === 'a') return null;
  const count = (t: string): number => t.split(' ').length;
  return count(first) <= KICKER_MAX_WORDS && count(second) >= KICKER_REST_MIN_WORDS ? { kicker: first, rest: second } : null;
}

/** Where a text set alone is not the page's own words: links (other pages' headlines) and code. */
const NOT_SHOWN_ALONE: ReadonlySet<string> = new Set(['a', 'script', 'style', 'noscript', 'template', 'select', 'option', 'button']);

/**
 * The texts the page sets alone, each text node's words outside links and scripts, spaces
 * normalised: an old table layout sets its headline in a <b> or a <font>, not a heading.
 * Read only where a title's parts are weighed with no <h1> of the story (title.ts: cleanTitle).
 */
export function textsShownAlone(doc: Document): Set<string> {
  const out = new Set<string>();
  const stack: Node[] = doc.body ? [doc.body] : [];
  for (let node = stack.pop(); node; node = stack.pop()) {
    for (let n = node.firstChild; n; n = n.nextSibling) {
      if (n.nodeType === TEXT_NODE) {
        const text = normaliseSpace(n.nodeValue ?? '').trim();
        if (text) out.add(text);
      } else if (n.nodeType === ELEMENT_NODE && !NOT_SHOWN_ALONE.has((n as Element).localName)) stack.push(n);
    }
  }
  return out;
}

/**
 * The headline an old table layout sets in type rather than in a heading: with no <h1> of the
 * story, the line set largest, in a <font size> of 4 or more or a <big> that holds its whole
 * line (a line whose class names it the headline outweighs them all), among those just before the page's first run of prose (TYPED_HEADLINE_PROSE
 * characters of text outside links, a sentence's end in them), TYPED_HEADLINE_WORDS long, not
 * a link, not a sentence ("<font size="4"><b>Herbstwanderung zum Kaltenstein: 23 Wanderer
 * trotzen dem Nebel</b></font>" over the report). Read back at most TYPED_HEADLINE_REACH text
 * lines, past a dateline or a breadcrumb; null when none is found. Headings (<h2> to <h4>)
 * count only on a page laid out with <font> tags or colours and none of HTML5's sectioning
 * elements; bold lines never: on the development sets they are other boxes' titles above the
 * text of pages whose <title> is the headline.
 */
export function typedHeadline(doc: Document, decode: Decoder): string | null {
  // A page written before HTML5, laid out with <font> and colours: its headings are the story's too.
  const headings = !!doc.body?.querySelector('font, [bgcolor]') && !doc.body.querySelector(HTML5_SECTIONS);
  const typedLine = (node: Text): Element | null => typedElement(node, headings);
  const texts: Text[] = [];
  const walk = (node: Node): boolean => {
    for (let n = node.firstChild; n; n = n.nextSibling) {
      if (n.nodeType === TEXT_NODE) {
        const text = normaliseSpace(n.nodeValue ?? '').trim();
        if (!text) continue;
        const parent = n.parentElement;
        if (parent?.closest('a[href], nav, header, footer, aside, marquee, script, style, noscript, template, select, button')) continue;
        // A fact table's cells between the headline and the text are neither.
        if (dataCell(n as Text)) continue;
        if (text.length >= TYPED_HEADLINE_PROSE && /[.!?]["”’)]?(?:\s|$)/u.test(text) && !typedLine(n as Text)) return true;
        texts.push(n as Text);
      } else if (n.nodeType === ELEMENT_NODE && walk(n)) return true;
    }
    return false;
  };
  if (!doc.body || !walk(doc.body)) return null;
  // The line set largest wins, the nearest of those set alike: a standfirst in smaller type
  // sits between the headline and the text.
  let best: string | null = null;
  let bestWeight = 0;
  for (const node of texts.slice(-TYPED_HEADLINE_REACH).reverse()) {
    const line = typedLine(node);
    if (!line) continue;
    const text = normaliseSpace(decode(line.textContent ?? '')).trim();
    const words = text.split(' ').length;
    const weight = typeWeight(line);
    // A blog's date header ("Sonntag, 20. Oktober 2013") is set as large as the post's title.
    const dateOnly = words <= TYPED_DATE_MAX_WORDS && parseVisibleDate(text) !== null;
    if (words >= TYPED_HEADLINE_WORDS.min && words <= TYPED_HEADLINE_WORDS.max && !/[.,;]$/.test(text) && !dateOnly && weight > bestWeight) {
      best = text;
      bestWeight = weight;
    }
  }
  return best;
}

/**
 * How large a typed line is set: a <font> by its size (1 to 7, "+1" a step above the default
 * 3), <big> a step above, a heading by its level (an <h2> as a <font size="6">).
 */
function typeWeight(el: Element): number {
  const size = (el.getAttribute('size') ?? '').trim();
  if (namedHeadline(el)) return 8;
  const level = /^h([2-4])$/.exec(el.localName)?.[1];
  return level ? 8 - Number(level) : el.localName === 'big' ? 4 : /^\+\d$/.test(size) ? 3 + Number(size.slice(1)) : Number(size) || 0;
}

/** Whether a text is a table's cell of its own beside others in its row: a fact table's data, not the story's prose. */
function dataCell(node: Text): boolean {
  const cell = node.parentElement?.closest('td, th');
  return !!cell && (cell.parentElement?.children.length ?? 0) > 1 && normaliseSpace(cell.textContent ?? '').trim() === normaliseSpace(node.nodeValue ?? '').trim();
}

/** The element set in large type that holds a text node's whole line (its text and nothing more), or null. */
function typedElement(node: Text, headings: boolean): Element | null {
  const own = normaliseSpace(node.nodeValue ?? '').trim();
  for (let el = node.parentElement; el && el.localName !== 'body'; el = el.parentElement) {
    if (normaliseSpace(el.textContent ?? '').trim() !== own) return null;
    if (el.localName === 'big' || (el.localName === 'font' && /^(?:\+[1-4]|[4-7])$/.test((el.getAttribute('size') ?? '').trim()))) return el;
    // Or named the headline by its class (a hand-built site's <div class="headline">).
    if (namedHeadline(el)) return el;
    if (headings && /^h[2-4]$/.test(el.localName)) return el;
  }
  return null;
}

/**
 * An element other than a heading whose class names it the headline (HEADLINE_CLASS), which
 * outweighs any type size. Headings are read as headings are (a theme's "entry-title" <h2>
 * under its site's <h1> is weighed by pageHeadings and entryTitle).
 */
function namedHeadline(el: Element): boolean {
  return !/^h[1-6]$/.test(el.localName) && classAttribute(el).split(/\s+/).some((c) => HEADLINE_CLASS.test(c));
}

/** Elements of HTML5's sectioning, which no page laid out with <font> tags uses. */
const HTML5_SECTIONS = 'article, main, section, header, nav, footer, aside';

