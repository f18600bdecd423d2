/**
 * The two extractors the accuracy benchmark compares on each page: copydesk's whole
 * pipeline, and plain Readability on the same jsdom set-up with default options.
 */
import { Readability } from '@mozilla/readability';
import { parseHtml } from '../extract/dom.js';
import { normaliseDate } from '../extract/dates.js';
import { extractArticle } from '../pipeline.js';

export interface Prediction {
  body: string;
  title: string | null;
  authors: string[];
  publishedAt: string | null;
  /** The verdict; null for an extractor that gives none, or when the pipeline threw. */
  isArticle: boolean | null;
  articleScore: number | null;
  /** Error code or message when the extractor threw; the prediction is then empty. */
  error: string | null;
}

function failed(err: unknown): Prediction {
  const code = (err as { code?: unknown }).code;
  return { body: '', title: null, authors: [], publishedAt: null, isArticle: null, articleScore: null, error: typeof code === 'string' ? code : String(err) };
}

export function runCopydesk(html: string, url: string): Prediction {
  try {
    // keepNonArticles: every page is scored, and the verdict is read from the record.
    const r = extractArticle(html, { url, fetchedAt: new Date(0) }, { keepNonArticles: true, quotes: false });
    return { body: r.body, title: r.title, authors: r.authors, publishedAt: r.publishedAt, isArticle: r.isArticle, articleScore: r.articleScore, error: null };
  } catch (err) {
    return failed(err);
  }
}

export function runPlainReadability(html: string, url: string): Prediction {
  const page = parseHtml(html, url || undefined, 'jsdom');
  try {
    const r = new Readability(page.document).parse();
    return {
      body: r?.textContent ?? '',
      title: r?.title || null,
      authors: r?.byline ? [r.byline] : [],
      publishedAt: normaliseDate(r?.publishedTime),
      isArticle: null,
      articleScore: null,
      error: null,
    };
  } catch (err) {
    return failed(err);
  } finally {
    page.close();
  }
}
