/**
 * Threads: a page of posts in one template (a question and its answers, a forum topic, a
 * mailing-list thread) is one text made of every post. Readability scores each post's box
 * on its own and keeps the best one, often the longest answer, and the thread is lost.
 *
 * Before Readability runs, the boxes that repeat one template (the same tag and the same
 * classes, or numbered ids; at least POST_SERIES_MIN of them; holding text rather than links;
 * not a story with its readers' comments) are marked with their series and place. After it, a pick that
 * holds some posts of a series but not all of them, when the others add to its text, is
 * replaced by the whole series, read from a second, untouched reading of the page, where the
 * same marking finds the same boxes in the same order.
 */
import { WIDGET_MARK } from './before.js';
import { PROSE_MARK } from './coverage.js';
import { precedes } from '../extract/tags.js';
import { textLength } from '../extract/text.js';
import { ruleOn } from './switches.js';
import { INLINE_POST_MIN_MEAN_CHARS, MACHINE_TIME_TITLE, MISSED_THREAD_GAIN, OUTER_HOLDING_SHARE, OUTER_MIN_BOXES, OUTER_MIN_PER_BOX, OUTER_MIN_SHARE, POST_OUTER_GAIN, POST_PICK_MIN_SHARE, POST_SERIES_MIN, POST_SERIES_MIN_CHARS, POST_VARIANT_EXTRA_CLASSES, POST_VARIANT_MAX_KEYS, POST_VARIANT_MIN_SHARED, POST_SERIES_MIN_GAIN, POST_SERIES_MIN_SHARE, POST_OPENING_MIN_GAIN, POST_TAIL_MIN_KEPT, POST_OPENING_PROSE_SHARE, POST_MAX_LINK_SHARE, POST_TAGS } from './rules.js';

/** The attribute that carries a post's series and place through Readability: "series:place". */
export const POST_MARK = 'data-copydesk-post';

/** Furniture kinds whose repeated boxes are other pages' or other people's text, not a thread of the page's own. */
const NOT_THREAD_KINDS: ReadonlySet<string> = new Set(['related', 'promo', 'ad', 'consent', 'share', 'tags']);

export interface PostSeries {
  members: Element[];
  /** Each member's text length (characters), and their sum. */
  sizes: number[];
  chars: number;
  /**
   * The posts are readers' comments (marked so before Readability): read when the series is
   * found, since Readability may take the boxes out of the page or replace them afterwards.
   */
  comments: boolean;
  /** Every member with text holds a `<time>` element: posts dated each, as a forum's are. */
  dated: boolean;
}

/** Whether a box sits in (or is) a block of readers' comments. */
function inComments(el: Element): boolean {
  return el.closest(`[${WIDGET_MARK}="comments"]`) !== null;
}

/**
 * Every element's text and link text in characters (each text node trimmed), from one walk up
 * the tree (each element after all of its descendants): the series are weighed without reading
 * the same text once per box that holds it.
 */
function measure(body: Element): { text: Map<Element, number>; links: Map<Element, number> } {
  const text = new Map<Element, number>();
  const links = new Map<Element, number>();
  const all = Array.from(body.querySelectorAll('*'));
  for (let i = all.length - 1; i >= -1; i--) {
    const el = i >= 0 ? (all[i] as Element) : body;
    let chars = 0;
    let linked = 0;
    for (let node = el.firstChild; node; node = node.nextSibling) {
      if (node.nodeType === 3) chars += (node.nodeValue ?? '').trim().length;
      else if (node.nodeType === 1) {
        chars += text.get(node as Element) ?? 0;
        linked += links.get(node as Element) ?? 0;
      }
    }
    text.set(el, chars);
    links.set(el, el.tagName.toLowerCase() === 'a' ? chars : linked);
  }
  return { text, links };
}

/**
 * The members less those repeating an earlier one's text: a page that renders its article
 * twice (a layout for each screen size) in one template is not a thread of two posts.
 */
function distinct(members: Element[], text: Map<Element, number>): Element[] {
  // The first box of each length, its text not read yet; then the texts of that length seen,
  // each read once (a thread of thousands of comments of one length stays linear).
  const firstOfSize = new Map<number, Element>();
  const textsOfSize = new Map<number, Set<string>>();
  const textOf = (el: Element): string => (el.textContent ?? '').trim();
  return members.filter((el) => {
    const size = text.get(el) ?? 0;
    const first = firstOfSize.get(size);
    if (!first) {
      firstOfSize.set(size, el);
      return true;
    }
    // Texts are compared only between boxes of the same length.
    let seen = textsOfSize.get(size);
    if (!seen) textsOfSize.set(size, (seen = new Set([textOf(first)])));
    const value = textOf(el);
    if (seen.has(value)) return false;
    seen.add(value);
    return true;
  });
}

