import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isErrorRecord } from '../../src/record/types.js';
import type { ArticleRecord } from '../../src/record/types.js';
import { cli, fast, startSite, tempDir } from './helpers.js';
import type { Site } from './helpers.js';

function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string, rel: string): void => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.isDirectory()) walk(join(d, e.name), `${rel}${e.name}/`);
      else out.push(`${rel}${e.name}`);
    }
  };
  walk(dir, '');
  return out.sort();
}

describe('copydesk crawl: a feed, twice', () => {
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

  it('writes every new article once, then sends only conditional requests and writes nothing', async () => {
    const state = join(tmp.dir, 'state.db');
    const out = join(tmp.dir, 'out');
    const first = await cli(['crawl', site.url('/feed.xml'), ...fast(state), '--out', out, '--stdout']);
    expect(first.stderr).toMatch(/4 items · 4 written/);
    expect(first.code).toBe(0);
    const articles = first.records.filter((r): r is ArticleRecord => !isErrorRecord(r));
    expect(articles.map((a) => a.url).sort()).toEqual([
      site.url('/news/bridge-vote.html'),
      site.url('/news/harbour-reopens.html'),
      site.url('/news/library-late-hours.html'),
      site.url('/news/market-returns.html'),
    ]);
    const market = articles.find((a) => a.url.includes('market'));
    expect(market?.feed).toEqual({
      source: site.url('/feed.xml'),
      title: 'Saturday market returns to the square',
      guid: 'courier-1004',
      publishedAt: '2026-11-23T07:15:00Z',
      updatedAt: null,
      author: 'Lena Faro',
      categories: ['Town', 'Shopping'],
    });
    const files = listFiles(out);
    expect(files.filter((f) => !f.startsWith('.copydesk-tmp'))).toHaveLength(4);
    expect(files).toContain(`127.0.0.1_${new URL(site.origin).port}/2026-11-23/market-returns-${files.find((f) => f.includes('market-returns'))?.split('-').pop()?.replace('.json', '')}.json`);
    const onDisk = JSON.parse(readFileSync(join(out, files.find((f) => f.includes('bridge-vote')) ?? ''), 'utf8')) as ArticleRecord;
    expect(onDisk.title).toBe('Council delays vote on the old rail bridge');

    const before = site.log.length;
    const second = await cli(['crawl', site.url('/feed.xml'), ...fast(state), '--out', out, '--stdout']);
    expect(second.code).toBe(0);
    expect(second.stdout).toBe('');
    const requests = site.log.slice(before);
    // robots.txt comes from the state; only the feed is asked for, conditionally.
    expect(requests.map((r) => `${r.status} ${r.path}`)).toEqual(['304 /feed.xml']);
    expect(requests[0]?.headers['if-none-match']).toMatch(/^"/);
    expect(requests[0]?.headers['if-modified-since']).toBe('Mon, 23 Nov 2026 08:00:00 GMT');
    expect(listFiles(out).filter((f) => !f.startsWith('.copydesk-tmp'))).toHaveLength(4);
  });
});

describe('copydesk crawl: the address guard on discovered URLs', () => {
  it('fetches a feed the person named on loopback but refuses the loopback articles found in it', async () => {
    const site = await startSite();
    const tmp = tempDir();
    try {
      const args = fast(join(tmp.dir, 'state.db')).filter((a) => a !== '--allow-private');
      const run = await cli(['crawl', site.url('/feed.xml'), ...args]);
      expect(run.code).toBe(1);
      expect(run.records.length).toBeGreaterThan(0);
      for (const r of run.records) {
        expect(isErrorRecord(r) && r.error.code).toBe('BLOCKED_ADDRESS');
      }
      expect(site.log.map((e) => e.path)).not.toContain('/news/bridge-vote.html');
    } finally {
      await site.close();
      tmp.cleanup();
    }
  });
});
