/**
 * What a link's address says of the page behind it. Some addresses decide alone (a file,
 * a log-in action, a tag, author, section or archive segment, a shop's, an event's or a
 * course's item); the others give evidence for a story (a date in the path, a slug of
 * several words, a story number, a segment that holds stories, a wiki's entry) or against
 * one (the site's own tree of pages). Rules in link-rules.ts.
 */
import {
  ACTION_PARAMS, ARCHIVE_SEGMENTS, DATE_PATH, DISCUSSION_TAILS, FILED_SLUG_WORDS, FRONT_CONTROLLER, ARTICLE_SLUG_WORDS, AUTHOR_SEGMENTS, DOC_HOSTS, FILE_EXTENSION, HUB_SLUG_WORDS, ID_ONLY_PRODUCT_SEGMENTS, ITEM_SEGMENTS, PAGE_PARAMS, PRODUCT_ID, PRODUCT_SEGMENTS, REDIRECT_SEGMENTS, SECTION_SEGMENTS, STORY_ID_PARAM, STORY_SEGMENTS, UTILITY_SEGMENT_START,
  STORY_WEIGHTS as W, TAG_SEGMENTS, UTILITY_TAIL_WORDS, UTILITY_TEXT, UTILITY_WORDS, WIKI_ENTRY,
} from './link-rules.js';
import type { StoryWeight } from './link-rules.js';

/**
 * story: a record to be; section, tag, author, archive: pages of stories, read for their
 * links; utility: about, contact, log-in, shop … pages; other: a page that is none of these
 * by its looks (a product, a profile, an event), not followed.
 */
export type LinkKind = 'story' | 'section' | 'tag' | 'author' | 'archive' | 'utility' | 'offsite' | 'file' | 'other';

/** The second word of a two-word segment ("energy-blog" → "blog", "news_team" → "team"), or ''. */
function compoundTail(segment: string): string {
  const parts = segment.split(/[-_]/);
  return parts.length === 2 && /^\p{L}+$/u.test(parts[1] ?? '') ? (parts[1] ?? '') : '';
}

/**
 * The path's segments, percent-escapes decoded, lower-cased, a page extension (.html, .php …)
 * dropped; a front controller before the rest ("/index.php/magazine/article/…") is no segment
 * of the page's own (not an "index" listing).
 */
