/**
 * Where a fetched page is extracted: in this thread, or on the worker pool. `get` and `crawl`
 * take one Extractor and call it where the recipe says "extract"; the choice is made once,
 * by the command, so the recipe itself does not branch on it.
 */
import { CopydeskError, ERROR_CODES } from '../errors.js';
import type { ErrorCode } from '../errors.js';
import { isErrorRecord } from '../record/types.js';
import type { ArticleRecord, CopydeskRecord } from '../record/types.js';
import type { Extractor } from '../extractor.js';
import { ExtractPool, workerFile } from './index.js';

/** Turns a worker's error record back into the error extractArticle would have thrown. */
function toThrown(record: CopydeskRecord, url: string): ArticleRecord {
  if (!isErrorRecord(record)) return record;
  const { code, message, status, stage } = record.error;
  const known = (Object.hasOwn(ERROR_CODES, code) ? code : 'INTERNAL') as ErrorCode;
  throw new CopydeskError(known, message, { url, status, stage });
}

/** Extraction on the pool's workers; the page travels to the worker as text. */
export function poolExtractor(pool: ExtractPool): Extractor {
  return async (html, input, options, signal) => toThrown(await pool.run({ html, input, options }, signal), input.url ?? '');
}

/**
 * Threads for a batch: none for one page, `--no-workers` (false) or a single thread; else
 * `--workers N` or the cores. `pages` is null when the count is not known in advance.
 */
export function batchThreads(workers: number | false | undefined, pages: number | null, cores: number): number {
  if (workers === false || (pages !== null && pages < 2)) return 0;
  const wanted = Math.min(workers ?? cores, pages ?? Infinity);
  return wanted > 1 ? wanted : 0;
}

/**
 * The extractor for a batch: on a pool of `threads` workers, started with the first page (a
 * crawl that finds nothing new starts none). Null, meaning in this thread, when `threads` < 2
 * or no compiled worker exists (running from TypeScript sources).
 */
export function openPoolExtractor(threads: number): { extract: Extractor; close: () => Promise<void> } | null {
  if (threads < 2 || !workerFile()) return null;
  let opening: Promise<ExtractPool | null> | null = null;
  const pool = (): Promise<ExtractPool | null> => (opening ??= ExtractPool.open({ threads }));
  return {
    extract: async (html, input, options, signal) => {
      const open = await pool();
      if (open) return poolExtractor(open)(html, input, options, signal);
      const { extractArticle } = await import('../pipeline.js');
      return extractArticle(html, input, options);
    },
    close: async () => {
      await (await opening)?.close();
    },
  };
}
