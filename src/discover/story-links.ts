/**
 * Which links of a page lead to stories, and which to sections, tag, author and archive
 * pages, utility pages, other sites or files. The address decides first (utility words,
 * listing segments, shop, event and course segments, files: link-address.ts); the rest is
 * a story score (link-rules.ts, STORY_WEIGHTS) from the address's shape (a date, a long
 * slug, a number), the link's text (a headline's length, spelt by the slug; a button's
 * words), where it sits (a headline element, page furniture), its card (a date beside it,
 * or a price) and its neighbours: the list of like items it belongs to (a grid where most
 * cards show a price is a shop's) and the links under the same parent path as a story.
 * What the page behind a story link turns out to be is the crawl's to judge
 * (src/crawl/follow.ts).
 */
import { addressEvidence, kindByAddress, weightOf, sectionShape, segmentsOf, slugOf, textWords, wordsOf } from './link-address.js';
import type { LinkKind } from './link-address.js';
import {
  ACTION_TEXT, ARTICLE_TEXT, DATE_TEXT, GLUED_WORDS, OFFER_TEXT, OFFER_TEXT_WORDS, PREV_NEXT_LEAD, PROSE_NAME, GROUP_PRICED_SHARE, SHOP_PAGE_LINK, SHOP_PAGE_PRICES, UNIT_TEXT, MENU_TEXT_WORDS, NAVIGATION_TEXT, PAGE_NUMBER_TAIL, READ_ON_TEXT, SLUG_SAID_SHARE, STORY_CUT, STORY_WEIGHTS as W,
} from './link-rules.js';
import type { StoryWeight } from './link-rules.js';
import type { PageLink } from './links.js';

export type { LinkKind } from './link-address.js';

export interface JudgedLink extends PageLink {
  kind: LinkKind;
  /** The story score (only for links the address did not decide) ... */
  score: number | null;
  /** ... and the weights that made it, by name (STORY_WEIGHTS). */
  evidence: StoryWeight[] | null;
}

/** Adds one weight's evidence to a scored link. */
function weigh(j: JudgedLink, name: StoryWeight): void {
  if (j.score === null || j.evidence === null) return;
  j.score += W[name];
  j.evidence.push(name);
}

/**
 * The text read as the link's name: a "Next"/"Previous" word before a headline is dropped
 * (PREV_NEXT_LEAD), when a headline of three words or more follows.
 */
export function headlineText(raw: string): string {
  const text = raw.trim();
  const rest = text.replace(PREV_NEXT_LEAD, '').trim();
  return rest !== text && textWords(rest) >= 3 ? rest : text;
}