export function segmentsOf(u: URL): string[] {
  const raw = u.pathname.split('/').filter(Boolean);
  return raw.filter((s, i) => i === raw.length - 1 || !FRONT_CONTROLLER.test(s)).map((s) => {
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
export function wordsOf(s: string): string[] {
  return s.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => /\p{L}/u.test(w));
}

/** Length of a text in words (CJK characters count half a word: they carry no spaces). */
export function textWords(text: string): number {
  const cjk = text.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu)?.length ?? 0;
  return Math.max(wordsOf(text).length, Math.floor(cjk / 2));
}

/** The kind the address alone decides, or null when it takes a score. */
export function kindByAddress(u: URL, segments: string[], text: string, rel: readonly string[]): LinkKind | null {
  if (FILE_EXTENSION.test(u.pathname)) return 'file';
  // docs.example.com, help.example.com: a manual's or a help centre's pages.
  if (DOC_HOSTS.has(u.hostname.split('.')[0] ?? '')) return 'other';
  const query = u.search.slice(1);
  if (ACTION_PARAMS.test(query)) return 'utility';
  if (rel.includes('tag')) return 'tag';
  if (rel.includes('author')) return 'author';
  // The next page of a listing; but the previous or next story of a story's page is a story.
  if ((rel.includes('next') || rel.includes('prev')) && weightOf(addressEvidence(u, segments)) < W.slug3) return 'archive';
  for (const s of segments) {
    const parts = s.split(/[-_]/).filter(Boolean);
    if (UTILITY_WORDS.has(s) || UTILITY_SEGMENT_START.test(s) || (parts.length <= 3 && UTILITY_WORDS.has(parts[0] ?? '')) || (parts.length === 2 && UTILITY_WORDS.has(parts[1] ?? '')) || (parts.length <= 3 && UTILITY_TAIL_WORDS.has(parts[parts.length - 1] ?? ''))) return 'utility';
  }
  if (textWords(text) <= 3 && UTILITY_TEXT.test(text.trim())) return 'utility';
  if (segments.length >= 2 && REDIRECT_SEGMENTS.has(segments[0] ?? '')) return 'utility';
  if (segments.some((s, i) => PRODUCT_SEGMENTS.has(s) && (!ID_ONLY_PRODUCT_SEGMENTS.has(s) || segments.slice(i + 1).some((t) => PRODUCT_ID.test(t))))) return 'other';
  // An event's, a course's or a job's own page: a segment naming them, then the item.
  if (segments.slice(0, -1).some((s) => ITEM_SEGMENTS.has(s))) return 'other';
  // "/p/why-we-moved/comments": the discussion under a page, not the page.
  if (segments.length >= 2 && DISCUSSION_TAILS.has(segments[segments.length - 1] ?? '')) return 'other';
  // A story filed under its section or topic ("/topics/news/the-business-show-makes-its-long-awaited-debut.html"):
  // no tag, section or author page is named by a sentence.
  const filedUnder = segments.length >= 2 && slugOf(segments.slice(-1)).length >= FILED_SLUG_WORDS;
  for (const s of filedUnder ? segments.slice(-1) : segments) {
    // "category:recipes", as wikis write it.
    const head = /^([\p{L}]+):/u.exec(s)?.[1] ?? s;
    // "blog-categories", "news-tags": a listing word closing a compound segment.
    const tail = compoundTail(s);
    if (TAG_SEGMENTS.has(tail)) return 'tag';
    if (SECTION_SEGMENTS.has(tail)) return 'section';
    // "our-experts", "news-team": the people who write, one by one or together.
    if (AUTHOR_SEGMENTS.has(tail)) return 'author';
    if (TAG_SEGMENTS.has(head)) return 'tag';
    if (AUTHOR_SEGMENTS.has(head)) return 'author';
    if (SECTION_SEGMENTS.has(head)) return 'section';
  }
  // Not a story filed under its date in the archive ("/archives/2025/12/09/in_defense_of_curiosity.html").
  const filed = DATE_PATH.test(u.pathname) && slugOf(segments.slice(-1)).length >= 2;
  if (PAGE_PARAMS.test(query) || (!filed && segments.some((s, i) => ARCHIVE_SEGMENTS.has(s) && (i < segments.length - 1 || !/\d/.test(s))))) return 'archive';
  // A date and nothing after it: a day's or a month's archive.
  if (segments.length && segments.every((s) => /^\d{1,4}$/.test(s)) && /^(?:19|20)\d\d$/.test(segments[0] ?? '')) return 'archive';
  if (!segments.length) return u.search && STORY_ID_PARAM.test(query) ? null : 'section';
  return null;
}

/** A section's address: one or two short segments of a word or two, without numbers. */
export function sectionShape(segments: string[]): boolean {
  return segments.length <= 2 && segments.every((s) => !/\d/.test(s) && s.split(/[-_+]/).length <= 2);
}

/**
 * A segment after a slug that leaves the slug naming the page: a number, an id of letters
 * and digits, or one plain word ("amp", "overview", "print"). A name with a number in it
 * ("ch11", "part-2") is an item of its own under the slug.
 */
function afterSlug(s: string): boolean {
  return /^\d+$/.test(s) || (/\d/.test(s) && /^[\p{L}\d]{6,}$/u.test(s)) || /^\p{L}+$/u.test(s);
}

/**
 * The words of the address's longest slug: of a segment that names the page, the last
 * one or followed by ids and plain words only ("/guide-to-x/ch11" is a chapter of the
 * guide, not the guide). Words joined by "+" are a search, not a slug.
 */
export function slugOf(segments: string[]): string[] {
  let slug: string[] = [];
  for (const [i, s] of segments.entries()) {
    if (!segments.slice(i + 1).every(afterSlug)) continue;
    if (s.includes('+') && !/[-_]/.test(s)) continue;
    const words = s.split(/[-_]/).filter((w) => /\p{L}/u.test(w));
    if (words.length > slug.length) slug = words;
  }
  return slug;
}

/** The sum of the named weights. */
export function weightOf(evidence: readonly StoryWeight[]): number {
  let sum = 0;
  for (const name of evidence) sum += W[name];
  return sum;
}

/** The address's evidence for a story (weights that add) or against one (weights that subtract), by name. */
export function addressEvidence(u: URL, segments: string[]): StoryWeight[] {
  const found: StoryWeight[] = [];
  const path = u.pathname;
  if (DATE_PATH.test(path) || segments.some((s, i) => /^(?:19|20)\d\d$/.test(s) && i < segments.length - 1)) found.push('datePath');
  const slug = slugOf(segments);
  if (slug.length >= 5) found.push('slug5');
  else if (slug.length >= 3) found.push('slug3');
  const last = segments[segments.length - 1] ?? '';
  if (/^\d{5,}$/.test(last) || segments.some((s) => /[-_]\d{4,}$|^\d{5,}[-_]/.test(s)) || (slug.length >= 3 && segments.some((s) => /^\d{5,}$/.test(s))) || segments.some((s) => /(?:^|[-_])[0-9a-f]{16,}$/.test(s))) found.push('numericId');
  // "/news/…", or a compound closing on such a word ("/energy-blog/…", "/tech-articles/…").
  if (segments.slice(0, -1).some((s) => STORY_SEGMENTS.has(s) || STORY_SEGMENTS.has(compoundTail(s)))) found.push('storySegment');
  // Or a two-word slug closing on one ("/klook-review/", "/sourdough-guide/").
  if ((slug.length >= 3 && slug.some((w) => ARTICLE_SLUG_WORDS.has(w))) || (slug.length === 2 && ARTICLE_SLUG_WORDS.has(slug[1] ?? ''))) found.push('articleSlug');
  // "/doorbell-cameras/best/", "/identity-guard/review/": the kind of article closes a path that names its subject.
  if (slug.length < 3 && segments.length >= 2 && ARTICLE_SLUG_WORDS.has(last) && /\p{L}/u.test(segments[segments.length - 2] ?? '')) found.push('kindSegment');
  if (WIKI_ENTRY.test(path)) found.push('wikiEntry');
  if (slug.length >= 2 && HUB_SLUG_WORDS.has(slug[slug.length - 1] ?? '') && slugOf(segments.slice(-1)).length === slug.length) found.push('hubSlug');
  // "/questions/780353/timeline", "/story/48213/comments": a page of an item, not the item.
  if (/^\p{L}+$/u.test(last) && segments.slice(0, -1).some((s) => /^\d{4,}$/.test(s))) found.push('subPage');
  // A path four named levels deep without a date or a number is the site's own tree (services, courses, products).
  if (weightOf(found) < W.datePath + W.slug3 && segments.filter((s) => /\p{L}/u.test(s) && !/\d{4,}/.test(s)).length >= 4 && !/\/(?:19|20)\d\d\//.test(path)) found.push('deepTree');
  if (STORY_ID_PARAM.test(u.search.slice(1))) found.push('storyIdParam');
  return found;
}
