import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { stableRecord } from '../../src/record/serialize.js';
import { isErrorRecord } from '../../src/record/types.js';
import type { ArticleRecord } from '../../src/record/types.js';
import { cli, fast, startSite, tempDir } from '../crawl/helpers.js';
import type { Site } from '../crawl/helpers.js';

/**
 * A record as both runs should give it: without fetchedAt, the extractor version, where it came
 * from, and the crawl's own fields (its feed item and the id a crawl gives each story).
 */
function comparable(record: ArticleRecord): Record<string, unknown> {
  const { feed: _feed, warc: _warc, id: _id, ...rest } = stableRecord(record) as ArticleRecord & Record<string, unknown>;
  return rest;
}

describe('copydesk crawl --warc', () => {
  let site: Site;
  let tmp: ReturnType<typeof tempDir>;
  beforeEach(async () => {
    site = await startSite();
    tmp = tempDir();
  });
  afterEach(async () => {
    await site.close();
    tmp.cleanup();
  });

  it('archives each page fetched (request and response, WARC 1.1, gzip per record); extracting the archive gives the same records', async () => {
    const warcDir = join(tmp.dir, 'warc');
    const crawl = await cli(['crawl', site.url('/feed.xml'), ...fast(join(tmp.dir, 'state.db')), '--warc', warcDir, '--no-workers']);
    expect(crawl.code).toBe(0);
    const crawled = crawl.records.filter((r): r is ArticleRecord => !isErrorRecord(r));
    expect(crawled).toHaveLength(4);
    const files = readdirSync(warcDir);
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(/^copydesk-\d{14}-\d+-00000\.warc\.gz$/);
    const text = gunzipSync(readFileSync(join(warcDir, files[0] ?? ''))).toString('latin1');
    expect(text.startsWith('WARC/1.1\r\nWARC-Filename: ')).toBe(true);
    expect(text.match(/^WARC-Type: request\r$/gm)).toHaveLength(4);
    expect(text.match(/^WARC-Type: response\r$/gm)).toHaveLength(4);
    expect(text).toMatch(/^WARC-Payload-Digest: sha256:[0-9a-f]{64}\r$/m);
    expect(text).toMatch(/^user-agent: copydesk\//m);

    const again = await cli(['extract', warcDir, '--no-workers']);
    expect(again.code).toBe(0);
    const extracted = again.records.filter((r): r is ArticleRecord => !isErrorRecord(r));
    const byUrl = (a: ArticleRecord, b: ArticleRecord): number => a.url.localeCompare(b.url);
    expect(extracted.sort(byUrl).map(comparable)).toEqual(crawled.sort(byUrl).map(comparable));
    expect(extracted.every((r) => r.warc?.file === join(warcDir, files[0] ?? ''))).toBe(true);
    // With the crawl's state, the pages it wrote are not extracted again.
    const withState = await cli(['extract', warcDir, '--no-workers', '--state', join(tmp.dir, 'state.db')]);
    expect(withState.records).toEqual([]);
    expect(withState.stderr).toContain('4 already extracted (--state)');
  });

  it('rotates files at --warc-size', async () => {
    const warcDir = join(tmp.dir, 'warc');
    const crawl = await cli(['crawl', site.url('/feed.xml'), ...fast(join(tmp.dir, 'state.db')), '--warc', warcDir, '--warc-size', '1k', '--no-workers']);
    expect(crawl.code).toBe(0);
    const files = readdirSync(warcDir).sort();
    // Every pair is over 1 KB: one file each, numbered in order.
    expect(files.map((f) => f.replace(/^copydesk-\d{14}-\d+-/, ''))).toEqual(['00000.warc.gz', '00001.warc.gz', '00002.warc.gz', '00003.warc.gz']);
    const again = await cli(['extract', warcDir, '--no-workers']);
    expect(again.records.filter((r) => !isErrorRecord(r))).toHaveLength(4);
  });
});
