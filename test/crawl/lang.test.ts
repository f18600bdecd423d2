import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isErrorRecord } from '../../src/record/types.js';
import { cli, fast, startSite, tempDir } from './helpers.js';
import type { Site } from './helpers.js';

describe('copydesk crawl --lang', () => {
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

  it('skips articles in other languages with a count, not as failures, and remembers them as seen', async () => {
    const state = join(tmp.dir, 'state.db');
    const summary = join(tmp.dir, 'summary.json');
    const first = await cli(['crawl', site.url('/feed.xml'), ...fast(state), '--lang', 'de', '--summary-json', summary]);
    expect(first.code).toBe(0);
    expect(first.records).toEqual([]);
    expect(first.stderr).toMatch(/4 items · 0 written .*4 in other languages \(--lang\)/);
    const failed = await cli(['state', 'failed', '--state', state]);
    expect(failed.records).toEqual([]);
    // A second run with the same --lang fetches none of them again.
    const fetched = site.hits('/news/').length;
    expect(fetched).toBe(4);
    const second = await cli(['crawl', site.url('/feed.xml'), ...fast(state), '--lang', 'de']);
    expect(second.code).toBe(0);
    expect(second.records).toEqual([]);
    expect(site.hits('/news/')).toHaveLength(fetched);
  });

  it('writes the articles in the languages asked for', async () => {
    const r = await cli(['crawl', site.url('/feed.xml'), ...fast(join(tmp.dir, 'state.db')), '--lang', 'en,de']);
    expect(r.code).toBe(0);
    expect(r.records.filter((x) => !isErrorRecord(x))).toHaveLength(4);
  });
});