/** A box of a teaser grid: a heading that is a link, or a link around a heading. */
function teaser(el: Element): boolean {
  return el.querySelector('h1 a, h2 a, h3 a, h4 a, a h1, a h2, a h3, a h4') !== null;
}

/** A box headed by a link to another page: a heading inside a link, or a link inside a heading, not to a place on this page. */
function promoSection(el: Element): boolean {
  const link = el.querySelector('h1 a[href], h2 a[href], h3 a[href], a[href] h1, a[href] h2, a[href] h3');
  const a = link?.localName.toLowerCase() === 'a' ? link : link?.closest('a');
  return !!a && !(a.getAttribute('href') ?? '').startsWith('#');
}

/**
 * Whether each post with text carries its date: a `<time>` in its box, or in the frame around
 * the box that holds no other box of the series (a forum sets the post's text apart from its
 * header line with the author and the time).
 */
function datedPosts(members: readonly Element[], sizes: readonly number[]): boolean {
  // How many of the posts each element holds, counted once up each post's ancestry.
  let holding: Map<Element, number> | null = null;
  const heldBy = (frame: Element): number => {
    if (!holding) {
      holding = new Map();
      for (const el of members) for (let up = el.parentElement; up; up = up.parentElement) holding.set(up, (holding.get(up) ?? 0) + 1);
    }
    return holding.get(frame) ?? 0;
  };
  return members.every((el, i) => {
    if (!sizes[i] || hasMachineTime(el)) return true;
    const frame = el.parentElement;
    return frame !== null && heldBy(frame) === 1 && hasMachineTime(frame);
  });
}

/**
 * A time written for machines in the box: a `<time>`, or an element whose title gives the
 * instant a relative time stands for (MACHINE_TIME_TITLE: Stack Exchange's "relativetime"
 * span, "asked Oct 3, 2024 at 19:41" over "2024-10-03 19:41:07Z").
 */
function hasMachineTime(box: Element): boolean {
  if (box.getElementsByTagName('time').length > 0) return true;
  for (const el of Array.from(box.querySelectorAll('[title]'))) if (MACHINE_TIME_TITLE.test(el.getAttribute('title') ?? '')) return true;
  return false;
}

/**
 * Boxes of one template whose classes differ by a word or two join the template's group: a
 * thread's first post ("b-post--first"), a moderator's ("ipsComment_highlighted"), and the
 * sections and widgets of page builders, which number each one in its classes
 * ("elementor-element-2e79e8f", "aem-GridColumn--offset--xs--0"). The group with the same tag
 * whose classes, from the same first word, a box shares but for at most
 * POST_VARIANT_EXTRA_CLASSES words each way, POST_VARIANT_MIN_SHARED or more shared. Members
 * stay in page order.
 */
function joinVariants(groups: Map<string, Element[]>): void {
  // Candidates share the tag and the first class word, the template's own name: each such
  // bucket is weighed alone, and one of more than POST_VARIANT_MAX_KEYS class lists names no
  // template's few states (a page of generated names), so that the work stays linear.
  const buckets = new Map<string, { key: string; words: Set<string> }[]>();
  for (const key of groups.keys()) {
    const dot = key.indexOf('.');
    if (dot < 0) continue;
    const list = key.slice(dot + 1).split(/\s+/);
    const bucket = `${key.slice(0, dot)}.${list[0] ?? ''}`;
    const entry = { key, words: new Set(list) };
    const found = buckets.get(bucket);
    if (found) found.push(entry);
    else buckets.set(bucket, [entry]);
  }
  // Groups that took variants in, put back in page order once all have joined.
  const joined = new Set<Element[]>();
  for (const bucket of buckets.values()) {
    if (bucket.length < 2 || bucket.length > POST_VARIANT_MAX_KEYS) continue;
    // Largest groups first: a variant joins the template most boxes have.
    bucket.sort((a, b) => (groups.get(b.key)?.length ?? 0) - (groups.get(a.key)?.length ?? 0));
    for (const [i, small] of bucket.entries()) {
      const list = groups.get(small.key);
      if (!list) continue;
      const base = bucket.slice(0, i).find((big) => {
        if (!groups.has(big.key)) return false;
        const shared = [...small.words].filter((w) => big.words.has(w)).length;
        return shared >= POST_VARIANT_MIN_SHARED && small.words.size - shared <= POST_VARIANT_EXTRA_CLASSES && big.words.size - shared <= POST_VARIANT_EXTRA_CLASSES;
      });
      const into = base === undefined ? undefined : groups.get(base.key);
      if (!base || !into) continue;
      into.push(...list);
      joined.add(into);
      groups.delete(small.key);
    }
  }
  for (const list of joined) list.sort((a, b) => (precedes(a, b) ? -1 : 1));
}

