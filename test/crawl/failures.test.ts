/**
 * Nothing skipped without a word: an item that was not written is remembered with its
 * reason, tried again when the reason may have gone, listed by `state failed`, put back in
 * line by `state retry`, and named in --summary-json.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { resolveOptions } from '../../src/config.js';
import { Crawler } from '../../src/crawl/crawler.js';
import type { CrawlSummary } from '../../src/crawl/summary.js';
import { isErrorRecord } from '../../src/record/types.js';
import type { CopydeskRecord } from '../../src/record/types.js';
import { SCHEMA, SCHEMA_VERSION } from '../../src/state/schema.js';
import { SqliteStore } from '../../src/state/sqlite.js';
import { REPO_ROOT } from '../helpers/shared.js';
import { cli, fast, startSite, tempDir } from './helpers.js';
import type { Site } from './helpers.js';

/** A section front: judged not to be an article. */
const SECTION_PAGE = readFileSync(join(REPO_ROOT, 'fixtures', 'clean', 'non-articles', 'section-index.html'));

const written = (records: CopydeskRecord[]): string[] => records.filter((r) => !isErrorRecord(r)).map((r) => new URL(r.url).pathname).sort();
const failedCodes = (records: CopydeskRecord[]): string[] => records.filter(isErrorRecord).map((r) => `${r.error.code} ${new URL(r.url).pathname}`).sort();

