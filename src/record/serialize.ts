/**
 * Records to bytes for stdout. NDJSON is one record per line; text is a short header (title,
 * byline and date, address) and the body; markdown is the article as Markdown under YAML
 * front matter; html a whole document per record; csv one row per record (its header is the
 * sink's). Error records are data in JSON formats and go to the caller as null (for stderr)
 * in the others.
 */
import type { OutputFormat } from '../config.js';
import type { CopydeskRecord } from './types.js';
import { csvRow } from './csv.js';
import { frontMatter, textHeader } from './front-matter.js';
import { htmlDocument } from './html-document.js';
import { textToMarkdown } from './markdown.js';
import { isErrorRecord } from './types.js';

/** The text written for a record, or null when the format has no place for it. */
export function formatRecord(record: CopydeskRecord, format: OutputFormat): string | null {
  switch (format) {
    case 'ndjson':
      return `${JSON.stringify(record)}\n`;
    case 'json':
      return `${JSON.stringify(record, null, 2)}\n`;
    case 'text':
      if (isErrorRecord(record)) return null;
      return `${textHeader(record)}${record.body}\n`;
    case 'markdown':
      if (isErrorRecord(record)) return null;
      return frontMatter(record) + (record.markdown ?? textToMarkdown(record.body, record.title));
    case 'html':
      return isErrorRecord(record) ? null : htmlDocument(record);
    case 'csv':
      return isErrorRecord(record) ? null : csvRow(record);
  }
}

/** NDJSON unless one record goes to a terminal, where pretty JSON reads better. */
export function defaultFormat(isTTY: boolean, expectedRecords: number | null): OutputFormat {
  return isTTY && expectedRecords === 1 ? 'json' : 'ndjson';
}

/**
 * A record without what changes from run to run (fetchedAt, the extractor's version), for
 * comparing records across runs, as the golden files do.
 */
export function stableRecord(record: CopydeskRecord): Record<string, unknown> {
  const { fetchedAt: _fetchedAt, ...rest } = record;
  if ('extractor' in rest) return { ...rest, extractor: { name: rest.extractor.name } };
  return rest;
}