/**
 * The page's series of posts, in document order of their first member. Each member is the
 * outermost box of its template (a box inside another of the same template belongs to it).
 */
export function postSeries(doc: Document): PostSeries[] {
  const body = doc.body;
  if (!body) return [];
  const groups = new Map<string, Element[]>();
  for (const el of Array.from(body.querySelectorAll('[class], [id]'))) {
    const tag = el.tagName.toLowerCase();
    if (!POST_TAGS.has(tag)) continue;
    // Templates write a box's classes in one order: the attribute as written is the template's
    // name. A box with no class may be named by a numbered id ("post_message_8812").
    const classes = (el.getAttribute('class') ?? '').trim();
    const numbered = classes ? '' : (el.getAttribute('id') ?? '').replace(/\d+/g, '#');
    if (!classes && !numbered.includes('#')) continue;
    const key = classes ? `${tag}.${classes}` : `${tag}#${numbered}`;
    const list = groups.get(key);
    if (list) list.push(el);
    else groups.set(key, [el]);
  }
  if (ruleOn('clean:post-variants')) joinVariants(groups);
  if (![...groups.values()].some((list) => list.length >= POST_SERIES_MIN)) return [];
  const { text, links } = measure(body);
  const pageChars = text.get(body) ?? 0;
  const series: PostSeries[] = [];
  for (const list of groups.values()) {
    if (list.length < POST_SERIES_MIN) continue;
    const inList = new Set(list);
    // A box quoted inside a post (a reply quoting the question) is part of that post.
    const outermost = list.filter((el) => {
      for (let up = el.parentElement; up; up = up.parentElement) if (inList.has(up) || up.tagName.toLowerCase() === 'blockquote') return false;
      return true;
    });
    if (outermost.length < POST_SERIES_MIN) continue;
    const total = outermost.reduce((n, el) => n + (text.get(el) ?? 0), 0);
    if (total < POST_SERIES_MIN_CHARS || total < pageChars * POST_SERIES_MIN_SHARE) continue;
    if (outermost[0]?.localName.toLowerCase() === 'span' && total < outermost.length * INLINE_POST_MIN_MEAN_CHARS) continue;
    if (outermost.reduce((n, el) => n + (links.get(el) ?? 0), 0) > total * POST_MAX_LINK_SHARE) continue;
    if (outermost.some((el) => NOT_THREAD_KINDS.has(el.closest(`[${WIDGET_MARK}]`)?.getAttribute(WIDGET_MARK) ?? ''))) continue;
    // A grid of teasers, each with its linked headline; a post may hold a linked heading or two.
    if (outermost.filter(teaser).length * 2 >= outermost.length) continue;
    // A story and its readers' comments in one template: the comments are not the story's text.
    const commented = outermost.filter(inComments).length;
    if (commented > 0 && commented < outermost.length) continue;
    const members = distinct(outermost, text);
    if (members.length < POST_SERIES_MIN) continue;
    const sizes = members.map((el) => text.get(el) ?? 0);
    const chars = sizes.reduce((a, b) => a + b, 0);
    const dated = datedPosts(members, sizes);
    series.push({ members, sizes, chars, comments: commented > 0, dated });
  }
  return series;
}

/** A post's series and its place in it. */
type Place = [series: number, place: number];

/** A page's marked series, for each marked post (by its mark) the posts of other series inside it, and each post's opening words. */
export interface MarkedPosts {
  series: PostSeries[];
  inside: Map<string, Place[]>;
  openings: string[][];
}

/** Characters of a post's opening (spaces left out) by which its text is found in Readability's pick. */
const OPENING_CHARS = 48;
/** A shorter post ("Thanks!", "+1") is not looked for by its text: too many posts open alike. */
const OPENING_MIN_CHARS = 24;

