/**
 * The nothing-lost guarantee, with the built CLI in a child process: killed with SIGKILL at
 * arbitrary moments and run again, every article ends up on stdout at least once across the
 * runs and exactly once in --out.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestServer } from '../helpers/server.js';
import { ensureBuilt, N, newsSite, outFiles, startCrawl } from './child.js';
import { tempDir } from './helpers.js';

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
      expect(readdirSync(join(tmp.dir, 'out', '.copydesk-tmp'))).toEqual([]);
      expect(existsSync(join(tmp.dir, 'state.db.lock'))).toBe(false);
    } finally {
      tmp.cleanup();
    }
  }, 30_000);
});
