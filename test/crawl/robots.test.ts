import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CopydeskError } from '../../src/errors.js';
import type { FetchResult } from '../../src/fetch/http.js';
import { productToken, RobotsCache } from '../../src/fetch/robots.js';
import { SqliteStore } from '../../src/state/sqlite.js';
import { tempDir } from './helpers.js';

const ok = (body: string): FetchResult => ({ url: '', finalUrl: '', status: 200, headers: {}, contentType: 'text/plain', body: Buffer.from(body), redirects: [] });

describe('robots.txt cache', () => {
  let tmp: ReturnType<typeof tempDir>;
  let store: SqliteStore;
  let now = 1_000_000;
  beforeEach(() => {
    tmp = tempDir();
    store = SqliteStore.open(join(tmp.dir, 's.db'), { now: () => now });
  });
  afterEach(async () => {
    await store.close();
    tmp.cleanup();
  });

  it('takes the product token from the User-Agent', () => {
    expect(productToken('copydesk/0.1.0 (+https://www.npmjs.com/package/copydesk)')).toBe('copydesk');
    expect(productToken('Mozilla/5.0 (X11)')).toBe('mozilla');
    expect(productToken('')).toBe('*');
  });

  it('fetches once per run, keeps the file in the state for its lifetime, then asks again', async () => {
    const calls: string[] = [];
    let answer: () => FetchResult = () => ok('User-agent: copydesk\nDisallow: /drafts/\nCrawl-delay: 2\n\nUser-agent: *\nDisallow: /\n');
    const make = (): RobotsCache =>
      new RobotsCache(async (url) => {
        calls.push(url);
        return answer();
      }, store, { userAgent: 'copydesk/1.0', lifetimeMs: 60_000, now: () => now });
    const run1 = make();
    await Promise.all([run1.assertAllowed('https://a.example/news/1'), run1.assertAllowed('https://a.example/news/2')]);
    await expect(run1.assertAllowed('https://a.example/drafts/x')).rejects.toMatchObject({ code: 'ROBOTS_DISALLOWED', retryable: false });
    expect((await run1.rulesFor('https://a.example/')).crawlDelayMs).toBe(2000);
    expect(calls).toEqual(['https://a.example/robots.txt']);
    await make().assertAllowed('https://a.example/news/3');
    expect(calls).toHaveLength(1);
    // Expired, and now the server fails: the old copy is used, not a blanket refusal.
    now += 120_000;
    answer = () => {
      throw new CopydeskError('HTTP_STATUS', 'HTTP 503', { status: 503 });
    };
    await expect(make().assertAllowed('https://a.example/drafts/y')).rejects.toMatchObject({ code: 'ROBOTS_DISALLOWED', message: 'disallowed by robots.txt' });
    await make().assertAllowed('https://a.example/news/4');
    expect(calls).toHaveLength(3);
  });

  it('reads 4xx as "no rules" (cached) and 5xx with no earlier copy as "come back later", naming the cause', async () => {
    const r404 = new RobotsCache(async () => {
      throw new CopydeskError('HTTP_STATUS', 'HTTP 404', { status: 404 });
    }, store, { userAgent: 'copydesk' });
    await r404.assertAllowed('https://b.example/anything');
    expect(await store.getRobots('https://b.example')).toMatchObject({ status: 404 });
    const r500 = new RobotsCache(async () => {
      throw new CopydeskError('HTTP_STATUS', 'HTTP 500', { status: 500 });
    }, store, { userAgent: 'copydesk' });
    await expect(r500.assertAllowed('https://c.example/x')).rejects.toMatchObject({ code: 'HTTP_STATUS', status: 500, retryable: true, message: expect.stringMatching(/^while fetching https:\/\/c\.example\/robots\.txt .*HTTP 500$/) as unknown });
    expect(await store.getRobots('https://c.example')).toBeUndefined();
  });

  it('reports the error that kept robots.txt out of reach, not ROBOTS_DISALLOWED', async () => {
    for (const [code, retryable] of [['CONNECTION', true], ['DNS', true], ['FETCH_TIMEOUT', true], ['BLOCKED_ADDRESS', false]] as const) {
      const cache = new RobotsCache(async () => {
        throw new CopydeskError(code, 'the cause');
      }, null, { userAgent: 'copydesk' });
      const err = await cache.assertAllowed('https://d.example/news/1').catch((e: unknown) => e);
      expect(err).toMatchObject({ code, retryable, url: 'https://d.example/news/1' });
      expect((err as Error).message).toBe('while fetching https://d.example/robots.txt (the host is treated as disallowed until it can be read): the cause');
    }
  });
});