/** The first OPENING_CHARS characters of an element's text, spaces left out. */
function opening(el: Element): string {
  return openingText(el, '').slice(0, OPENING_CHARS);
}

/** `out` followed by the text under `node`, spaces left out, until it holds OPENING_CHARS characters. */
function openingText(node: Node, out: string): string {
  for (let child = node.firstChild; child && out.length < OPENING_CHARS; child = child.nextSibling) {
    if (child.nodeType === 3) out += (child.nodeValue ?? '').replace(/\s+/g, '');
    else if (child.nodeType === 1) out = openingText(child, out);
  }
  return out;
}

/**
 * Marks each post with its series and place (POST_MARK). Readability folds a box with a single
 * child into it and keeps one of the two marks, and rebuilds a post written in line breaks
 * into new paragraphs with none: which posts a kept box holds, and how each post opens, are
 * therefore noted here, on the page as it was.
 */
export function markPosts(doc: Document): MarkedPosts {
  const series = postSeries(doc);
  series.forEach((s, i) => s.members.forEach((el, place) => {
    el.setAttribute(POST_MARK, `${i}:${place}`);
    // A dated post is the thread's, whatever the boxes around it alone say besides ("message
    // messageSidebar", WoltLab's post with its poster's pane beside it, read as a sidebar).
    if (s.dated && !s.comments && ruleOn('clean:dated-posts-kept')) {
      const [before, after] = [s.members[place - 1], s.members[place + 1]];
      for (let up: Element | null = el; up && !(before && up.contains(before)) && !(after && up.contains(after)); up = up.parentElement) {
        if (up.getAttribute(WIDGET_MARK) !== 'comments') up.removeAttribute(WIDGET_MARK);
      }
    }
  }));
  const inside = new Map<string, Place[]>();
  series.forEach((s, i) => s.members.forEach((el, place) => {
    for (let up = el.parentElement; up; up = up.parentElement) {
      const outer = up.getAttribute(POST_MARK);
      if (outer === null) continue;
      const list = inside.get(outer);
      if (list) list.push([i, place]);
      else inside.set(outer, [[i, place]]);
    }
  }));
  return { series, inside, openings: series.map((s) => s.members.map(opening)) };
}

/** The share of these boxes' text that is marked prose (coverage.ts: PROSE_MARK). */
function proseShare(boxes: readonly Element[]): number {
  let prose = 0;
  let all = 0;
  for (const box of boxes) {
    all += textLength(box);
    for (const p of Array.from(box.querySelectorAll(`[${PROSE_MARK}]`))) prose += textLength(p);
  }
  return all ? prose / all : 0;
}

/**
 * The boxes a pick left out are the story's opening: every one of them comes before the first
 * box it kept, and their text is prose (POST_OPENING_PROSE_SHARE). A story cut into boxes of
 * one template by an ad slot loses its first boxes so when Readability keeps the longer part.
 * The prose is read from the marks the coverage stage sets (markProse): with that rule group
 * off there are none, and no opening is taken.
 */
function lostOpening(series: PostSeries | undefined, places: ReadonlySet<number>): boolean {
  if (!series) return false;
  const before = series.members.slice(0, Math.min(...places));
  return before.length > 0 && before.length + places.size === series.members.length && proseShare(before) >= POST_OPENING_PROSE_SHARE;
}

/**
 * Whether the posts kept leave out one with text between them, in a series of dated posts:
 * Readability dropped an answer inside the thread it kept (a post under an avatar, or one
 * quoting another, scores low). A page builder's boxes carry no dates, and a box it leaves out
 * between two it keeps is as often a placeholder or a form.
 */
function holed(series: PostSeries | undefined, places: ReadonlySet<number>): boolean {
  if (!series?.dated) return false;
  const first = Math.min(...places);
  const last = Math.max(...places);
  for (let i = first + 1; i < last; i++) if (!places.has(i) && (series.sizes[i] ?? 0) > 0) return true;
  return false;
}

/**
 * Whether the posts kept leave out only the first of a series of dated posts, which has text:
 * a forum thread's question, written in line breaks under its poster's card, scored below the
 * answers that quote it.
 */
