/**
 * The two extractors the accuracy benchmark compares on each page: copydesk's whole
 * pipeline, and plain Readability on the same jsdom set-up with default options.
 */
import { Readability } from '@mozilla/readability';
import { parseHtml } from '../extract/dom.js';
import { extractArticle } from '../pipeline.js';

export interface CopydeskOutput {
  body: string;
  isArticle: boolean | null;
  articleScore: number | null;
  /** Error code or message when the pipeline threw; the prediction is then empty. */
  error: string | null;
}

export function runCopydesk(html: string, url: string): CopydeskOutput {
  try {
    // keepNonArticles: every page is scored, and the verdict is read from the record.
    const record = extractArticle(html, { url, fetchedAt: new Date(0) }, { keepNonArticles: true, quotes: false });
    return { body: record.body, isArticle: record.isArticle, articleScore: record.articleScore, error: null };
  } catch (err) {
    const code = (err as { code?: unknown }).code;
    return { body: '', isArticle: null, articleScore: null, error: typeof code === 'string' ? code : String(err) };
  }
}

export function runPlainReadability(html: string, url: string): string {
  const page = parseHtml(html, url || undefined, 'jsdom');
  try {
    return new Readability(page.document).parse()?.textContent ?? '';
  } catch {
    return '';
  } finally {
    page.close();
  }
}
