/**
 * A record made ready for output where it was extracted: its text in the output format and
 * the few fields the writer needs besides (counts, the --lang filter, the stderr note of a
 * failed page, --state). Pool workers hand these back instead of records, the text as UTF-8
 * bytes moved to the main thread rather than copied, so the main thread neither rebuilds a
 * record's object graph (a structured clone) nor serialises it again. Over a large archive
 * those clones and strings kept the main thread's young generation at V8's 16 MB cap.
 *
 * The main thread makes the same thing of a record it holds (one extracted in-process, an
 * error record of its own), so both paths write through one function and give the same bytes.
 */
import type { OutputFormat } from '../config.js';
import { csvHeader } from './csv.js';
import { articlePath } from './paths.js';
import { formatRecord } from './serialize.js';
import { isErrorRecord } from './types.js';
import type { CopydeskRecord, WarcOrigin } from './types.js';

/** What the writer needs of a record besides its text. */
export interface RecordSummary {
  url: string;
  /** The article's language; null for an error record or when unknown. */
  lang: string | null;
  /** Set for an error record. */
  error: { code: string; message: string } | null;
  /** The archive the page came from (extract of a WARC), for --state. */
  warcFile: string | null;
}

export interface PreparedRecord {
  prepared: true;
  summary: RecordSummary;
  /**
   * What goes out for the record: on stdout in the chosen format, or the file's content with
   * --out. Null when the format has no place for it (an error record in text, or with --out).
   * UTF-8 bytes when made on a worker; text when made in this thread.
   */
  text: Uint8Array | string | null;
  /** With --out: the article's file, relative to the folder. */
  path: string | null;
}

/** How records are written: the output format, to stdout or to files (--out). */
export interface Preparation {
  format: OutputFormat;
  out: boolean;
}

/** --out: the format each output format writes its files in, and their extension. One JSON record per file is pretty. */
export const FILE_FORMATS: Record<OutputFormat, { format: OutputFormat; ext: string }> = {
  json: { format: 'json', ext: 'json' },
  ndjson: { format: 'json', ext: 'json' },
  text: { format: 'text', ext: 'txt' },
  markdown: { format: 'markdown', ext: 'md' },
  html: { format: 'html', ext: 'html' },
  csv: { format: 'csv', ext: 'csv' },
};

export function summaryOf(record: CopydeskRecord): RecordSummary {
  const warcFile = record.warc?.file ?? null;
  if (isErrorRecord(record)) return { url: record.url, lang: null, error: { code: record.error.code, message: record.error.message }, warcFile };
  return { url: record.url, lang: record.lang, error: null, warcFile };
}

/** The record's output as text, and its summary. */
export function prepareRecord(record: CopydeskRecord, how: Preparation): PreparedRecord {
  const summary = summaryOf(record);
  if (!how.out) return { prepared: true, summary, text: formatRecord(record, how.format), path: null };
  // With --out an error record has only its note on stderr.
  if (isErrorRecord(record)) return { prepared: true, summary, text: null, path: null };
  const { format, ext } = FILE_FORMATS[how.format];
  // A CSV file of one article still starts with its header.
  return { prepared: true, summary, text: (format === 'csv' ? csvHeader() : '') + (formatRecord(record, format) ?? ''), path: articlePath(record, ext) };
}

/**
 * As prepareRecord, the text encoded as UTF-8 in a buffer of its own (so it can be moved to
 * another thread); `warc` is set on the record first, as the main thread sets it on a record
 * read from an archive.
 */
export function prepareForHandover(record: CopydeskRecord, how: Preparation, warc?: WarcOrigin): PreparedRecord & { text: Uint8Array | null } {
  if (warc) record.warc = warc;
  const prepared = prepareRecord(record, how);
  return { ...prepared, text: typeof prepared.text === 'string' ? new TextEncoder().encode(prepared.text) : null };
}

export function isPrepared(item: CopydeskRecord | PreparedRecord): item is PreparedRecord {
  return 'prepared' in item && item.prepared;
}
