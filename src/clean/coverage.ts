/**
 * A second look when Readability's article holds little of the page's prose. Readability
 * scores paragraphs, picks the best-scoring container and adds siblings that score well
 * too; on templates that cut an article into many boxes (page builders, product widgets,
 * a recipe's steps, a table layout) it picks one box and loses the rest.
 *
 * Before Readability runs, each paragraph long enough to be prose is marked with its
 * length. After it, the marks inside its article say how much of the page's prose it kept.
 * When that is under half, the page is read again and the container that holds the most
 * prose for the least other text is taken instead, if it holds much more prose than
 * Readability's pick. Pages where Readability keeps most of the prose (nearly all) pay one
 * walk over their paragraphs.
 */
import { WIDGET_MARK } from './before.js';
import { collapsedLength, shortText, textLength } from '../extract/text.js';
import { WALL_LINE_MAX_WORDS, WALL_PATTERN } from './rules.js';
import { ruleOn } from './switches.js';

/** The attribute that carries a paragraph's length through Readability. */
export const PROSE_MARK = 'data-copydesk-prose';

/** A paragraph this long is prose (two sentences or so); shorter ones are captions, labels, teasers. */
export const PROSE_MIN_CHARS = 100;
/**
 * Pages with less prose than this are left to Readability: too little to judge coverage by
 * (four paragraphs or so). It stood at 1,500, which left short stories cut into boxes to
 * Readability's first box. At 700 on both dev sets: two WCXB service pages +0.865 summed, no
 * other page moved, Zyte unchanged; with class names hidden and sectioning tags plain
 * (`bench accuracy --hide-names --plain-tags`), ten pages +4.665 (articles 4581 +0.825 and 0251
 * +0.519, no longer refused), a listing -0.010. At 400, four more disguised pages +1.612 and no
 * normal-run page moved; two disguised listings now pass as articles. At 400 with
 * SHORT_STORY_MAX_PROSE lowered with it, an article above teaser cards lost 0.909.
 */
export const COVERAGE_MIN_PAGE_PROSE = 400;
/**
 * Beside teaser cards, a story with less prose of its own than this is a short one: held
 * whole, it is all Readability owes the page (heldBesideTeasers).
 */
export const SHORT_STORY_MAX_PROSE = 1500;
/** Readability's article holding less than this share of the page's prose gets a second look. */
export const COVERAGE_LOW = 0.5;
/** The container taken instead must hold this many times the prose Readability kept. */
export const WIDEN_MIN_GAIN = 1.8;
/**
 * A hole in Readability's pick (holeGain) comes to this share of the prose it kept at least
 * (at 0.2 and two paragraphs, WCXB articles +0.909 summed, none further; at 0.1 and one
 * paragraph, +0.095 more and a Zyte page +0.138; at 0.05, four more articles moved, one of
 * them further, and a service page lost 0.045), ...
 */
export const HOLE_MIN_SHARE = 0.1;
/** ... and the container taken instead holds this share of the hole at least (0.7 over 0.9: one service page +0.138, no other moved). */
export const HOLE_FILLED = 0.7;
/**
 * An introduction before Readability's first paragraph (leadPlaces): paragraphs each meeting
 * the next this many levels up at most, in sibling boxes, not in another column of the page.
 * Measured on both dev sets: at 2, WCXB articles 0299 +0.021, 0381 +0.034 and a listing
 * +0.028, four pages -0.003 to -0.005 (a deck taken that the truth leaves out), Zyte unchanged;
 * at 3, a Zyte story took a market-data box (-0.137) and WCXB summed -0.03 more. Counted as
 * a hole for a wider container instead (holeGain), the container took the furniture around
 * (a Zyte story -0.118, a collection -0.144).
 */
