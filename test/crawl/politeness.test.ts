import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isErrorRecord } from '../../src/record/types.js';
import { cli, fast, startSite, tempDir } from './helpers.js';
import type { Site } from './helpers.js';

type Override = (path: string, req: IncomingMessage, res: ServerResponse) => boolean;

describe('politeness and robots.txt', () => {
  let site: Site | undefined;
  let tmp: ReturnType<typeof tempDir>;
  let state: string;
  const times: Record<string, number[]> = {};
  const open = async (override?: Override): Promise<Site> => {
    site = await startSite({
      override: (path, req, res) => {
        (times[path] ??= []).push(performance.now());
        return override ? override(path, req, res) : false;
      },
    });
    return site;
  };
  beforeEach(() => {
    tmp = tempDir();
    state = join(tmp.dir, 'state.db');
    for (const k of Object.keys(times)) delete times[k];
  });
  afterEach(async () => {
    await site?.close();
    site = undefined;
    tmp.cleanup();
  });

  const articleStarts = (): number[] => Object.entries(times).filter(([p]) => p.startsWith('/news/')).flatMap(([, t]) => t).sort((a, b) => a - b);
  const gaps = (t: number[]): number[] => t.slice(1).map((v, i) => v - (t[i] ?? 0));

  it('waits --delay between requests to one host', async () => {
    const s = await open();
    const res = await cli(['crawl', s.url('/feed.xml'), ...fast(state), '--delay', '0.25']);
    expect(res.code).toBe(0);
    const g = gaps(articleStarts());
    expect(g).toHaveLength(3);
    for (const gap of g) expect(gap).toBeGreaterThanOrEqual(240);
  });

  it('spaces requests per host, while different hosts go in parallel', async () => {
    const otherStarts: number[] = [];
    const other = await startSite({
      override: (path) => {
        if (path.startsWith('/news/')) otherStarts.push(performance.now());
        return false;
      },
    });
    try {
      const s = await open((path, _req, res) => {
        if (path !== '/mixed.xml') return false;
        const links = ['harbour-reopens', 'bridge-vote', 'market-returns'].flatMap((n) => [`${s.origin}/news/${n}.html`, `${other.origin}/news/${n}.html`]);
        res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(`<rss><channel><title>m</title>${links.map((l) => `<item><link>${l}</link></item>`).join('')}</channel></rss>`);
        return true;
      });
      const res = await cli(['crawl', s.url('/mixed.xml'), ...fast(state), '--delay', '0.3']);
      expect(res.code).toBe(0);
      // The same stories on two hosts are duplicates by body: three written, three duplicates.
      expect(res.stderr).toMatch(/3 written · 0 seen · 3 duplicates/);
      const here = articleStarts();
      const there = other.log.filter((r) => r.path.startsWith('/news/')).length;
      expect(here).toHaveLength(3);
      expect(there).toBe(3);
      for (const gap of gaps(here)) expect(gap).toBeGreaterThanOrEqual(290);
      for (const gap of gaps(otherStarts)) expect(gap).toBeGreaterThanOrEqual(290);
      // Both hosts were worked at once: all six requests within about 2 × 0.3 s, not 5 × 0.3 s.
      const all = [...here, ...otherStarts].sort((a, b) => a - b);
      expect((all[5] ?? 0) - (all[0] ?? 0)).toBeLessThan(1200);
    } finally {
      await other.close();
    }
  });

  it("honours the host's Crawl-delay", async () => {
    const s = await open((path, _req, res) => {
      if (path !== '/robots.txt') return false;
      res.writeHead(200, { 'content-type': 'text/plain' }).end('User-agent: *\nCrawl-delay: 0.3\n');
      return true;
    });
    await cli(['crawl', s.url('/feed.xml'), ...fast(state)]);
    for (const gap of gaps(articleStarts())) expect(gap).toBeGreaterThanOrEqual(290);
  });

  it('obeys the group for its own product token', async () => {
    const s = await open();
    const res = await cli(['crawl', s.url('/feed.xml'), ...fast(state), '--user-agent', 'GreedyBot/2.0 (+https://greedy.example)']);
    expect(res.code).toBe(1);
    expect(res.stderr).toMatch(/feed\.xml: ROBOTS_DISALLOWED/);
    expect(s.hits()).toEqual(['200 /robots.txt']);
  });

  it('reads a robots.txt past 500 KiB to its first 500 KiB rather than holding the host back', async () => {
    const s = await open((path, _req, res) => {
      if (path !== '/robots.txt') return false;
      res.writeHead(200, { 'content-type': 'text/plain' }).end(`User-agent: *\n${'Disallow: /nothing-here\n'.repeat(40_000)}`);
      return true;
    });
    const res = await cli(['crawl', s.url('/feed.xml'), ...fast(state)]);
    expect(res.code).toBe(0);
    expect(res.records).toHaveLength(4);
    expect(res.stderr).not.toMatch(/TOO_LARGE|ROBOTS_DISALLOWED/);
  });

  it('reads garbage robots.txt as no rules', async () => {
    const s = await open((path, _req, res) => {
      if (path !== '/robots.txt') return false;
      const junk = Buffer.alloc(20_000);
      for (let i = 0; i < junk.length; i++) junk[i] = (i * 7919) % 251;
      res.writeHead(200, { 'content-type': 'text/plain' }).end(junk);
      return true;
    });
    const res = await cli(['crawl', s.url('/feed.xml'), ...fast(state)]);
    expect(res.code).toBe(0);
    expect(res.records).toHaveLength(4);
  });

  it('pauses a host on 429 Retry-After, and backs off a host that keeps failing, across runs', async () => {
    let limited = 0;
    const s = await open((path, _req, res) => {
      if (path === '/news/market-returns.html' && limited++ === 0) {
        res.writeHead(429, { 'retry-after': '1' }).end();
        return true;
      }
      if (path === '/news/bridge-vote.html' || path === '/news/library-late-hours.html' || path === '/news/harbour-reopens.html') {
        res.writeHead(503).end();
        return true;
      }
      return false;
    });
    const res = await cli(['crawl', s.url('/feed.xml'), ...fast(state)]);
    expect(res.code).toBe(1);
    const starts = (p: string): number[] => times[p] ?? [];
    // The request after the 429 waited the second the server asked for.
    expect((starts('/news/bridge-vote.html')[0] ?? 0) - (starts('/news/market-returns.html')[0] ?? 0)).toBeGreaterThanOrEqual(950);
    expect(res.records.filter(isErrorRecord).map((r) => r.error.status).sort()).toEqual([429, 503, 503, 503]);
    // Four failures in a row: the host is backed off, and each article waits for its next
    // attempt. The next run does not touch them.
    const before = s.log.length;
    const again = await cli(['crawl', s.url('/feed.xml'), ...fast(state)]);
    expect(s.log.slice(before).map((r) => r.path)).toEqual(['/feed.xml']);
    expect(again.stderr).toMatch(/4 waiting to retry/);
    expect(again.code).toBe(0);
    const stats = await cli(['state', 'stats', '--state', state]);
    if (stats.code !== 0) throw new Error(stats.stdout + stats.stderr);
    expect(JSON.parse(stats.stdout)).toMatchObject({ hostsBackedOff: 1, items: { pending: 4 } });
  });
});
