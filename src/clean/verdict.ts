/**
 * Is this page one article, or a page of many (a listing, a collection, a home page)? The
 * prose that survived cleaning, the page's own claims (schema.org and Open Graph types),
 * its address, and the shape of the page as parsed (link cards, linked headings, link
 * share, prices, long paragraphs) weigh in a logistic model whose weights live in rules.ts.
 * Video and photo pages with little text are not articles either. A log-in or pay wall
 * never makes a page a non-article: it is reported beside the verdict.
 */
import type { ArticleVerdict } from '../record/types.js';
import type { CleanReport } from './after.js';
import type { PageSignals } from './signals.js';
import { ruleOn } from './switches.js';
import { taxonomyPage, urlShape } from './address.js';
import { letters } from '../extract/text.js';
import {
  ARTICLE_TYPE, COLLECTION_TYPE, SENTENCE_END, VERDICT_BIAS, VERDICT_COLLECTION_ODDS, VERDICT_FREE_BODY_LINKS, VERDICT_FULL_PROSE, VERDICT_LISTING_ODDS, VERDICT_MEDIA_IMAGES, VERDICT_MEDIA_ODDS,
  COLLECTION_HEADLINES, VERDICT_PROSE_LINE_WORDS, VERDICT_SIGNALS, VERDICT_SITE_TITLE_ODDS, VERDICT_TAXONOMY_ODDS, VERDICT_TEMPLATE_ODDS, WALL_PATTERN,
} from './rules.js';

export { urlShape } from './address.js';
export type { UrlShape } from './address.js';

export interface VerdictInput {
  body: string;
  ldTypes: string[];
  ogType: string | null;
  /** The page's address, when known. */
  url?: string;
  /** The headline found for the page, and whether a date of publication was. */
  title?: string | null;
  /** The site's name, as the page declares it. */
  siteName?: string | null;
  dated?: boolean;
  /** Characters of the body that are link text, when known. */
  bodyLinkChars?: number;
  page?: PageSignals;
  cleaned?: CleanReport | null;
  /** A wall's prompt follows the article's text, beside its box rather than in it. */
  wallBeside?: boolean;
}

/** Words of a line; CJK characters count half a word each (they carry no spaces). */
function units(line: string): number {
  const cjk = line.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu)?.length ?? 0;
  const words = line.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
  return cjk ? Math.max(words, cjk / 2) : words;
}

/**
 * A headline's length in characters, CJK characters counted three times (each carries about
 * as much as a short word with its space): the same measure in languages that write compounds
 * as one word and in those that use no spaces.
 */
function headlineLength(title: string): number {
  const cjk = title.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu)?.length ?? 0;
  return title.replace(/\s+/g, ' ').trim().length + 2 * cjk;
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

type SignalName = (typeof VERDICT_SIGNALS)[number]['name'];

/**
 * Each signal's value for this page, in the units the weights were fitted in; null where the
 * input does not tell (no headline or date lookup given), which moves the odds neither way.
 */
export function signalValues(input: VerdictInput, prose: number): Record<SignalName, number | null> {
  const page = input.page;
  const shape = urlShape(input.url);
  return {
    prose: Math.log1p(prose),
    cards: Math.log1p((page?.cardChars ?? 0) / (6 * Math.max(1, prose))),
    linkShare: page?.linkShare ?? 0,
    linkedHeadings: Math.log1p(page?.linkedHeadings ?? 0),
    declaredArticle: input.ogType?.toLowerCase() === 'article' || input.ldTypes.some((t) => ARTICLE_TYPE.test(t)) ? 1 : 0,
    bodyLinks: input.bodyLinkChars === undefined || !input.body ? null : Math.max(0, Math.min(1, input.bodyLinkChars / input.body.length) - VERDICT_FREE_BODY_LINKS),
    storyAddress: shape === 'story' ? 1 : 0,
    listingAddress: shape === 'listing' || shape === 'home' ? 1 : 0,
    prices: Math.log1p(page?.prices ?? 0),
    longParagraphs: Math.log1p(page?.longParagraphs ?? 0),
    titleLength: input.title ? Math.log1p(headlineLength(input.title)) : null,
    dated: input.dated === undefined ? null : input.dated ? 1 : 0,
    storyLinks: Math.log1p(page?.storyLinks ?? 0),
  };
}

/**
 * The verdict: the odds that the page is a page of stories or products (rules.ts,
 * VERDICT_SIGNALS) turned into a 0..1 article score, 0.5 at the cut. Reasons name the
 * signals that moved the odds most: + towards a page of many, − towards one article.
 */