export const LEAD_MAX_LEVELS = 2;
/** The introduction's box is taken when its prose paragraphs are this share of its text at least... */
export const LEAD_BOX_PROSE = 0.7;
/** ...and its link text this share at most. */
export const LEAD_BOX_LINKS = 0.3;
/** How far up from a paragraph a container may be (levels of ancestors). */
export const CONTAINER_MAX_DEPTH = 10;
/**
 * The container taken holds at least this share of the most prose any container holds: the
 * article's prose, not the one section of it that carries the least other text. Without it,
 * an article whose sections are mostly lists of links (a tutorial's index of topics, release
 * notes of patch links) gave way to a note box or one section, as every container holding the
 * whole article scored below zero. Measured at 0.9 on both dev sets, names as written: twelve
 * WCXB pages better (articles 0389 +0.62 and 0226 +0.39, WCXB articles 0.9572 -> 0.9586,
 * documentation 0.912 -> 0.925, listings, services, products), none worse, Zyte unchanged;
 * names hidden: thirteen better, two worse (a product -0.16, a listing -0.05). At 0.5 and 0.8
 * fewer pages moved up, none down; at 1 four pages moved down.
 */
export const WIDEN_PROSE_FLOOR = 0.9;
/**
 * A container's score: its prose, less this much per character of other text (menus,
 * teasers, widgets between the paragraphs) and this much more per character of link text.
 * At 0.5 each, the article a guide cuts into sections with lists, tables and link lists
 * between them (course lists, comparison rows, a section's shop links) still outscores the
 * one section Readability picked; at 1 (the container had to hold more prose than other
 * text) it lost to it. Measured from 1 to 0.5, full run of both dev sets: WCXB 13 pages
 * better (articles +0.66 and +0.67 word F1; article F1 0.953 -> 0.955, R 0.967 -> 0.970;
 * listings, collections, forums, a product, a service and a documentation page), 2 worse
 * (a service page -0.69 whose wider container holds a second offer list, an article -0.005);
 * Zyte unchanged.
 */
export const OTHER_TEXT_COST = 0.5;
export const LINK_TEXT_COST = 0.5;

/**
 * Furniture kinds (rules.ts: WIDGET_WORDS) whose long paragraphs are not the article's prose:
 * readers' comments, other stories' teasers, promotions, consent notices. Not 'utility':
 * templates name the article's own column "main-with-sidebar".
 */
const OTHER_PROSE_KINDS: ReadonlySet<string> = new Set(['comments', 'related', 'promo', 'ad', 'consent']);
/**
 * Sidebars by their tag or role: what they hold is beside the page's subject, however much
 * prose that is (a news ticker, a column of other stories' leads). One that survived the
 * furniture pass (it holds a byline or most of the page's text) is still read by Readability;
 * only the second look leaves its paragraphs out of the page's prose, so it never widens the
 * article into a sidebar.
 */
const SIDEBAR = 'aside, [role="complementary"]';
/** Readability's pick held prose: the container taken instead must hold this share of it. */
export const KEEP_PICKED_SHARE = 0.5;
/**
 * ...unless the pick held less than this share of the page's prose: then it is a stray
 * paragraph (a recipe's intro beside its steps, a lead box beside the builder rows holding
 * the story), not an article to widen, and any container may be taken. On the development
 * sets this recovers two articles and changes no other page.
 */
export const PICKED_MIN_SHARE = 0.2;

/** A wall's prompt beside the article: at most this many characters shown (proseBeforeWalls)... */
const WALL_PROMPT_MAX_CHARS = 400;
/** ...found this many boxes up from the prompt at most. */
const WALL_BOX_LEVELS = 3;
/** A prompt about readers' comments, not about the article. */
const WALL_ABOUT_COMMENTS = /comment|kommentar|comentario|comentário/i;

/**
 * A <form> holding less than this share of the page's text is a form beside the article (a
 * sign-up or booking form, often in a pop-up), and its paragraphs are its terms, not the
 * article's prose. A form holding more is the page's wrapper (ASP.NET pages put the whole
 * body in one). On the development sets this keeps one service page's offer list from being
 * replaced by the six booking forms of its pop-ups (WCXB 0025).
 */
