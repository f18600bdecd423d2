/**
 * Many workers, one crawl, the state in PostgreSQL (skipped without a server, see
 * test/helpers/pg-setup.ts): the commands on a shared state, two crawl processes sharing
 * the work and one host's pace, and a SIGKILLed worker's leases taken over.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '../helpers/server.js';
import type { TestServer } from '../helpers/server.js';
import { createTestDatabase, PG_URL, withClient } from '../helpers/pg.js';
import type { TestDatabase } from '../helpers/pg.js';
import { ensureBuilt, outFiles, startCrawl } from './child.js';
import type { Child } from './child.js';
import { cli, fast, startSite, tempDir } from './helpers.js';

interface Hit {
  path: string;
  start: number;
  end: number;
}

/** Feeds of stories on one host, every request logged with its start and end; `town` sets the stories apart from another site's. */
async function clusterSite(feeds: number, perFeed: number, latencyMs: number, town = 'district'): Promise<TestServer & { hits: Hit[] }> {
  const hits: Hit[] = [];
  let origin = '';
  const server = await startServer(async (req, res) => {
    const hit: Hit = { path: req.url ?? '/', start: Date.now(), end: 0 };
    hits.push(hit);
    // The end is taken as the answer is handed over: the client cannot have it any earlier.
    const send = (status: number, type: string, body: string): void => {
      hit.end = Date.now();
      res.writeHead(status, { 'content-type': type }).end(body);
    };
    const feed = /^\/feed-(\d+)\.xml$/.exec(hit.path);
    if (feed) {
      const k = Number(feed[1]);
      const ids = Array.from({ length: perFeed }, (_, i) => k * perFeed + i);
      // The last feed also lists the first story: two sources, one item.
      if (k === feeds - 1) ids.push(0);
      const items = ids.map((i) => `<item><title>Story ${i}</title><link>${origin}/news/${i}.html</link></item>`).join('');
      return send(200, 'application/rss+xml', `<rss><channel><title>f${k}</title>${items}</channel></rss>`);
    }
    const story = /^\/news\/(\d+)\.html$/.exec(hit.path);
    if (!story) return send(404, 'text/plain', '');
    await new Promise((r) => setTimeout(r, latencyMs));
    const i = Number(story[1]);
    const paras = Array.from({ length: 4 }, (_, p) => `<p>Story ${i}, part ${p}: the council of ${town} ${i} met for the ${p + 1}th time this year and agreed that the works on road ${i * 7 + p} would go on until the spring.</p>`).join('');
    send(200, 'text/html; charset=utf-8', `<!doctype html><html lang="en"><head><title>Story ${i}</title><meta property="og:type" content="article"></head><body><article><h1>Story ${i}</h1>${paras}</article></body></html>`);
  });
  origin = server.origin;
  return Object.assign(server, { hits });
}

function articleHits(hits: Hit[]): Map<string, number> {
  const n = new Map<string, number>();
  for (const h of hits) if (h.path.startsWith('/news/')) n.set(h.path, (n.get(h.path) ?? 0) + 1);
  return n;
}

function urlsIn(dir: string): string[] {
  return outFiles(dir).map((f) => (JSON.parse(readFileSync(f, 'utf8')) as { url: string }).url);
}

/** `copydesk export`: each article once, with its id. */
async function expectExported(url: string, n: number): Promise<void> {
  const exported = await cli(['export', '--state', url]);
  expect(exported.code).toBe(0);
  expect(exported.records).toHaveLength(n);
  expect(new Set(exported.records.map((r) => r.url)).size).toBe(n);
  expect(new Set(exported.records.map((r) => (r as { id?: string }).id)).size).toBe(n);
  expect((await cli(['export', '--state', url, '--since', '2000-01-01'])).records).toHaveLength(n);
  expect((await cli(['export', '--state', url, '--since', '2999-01-01'])).records).toHaveLength(0);
}

