/**
 * SIGTERM finishes the record in hand, saves the state, releases the lock and exits; the
 * next run picks up exactly what was left.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestServer } from '../helpers/server.js';
import { ensureBuilt, N, newsSite, startCrawl } from './child.js';
import { tempDir } from './helpers.js';

describe('stopping the built CLI with SIGTERM', () => {
  let server: TestServer;
  beforeAll(async () => {
    ensureBuilt();
    server = await newsSite();
  }, 120_000);
  afterAll(async () => server?.close());

  it('a second Ctrl-C ends the wait for a host\'s turn too (a long --delay or Crawl-delay)', async () => {
    const tmp = tempDir();
    try {
      const args = [server.url('/feed.xml'), '--state', join(tmp.dir, 'state.db'), '--delay', '60', '--allow-private', '--retries', '0'];
      // robots.txt is read once the handlers are in place; the feed then waits a minute for the
      // host's turn. Signalled before, on a loaded machine, the process died of the signal.
      const before = server.requests.length;
      const run = startCrawl(args, () => undefined);
      const deadline = performance.now() + 20_000;
      while (!server.requests.slice(before).includes('/robots.txt') && performance.now() < deadline) await new Promise((r) => setTimeout(r, 50));
      await new Promise((r) => setTimeout(r, 300));
      run.kill('SIGINT');
      await new Promise((r) => setTimeout(r, 500));
      const stopped = performance.now();
      run.kill('SIGINT');
      expect(await run.code).toBe(130);
      expect(performance.now() - stopped).toBeLessThan(10_000);
      expect(run.stderr).toMatch(/SIGINT again: aborting requests in flight/);
    } finally {
      tmp.cleanup();
    }
  }, 60_000);

  it('SIGTERM finishes the record in hand, saves the state, releases the lock and exits', async () => {
    const tmp = tempDir();
    try {
      const args = [server.url('/feed.xml'), '--state', join(tmp.dir, 'state.db'), '--delay', '0', '--allow-private', '--retries', '0'];
      const first = startCrawl(args, (count, c) => {
        if (count === 2) c.kill('SIGTERM');
      });
      const started = performance.now();
      expect(await first.code).toBe(143);
      expect(performance.now() - started).toBeLessThan(5000);
      expect(first.stderr).toMatch(/SIGTERM: finishing the records in hand/);
      expect(first.stderr).toMatch(/interrupted/);
      expect(first.lines.length).toBeLessThan(N);
      expect(existsSync(join(tmp.dir, 'state.db.lock'))).toBe(false);
      const second = startCrawl(args, () => undefined);
      expect(await second.code).toBe(0);
      const firstUrls = first.lines.map((l) => (JSON.parse(l) as { url: string }).url);
      const secondUrls = second.lines.map((l) => (JSON.parse(l) as { url: string }).url);
      // Everything written before the stop was saved as done: nothing is written twice.
      expect(secondUrls.filter((u) => firstUrls.includes(u))).toEqual([]);
      expect(new Set([...firstUrls, ...secondUrls]).size).toBe(N);
    } finally {
      tmp.cleanup();
    }
  }, 30_000);

  it('SIGINT (Ctrl-C) finishes the record in hand and exits 130', async () => {
    const tmp = tempDir();
    try {
      const args = [server.url('/feed.xml'), '--state', join(tmp.dir, 'state.db'), '--delay', '0', '--allow-private', '--retries', '0'];
      const child = startCrawl(args, (count, c) => {
        if (count === 1) c.kill('SIGINT');
      });
      expect(await child.code).toBe(130);
      expect(child.stderr).toMatch(/SIGINT: finishing the records in hand/);
      for (const line of child.lines) expect(() => JSON.parse(line) as unknown).not.toThrow();
      expect(child.lines.length).toBeGreaterThan(0);
    } finally {
      tmp.cleanup();
    }
  }, 30_000);
});