export const FORM_WRAPPER_SHARE = 0.5;

/**
 * Whether a paragraph sits in a form beside the content (FORM_WRAPPER_SHARE). Forms are
 * measured only when a prose paragraph is found in one, so the page's text is walked only
 * then, not for every search box.
 */
function inFormBeside(doc: Document): (p: Element) => boolean {
  if (!doc.getElementsByTagName('form').length) return () => false;
  const beside = new Map<Element, boolean>();
  let pageChars = -1;
  return (p) => {
    const form = p.closest('form');
    if (!form) return false;
    let answer = beside.get(form);
    if (answer === undefined) {
      if (pageChars < 0) pageChars = doc.body ? textLength(doc.body) : 0;
      answer = textLength(form) < pageChars * FORM_WRAPPER_SHARE;
      beside.set(form, answer);
    }
    return answer;
  };
}

/*
 * A teaser card: a small box that holds a linked headline (a heading inside a link, or a link
 * inside a heading) and the paragraph, among sibling boxes that hold linked headlines too. It
 * is another page's summary in a list of them (a sidebar of deals, "more stories" under the
 * article), found by its shape alone, for templates whose class names say nothing. A
 * listicle's sections are not cards: they sit flat in the article's column, so the box that
 * holds a section's headline holds the whole article.
 */
/** How far up from the paragraph the card may be. */
export const TEASER_CARD_DEPTH = 4;
/** The card holds at most this much text besides the paragraph (headline, date, section label). */
export const TEASER_CARD_EXTRA = 300;
/** ...and has at least this many sibling boxes with a linked headline. */
export const TEASER_MIN_SIBLINGS = 2;
/** A story of this many prose paragraphs, all in the pick, is an article's worth beside teaser cards (heldBesideTeasers). */
export const SHORT_STORY_PARAGRAPHS = 2;

const HEADING = 'h2, h3, h4, h5, h6';

function linkedHeadline(box: Element): boolean {
  for (const h of Array.from(box.querySelectorAll(HEADING))) {
    if (h.querySelector('a[href]')) return true;
    const a = h.closest('a[href]');
    if (a && box.contains(a)) return true;
  }
  return false;
}

/**
 * Whether a paragraph sits in a teaser card. A box larger than a card ends the walk, so an
 * article's paragraphs cost one look at their column, whose length is measured once.
 */
function teaserCheck(): (p: Element, chars: number) => boolean {
  const lengths = new Map<Element, number>();
  const lengthOf = (el: Element): number => {
    let n = lengths.get(el);
    if (n === undefined) lengths.set(el, (n = textLength(el)));
    return n;
  };
  const headlines = new Map<Element, boolean>();
  const headed = (el: Element): boolean => {
    let yes = headlines.get(el);
    if (yes === undefined) headlines.set(el, (yes = linkedHeadline(el)));
    return yes;
  };
  return (p, chars) => {
    let box = p.parentElement;
    for (let depth = 0; box && depth < TEASER_CARD_DEPTH; depth++, box = box.parentElement) {
      const tag = box.tagName.toLowerCase();
      if (tag === 'body' || tag === 'main' || lengthOf(box) > chars + TEASER_CARD_EXTRA) return false;
      if (!headed(box)) continue;
      // A card wrapped alone (a column in a row) has its siblings a level or two up.
      let siblings = 0;
      for (const other of Array.from(box.parentElement?.children ?? [])) {
        if (other !== box && headed(other) && ++siblings >= TEASER_MIN_SIBLINGS) return true;
      }
    }
    return false;
  };
}

/**
 * The page's prose paragraphs in document order, outside blocks of other prose (the
 * innermost marked block decides) and outside forms beside the content. The order is the
 * same in both readings of a page, so a paragraph's place in it names the same paragraph in
 * either.
 */
