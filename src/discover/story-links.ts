/**
 * Which links of a page lead to stories, and which to sections, tag, author and archive
 * pages, utility pages, other sites or files. The address decides first (utility words,
 * listing segments, shop segments, files); the rest is a story score (link-rules.ts,
 * STORY_WEIGHTS) from the address's shape (a date, a long slug, a number), the link's text
 * (a headline's length, spelt by the slug), where it sits (a headline element, or page
 * furniture) and its neighbours (links under the same parent path as a story). What the
 * page behind a story link turns out to be is the crawl's to judge (src/crawl/follow.ts).
 */
import {
  ACTION_PARAMS, ARCHIVE_SEGMENTS, AUTHOR_SEGMENTS, FILE_EXTENSION, NAVIGATION_TEXT, PAGE_PARAMS, READ_ON_TEXT, PRODUCT_SEGMENTS, SECTION_SEGMENTS, STORY_CUT, STORY_ID_PARAM, STORY_SEGMENTS,
  STORY_WEIGHTS as W, TAG_SEGMENTS, UTILITY_TEXT, UTILITY_WORDS,
} from './link-rules.js';
import type { PageLink } from './links.js';

/**
 * story: a record to be; section, tag, author, archive: pages of stories, read for their
 * links; utility: about, contact, log-in, shop … pages; other: a page that is none of these
 * by its looks (a product, a profile), not followed.
 */
export type LinkKind = 'story' | 'section' | 'tag' | 'author' | 'archive' | 'utility' | 'offsite' | 'file' | 'other';

export interface JudgedLink extends PageLink {
  kind: LinkKind;
  /** The story score (only for links the address did not decide). */
  score: number | null;
}

/** A site's host less a leading "www.": www.example.com and example.com are one site. */
export function siteHost(url: string): string {
  return new URL(url).hostname.replace(/^www\./, '');
}

function segmentsOf(u: URL): string[] {
  return u.pathname.split('/').filter(Boolean).map((s) => {
    let d = s;
    try {
      d = decodeURIComponent(s);
    } catch {
      // Kept as written.
    }
    return d.toLowerCase().replace(/\.(?:s?html?|php|aspx?|jsp|cms)$/, '');
  });
}

/** Words with a letter in them, of a slug or a text. */
function wordsOf(s: string): string[] {
  return s.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => /\p{L}/u.test(w));
}

/** Length of a text in words (CJK characters count half a word: they carry no spaces). */
function textWords(text: string): number {
  const cjk = text.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu)?.length ?? 0;
  return Math.max(wordsOf(text).length, Math.floor(cjk / 2));
}

/** The kind the address alone decides, or null when it takes a score. */
function kindByAddress(u: URL, segments: string[], link: PageLink): LinkKind | null {
  if (FILE_EXTENSION.test(u.pathname)) return 'file';
  const query = u.search.slice(1);
  if (ACTION_PARAMS.test(query)) return 'utility';
  if (link.rel.includes('tag')) return 'tag';
  if (link.rel.includes('author')) return 'author';
  if (link.rel.includes('next') || link.rel.includes('prev')) return 'archive';
  for (const s of segments) {
    const parts = s.split(/[-_]/).filter(Boolean);
    if (UTILITY_WORDS.has(s) || (parts.length <= 3 && UTILITY_WORDS.has(parts[0] ?? '')) || (parts.length === 2 && UTILITY_WORDS.has(parts[1] ?? ''))) return 'utility';
  }
  if (textWords(link.text) <= 3 && UTILITY_TEXT.test(link.text.trim())) return 'utility';
  if (segments.some((s) => PRODUCT_SEGMENTS.has(s))) return 'other';
  for (const s of segments) {
    // "category:recipes", as wikis write it.
    const head = /^([\p{L}]+):/u.exec(s)?.[1] ?? s;
    if (TAG_SEGMENTS.has(head)) return 'tag';
    if (AUTHOR_SEGMENTS.has(head)) return 'author';
    if (SECTION_SEGMENTS.has(head)) return 'section';
  }
  if (PAGE_PARAMS.test(query) || segments.some((s, i) => ARCHIVE_SEGMENTS.has(s) && (i < segments.length - 1 || !/\d/.test(s)))) return 'archive';
  // A date and nothing after it: a day's or a month's archive.
  if (segments.length && segments.every((s) => /^\d{1,4}$/.test(s)) && /^(?:19|20)\d\d$/.test(segments[0] ?? '')) return 'archive';
  if (!segments.length) return u.search && STORY_ID_PARAM.test(query) ? null : 'section';
  return null;
}

/** A section's address: one or two short segments of a word or two, without numbers. */
function sectionShape(segments: string[]): boolean {
  return segments.length <= 2 && segments.every((s) => !/\d/.test(s) && s.split(/[-_+]/).length <= 2);
}

