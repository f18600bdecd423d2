/**
 * `copydesk extract --state PATH` over archives: the pages extracted are remembered in the
 * same state a crawl keeps (src/state), so a month of archives can be processed in several
 * runs, and a page a crawl already wrote is not extracted again. A page is marked once its
 * record has been written; a run killed in between extracts that page again next time.
 *
 * Keys are the normalised URL, as the crawl's. Pages that failed for good (not an article,
 * not decodable) are marked failed, so later runs pass over them too; damage to an archive
 * is not a page and is not marked.
 */
import { normaliseUrl } from '../discover/url.js';
import type { RecordSummary } from '../record/prepared.js';
import type { StateStore } from '../state/store.js';

export class ArchiveResume {
  constructor(private readonly store: StateStore) {}

  private key(url: string): string {
    return normaliseUrl(url) ?? url;
  }

  /** Whether the page was written (or given up) by an earlier run or a crawl. */
  async done(url: string): Promise<boolean> {
    const key = this.key(url);
    return (await this.store.seen([key])).has(key);
  }

  /** Marks a page written (or failed for good), from its record's summary (src/record/prepared.ts). */
  async mark(record: RecordSummary): Promise<void> {
    if (record.warcFile === null || !record.url) return;
    const key = this.key(record.url);
    const source = `warc:${record.warcFile}`;
    if (!record.error) return this.store.finishItem(key, { status: 'done', source });
    if (record.error.code === 'ARCHIVE_CORRUPT') return;
    return this.store.finishItem(key, { status: 'failed', source, error: `${record.error.code}: ${record.error.message}` });
  }
}