export function judgeArticle(input: VerdictInput): ArticleVerdict {
  const prose = proseWords(input.body);
  const values = signalValues(input, prose);
  let odds = VERDICT_BIAS;
  const moves: { reason: string; by: number }[] = [];
  for (const signal of VERDICT_SIGNALS) {
    if (!ruleOn(signal.group)) continue;
    const value = values[signal.name];
    if (value === null) continue;
    const by = signal.weight * (value - signal.mean);
    odds += by;
    moves.push({ reason: value === 0 && 'absent' in signal ? signal.absent : signal.reason, by });
  }
  // Video and photo pages: media with a line or two. A page that calls itself an article
  // keeps the benefit of the doubt (photo stories are articles with short text), and so do
  // photos on a dated page (a blog's post of pictures with a few lines).
  if (ruleOn('verdict:media') && !values.declaredArticle && prose < VERDICT_FULL_PROSE) {
    const photos = (input.cleaned?.images ?? 0) >= VERDICT_MEDIA_IMAGES && !input.dated;
    const why = (input.page?.videoPlayers ?? 0) > 0 ? 'video with little text' : photos ? 'photos with little text' : null;
    if (why) {
      odds += VERDICT_MEDIA_ODDS;
      moves.push({ reason: why, by: VERDICT_MEDIA_ODDS });
    }
  }
  // A page whose headline is the site's own name has no headline of its own: a home page, a tag
  // page or an archive that names no topic. Nor has a page headed by a collection's name ("News").
  const headline = letters(input.title ?? '');
  if (ruleOn('verdict:headline') && headline !== '') {
    const why = headline === letters(input.siteName ?? '') ? "the site's name for headline" : COLLECTION_HEADLINES.has(headline) ? "a collection's name for headline" : null;
    if (why) {
      odds += VERDICT_SITE_TITLE_ODDS;
      moves.push({ reason: why, by: VERDICT_SITE_TITLE_ODDS });
    }
  }
  // A page that declares itself a collection, a profile or search results, and no article.
  const declaredCollection = (input.ldTypes.some((t) => COLLECTION_TYPE.test(t)) || input.ogType?.toLowerCase() === 'profile') && !input.ldTypes.some((t) => ARTICLE_TYPE.test(t));
  if (ruleOn('verdict:declared-type') && declaredCollection) {
    odds += VERDICT_COLLECTION_ODDS;
    moves.push({ reason: 'declared a collection or a profile', by: VERDICT_COLLECTION_ODDS });
  }
  // A tag's, a category's or a writer's own page, or a search's results, by its address.
  if (ruleOn('verdict:listing-heads') && taxonomyPage(input.url)) {
    odds += VERDICT_TAXONOMY_ODDS;
    moves.push({ reason: "a tag's, a writer's or a search's page", by: VERDICT_TAXONOMY_ODDS });
  }
  // A page its blog or site system marks, on its <body>, as a list of posts.
  if (ruleOn('verdict:listing-template') && input.page?.listingTemplate) {
    odds += VERDICT_TEMPLATE_ODDS;
    moves.push({ reason: 'a template of many posts', by: VERDICT_TEMPLATE_ODDS });
  }
  // A wall shows a teaser paragraph or two and asks the reader to log in or subscribe (the
  // clean stage removes that prompt and counts it). It says nothing against the page being an
  // article: the record says the text is walled (accessibleForFree) and carries what the page
  // gives. A password field alone may be a sidebar log-in box, so it counts only beside very
  // little prose.
  const walled = (prose < VERDICT_FULL_PROSE * 3 && ((input.cleaned?.wallLines ?? 0) > 0 || WALL_PATTERN.test(input.body) || (input.wallBeside ?? false))) || ((input.page?.passwordFields ?? 0) > 0 && prose < VERDICT_FULL_PROSE / 2);
  const score = 1 / (1 + Math.exp(odds - VERDICT_LISTING_ODDS));

  const reasons = [`${prose} words of prose`, ...moves.filter((m) => Math.abs(m.by) >= 0.5).sort((x, y) => Math.abs(y.by) - Math.abs(x.by)).map((m) => `${m.reason} ${m.by > 0 ? '+' : ''}${m.by.toFixed(1)}`)];
  if (walled) reasons.push('log-in or pay wall');
  return { isArticle: score >= 0.5, score: shownScore(score), reasons, walled };
}

/** A score to two places, rounded the way the verdict reads it: a refused page never shows 0.5. */
export function shownScore(score: number): number {
  const shown = Math.round(score * 100) / 100;
  return score < 0.5 ? Math.min(shown, 0.49) : shown;
}