describe('failures are remembered and tried again when they may now work', () => {
  let site: Site;
  let tmp: ReturnType<typeof tempDir>;
  let state: string;
  let robots = '';
  let failing = new Set<string>();
  beforeEach(async () => {
    robots = '';
    failing = new Set();
    site = await startSite({
      override: (path, _req, res) => {
        if (path === '/robots.txt' && robots) {
          res.writeHead(200, { 'content-type': 'text/plain' }).end(robots);
          return true;
        }
        if (failing.has(path)) {
          res.writeHead(503, { 'content-type': 'text/plain' }).end('busy');
          return true;
        }
        if (path === '/mixed.xml') {
          const o = site.origin;
          res.writeHead(200, { 'content-type': 'application/rss+xml', etag: '"mixed-1"' });
          res.end(`<rss><channel><title>m</title>
            <item><link>${o}/news/bridge-vote.html</link><pubDate>Sun, 22 Nov 2026 16:45:00 GMT</pubDate></item>
            <item><link>${o}/section/</link><pubDate>Sun, 22 Nov 2026 17:00:00 GMT</pubDate></item></channel></rss>`);
          return true;
        }
        if (path === '/section/') {
          res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(SECTION_PAGE);
          return true;
        }
        return false;
      },
    });
    tmp = tempDir();
    state = join(tmp.dir, 'state.db');
  });
  afterEach(async () => {
    await site.close();
    tmp.cleanup();
  });

  it('BLOCKED_ADDRESS: written on the run that passes --allow-private, not "seen"', async () => {
    const guarded = fast(state).filter((a) => a !== '--allow-private');
    const first = await cli(['crawl', site.url('/feed.xml'), ...guarded]);
    expect(failedCodes(first.records).every((c) => c.startsWith('BLOCKED_ADDRESS'))).toBe(true);
    expect(first.records).toHaveLength(4);
    // The same settings: nothing new to try, and no second error record for each.
    const same = await cli(['crawl', site.url('/feed.xml'), ...guarded]);
    expect(same.records).toEqual([]);
    const allowed = await cli(['crawl', site.url('/feed.xml'), ...fast(state)]);
    expect(allowed.code).toBe(0);
    expect(written(allowed.records)).toEqual(['/news/bridge-vote.html', '/news/harbour-reopens.html', '/news/library-late-hours.html', '/news/market-returns.html']);
    expect(allowed.stderr).toMatch(/4 retried/);
    const listed = await cli(['state', 'failed', '--state', state]);
    expect(listed.stdout).toBe('');
  });

  it('NOT_AN_ARTICLE: written on the run that passes --keep-non-articles', async () => {
    const first = await cli(['crawl', site.url('/mixed.xml'), ...fast(state)]);
    expect(failedCodes(first.records)).toEqual(['NOT_AN_ARTICLE /section/']);
    const kept = await cli(['crawl', site.url('/mixed.xml'), ...fast(state), '--keep-non-articles']);
    expect(written(kept.records)).toEqual(['/section/']);
  });

  it('ROBOTS_DISALLOWED: tried again under another User-Agent', async () => {
    robots = 'User-agent: picky\nDisallow: /news/bridge\n';
    const first = await cli(['crawl', site.url('/mixed.xml'), ...fast(state), '--keep-non-articles', '--user-agent', 'picky/1.0']);
    expect(failedCodes(first.records)).toEqual(['ROBOTS_DISALLOWED /news/bridge-vote.html']);
    const again = await cli(['crawl', site.url('/mixed.xml'), ...fast(state), '--keep-non-articles', '--user-agent', 'picky/1.0']);
    expect(again.records).toEqual([]);
    const other = await cli(['crawl', site.url('/mixed.xml'), ...fast(state), '--keep-non-articles', '--user-agent', 'other/1.0']);
    expect(written(other.records)).toEqual(['/news/bridge-vote.html']);
  });

  it('a change of --since reads the source again, without a conditional request', async () => {
    const first = await cli(['crawl', site.url('/feed.xml'), ...fast(state), '--since', '2026-11-23']);
    expect(written(first.records)).toEqual(['/news/market-returns.html']);
    const before = site.log.length;
    const wider = await cli(['crawl', site.url('/feed.xml'), ...fast(state), '--since', '2026-11-01']);
    const feed = site.log.slice(before).find((r) => r.path === '/feed.xml');
    expect(feed?.status).toBe(200);
    expect(feed?.headers['if-none-match']).toBeUndefined();
    expect(written(wider.records)).toEqual(['/news/bridge-vote.html', '/news/harbour-reopens.html', '/news/library-late-hours.html']);
    // The same filters again: a conditional request, nothing written.
    const same = await cli(['crawl', site.url('/feed.xml'), ...fast(state), '--since', '2026-11-01']);
    expect(same.records).toEqual([]);
    expect(site.hits('/feed.xml').at(-1)).toBe('304 /feed.xml');
  });

  it('state failed lists what was not written and why; state retry puts it back in line; the summary names each', async () => {
    failing.add('/news/bridge-vote.html');
    const summaryPath = join(tmp.dir, 'summary.json');
    const first = await cli(['crawl', site.url('/feed.xml'), site.url('/missing.xml'), ...fast(state), '--summary-json', summaryPath, '--max-attempts', '1']);
    expect(first.code).toBe(1);
    expect(first.stderr).toMatch(/given up after 1 attempts/);
    const summary = JSON.parse(readFileSync(summaryPath, 'utf8')) as CrawlSummary;
    expect(summary.failures.sources).toEqual([expect.objectContaining({ url: site.url('/missing.xml'), code: 'HTTP_STATUS', status: 404 })]);
    expect(summary.failures.items).toEqual([expect.objectContaining({ url: site.url('/news/bridge-vote.html'), code: 'HTTP_STATUS', status: 503, attempts: 1, givenUp: true })]);
    expect(summary.counters.givenUp).toBe(1);

    const listed = await cli(['state', 'failed', '--state', state]);
    expect(listed.code).toBe(0);
    const lines = listed.stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toEqual([
      expect.objectContaining({ kind: 'source', url: site.url('/missing.xml'), code: 'HTTP_STATUS' }),
      expect.objectContaining({ kind: 'item', url: site.url('/news/bridge-vote.html'), code: 'HTTP_STATUS', attempts: 1, givenUp: true, source: site.url('/feed.xml') }),
    ]);
    // Given up: later runs leave it alone, even when the feed has not changed.
    failing.clear();
    expect((await cli(['crawl', site.url('/feed.xml'), ...fast(state)])).records).toEqual([]);
    const retry = await cli(['state', 'retry', site.url('/news/'), '--state', state]);
    expect(retry.stderr).toMatch(/1 item/);
    const after = await cli(['crawl', site.url('/feed.xml'), ...fast(state)]);
    expect(site.hits('/feed.xml').at(-1)).toBe('304 /feed.xml');
    expect(written(after.records)).toEqual(['/news/bridge-vote.html']);
    expect((await cli(['state', 'failed', '--state', state, site.url('/news/')])).stdout).toBe('');
  });
});

