/**
 * One unit of batch work: a page (as HTML, or as a file to read) to a record. The same
 * function runs inside pool workers and in-process, so both give the same record.
 */
import { DEFAULTS } from '../config.js';
import type { Options } from '../config.js';
import { CopydeskError } from '../errors.js';
import { decodeHtml } from '../fetch/sniff.js';
import { errorRecord, extract } from '../pipeline.js';
import type { ExtractInput } from '../extractor.js';
import type { Preparation } from '../record/prepared.js';
import type { CopydeskRecord, WarcOrigin } from '../record/types.js';
import { readFileCapped } from './read.js';

export interface ExtractJob {
  /** The page as text; or else */
  html?: string;
  /** a file to read (gzip-compressed files are recognised by their magic bytes); or */
  file?: string;
  /** the page's bytes, as archived (decoded here, in the worker, like a file). */
  bytes?: Uint8Array;
  /** Content-Type of the bytes, for charset detection. */
  contentType?: string | null;
  input: ExtractInput;
  options: Partial<Options>;
  /**
   * Shared with the main thread: the worker writes the time it starts the page (ms since the
   * epoch), so the page's time budget leaves out the worker's own start-up.
   */
  clock?: BigInt64Array;
}

/**
 * A job whose record the worker makes ready for output (src/record/prepared.ts) instead of
 * handing back the record itself.
 */
export interface PreparedJob extends ExtractJob {
  prepare: Preparation;
  /** The archive record the page was read from, set on the record before it is written. */
  warc?: WarcOrigin;
}

/** What a worker is given. */
export type WorkerJob = ExtractJob & { prepare?: Preparation; warc?: WarcOrigin };

/** Saved pages named as HTML are HTML even without markup near the top; any other file must show some. */
const HTML_FILE = /\.(?:x?html?|xht|shtml)(?:\.gz)?$/i;

/**
 * Reads a saved page under the size cap: gunzips when compressed, refuses what is not a page
 * (NOT_HTML: binary data, or text with no markup in a file not named as HTML), then decodes
 * the charset.
 */
export async function readPage(file: string, contentType: string | null = null, maxBytes: number = DEFAULTS.maxBytes): Promise<string> {
  const type = contentType ?? (HTML_FILE.test(file) ? 'text/html' : null);
  return pageText(await readFileCapped(file, maxBytes), type, file);
}

/**
 * A page's bytes to its text, refusing what is not a page (binary data, JSON, a feed or
 * sitemap, text with no markup where the type does not say HTML): the one way in for saved
 * files, standard input and archived responses alike. `name` is the file's, "-" for stdin.
 */
export function pageText(bytes: Uint8Array, contentType: string | null, name: string): string {
  try {
    return decodeHtml(bytes, contentType, name === '-' ? 'stdin' : name).text;
  } catch (err) {
    if (err instanceof CopydeskError && err.code === 'NOT_HTML' && /without HTML markup/.test(err.message)) {
      const which = name === '-' ? 'stdin' : name;
      throw new CopydeskError('NOT_HTML', `${which} is text without HTML markup ("copydesk quotes ${name}" reads quotations from plain text)`, { cause: err });
    }
    throw err;
  }
}

/** Never throws: a page that cannot be read or extracted comes back as an error record. */
export async function runJob(job: ExtractJob): Promise<CopydeskRecord> {
  let html = job.html;
  if (html === undefined) {
    const file = job.file ?? '';
    try {
      html = job.bytes ? pageText(job.bytes, job.contentType ?? null, file || job.input.url || '-') : await readPage(file, job.contentType ?? null, job.options.maxBytes);
    } catch (err) {
      if (err instanceof CopydeskError) return errorRecord(job.input.url || file, err);
      const message = err instanceof Error ? err.message : String(err);
      return errorRecord(job.input.url || file, new CopydeskError('INPUT', `cannot read ${file}: ${message}`, { cause: err }));
    }
  }
  return extract(html, job.input, job.options);
}
