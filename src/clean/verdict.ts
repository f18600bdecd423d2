/**
 * Is this page an article? A score in 0..1 from the text that survived cleaning (how
 * much of it reads as prose), then the page's own claims (schema.org and Open Graph
 * types), its address (home page, tag or section listing, or a story slug), and the
 * shapes of non-articles: link lists, log-in walls, video and photo pages.
 */
import type { ArticleVerdict } from '../record/types.js';
import type { CleanReport } from './after.js';
import type { PageSignals } from './before.js';
import { ruleOn } from './switches.js';
import {
  INDEX_OG_TYPE, INDEX_PATH_SEGMENTS, INDEX_TYPES, LISTING_LINK_SHARE, LISTING_MIN_TEASERS, SENTENCE_END, VERDICT_FULL_PROSE, VERDICT_PRIOR, VERDICT_PROSE_LINE_WORDS,
  VERDICT_THRESHOLD, WALL_PHRASES,
} from './rules.js';

export interface VerdictInput {
  body: string;
  wordCount: number;
  ldTypes: string[];
  ogType: string | null;
  /** The page's address, when known. */
  url?: string;
  page?: PageSignals;
  cleaned?: CleanReport | null;
}

const ARTICLE_TYPE = /article$|^blogposting$|^posting$|^report$|^liveblogposting$|^socialmediaposting$/;

/** Words of a line; CJK characters count half a word each (they carry no spaces). */
function units(line: string): number {
  const cjk = line.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu)?.length ?? 0;
  const words = line.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
  return cjk ? Math.max(words, cjk / 2) : words;
}

/** Words in lines that read as sentences. */
export function proseWords(body: string): number {
  let total = 0;
  for (const line of body.split('\n')) {
    const n = units(line);
    if (n >= VERDICT_PROSE_LINE_WORDS && SENTENCE_END.test(line.trim())) total += n;
  }
  return total;
}

export type UrlShape = 'home' | 'listing' | 'story' | 'other';

/** What the address says: a home page, a listing, a story (slug, id or date), or nothing. */
export function urlShape(url: string | undefined): UrlShape {
  if (!url) return 'other';
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return 'other';
  }
  if (!/^https?:$/.test(u.protocol)) return 'other';
  const segments = u.pathname.split('/').filter(Boolean).map((s) => decodeURIComponent(s).toLowerCase().replace(/\.(?:s?html?|php|aspx?)$/, ''));
  const last = segments[segments.length - 1] ?? '';
  const slugWords = last.split(/[-_+]/).filter((w) => /\p{L}/u.test(w)).length;
  if (slugWords >= 3 || /\d{5,}/.test(last) || /\/(?:19|20)\d\d\/\d{1,2}\//.test(u.pathname)) return 'story';
  // Old CMSs put the story's id in the query: view.php?idx=8576, story.asp?id=123.
  if (/[?&](?:id|idx|aid|sid|nid|no|p|story|article|articleid|newsid)=\d+/i.test(u.search)) return 'story';
  if (!segments.length || (segments.length === 1 && /^(?:index|home|default|start)$/.test(last))) {
    return u.search && !/[?&](?:s|q|query|search)=/.test(u.search) ? 'other' : 'home';
  }
  if (segments.some((s) => INDEX_PATH_SEGMENTS.has(s)) || /[?&](?:s|q|query|search)=/.test(u.search)) return 'listing';
  if (segments.length <= 2 && slugWords <= 1 && !/\d/.test(last)) return 'listing';
  return 'other';
}

export function judgeArticle(input: VerdictInput): ArticleVerdict {
  const reasons: string[] = [];
  const prose = proseWords(input.body);
  let score = VERDICT_PRIOR + Math.min(1, prose / VERDICT_FULL_PROSE);
  reasons.push(`${prose} words of prose`);

  const declared = ruleOn('verdict:declared-type') && (input.ogType?.toLowerCase() === 'article' || input.ldTypes.some((t) => ARTICLE_TYPE.test(t)));
  if (declared) {
    score += 0.3;
    reasons.push('declared an article');
  } else if (ruleOn('verdict:declared-type') && input.ldTypes.some((t) => INDEX_TYPES.has(t)) || (input.ogType && INDEX_OG_TYPE.test(input.ogType))) {
    score -= 0.2;
    reasons.push('declared a listing or media page');
  }

  const shape = ruleOn('verdict:address') ? urlShape(input.url) : 'other';
  if (shape === 'home') {
    score -= 0.5;
    reasons.push('home page address');
  } else if (shape === 'listing') {
    score -= 0.25;
    reasons.push('listing address');
  } else if (shape === 'story') {
    score += 0.15;
    reasons.push('story address');
  }

  // A listing: headline links each followed by a summary line, and a good share of
  // the text in links. Articles with a related-stories block show one or the other.
  const linkShare = input.cleaned?.linkShare ?? 0;
  const teasers = input.cleaned?.teasers ?? 0;
  if (ruleOn('verdict:listing-shape') && teasers >= LISTING_MIN_TEASERS && linkShare >= LISTING_LINK_SHARE) {
    score -= 0.5;
    reasons.push(`${teasers} teasers, ${Math.round(linkShare * 100)}% of the text in links`);
  }
  // A wall shows a teaser paragraph or two and asks the reader to log in or subscribe. It
  // says nothing against the page being an article: the record says the text is walled
  // (accessibleForFree) and carries what the page gives. A password field alone may be a
  // sidebar log-in box, so it counts only beside very little prose.
  const walled = ((WALL_PHRASES.some((re) => re.test(input.body)) && prose < VERDICT_FULL_PROSE * 3) || ((input.page?.passwordFields ?? 0) > 0 && prose < VERDICT_FULL_PROSE / 2));
  if (walled) reasons.push('log-in or pay wall');
  // Video and photo pages: media with a line or two. A page that calls itself an article
  // keeps the benefit of the doubt (photo stories are articles with short text).
  const media = ruleOn('verdict:media');
  if (media && !declared && prose < VERDICT_FULL_PROSE && (input.page?.videoPlayers ?? 0) > 0) {
    score -= 0.3;
    reasons.push('video with little text');
  }
  if (media && !declared && prose < VERDICT_FULL_PROSE && (input.cleaned?.images ?? 0) >= 4) {
    score -= 0.3;
    reasons.push('photos with little text');
  }
  score = Math.max(0, Math.min(1, score));
  return { isArticle: score >= VERDICT_THRESHOLD, score: Math.round(score * 100) / 100, reasons, walled };
}