export function proseParagraphs(doc: Document, beside?: (p: Element, sidebar: Element) => void): { el: Element; chars: number; teaser: boolean }[] {
  const out: { el: Element; chars: number; teaser: boolean }[] = [];
  const besideForm = inFormBeside(doc);
  const isTeaser = teaserCheck();
  for (const p of Array.from(doc.getElementsByTagName('p'))) {
    const raw = p.textContent ?? '';
    // Whitespace only shortens a text: most paragraphs are ruled out without normalising.
    if (raw.length < PROSE_MIN_CHARS) continue;
    const chars = collapsedLength(raw);
    if (chars < PROSE_MIN_CHARS) continue;
    const block = p.closest(`[${WIDGET_MARK}]`);
    if (block && OTHER_PROSE_KINDS.has(block.getAttribute(WIDGET_MARK) ?? '')) continue;
    const sidebar = p.closest(SIDEBAR);
    if (sidebar) {
      beside?.(p, sidebar);
      continue;
    }
    if (besideForm(p)) continue;
    out.push({ el: p, chars, teaser: isTeaser(p, chars) });
  }
  return out;
}

/** The page's prose: each paragraph's length by its place, the sum, and the places of teasers. */
export interface PageProse {
  chars: number[];
  total: number;
  teasers: number[];
  /**
   * For each paragraph after the first, how many levels up from it its box and the previous
   * paragraph's meet (1: siblings): how close it sits to the paragraph before it.
   */
  apart: number[];
}

/** Levels up from `el` to the first ancestor that also holds `other` (Infinity when none within reach). */
function levelsApart(el: Element, other: Element): number {
  let up = el.parentElement;
  for (let level = 1; up && level <= CONTAINER_MAX_DEPTH; level++, up = up.parentElement) if (up.contains(other)) return level;
  return Infinity;
}

/**
 * Marks the page's prose paragraphs with their place (PROSE_MARK), which Readability keeps on
 * what it picks, and the long paragraphs of its sidebars and those sidebars with BESIDE_MARK.
 */
export function markProse(doc: Document): PageProse {
  const chars: number[] = [];
  const teasers: number[] = [];
  const apart: number[] = [];
  let previous: Element | null = null;
  const besideSidebar = (p: Element, sidebar: Element): void => {
    p.setAttribute(BESIDE_MARK, 'p');
    sidebar.setAttribute(BESIDE_MARK, 'box');
  };
  for (const { el, chars: n, teaser } of proseParagraphs(doc, besideSidebar)) {
    if (teaser) teasers.push(chars.length);
    el.setAttribute(PROSE_MARK, String(chars.length));
    chars.push(n);
    apart.push(previous ? levelsApart(el, previous) : Infinity);
    previous = el;
  }
  return { chars, total: chars.reduce((a, b) => a + b, 0), teasers, apart };
}

/**
 * Whether Readability's pick holds most of the page's prose other than teaser cards, and that
 * is an article's worth: then the summaries of other stories beside it (a sidebar of deals,
 * "more stories" under it) are not article prose it missed, and there is no second look. On a
 * page whose prose is mostly cards (a guide's picks, a park's webcams) the cards are the
 * content, and coverage is measured with them.
 */
function heldBesideTeasers(content: Element | null, prose: PageProse): boolean {
  if (!content || !prose.teasers.length || !ruleOn('clean:teaser-cards')) return false;
  const teasers = new Set(prose.teasers);
  const own = prose.total - sum(teasers, prose);
  const held = sum(placesIn(content).filter((i) => !teasers.has(i)), prose);
  if (own >= SHORT_STORY_MAX_PROSE) return held >= own * COVERAGE_LOW;
  // A short story's own paragraphs, every one of them held, beside cards of other stories: the
  // cards are not what Readability missed, however much more prose they hold. A guide's intro
  // of one paragraph over its picks is no story of its own.
  const ownPlaces = prose.chars.length - teasers.size;
  return ownPlaces >= SHORT_STORY_PARAGRAPHS && held >= own;
}

