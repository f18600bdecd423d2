/**
 * The recipe for one page:
 *   fetch → strip scripts and styles → parse once → place streamed parts → metadata →
 *   clean before → Readability (or the page's main landmark when it finds nothing; a wider
 *   container when it kept little of the page's prose) →
 *   clean after → body text → article verdict → quotes → record.
 * Each stage is a plain function in its own folder; this file only orders them.
 */
import { resolveOptions, VERSION } from './config.js';
import type { Options } from './config.js';
import { cleanAfterReadability, cleanBeforeReadability, judgeArticle } from './clean/index.js';
import type { CleanReport } from './clean/index.js';
import { textLength } from './extract/text.js';
import { MIN_BODY_CHARS, THREAD_ITEMTYPES, THREAD_TYPES } from './clean/rules.js';
import { ruleOn } from './clean/switches.js';
import { CopydeskError } from './errors.js';
import { checkElementBudget } from './extract/budget.js';
import { parseHtml } from './extract/dom.js';
import type { DomKind, PageDom } from './extract/dom.js';
import { ingredientBox, ingredientKeys, lacksIngredients, lacksSteps, stepKeys, stepsBox } from './clean/recipe.js';
import { WIDEN_MIN_GAIN, dropSidebars, holeGain, keptTooLittle, leadBox, leadPlaces, markProse, pickedSidebar, proseBeforeWalls, wallFollows, widerContainer } from './clean/coverage.js';
import { markPosts, partlyHeld, seriesContainer } from './clean/posts.js';
import { mayHoldSummary, summaryBox } from './clean/summary.js';
import { prepareHtml } from './extract/prepare.js';
import { repairEncoding } from './fetch/decode.js';
import { mayHaveStreamedContent, placeStreamedContent } from './extract/streamed.js';
import { mayHaveShadowRoots, openShadowRoots } from './extract/shadow.js';
import { cleanAuthors, cleanTitle, preferLdBody, readMetadata, signature } from './extract/metadata.js';
import { landmarkContent, runReadability } from './extract/readability.js';
import { countWords, elementToText, tidy } from './extract/text.js';
import { recordLanguage } from './extract/lang.js';
import { keepCaptions, keepEmbeds, MediaCollector } from './extract/media.js';
import { normaliseDate } from './extract/dates.js';
import { extractQuotes } from './quotes/index.js';
import type { ExtractInput, Extractor } from './extractor.js';
import { elementToMarkdown, textToMarkdown } from './record/markdown.js';
import { elementToHtml, textToHtml } from './record/html.js';
import { SCHEMA_VERSION } from './record/types.js';
import type { ArticleRecord, CopydeskRecord } from './record/types.js';
import { errorRecord } from './record/error-record.js';

export { errorRecord } from './record/error-record.js';

export type { ExtractInput } from './extractor.js';

export const EXTRACTOR = Object.freeze({ name: 'copydesk', version: VERSION });

/** Extracts a record from HTML; throws CopydeskError for pages with no article. */
export function extractArticle(html: string, given: ExtractInput | null = {}, options: Partial<Options> | null = {}): ArticleRecord {
  // Checked for callers in JavaScript, whose types nothing checked: bytes must be decoded first.
  if (typeof html !== 'string') throw new CopydeskError('INPUT', `the page must be given as a string of HTML, not ${html === null ? 'null' : typeof html === 'object' ? 'an object (decode bytes to text first)' : typeof html}`);
  const input = given ?? {};
  const opts = resolveOptions(options);
  // Scripts, styles, SVG and comments go before any DOM is built (src/extract/prepare.ts),
  // and text a site stored in the wrong encoding is read back (src/fetch/decode.ts).
  const prepared = repairEncoding(prepareHtml(html));
  // A page with more elements than any article has is refused before the DOM (budget.ts).
  checkElementBudget(prepared, input.url);
  try {
    return extractFromDom(prepared, input, opts, opts.dom);
  } catch (err) {
    // A DOM error on the light DOM must not cost the page: the jsdom reference gets a go.
    if (opts.dom !== 'jsdom' && !(err instanceof CopydeskError)) return extractFromDom(prepared, input, opts, 'jsdom');
    throw err;
  }
}