describe.skipIf(PG_URL === '')('crawl with the state in PostgreSQL', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    ensureBuilt();
    db = await createTestDatabase('crawl');
  }, 120_000);
  afterAll(async () => db?.drop());

  it('crawls, remembers, and answers the state commands like the SQLite state', async () => {
    const site = await startSite();
    try {
      const first = await cli(['crawl', site.url('/feed.xml'), ...fast(db.url)]);
      expect(first.code).toBe(0);
      expect(first.records).toHaveLength(4);
      const ids = first.records.map((r) => (r as { id?: string }).id ?? '');
      expect(ids.every((id) => /^[0-9a-f]{32}$/.test(id))).toBe(true);
      expect(new Set(ids).size).toBe(4);
      const again = await cli(['crawl', site.url('/feed.xml'), '--delay', '0', '--allow-private', '--retries', '0'], { COPYDESK_STATE: db.url });
      expect(again.records).toHaveLength(0);
      const stats = JSON.parse((await cli(['state', 'stats', '--state', db.url])).stdout) as { items: { done: number }; robots: number; path: string };
      expect(stats.items.done).toBeGreaterThanOrEqual(4);
      expect(stats.path).toMatch(/^postgres:/);
      expect((await cli(['state', 'check', '--state', db.url])).code).toBe(0);
      const migrate = await cli(['state', 'migrate', '--state', db.url]);
      expect(migrate.stderr).toMatch(/schema up to date \(version \d+\)/);
      const forget = await cli(['state', 'forget', site.url('/news/bridge'), '--state', db.url]);
      expect(forget.stderr).toMatch(/forgot 1 entry/);
      expect((await cli(['crawl', '--fresh', site.url('/feed.xml'), ...fast(db.url)])).code).toBe(2);
      expect((await cli(['state', 'rebuild', '--state', db.url])).code).toBe(1);
      const tmp = tempDir();
      try {
        expect((await cli(['crawl', '--store', site.url('/feed.xml'), ...fast(join(tmp.dir, 'state.db'))])).code).toBe(2);
        expect((await cli(['export', '--state', join(tmp.dir, 'state.db')])).code).toBe(2);
      } finally {
        tmp.cleanup();
      }
    } finally {
      await site.close();
    }
  });

  it('copies an SQLite state into PostgreSQL: what it had seen stays seen', async () => {
    const site = await startSite();
    const tmp = tempDir();
    const target = await createTestDatabase('import');
    try {
      const sqlite = join(tmp.dir, 'state.db');
      expect((await cli(['crawl', site.url('/feed.xml'), ...fast(sqlite)])).records).toHaveLength(4);
      const moved = await cli(['state', 'migrate', '--from', sqlite, '--to', target.url]);
      expect(moved.code).toBe(0);
      expect(moved.stderr).toMatch(/copied .*: 4 items, \d+ documents, 0 hosts, 1 robots/);
      const requests = site.log.length;
      const after = await cli(['crawl', site.url('/feed.xml'), ...fast(target.url)]);
      expect(after.records).toHaveLength(0);
      expect(site.log.slice(requests).filter((r) => r.path.startsWith('/news/'))).toHaveLength(0);
      expect((await cli(['state', 'migrate', '--from', sqlite])).code).toBe(2);
    } finally {
      await target.drop();
      tmp.cleanup();
      await site.close();
    }
  });

  it('two workers at once: every article fetched and written once, the host asked one request at a time with the delay between', async () => {
    const FEEDS = 4;
    const PER = 5;
    const DELAY_MS = 60;
    const site = await clusterSite(FEEDS, PER, 20);
    const tmp = tempDir();
    const work = await createTestDatabase('pair');
    try {
      const feeds = Array.from({ length: FEEDS }, (_, k) => site.url(`/feed-${k}.xml`));
      const args = (order: string[]): string[] => [...order, '--state', work.url, '--out', join(tmp.dir, 'out'), '--store', '--stdout', '--delay', String(DELAY_MS / 1000), '--allow-private', '--retries', '0', '--no-workers', '-q'];
      const workers: Child[] = [startCrawl(args(feeds), () => undefined), startCrawl(args([...feeds].reverse()), () => undefined)];
      const codes = await Promise.all(workers.map((w) => w.code));
      expect(codes, workers.map((w) => w.stderr).join('\n')).toEqual([0, 0]);
      const urls = urlsIn(join(tmp.dir, 'out'));
      expect(urls).toHaveLength(FEEDS * PER);
      expect(new Set(urls).size).toBe(FEEDS * PER);
      expect(workers[0]!.lines.length + workers[1]!.lines.length).toBe(FEEDS * PER);
      await expectExported(work.url, FEEDS * PER);
      const perArticle = articleHits(site.hits);
      expect(perArticle.size).toBe(FEEDS * PER);
      expect([...perArticle.values()].every((n) => n === 1)).toBe(true);
      // Politeness across both workers, from the server's own log: never two at once, never closer than the delay.
      const sorted = [...site.hits].sort((a, b) => a.start - b.start);
      for (let i = 1; i < sorted.length; i++) {
        const gap = sorted[i]!.start - sorted[i - 1]!.end;
        expect(gap, `${sorted[i - 1]!.path} then ${sorted[i]!.path}`).toBeGreaterThanOrEqual(DELAY_MS);
      }
    } finally {
      await work.drop();
      tmp.cleanup();
      await site.close();
    }
  }, 60_000);

  it('a worker killed with SIGKILL: its leases hold until they expire, then another worker takes the work over', async () => {
    const N = 8;
    // Long enough for the second worker to start and ask while the dead one's lease still runs, on a busy machine too.
    const LEASE_S = 5;
    const site = await clusterSite(1, N, 150);
    const tmp = tempDir();
    const work = await createTestDatabase('kill');
    try {
      const out = join(tmp.dir, 'out');
      const args = [site.url('/feed-0.xml'), '--state', work.url, '--out', out, '--store', '--stdout', '--delay', '0.02', '--lease', String(LEASE_S), '--allow-private', '--retries', '0', '--no-workers', '-q'];
      const seen = new Set<string>();
      const first = startCrawl(args, (count, c) => {
        if (count === 3) c.kill('SIGKILL');
      });
      expect(await first.code).toBeNull();
      const killedAt = Date.now();
      for (const l of first.lines) seen.add((JSON.parse(l) as { url: string }).url);
      // At once: the dead worker's lease on the feed still runs, so the feed is not read twice at once.
      const early = startCrawl([...args.filter((a) => a !== '-q')], () => undefined);
      expect(await early.code).toBe(0);
      expect(early.stderr).toMatch(/another worker is reading it/);
      expect(early.lines).toHaveLength(0);
      await new Promise((r) => setTimeout(r, Math.max(0, killedAt + LEASE_S * 1000 + 300 - Date.now())));
      const late = startCrawl(args, () => undefined);
      expect(await late.code).toBe(0);
      for (const l of late.lines) seen.add((JSON.parse(l) as { url: string }).url);
      expect(seen.size).toBe(N);
      const urls = urlsIn(out);
      expect(urls).toHaveLength(N);
      expect(new Set(urls).size).toBe(N);
      await expectExported(work.url, N);
      // At most one article was being fetched when the worker died: at most one refetch.
      const perArticle = [...articleHits(site.hits).values()];
      expect(perArticle.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(N + 1);
      expect(Math.max(...perArticle)).toBeLessThanOrEqual(2);
    } finally {
      await work.drop();
      tmp.cleanup();
      await site.close();
    }
  }, 60_000);

  it('a worker killed with pages in hand on several hosts: no more leases than pages fetched at once, each costing at most one refetch', async () => {
    const HOSTS = 4;
    const PER = 6;
    const LEASE_S = 2;
    const CONCURRENCY = 2;
    const sites = await Promise.all(Array.from({ length: HOSTS }, (_, k) => clusterSite(1, PER, 60, `town ${k}`)));
    const tmp = tempDir();
    const work = await createTestDatabase('hand');
    try {
      const out = join(tmp.dir, 'out');
      const args = [...sites.map((s) => s.url('/feed-0.xml')), '--state', work.url, '--out', out, '--store', '--stdout', '--delay', '0.02', '--lease', String(LEASE_S), '--concurrency', String(CONCURRENCY), '--allow-private', '--retries', '0', '--no-workers', '-q'];
      const first = startCrawl(args, (count, c) => {
        if (count === 5) c.kill('SIGKILL');
      });
      expect(await first.code).toBeNull();
      const killedAt = Date.now();
      // The item leases the dead worker still holds (its pid is in its name): the pages it had in hand.
      const held = await withClient(work.url, async (c) => (await c.query<{ n: number }>("SELECT count(*)::int AS n FROM items WHERE status = 'pending' AND lease_owner LIKE $1", [`%:${first.pid}:%`])).rows[0]?.n ?? 0);
      expect(held).toBeLessThanOrEqual(CONCURRENCY);
      await new Promise((r) => setTimeout(r, Math.max(0, killedAt + LEASE_S * 1000 + 300 - Date.now())));
      const late = startCrawl(args, () => undefined);
      expect(await late.code, late.stderr).toBe(0);
      const urls = urlsIn(out);
      expect(urls).toHaveLength(HOSTS * PER);
      expect(new Set(urls).size).toBe(HOSTS * PER);
      await expectExported(work.url, HOSTS * PER);
      const perArticle = sites.flatMap((s) => [...articleHits(s.hits).values()]);
      expect(perArticle).toHaveLength(HOSTS * PER);
      expect(perArticle.reduce((a, b) => a + b, 0) - HOSTS * PER).toBeLessThanOrEqual(held);
      expect(Math.max(...perArticle)).toBeLessThanOrEqual(2);
    } finally {
      await work.drop();
      tmp.cleanup();
      await Promise.all(sites.map((s) => s.close()));
    }
  }, 60_000);
});