/** The attribute on a sidebar's long paragraphs (markProse), which are not the page's prose. */
export const BESIDE_MARK = 'data-copydesk-beside';
/**
 * A page whose prose outside its sidebars comes to this many characters or more (two short
 * paragraphs) has an article of its own for pickedSidebar to find.
 */
export const SIDEBAR_PICK_MIN_PROSE = 2 * PROSE_MIN_CHARS;

/**
 * Whether Readability picked a sidebar: its article holds long paragraphs of an <aside> (or a
 * complementary region) and none of the page's prose, while the page has prose of its own
 * elsewhere. A short post beside a long "About this blog" box loses to it in Readability's
 * scores, and the page's prose is too short for the coverage check to weigh.
 */
export function pickedSidebar(content: Element | null, prose: PageProse): boolean {
  return !!content && prose.total >= SIDEBAR_PICK_MIN_PROSE && placesIn(content).length === 0 && (content.hasAttribute(BESIDE_MARK) || content.querySelector(`[${BESIDE_MARK}]`) !== null);
}

/**
 * The sidebars Readability took beside the article (a box scoring near the story's is added to
 * it as a sibling): gone, when the pick holds the page's own prose too.
 */
export function dropSidebars(content: Element): void {
  if (!placesIn(content).length) return;
  for (const box of Array.from(content.querySelectorAll(`[${BESIDE_MARK}="box"]`))) box.remove();
}

/** Places of the marked paragraphs inside an element. */
function placesIn(el: Element): number[] {
  return Array.from(el.querySelectorAll(`[${PROSE_MARK}]`), (p) => Number(p.getAttribute(PROSE_MARK)));
}

function sum(places: Iterable<number>, prose: PageProse): number {
  let total = 0;
  for (const i of places) total += prose.chars[i] ?? 0;
  return total;
}

/**
 * A page with this many prose paragraphs is written in paragraphs: what Readability kept of
 * it is measured by its marks alone, and its other text (a list of names, a table, a block of
 * links) does not count as prose kept.
 */
export const MARKED_PAGE_PARAGRAPHS = 8;

/**
 * On such a page, a pick holding under half the page's prose and whose text is less than
 * this share marked prose holds little of the article: it gets the second look too.
 */
export const PICK_MIN_PROSE = 0.5;

function marksTell(prose: PageProse): boolean {
  return ruleOn('clean:marked-coverage') && prose.chars.length >= MARKED_PAGE_PARAGRAPHS;
}

/**
 * What Readability kept, in characters: its marked prose, or all its text when that is more
 * (an article written in line breaks rather than paragraphs has no marks); on a page of many
 * paragraphs (MARKED_PAGE_PARAGRAPHS), its marked prose alone.
 */
function kept(content: Element | null, prose: PageProse): number {
  if (!content) return 0;
  const marked = sum(placesIn(content), prose);
  return marksTell(prose) ? marked : Math.max(marked, textLength(content));
}

/** Whether Readability's article (or none) kept too little of the page's prose. */
export function keptTooLittle(content: Element | null, prose: PageProse): boolean {
  return keptLittleProse(content, prose) && !heldBesideTeasers(content, prose);
}

function keptLittleProse(content: Element | null, prose: PageProse): boolean {
  if (prose.total < COVERAGE_MIN_PAGE_PROSE) return false;
  const enough = prose.total * COVERAGE_LOW;
  if (!content) return true;
  // What kept() measures, in two steps: most articles hold that much text at all, and need
  // no count of their marks (unless the page is one of many paragraphs, below).
  const text = textLength(content);
  if (text < enough) return sum(placesIn(content), prose) < enough;
  if (!marksTell(prose)) return false;
  // Much text but little of it prose: the pick is a list, a table or a block of names beside the article.
  const marked = sum(placesIn(content), prose);
  return marked < enough && marked < text * PICK_MIN_PROSE;
}