function extractFromDom(html: string, input: ExtractInput, opts: Options, dom: DomKind): ArticleRecord {
  const url = input.url ?? '';
  const finalUrl = input.finalUrl ?? url;
  const page = parseHtml(html, finalUrl || undefined, dom);
  let second = null as PageDom | null;
  try {
    const doc = page.document;
    // Parts a streaming server sent after the page go where its script would put them.
    const streamed = mayHaveStreamedContent(html);
    if (streamed) placeStreamedContent(doc);
    // Components' own content, which a browser shows in place of their templates.
    const shadowed = mayHaveShadowRoots(html);
    if (shadowed) openShadowRoots(doc);
    const meta = readMetadata(doc, doc.URL);
    // Players and posts leave a stand-in for the renderers before the clean stage removes frames.
    if (input.html || input.markdown) keepEmbeds(doc);
    // A declared recipe (JSON-LD's type, or its ingredients in microdata): its checklist is the article's.
    const ingredients = ingredientKeys(meta.ingredients);
    const declared = { recipe: meta.ldTypes.includes('recipe') || meta.ingredients.length > 0, ingredients };
    const signals = cleanBeforeReadability(doc, declared);
    const prose = ruleOn('clean:prose-coverage') ? markProse(doc) : null;
    const posts = ruleOn('clean:post-series') ? markPosts(doc) : null;
    // The paragraphs a wall's prompt follows, when the prompt sits beside the article's box.
    const walls = prose ? proseBeforeWalls(doc) : null;
    const reader = runReadability(doc, page.kind, meta.title);
    const readable = reader.content ?? landmarkContent(doc);
    const wallBeside = walls !== null && wallFollows(readable, walls);
    let content = readable;
    // A second, untouched reading of the page, for when Readability's pick is not all of the text.
    const reread = (): Document => {
      const again = parseHtml(html, finalUrl || undefined, dom);
      // A later reading (the landmark's, after a wider container gave way) replaces an earlier one nothing holds.
      second?.close();
      second = again;
      if (streamed) placeStreamedContent(again.document);
      if (shadowed) openShadowRoots(again.document);
      cleanBeforeReadability(again.document, declared);
      return again.document;
    };
    // A page that declares itself a thread, read only where posts were found.
    const declaredThread = (): boolean => meta.ldTypes.some((t) => THREAD_TYPES.has(t)) || doc.querySelector(THREAD_ITEMTYPES) !== null;
    const thread = posts && partlyHeld(readable, posts, posts.series.length > 0 && declaredThread());
    // Readability kept some posts of a thread: all of them are the text.
    if (thread !== null) content = seriesContainer(reread(), thread) ?? readable;
    else if (prose) {
      // Readability kept little of the page's prose, or left a hole among the paragraphs it
      // kept: a wider container, holding that much more prose.
      const gain = keptTooLittle(readable, prose) ? WIDEN_MIN_GAIN : holeGain(readable, prose);
      if (gain !== null) content = widerContainer(reread(), readable, prose, gain) ?? readable;
    }
    // A declared recipe whose ingredient list Readability left out: that list, before the steps.
    if (content && content === readable && lacksIngredients(content, ingredients)) {
      const box = ingredientBox(reread(), ingredients, meta.ingredients);
      if (box) content.prepend(box);
    }
    // And its steps, after the story (one second reading serves both).
    const steps = stepKeys(meta.steps);
    if (content && content === readable && lacksSteps(content, steps)) {
      const box = stepsBox(second?.document ?? reread(), steps, meta.steps);
      if (box) content.append(box);
    }
    // And its questions and answers after it, in a box of their own (readability.ts: closing boxes).
    if (content && content === readable) for (const { after, box } of reader.closing) after.after(box);
    // And a summary before the story ("Key points" over a list), in a box of its own, or after its standfirst.
    if (content && content === readable && ruleOn('clean:summary-box') && mayHoldSummary(html)) {
      const summary = summaryBox(second?.document ?? reread(), content);
      if (summary?.before) summary.before.before(...summary.box);
      else if (summary) content.prepend(...summary.box);
    }
    // And an introduction its template set apart (a call to action between it and the rest), before the story.
    const lead = content && content === readable && prose ? leadPlaces(content, prose) : [];
    if (content && prose && lead.length) {
      const box = leadBox(second?.document ?? reread(), prose, lead);
      if (box) content.prepend(box);
    }
    // Readability took a sidebar's box for the article: the page's own prose, however short.
    const sidebar = content === readable && prose !== null && pickedSidebar(readable, prose);
    if (sidebar) content = widerContainer(reread(), null, prose) ?? readable;
    // Or took one beside the article: it goes.
    else if (content === readable && readable && prose && ruleOn('clean:prose-coverage')) dropSidebars(readable);
    const title = meta.title ?? cleanTitle(reader.title, meta.siteName);
    const publishedAt = meta.publishedAt ?? normaliseDate(reader.publishedTime);
    // The page's writers, for the clean stage to know their biography under the story.
    const writers = meta.authors.length ? meta.authors : cleanAuthors(reader.byline ? [reader.byline] : []);
    let body = '';
    let markdown: string | undefined;
    let articleHtml: string | undefined;
    let cleaned: CleanReport | null = null;
    // Images and links are gathered by the walk that writes the body text (extract/media.ts).
    let media: MediaCollector | null = null;
    if (content) {
      // Measured before cleaning, and only when there is a wider container to weigh against it. A
      // forum's dated posts are not weighed so: Readability's pick of some of them also held
      // their headers (names, ranks, "Re: …" headings), which outweigh a short post it left out.
      const forum = thread !== null && posts?.series[thread]?.dated === true;
      const readableChars = readable && content !== readable && !sidebar && !forum ? textLength(readable) : 0;
      // The clean stage on a candidate, then its text, images and links.
      const cleanText = (el: Element): { cleaned: CleanReport; media: MediaCollector; body: string } => {
        keepCaptions(el);
        const report = cleanAfterReadability(el, undefined, title, writers, publishedAt);
        const found = new MediaCollector(el);
        return { cleaned: report, media: found, body: elementToText(el, found) };
      };
      for (;;) {
        ({ cleaned, media, body } = cleanText(content));
        // A wider container that cleans down to less than Readability's pick held gives way to it.
        if (!readable || content === readable || body.length >= readableChars) break;
        content = readable;
      }
      // Readability's pick cleaned down to nothing (other pages' teaser cards beside a story of a
      // paragraph or two): the page's main landmark, in the second reading, gets its turn.
      const landmark = !body.trim() && content === readable ? landmarkContent(reread()) : null;
      const fallback = landmark ? cleanText(landmark) : null;
      if (landmark && fallback?.body.trim()) {
        content = landmark;
        ({ cleaned, media, body } = fallback);
      }
      if (input.markdown) markdown = elementToMarkdown(content, meta.title ?? reader.title);
      if (input.html) articleHtml = elementToHtml(content);
    }
    if (meta.ldBody && preferLdBody(body, meta.ldBody)) {
      body = tidy(meta.ldBody);
      media = null;
      if (input.markdown) markdown = textToMarkdown(body, meta.title);
      if (input.html) articleHtml = textToHtml(body);
    }
    // Text that cleaning removed entirely is still judged: a listing cleans down to nothing.
    if (!body && !cleaned) throw new CopydeskError('EMPTY_ARTICLE', 'no article text found on the page', { url });

    const wordCount = countWords(body);
    const verdict = judgeArticle({ body, ldTypes: meta.ldTypes, ogType: meta.ogType, url: finalUrl, title, siteName: meta.siteName, dated: publishedAt !== null, ...(media ? { bodyLinkChars: media.links.reduce((n, l) => n + l.text.length, 0) } : {}), page: signals, cleaned, wallBeside });
    if (!verdict.isArticle && !opts.keepNonArticles) {
      throw new CopydeskError('NOT_AN_ARTICLE', `not an article (score ${verdict.score}: ${verdict.reasons.join('; ') || 'no article signals'})`, { url });
    }
    if (!body) throw new CopydeskError('EMPTY_ARTICLE', 'no article text found on the page', { url });
    if (body.trim().length < MIN_BODY_CHARS) throw new CopydeskError('EMPTY_ARTICLE', `no article text found on the page, only "${body.trim()}" (a script fills it in?)`, { url });
    const bylined = meta.authors.length ? writers : writers.filter(signature);
    const authors = bylined.length || !meta.siteOwner ? bylined : [meta.siteOwner];
    const record: ArticleRecord = {
      schemaVersion: SCHEMA_VERSION,
      url,
      finalUrl,
      canonicalUrl: meta.canonicalUrl,
      title,
      authors,
      publishedAt,
      modifiedAt: meta.modifiedAt,
      siteName: meta.siteName ?? reader.siteName,
      lang: recordLanguage(meta.lang ?? reader.lang, body),
      description: meta.description,
      image: meta.image,
      tags: meta.tags,
      section: meta.section,
      body,
      images: media?.images ?? [],
      links: media?.links ?? [],
      quotes: opts.quotes ? extractQuotes(body) : [],
      wordCount,
      isArticle: verdict.isArticle,
      articleScore: verdict.score,
      accessibleForFree: meta.accessibleForFree !== false && !verdict.walled,
      fetchedAt: (input.fetchedAt ?? new Date()).toISOString(),
      extractor: { ...EXTRACTOR },
    };
    if (markdown !== undefined) record.markdown = markdown;
    if (articleHtml !== undefined) record.html = articleHtml;
    return record;
  } finally {
    page.close();
    second?.close();
  }
}