function openerLeft(series: PostSeries | undefined, places: ReadonlySet<number>): boolean {
  if (!series?.dated || places.has(0) || !places.has(1) || (series.sizes[0] ?? 0) === 0) return false;
  const last = Math.max(...places);
  for (let i = 1; i <= last; i++) if (!places.has(i) && (series.sizes[i] ?? 0) > 0) return false;
  return true;
}

/**
 * Whether the posts kept are the start of a series of dated posts and only posts after them
 * were left out: a forum thread whose last replies are short ("Thanks, that fixed it")
 * scores them too low for Readability, yet they are as much the thread as the long ones.
 */
function tailLeft(series: PostSeries | undefined, places: ReadonlySet<number>): boolean {
  if (!series?.dated || places.size < POST_TAIL_MIN_KEPT) return false;
  const last = Math.max(...places);
  for (let i = 0; i <= last; i++) if (!places.has(i) && (series.sizes[i] ?? 0) > 0) return false;
  return series.sizes.slice(last + 1).some((n) => n > 0);
}

/**
 * The series Readability's pick holds part of (some posts, not all). When boxes of several
 * templates nest (the post's text inside the post with its author card, inside a wrapper
 * only the answers have), the series with the most posts wins, then the one with the least
 * text: the posts' text, the question's included. A pick that holds no post at all may have
 * missed the thread (missedThread). Null when the pick holds whole series, or none and no
 * thread was missed.
 */
export function partlyHeld(content: Element | null, marked: MarkedPosts, declaredThread = false): number | null {
  const { series, inside } = marked;
  if (!content || !series.length) return null;
  const held = new Map<number, Set<number>>();
  const hold = ([s, place]: Place): void => {
    const set = held.get(s) ?? new Set<number>();
    set.add(place);
    held.set(s, set);
  };
  const found = [...(content.hasAttribute(POST_MARK) ? [content] : []), ...Array.from(content.querySelectorAll(`[${POST_MARK}]`))];
  for (const el of found) {
    const mark = el.getAttribute(POST_MARK) ?? '';
    const [s, place] = mark.split(':').map(Number);
    if (s !== undefined && place !== undefined && !Number.isNaN(s) && !Number.isNaN(place)) hold([s, place]);
    for (const inner of inside.get(mark) ?? []) hold(inner);
  }
  // Posts whose marks did not come through: found by their opening words.
  const text = (content.textContent ?? '').replace(/\s+/g, '');
  marked.openings.forEach((list, s) => list.forEach((start, place) => {
    if (start.length >= OPENING_MIN_CHARS && text.includes(start)) hold([s, place]);
  }));
  if (!held.size) return ruleOn('clean:missed-thread') ? missedThread(content, marked) : null;
  let best: number | null = null;
  for (const [s, places] of held) {
    const total = series[s]?.members.length ?? 0;
    if (places.size >= total) continue;
    const sizes = series[s]?.sizes ?? [];
    const kept = [...places].reduce((n, i) => n + (sizes[i] ?? 0), 0);
    // The posts must be most of the pick: a story with a few of its comments under it (in
    // markup whose names do not say comments), or one that quotes the line a comment opens
    // with, is not a post of a thread.
    if (kept < text.length * POST_PICK_MIN_SHARE) continue;
    // The posts left out must add to the text: a quoted statement boxed like the story beside it
    // does not. Less is enough when they are the story's opening (lostOpening) or a thread's
    // first post (openerLeft); any amount when a dated post is missing between two kept ones
    // (holed: a short reply inside the thread).
    const left = (series[s]?.chars ?? 0) - kept;
    // A page that declares itself a thread (DiscussionForumPosting, QAPage) is its replies too,
    // however its software names them ("ipsComment") and however short they are.
    const replies = declaredThread && series[s]?.dated === true && places.has(0) && left > 0;
    if (!replies && left < kept * POST_SERIES_MIN_GAIN && !(left >= kept * POST_OPENING_MIN_GAIN && (lostOpening(series[s], places) || openerLeft(series[s], places))) && !holed(series[s], places) && !tailLeft(series[s], places)) continue;
    const b = best === null ? null : series[best];
    if (!b || total > b.members.length || (total === b.members.length && (series[s]?.chars ?? 0) < b.chars)) best = s;
  }
  return best;
}

/**
 * A thread Readability missed altogether: its pick holds no post and no prose paragraph (a
 * forum's blurb or a shop's banner text, where the posts are written in line breaks and
 * score low), while a series outside readers' comments holds MISSED_THREAD_GAIN times its
 * text. Of several, the one with the most text: the outer boxes of nested templates, with
 * each post's author and date. The prose is read from the coverage stage's marks.
 */