function linkTextLength(el: Element): number {
  let total = 0;
  for (const a of Array.from(el.getElementsByTagName('a'))) total += textLength(a);
  return total;
}

/**
 * In a second reading of the page (`doc`, unmarked, cleaned the same way), the element
 * holding the most prose for the least other text: every ancestor of a prose paragraph (up
 * to CONTAINER_MAX_DEPTH levels) that holds nearly all the prose any of them holds
 * (WIDEN_PROSE_FLOOR) and most of the prose Readability's pick (`content`, in the first
 * reading) held (KEEP_PICKED_SHARE: it widens the pick, so a page's FAQ never replaces its
 * article; a pick holding under PICKED_MIN_SHARE of the prose binds nothing) is scored by its
 * prose less its other text and link text. The best is returned when it holds `minGain` times
 * the prose of the pick or more (WIDEN_MIN_GAIN when it kept too little; holeGain for a hole).
 */
export function widerContainer(doc: Document, content: Element | null, prose: PageProse, minGain = WIDEN_MIN_GAIN): Element | null {
  const inside = new Map<Element, number[]>();
  proseParagraphs(doc).forEach(({ el }, place) => {
    let up = el.parentElement;
    for (let depth = 0; up && depth < CONTAINER_MAX_DEPTH; depth++, up = up.parentElement) {
      const list = inside.get(up);
      if (list) list.push(place);
      else inside.set(up, [place]);
      if (up.tagName.toLowerCase() === 'body') break;
    }
  });
  const picked = content ? placesIn(content) : [];
  const pickedChars = sum(picked, prose);
  const held = new Map<Element, number>();
  let most = 0;
  for (const [el, places] of inside) {
    const chars = sum(places, prose);
    held.set(el, chars);
    most = Math.max(most, chars);
  }
  let best: Element | null = null;
  let bestScore = -Infinity;
  let bestChars = 0;
  for (const [el, places] of inside) {
    const chars = held.get(el) ?? 0;
    if (chars < most * WIDEN_PROSE_FLOOR) continue;
    if (pickedChars >= prose.total * PICKED_MIN_SHARE) {
      const here = new Set(places);
      if (sum(picked.filter((i) => here.has(i)), prose) < pickedChars * KEEP_PICKED_SHARE) continue;
    }
    const score = chars - OTHER_TEXT_COST * Math.max(0, textLength(el) - chars) - LINK_TEXT_COST * linkTextLength(el);
    if (score > bestScore) {
      best = el;
      bestScore = score;
      bestChars = chars;
    }
  }
  return best && bestChars >= minGain * kept(content, prose) ? best : null;
}

/**
 * The gain a wider container must bring when Readability's pick has a hole: prose paragraphs
 * missing between the first and the last it kept (not teaser cards), coming to HOLE_MIN_SHARE
 * of the prose it kept or more (a travel guide's first sections, each in a box of its own, left
 * out between its introduction and the rest). The container must hold most of the hole
 * (HOLE_FILLED) beside what was kept. Null when there is no such hole.
 */
export function holeGain(content: Element | null, prose: PageProse): number | null {
  if (!content || !ruleOn('clean:pick-holes')) return null;
  const places = [...new Set(placesIn(content))].sort((a, b) => a - b);
  if (places.length < 2) return null;
  const held = new Set(places);
  const teasers = new Set(prose.teasers);
  const missing: number[] = [];
  for (let i = places[0]!; i <= places[places.length - 1]!; i++) if (!held.has(i) && !teasers.has(i)) missing.push(i);
  const hole = sum(missing, prose);
  if (!missing.length || hole < sum(places, prose) * HOLE_MIN_SHARE) return null;
  // Measured as widerContainer measures the pick (kept): its text, on a page of few paragraphs.
  const base = kept(content, prose);
  return (base + hole * HOLE_FILLED) / base;
}