/** The story score of a link the address did not decide. */
function storyScore(u: URL, segments: string[], link: PageLink): { score: number; address: number } {
  let score = 0;
  const query = u.search.slice(1);
  if (link.priced) score += W.shop;
  const path = u.pathname;
  if (/\/(?:19|20)\d\d[/-][01]?\d(?:[/-][0-3]?\d)?(?:\/|$)|(?:^|\D)(?:19|20)\d\d[01]\d[0-3]\d(?:\D|$)/.test(path) || segments.some((s, i) => /^(?:19|20)\d\d$/.test(s) && i < segments.length - 1)) score += W.datePath;
  let slug: string[] = [];
  for (const s of segments) {
    // Words joined by "+" are a search, not a slug.
    if (s.includes('+') && !/[-_]/.test(s)) continue;
    const words = s.split(/[-_]/).filter((w) => /\p{L}/u.test(w));
    if (words.length > slug.length) slug = words;
  }
  if (slug.length >= 5) score += W.slug5;
  else if (slug.length >= 3) score += W.slug3;
  const last = segments[segments.length - 1] ?? '';
  if (/^\d{5,}$/.test(last) || segments.some((s) => /[-_]\d{4,}$|^\d{5,}[-_]/.test(s)) || (slug.length >= 3 && segments.some((s) => /^\d{5,}$/.test(s))) || segments.some((s) => /(?:^|[-_])[0-9a-f]{16,}$/.test(s))) score += W.numericId;
  if (segments.slice(0, -1).some((s) => STORY_SEGMENTS.has(s))) score += W.storySegment;
  // A path four named levels deep without a date or a number is the site's own tree (services, courses, products).
  if (score < W.datePath + W.slug3 && segments.filter((s) => /\p{L}/u.test(s) && !/\d{4,}/.test(s)).length >= 4 && !/\/(?:19|20)\d\d\//.test(path)) score += W.deepTree;
  if (STORY_ID_PARAM.test(query)) score += W.storyIdParam;
  const address = score - (link.priced ? W.shop : 0);
  const text = link.text.trim();
  const n = textWords(text);
  if (/^[\d\s.,:/-]+$/.test(text) && text !== '') score += W.numberText;
  else if (READ_ON_TEXT.test(text)) score += 0;
  else if (NAVIGATION_TEXT.test(text)) score += W.navigationText;
  else if (n >= 5) score += link.place === 'furniture' ? W.text5InFurniture : W.text5;
  else if (n >= 3) score += W.text3;
  else if (n === 2) score += W.text2;
  else if (n === 1) score += W.text1;
  if (slug.length >= 3 && n >= 1) {
    const words = wordsOf(text);
    const spelt = words.filter((w) => w.length >= 3 && slug.some((s) => s.startsWith(w.slice(0, 5)) || w.startsWith(s.slice(0, 5)))).length;
    if (spelt >= Math.max(2, Math.ceil(words.length * 0.5))) score += W.slugSpellsText;
    else if (n >= 5 && spelt < Math.max(2, words.length / 4)) score += W.unrelatedText;
  }
  if (link.headline && n >= 3) score += W.headline;
  if (link.place === 'furniture') score += W.furniture;
  return { score, address };
}

function parentPath(url: string): string {
  const u = new URL(url);
  return u.pathname.replace(/\/[^/]*\/?$/, '/');
}

/**
 * Judges every link of a page. `sameSite` says which hosts the crawl may follow to. A URL
 * linked several times takes the best of its links (a story's image and its headline).
 */
export function judgeLinks(links: readonly PageLink[], page: string, sameSite: (url: string) => boolean): JudgedLink[] {
  const judged: JudgedLink[] = [];
  for (const link of links) {
    if (link.url === page) continue;
    if (!sameSite(link.url)) {
      judged.push({ ...link, kind: 'offsite', score: null });
      continue;
    }
    const u = new URL(link.url);
    const segments = segmentsOf(u);
    const kind = kindByAddress(u, segments, link);
    if (kind) judged.push({ ...link, kind, score: null });
    else {
      // A story's address says something of it (a slug, a number, a date): text alone does not make one.
      const { score, address } = storyScore(u, segments, link);
      const story = score >= STORY_CUT && address > 0;
      judged.push({ ...link, kind: story ? 'story' : sectionShape(segments) && !link.priced ? 'section' : 'other', score });
    }
  }
  // Neighbours: a link under the same parent path as a story, with a slug or a number of its own, is likely one too (less so in menus).
  const storyParents = new Set(judged.filter((j) => j.kind === 'story').map((j) => parentPath(j.url)));
  for (const j of judged) {
    if (j.kind === 'story' || j.score === null || j.priced || !storyParents.has(parentPath(j.url))) continue;
    const own = segmentsOf(new URL(j.url)).pop() ?? '';
    if (own.split(/[-_+]/).filter((w) => /\p{L}/u.test(w)).length < 2 && !/^\d{5,}$/.test(own)) continue;
    if (textWords(j.text) < 2) continue;
    if (parentPath(j.url) === '/') continue;
    const boost = j.place === 'furniture' ? W.storySiblingInFurniture : W.storySibling;
    if (j.score + boost >= STORY_CUT) {
      j.score += boost;
      j.kind = 'story';
    }
  }
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
