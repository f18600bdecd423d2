/**
 * The nothing-lost guarantee, with the built CLI in a child process: killed with SIGKILL at
 * arbitrary moments and run again, every article ends up on stdout at least once across the
 * runs and exactly once in --out.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OutDir, STALE_TEMP_MS, TEMP_DIR } from '../../src/record/outdir.js';
import type { TestServer } from '../helpers/server.js';
import { BIN, ensureBuilt, N, newsSite, outFiles, startCrawl } from './child.js';
import { tempDir } from './helpers.js';

/**
 * A run killed mid-write leaves its temporary file, never a record: with no process id to
 * tell whose it is, a later run removes it once it is stale.
 */
async function expectTempsCleanedOnceStale(out: string): Promise<void> {
  const temps = join(out, TEMP_DIR);
  const leftovers = readdirSync(temps);
  expect(leftovers.every((f) => f.endsWith('.tmp'))).toBe(true);
  const stale = (Date.now() - STALE_TEMP_MS - 60_000) / 1000;
  for (const f of leftovers) utimesSync(join(temps, f), stale, stale);
  await new OutDir(out).prepare();
  expect(readdirSync(temps)).toEqual([]);
}

describe('crash safety of the built CLI', () => {
  let server: TestServer;
  beforeAll(async () => {
    ensureBuilt();
    server = await newsSite();
  }, 120_000);
  afterAll(async () => server?.close());

  it('SIGKILL at any moment, run again: at least once on stdout, exactly once in --out', async () => {
    const tmp = tempDir();
    try {
      const args = [server.url('/feed.xml'), '--state', join(tmp.dir, 'state.db'), '--out', join(tmp.dir, 'out'), '--stdout', '--delay', '0', '--allow-private', '--retries', '0', '-q'];
      const seen = new Set<string>();
      // Kill twice at different points (after the 3rd line, then 2 ms after the 4th), then finish.
      for (const [after, wait] of [[3, 0], [4, 2]] as const) {
        const child = startCrawl(args, (count, c) => {
          if (count === after) setTimeout(() => c.kill('SIGKILL'), wait);
        });
        const code = await child.code;
        expect(code).toBeNull(); // killed, not exited
        for (const l of child.lines) seen.add((JSON.parse(l) as { url: string }).url);
      }
      const last = startCrawl(args, () => undefined);
      expect(await last.code).toBe(0);
      for (const l of last.lines) seen.add((JSON.parse(l) as { url: string }).url);
      expect(seen.size).toBe(N);
      const files = outFiles(join(tmp.dir, 'out'));
      const urls = files.map((f) => (JSON.parse(readFileSync(f, 'utf8')) as { url: string }).url);
      expect(urls).toHaveLength(N);
      expect(new Set(urls).size).toBe(N);
      await expectTempsCleanedOnceStale(join(tmp.dir, 'out'));
      expect(existsSync(join(tmp.dir, 'state.db.lock'))).toBe(false);
    } finally {
      tmp.cleanup();
    }
  }, 30_000);

  it('a series of SIGKILLs at random times (start-up, lock, state creation, mid-write): every article once in --out, at least once on stdout', async () => {
    // Seeded, so a failure can be replayed: COPYDESK_KILL_SEED=<seed printed below>.
    const seed = Number(process.env.COPYDESK_KILL_SEED ?? Date.now() % 1_000_000);
    let x = seed || 1;
    const random = (): number => {
      x = (x * 48271) % 2147483647;
      return x / 2147483647;
    };
    const tmp = tempDir();
    try {
      const state = join(tmp.dir, 'state.db');
      // In the crawl's own thread (the test above kills crawls with their pool): seven runs
      // without a pool's start-up each.
      const args = [server.url('/feed.xml'), '--state', state, '--out', join(tmp.dir, 'out'), '--stdout', '--delay', '0', '--allow-private', '--retries', '0', '--no-workers', '-q'];
      const seen = new Set<string>();
      const kills: string[] = [];
      for (let run = 0; run < 6; run++) {
        // Every other run dies during start-up (loading, the lock, opening or creating the
        // state: the first line takes over a second), the others while writing: after a
        // random 1 to 4 new articles, a random 0 to 60 ms later.
        const early = run % 2 === 0;
        const at = early ? Math.round(50 + random() * 1200) : 1 + Math.floor(random() * 4);
        const extra = Math.round(random() * 60);
        kills.push(early ? `${at} ms` : `line ${at} + ${extra} ms`);
        const child = startCrawl(args, (count, c) => {
          if (!early && count === at) setTimeout(() => c.kill('SIGKILL'), extra);
        });
        const timer = early ? setTimeout(() => child.kill('SIGKILL'), at) : undefined;
        const code = await child.code;
        clearTimeout(timer);
        expect([null, 0], `seed ${seed}, kills: ${kills.join(', ')}`).toContain(code);
        for (const l of child.lines) seen.add((JSON.parse(l) as { url: string }).url);
      }
      const last = startCrawl(args, () => undefined);
      expect(await last.code, `seed ${seed}, kills: ${kills.join(', ')}: ${last.stderr}`).toBe(0);
      for (const l of last.lines) seen.add((JSON.parse(l) as { url: string }).url);
      expect(seen.size, `seed ${seed}`).toBe(N);
      const urls = outFiles(join(tmp.dir, 'out')).map((f) => (JSON.parse(readFileSync(f, 'utf8')) as { url: string }).url);
      expect(urls, `seed ${seed}`).toHaveLength(N);
      expect(new Set(urls).size).toBe(N);
      await expectTempsCleanedOnceStale(join(tmp.dir, 'out'));
      expect(readdirSync(tmp.dir).filter((f) => /\.tmp$|\.new/.test(f))).toEqual([]);
      const check = spawnSync(process.execPath, [BIN, 'state', 'check', '--state', state], { encoding: 'utf8' });
      expect(JSON.parse(check.stdout), `seed ${seed}`).toMatchObject({ ok: true });
    } finally {
      tmp.cleanup();
    }
  }, 40_000);
});