describe('transient failures, across runs', () => {
  it('are tried again after a back-off, from the state even when the feed answers 304, then given up', async () => {
    let down = true;
    const site = await startSite({
      override: (path, _req, res) => {
        if (path === '/news/harbour-reopens.html' && down) {
          res.writeHead(503).end();
          return true;
        }
        return false;
      },
    });
    const tmp = tempDir();
    let now = Date.parse('2026-11-30T10:00:00Z');
    const store = SqliteStore.open(join(tmp.dir, 'state.db'), { now: () => now });
    const crawl = async (maxAttempts: number): Promise<{ records: CopydeskRecord[]; crawler: Crawler }> => {
      const records: CopydeskRecord[] = [];
      const crawler = new Crawler({
        options: resolveOptions({ allowPrivate: true, retries: 0 }),
        politeness: { concurrency: 4, perHost: 4, delayMs: 0 },
        store,
        out: null,
        emit: async (r) => {
          records.push(r);
        },
        maxAttempts,
        now: () => now,
      });
      await crawler.run([site.url('/feed.xml')]);
      return { records, crawler };
    };
    try {
      const first = await crawl(3);
      expect(failedCodes(first.records)).toEqual(['HTTP_STATUS /news/harbour-reopens.html']);
      expect(first.crawler.failedItems[0]).toMatchObject({ attempts: 1, givenUp: false, nextAttemptAt: '2026-11-30T10:30:00.000Z' });
      // Ten minutes later: not yet.
      now += 10 * 60_000;
      const early = await crawl(3);
      expect(early.records).toEqual([]);
      expect(early.crawler.counters.waiting).toBe(1);
      // Past its time: tried again (the feed answers 304), fails again, waits twice as long.
      now += 25 * 60_000;
      const second = await crawl(3);
      expect(site.hits('/feed.xml').at(-1)).toBe('304 /feed.xml');
      expect(second.crawler.failedItems[0]).toMatchObject({ attempts: 2, givenUp: false, nextAttemptAt: '2026-11-30T11:35:00.000Z' });
      now += 61 * 60_000;
      const third = await crawl(3);
      expect(third.crawler.failedItems[0]).toMatchObject({ attempts: 3, givenUp: true, nextAttemptAt: null });
      expect(third.crawler.counters.givenUp).toBe(1);
      // Given up: not tried again, even once the server is back.
      down = false;
      now += 48 * 3600_000;
      expect((await crawl(3)).records).toEqual([]);
      expect(await store.failures.retry(site.url('/news/harbour'), now)).toEqual({ items: 1, sources: 0 });
      const back = await crawl(3);
      expect(written(back.records)).toEqual(['/news/harbour-reopens.html']);
      expect(await store.failures.list()).toEqual([]);
    } finally {
      await store.close();
      await site.close();
      tmp.cleanup();
    }
  });
});

describe('an item listed by two sources', () => {
  it('waits for its next attempt whichever source lists it', async () => {
    const site = await startSite({
      override: (path, _req, res) => {
        if (path !== '/news/harbour-reopens.html') return false;
        res.writeHead(503).end();
        return true;
      },
    });
    const tmp = tempDir();
    try {
      const state = join(tmp.dir, 'state.db');
      await cli(['crawl', site.url('/feed.xml'), ...fast(state)]);
      expect(site.hits('/news/harbour-reopens.html')).toEqual(['503 /news/harbour-reopens.html']);
      // Another feed lists it too: not fetched again before its time.
      const other = await cli(['crawl', site.url('/atom.xml'), ...fast(state)]);
      expect(site.hits('/news/harbour-reopens.html')).toHaveLength(1);
      expect(other.stderr).toMatch(/1 waiting to retry/);
    } finally {
      await site.close();
      tmp.cleanup();
    }
  });
});

describe('a state database from before the failures table', () => {
  it('is migrated on open: items given up under the old schema keep their reason and can be tried again', async () => {
    const tmp = tempDir();
    try {
      const path = join(tmp.dir, 'old.db');
      const old = new Database(path);
      old.exec(SCHEMA);
      old.prepare("INSERT INTO meta(key, value) VALUES ('schema_version', '1')").run();
      old.prepare("INSERT INTO items(url, status, source, error, attempts, first_seen, updated_at) VALUES (?, 'failed', ?, ?, 1, 1, 1)").run('https://a.example/x', 'https://a.example/feed', 'BLOCKED_ADDRESS: refused 127.0.0.1');
      old.prepare("INSERT INTO items(url, status, source, attempts, first_seen, updated_at) VALUES ('https://a.example/y', 'done', 'https://a.example/feed', 1, 1, 1)").run();
      old.close();
      const store = SqliteStore.open(path);
      try {
        expect(store.database.prepare("SELECT value FROM meta WHERE key = 'schema_version'").pluck().get()).toBe(String(SCHEMA_VERSION));
        expect(await store.failures.list()).toEqual([expect.objectContaining({ kind: 'item', url: 'https://a.example/x', code: 'BLOCKED_ADDRESS', message: 'refused 127.0.0.1', settings: null })]);
        expect((await store.failures.forSource('https://a.example/feed')).map((f) => f.url)).toEqual(['https://a.example/x']);
      } finally {
        await store.close();
      }
    } finally {
      tmp.cleanup();
    }
  });
});