function missedThread(content: Element, marked: MarkedPosts): number | null {
  if (content.hasAttribute(PROSE_MARK) || content.querySelector(`[${PROSE_MARK}]`)) return null;
  const picked = textLength(content);
  let best: number | null = null;
  marked.series.forEach((s, i) => {
    if (s.chars < picked * MISSED_THREAD_GAIN || s.comments) return;
    if (best === null || s.chars > (marked.series[best]?.chars ?? 0)) best = i;
  });
  return best;
}

/**
 * Fewer, larger boxes of one template that hold most of the boxes of series `inner`
 * (OUTER_MIN_SHARE) and much more text besides (POST_OUTER_GAIN): a page builder's sections
 * around its text widgets, where the tables and lists between the widgets are the article's
 * too. A forum's answer boxes each hold one post's text (OUTER_MIN_PER_BOX); two boxes holding
 * every post are the question's and the answers' halves of the page (OUTER_MIN_BOXES); a
 * page's frame leaves some of its boxes without posts (OUTER_HOLDING_SHARE) and holds its
 * forms; a nested thread adds names and links around each comment (linkedAround). The thread
 * then stays the posts' text. Read on the untouched second reading of the page.
 */
function outerSeries(all: readonly PostSeries[], inner: number): PostSeries | null {
  const small = all[inner];
  if (!small || !ruleOn('clean:outer-series')) return null;
  let found: PostSeries | null = null;
  for (const big of all) {
    const boxes = big.members.length;
    if (big === small || boxes < OUTER_MIN_BOXES || boxes >= small.members.length || big.chars < small.chars * POST_OUTER_GAIN) continue;
    let held = 0;
    let holding = 0;
    for (const box of big.members) {
      const n = small.members.filter((el) => box !== el && box.contains(el)).length;
      held += n;
      if (n) holding++;
    }
    const most = held >= small.members.length * OUTER_MIN_SHARE && held >= boxes * OUTER_MIN_PER_BOX && holding >= boxes * OUTER_HOLDING_SHARE;
    const framed = big.members.some((el) => el.getElementsByTagName('form').length > 0);
    if (most && !framed && !linkedAround(big.members, small.members) && (!found || big.chars > found.chars)) found = big;
  }
  return found;
}

/**
 * Whether the text the larger boxes add around the smaller ones is mostly links: the names,
 * permalinks and buttons around each comment of a nested thread, where a page builder's
 * sections add tables, lists and headings.
 */
function linkedAround(big: readonly Element[], small: readonly Element[]): boolean {
  const chars = (els: readonly Element[]): [number, number] => {
    let text = 0;
    let links = 0;
    for (const el of els) {
      text += textLength(el);
      for (const a of Array.from(el.getElementsByTagName('a'))) links += textLength(a);
    }
    return [text, links];
  };
  const [bigText, bigLinks] = chars(big);
  const [smallText, smallLinks] = chars(small);
  const extra = bigText - smallText;
  return extra > 0 && bigLinks - smallLinks > extra * POST_MAX_LINK_SHARE;
}

/** The whole series `index` from a second reading of the page, as one container in document order. */
export function seriesContainer(doc: Document, index: number): Element | null {
  const all = postSeries(doc);
  const s = all[index];
  if (!s) return null;
  const wide = outerSeries(all, index);
  // The larger boxes, and the thread's boxes outside them (an intro before the sections), in page order.
  const members = wide ? [...wide.members, ...s.members.filter((el) => !wide.members.some((box) => box.contains(el)))] : [...s.members];
  if (wide) members.sort((a, b) => (precedes(a, b) ? -1 : 1));
  // A page builder's sections, not a forum's dated posts: those closing the series headed by a
  // link to another page ("Stay Ahead with Kroll" over the site's services) promote that page.
  if (!s.dated && ruleOn('clean:promo-sections')) while (members.length > 1 && promoSection(members[members.length - 1] as Element)) members.pop();
  const box = doc.createElement('div');
  // Posts set in inline boxes (phpBB 2's spans) each become a block, so that one post's last
  // line does not run into the next one's first.
  for (const el of members) {
    if (el.localName.toLowerCase() !== 'span') box.appendChild(el);
    else box.appendChild(doc.createElement('div')).appendChild(el);
  }
  return box;
}