/** The evidence of the link's text, place and card, given its address's slug. */
function linkEvidence(link: PageLink, slug: string[]): StoryWeight[] {
  const found: StoryWeight[] = [];
  if (link.priced) found.push('shop');
  if (link.dated) found.push('datedCard');
  const text = headlineText(link.text);
  const n = textWords(text);
  // "Previous post: Why we moved": a story page's link to the story before or after it.
  if (text !== link.text.trim()) found.push('prevNextHeadline');
  // A post's date as its link ("Dec 19, 2025", "2025-12-19"): a blog's permalink to the post.
  if (DATE_TEXT.test(text)) found.push('dateText');
  else if (/^[\d\s.,:/-]+$/.test(text) && text !== '') found.push('numberText');
  else if (READ_ON_TEXT.test(text)) { /* "Read more": neither for nor against. */ }
  else if (NAVIGATION_TEXT.test(text)) found.push('navigationText');
  else if (n <= 5 && ACTION_TEXT.test(text)) found.push('actionText');
  // A sentence's words link the page: their number says nothing of it.
  else if (link.prose && n <= 4 && PROSE_NAME.test(text)) found.push('proseName');
  else if (link.prose && n < 3) found.push('proseText');
  else if (n >= 5) found.push(link.place === 'furniture' ? 'text5InFurniture' : 'text5');
  else if (n >= 3) found.push('text3');
  else if (n === 2) found.push('text2');
  else if (n === 1) found.push('text1');
  else if (n === 0) found.push('noText');
  if (slug.length >= 3 && n >= 1) {
    const words = wordsOf(text);
    const like = (w: string, s: string): boolean => s.startsWith(w.slice(0, 5)) || w.startsWith(s.slice(0, 5));
    const spelt = words.filter((w) => w.length >= 3 && slug.some((s) => like(w, s))).length;
    // Or the other way round: a headline longer than its address, whose slug is its first words
    // (not a menu card's name glued to its blurb: "Storage ServiceData transfers from …").
    const slugLong = slug.filter((s) => s.length >= 3);
    const said = slugLong.filter((s) => words.some((w) => w.length >= 3 && like(w, s))).length;
    if (spelt >= Math.max(2, Math.ceil(words.length * 0.5)) || (said >= 3 && said >= slugLong.length * SLUG_SAID_SHARE && !GLUED_WORDS.test(text))) found.push('slugSpellsText');
    // Unless the text says every word of the slug ("How Much Does It Cost To Hire An Electrician?").
    else if (n >= 5 && !link.prose && spelt < Math.max(2, words.length / 4) && said < slugLong.length) found.push('unrelatedText');
  }
  if (UNIT_TEXT.test(text)) found.push('unitText');
  if (n >= 2 && n <= OFFER_TEXT_WORDS && OFFER_TEXT.test(text)) found.push('offerText');
  else if (ARTICLE_TEXT.test(text)) found.push('articleText');
  if (link.headline && n >= 3) found.push('headline');
  if (n >= 4 && /\?\s*$/.test(text)) found.push('question');
  if (link.place === 'furniture') found.push('furniture');
  return found;
}

/** The page's own address with a page number after it: its next page, a story's or a listing's. */
function pageOfThis(u: URL, page: URL | null): boolean {
  if (!page || u.host !== page.host) return false;
  const own = page.pathname.replace(/\/$/, '');
  return own !== '' && u.pathname.startsWith(`${own}/`) && PAGE_NUMBER_TAIL.test(u.pathname.slice(own.length));
}

function parentPath(url: string): string {
  const u = new URL(url);
  return u.pathname.replace(/\/[^/]*\/?$/, '/');
}

interface Group {
  links: JudgedLink[];
  /** Most of its links show a price: a shop's grid. */
  priced: boolean;
  /** A menu: in furniture, and most of its links are a word or two. */
  menu: boolean;
}

function groupsOf(judged: readonly JudgedLink[]): Map<number, Group> {
  const groups = new Map<number, Group>();
  for (const j of judged) {
    if (j.group === null) continue;
    const g = groups.get(j.group) ?? { links: [], priced: false, menu: false };
    g.links.push(j);
    groups.set(j.group, g);
  }
  for (const g of groups.values()) {
    const priced = g.links.filter((l) => l.priced).length;
    g.priced = priced >= 2 && priced >= g.links.length * GROUP_PRICED_SHARE;
    const named = g.links.filter((l) => textWords(l.text) > 0);
    const short = named.filter((l) => textWords(l.text) <= MENU_TEXT_WORDS).length;
    g.menu = g.links.every((l) => l.place === 'furniture') && short > named.length / 2;
  }
  return groups;
}

/** The page as a whole: a shop's page (a cart, or prices on several cards) weighs every link down. */
function weighPage(judged: readonly JudgedLink[]): void {
  const shop = judged.filter((j) => j.priced).length >= SHOP_PAGE_PRICES || judged.some((j) => j.kind === 'utility' && SHOP_PAGE_LINK.test(new URL(j.url).pathname));
  if (shop) for (const j of judged) weigh(j, 'shopPage');
}

