/**
 * Records as CSV (RFC 4180): a header, then one row per article, lines ended by CRLF, a
 * field quoted when it holds a comma, a quote or a line break, quotes doubled inside. Error
 * records have no row: a spreadsheet wants articles, so failures are named on stderr and
 * counted in the exit code, as in the other human formats.
 */
import type { ArticleRecord } from './types.js';

/** The columns, in order, with how each is read from a record. */
export const CSV_COLUMNS: readonly (readonly [string, (r: ArticleRecord) => string | number | null])[] = [
  ['url', (r) => r.url],
  ['title', (r) => r.title],
  // Names are joined with "; ": names themselves may hold commas ("Smith, Jr.").
  ['authors', (r) => r.authors.join('; ')],
  ['publishedAt', (r) => r.publishedAt],
  ['siteName', (r) => r.siteName],
  ['lang', (r) => r.lang],
  ['wordCount', (r) => r.wordCount],
  ['body', (r) => r.body],
];

export function csvField(value: string | number | null): string {
  const s = value === null ? '' : String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvHeader(): string {
  return `${CSV_COLUMNS.map(([name]) => name).join(',')}\r\n`;
}

export function csvRow(record: ArticleRecord): string {
  return `${CSV_COLUMNS.map(([, read]) => csvField(read(record))).join(',')}\r\n`;
}