/** Extracts from HTML; never throws: failures come back as error records. */
export function extract(html: string, input: ExtractInput | null = {}, options: Partial<Options> | null = {}): CopydeskRecord {
  try {
    return extractArticle(html, input, options);
  } catch (err) {
    return errorRecord(typeof input?.url === 'string' ? input.url : '', err, input?.fetchedAt);
  }
}

/** extractArticle in this thread, as an Extractor (batches may pass one running on workers). */
export const extractHere: Extractor = async (html, input, options) => extractArticle(html, input, options);

/**
 * Fetches a page and extracts it; never throws: failures come back as error records.
 * `extra.trusted` marks a URL a person gave (it may then be on a private network, as may
 * redirects that stay on its origin); without it, or `allowPrivate`, only public addresses
 * are fetched. `extra.extract` is where the page is extracted (default: this thread).
 */
export async function get(url: string, options: Partial<Options> = {}, extra: { markdown?: boolean; html?: boolean; signal?: AbortSignal; trusted?: boolean; extract?: Extractor } = {}): Promise<CopydeskRecord> {
  const fetchedAt = new Date();
  if (typeof url !== 'string') return errorRecord('', new CopydeskError('INVALID_URL', `the address must be a string, not ${url === null ? 'null' : typeof url}`), fetchedAt);
  try {
    const opts = resolveOptions(options);
    // The HTTP client (undici, about 5 MB of heap) loads on the first fetch, not with the
    // recipe: pool workers only extract, and each would otherwise carry it.
    const { fetchPage } = await import('./fetch/page.js');
    const page = await fetchPage(url, opts, { trusted: extra.trusted ?? false, ...(extra.signal ? { signal: extra.signal } : {}) });
    const extractor = extra.extract ?? extractHere;
    return await extractor(page.html, { url, finalUrl: page.finalUrl, fetchedAt, markdown: extra.markdown ?? false, html: extra.html ?? false }, opts);
  } catch (err) {
    return errorRecord(url, err, fetchedAt);
  }
}