/** The lists: a menu's short names are a site's sections; every link of a shop's grid is an item's. */
function weighGroups(judged: readonly JudgedLink[]): void {
  for (const g of groupsOf(judged).values()) {
    for (const j of g.links) {
      if (j.score === null) continue;
      const text = headlineText(j.text);
      const n = textWords(text);
      // A headline-long text in a menu may still be a story, and so may one naming an article's kind.
      if (g.menu && n > 0 && n < 5 && !ARTICLE_TEXT.test(text)) weigh(j, 'menu');
      if (g.priced && !j.priced) {
        j.priced = true;
        weigh(j, 'shop');
      }
    }
  }
}

/**
 * Neighbours: a link in the content under the same parent path as a story, with a slug or
 * a number of its own, is likely one too (not in menus, which list a site's sections side by
 * side under one path).
 */
function weighNeighbours(judged: readonly JudgedLink[]): void {
  const storyParents = new Set(judged.filter((j) => j.kind === 'story').map((j) => parentPath(j.url)));
  for (const j of judged) {
    if (j.kind === 'story' || j.score === null || j.priced || j.place === 'furniture' || !storyParents.has(parentPath(j.url))) continue;
    const own = segmentsOf(new URL(j.url)).pop() ?? '';
    if (own.split(/[-_+]/).filter((w) => /\p{L}/u.test(w)).length < 2 && !/^\d{5,}$/.test(own)) continue;
    if (textWords(j.text) < 2 || parentPath(j.url) === '/') continue;
    // A name in a sentence links the named thing's page, whatever lies beside it.
    if (j.prose && PROSE_NAME.test(j.text.trim())) continue;
    if (j.score + W.storySibling >= STORY_CUT) {
      weigh(j, 'storySibling');
      j.kind = 'story';
    }
  }
}

/**
 * Judges every link of a page. `sameSite` says which hosts the crawl may follow to. A URL
 * linked several times takes the best of its links (a story's image and its headline).
 */
export function judgeLinks(links: readonly PageLink[], page: string, sameSite: (url: string) => boolean): JudgedLink[] {
  const self = URL.canParse(page) ? new URL(page) : null;
  const judged: JudgedLink[] = [];
  const scored: { link: JudgedLink; address: number; section: boolean }[] = [];
  for (const link of links) {
    if (link.url === page) continue;
    if (!sameSite(link.url)) {
      judged.push({ ...link, kind: 'offsite', score: null, evidence: null });
      continue;
    }
    const u = new URL(link.url);
    const segments = segmentsOf(u);
    const kind = pageOfThis(u, self) ? 'archive' : kindByAddress(u, segments, link.text, link.rel);
    if (kind) {
      judged.push({ ...link, kind, score: null, evidence: null });
      continue;
    }
    const byAddress = addressEvidence(u, segments);
    const address = weightOf(byAddress);
    const evidence = [...byAddress, ...linkEvidence(link, slugOf(segments))];
    const j: JudgedLink = { ...link, kind: 'other', score: weightOf(evidence), evidence };
    scored.push({ link: j, address, section: sectionShape(segments) });
    judged.push(j);
  }
  weighPage(judged);
  weighGroups(judged);
  for (const { link: j, address, section } of scored) {
    // A story's address says something of it (a slug, a number, a date): text alone does not make one.
    const story = (j.score ?? 0) >= STORY_CUT && address > 0;
    j.kind = story ? 'story' : section && !j.priced ? 'section' : 'other';
  }
  weighNeighbours(judged);
  // One URL, many links (an image, a headline, "More info"): a story if one of them says so,
  // unless one of its cards shows a price (a shop's item).
  const priced = new Set(judged.filter((j) => j.priced).map((j) => j.url));
  const stories = new Set(judged.filter((j) => j.kind === 'story' && !priced.has(j.url)).map((j) => j.url));
  for (const j of judged) {
    if (stories.has(j.url)) j.kind = 'story';
    else if (j.kind === 'story') j.kind = 'other';
  }
  return judged;
}
