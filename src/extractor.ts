/**
 * The extraction contract, apart from both sides of it: what a page comes with (its
 * address, when it was fetched) and the shape of anything that extracts it. The pipeline
 * implements it in this thread, the pool on worker threads; both import it from here, so
 * neither imports the other for a type.
 */
import type { Options } from './config.js';
import type { ArticleRecord } from './record/types.js';

export interface ExtractInput {
  /** The page's address: base for relative links and the record's `url`. */
  url?: string;
  /** Final URL after redirects, when fetched. Defaults to `url`. */
  finalUrl?: string;
  /** When the page was fetched. Defaults to now. */
  fetchedAt?: Date;
  /** Also render the article as Markdown (record field `markdown`). */
  markdown?: boolean;
  /** Also render the article as safe HTML (record field `html`). */
  html?: boolean;
}

/**
 * Same contract as extractArticle: an article record, or a thrown CopydeskError. `signal`
 * ends an extraction running on the pool at once (its worker is replaced); one running in
 * this thread cannot be interrupted and finishes first.
 */
export type Extractor = (html: string, input: ExtractInput, options: Partial<Options>, signal?: AbortSignal) => Promise<ArticleRecord>;