/**
 * The places of the prose paragraphs just before the first Readability kept, each in a box
 * beside the next one's (LEAD_MAX_LEVELS), back to a teaser card or the page's first: an
 * introduction the story's template set apart (a call to action, a table of contents or a
 * player between it and the rest). Empty when there is none.
 */
export function leadPlaces(content: Element | null, prose: PageProse): number[] {
  if (!content || !ruleOn('clean:pick-lead')) return [];
  const places = placesIn(content);
  if (!places.length) return [];
  const first = Math.min(...places);
  const teasers = new Set(prose.teasers);
  const lead: number[] = [];
  for (let i = first - 1; i >= 0 && !teasers.has(i) && (prose.apart[i + 1] ?? Infinity) <= LEAD_MAX_LEVELS; i--) lead.unshift(i);
  return lead;
}

/**
 * In the second reading, the box holding the introduction (leadPlaces) and not the story:
 * the ancestor of its first paragraph just below the one the story's first paragraph shares.
 * Null unless its text is mostly those paragraphs (LEAD_BOX_PROSE) and little of it is link
 * text: a box of teasers or a form with one long paragraph is not an introduction.
 */
export function leadBox(doc: Document, prose: PageProse, lead: readonly number[]): Element | null {
  const start = lead[0];
  if (start === undefined) return null;
  const paragraphs = proseParagraphs(doc);
  const next = paragraphs[(lead[lead.length - 1] ?? start) + 1]?.el;
  let box = paragraphs[start]?.el ?? null;
  if (!next || !box) return null;
  while (box.parentElement && !box.parentElement.contains(next)) box = box.parentElement;
  if (box.contains(next)) return null;
  const text = textLength(box);
  const chars = sum(lead, prose);
  if (chars < text * LEAD_BOX_PROSE || linkTextLength(box) > text * LEAD_BOX_LINKS) return null;
  return box;
}

/**
 * A wall's prompt set beside the article rather than in it: a short line of WALL_PATTERN
 * ("Cet article est réservé aux abonnés", "Subscribe to continue reading") in a box whose
 * preceding box, a few levels up at most, holds prose paragraphs. Returns the places of the
 * last prose paragraph before each such prompt: when Readability's pick holds one of them
 * (wallFollows), the wall closes the article's text. A prompt about comments ("Comments are
 * for subscribers only") closes no article; a log-in call in the page's header has no prose
 * before it.
 */
export function proseBeforeWalls(doc: Document): Set<number> {
  const places = new Set<number>();
  const body = doc.body;
  if (!body || !WALL_PATTERN.test(body.textContent ?? '')) return places;
  for (const el of Array.from(body.querySelectorAll('p, span, div, h2, h3, h4, strong'))) {
    // Read no further than a prompt's length: the boxes around the story are asked too.
    const raw = shortText(el, WALL_PROMPT_MAX_CHARS);
    if (raw === null) continue;
    const text = raw.replace(/\s+/g, ' ').trim();
    if (!WALL_PATTERN.test(text) || text.split(' ').length > WALL_LINE_MAX_WORDS || WALL_ABOUT_COMMENTS.test(text)) continue;
    if (el.closest(`[${WIDGET_MARK}="comments"]`)) continue;
    let box: Element | null = el;
    for (let level = 0; box && level < WALL_BOX_LEVELS; level++, box = box.parentElement) {
      const before = box.previousElementSibling;
      if (!before) continue;
      const marks = before.hasAttribute(PROSE_MARK) ? [before] : Array.from(before.querySelectorAll(`[${PROSE_MARK}]`));
      const last = marks[marks.length - 1];
      if (last) {
        places.add(Number(last.getAttribute(PROSE_MARK)));
        break;
      }
    }
  }
  return places;
}

/** Whether Readability's pick holds a prose paragraph that a wall's prompt follows (proseBeforeWalls). */
export function wallFollows(content: Element | null, places: ReadonlySet<number>): boolean {
  return !!content && places.size > 0 && placesIn(content).some((i) => places.has(i));
}
