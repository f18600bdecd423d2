/**
 * A pool never ends a worker while it loads its module. On Node 20.19 and later a worker
 * terminated in the middle of loading an ES module through require() aborts the whole process
 * ("FATAL ERROR: v8::Module::IsGraphAsync", SIGABRT): a crawl told twice to stop, whose
 * aborted pages had just had their threads replaced, died that way instead of exiting 143.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ExtractPool as Pool } from '../../src/pool/index.js';
import { REPO_ROOT } from '../helpers/shared.js';
import { ensureBuilt, page } from './build.js';

const POOL_MODULE = pathToFileURL(join(REPO_ROOT, 'dist', 'pool', 'index.js')).href;
let ExtractPool: typeof Pool;
beforeAll(async () => {
  ensureBuilt();
  ({ ExtractPool } = (await import(POOL_MODULE)) as { ExtractPool: typeof Pool });
}, 120_000);

describe('pool workers and their start-up', () => {
  it('a pool closed while a thread loads waits for it to load before ending it', async () => {
    const pool = await ExtractPool.open({ threads: 2 });
    expect(pool).not.toBeNull();
    if (!pool) return;
    const stop = new AbortController();
    // A thread is started for the page; the page is withdrawn long before it has loaded.
    const record = pool.run({ html: page('ferry'), input: { url: 'https://example.com/a' }, options: {} }, stop.signal);
    await new Promise((r) => setTimeout(r, 5));
    stop.abort(new Error('withdrawn'));
    expect(await record).toMatchObject({ error: { message: expect.stringContaining('withdrawn') } });
    await pool.close();
    expect(pool.threadsLoaded).toBe(1);
  });

  it('pools whose pages are aborted while their threads start leave the process alive', () => {
    // In a child process: a crash here would otherwise end the test runner's own worker. On
    // an idle machine a thread loads its module about 160-185 ms after it starts; the pages
    // are aborted across 100-260 ms. Before the pool waited for its threads, this crashed in
    // about one run in three.
    const script = `
      const { ExtractPool } = await import(${JSON.stringify(POOL_MODULE)});
      const html = '<html><head><title>t</title></head><body><article><h1>t</h1><p>' + 'The ferry ran late. '.repeat(40) + '</p></article></body></html>';
      for (let k = 0; k < 6; k++) {
        const pool = await ExtractPool.open({ threads: 2 });
        const stop = new AbortController();
        const pages = [0, 1].map((i) => pool.run({ html, input: { url: 'https://example.com/' + k + '/' + i }, options: {} }, stop.signal));
        await new Promise((r) => setTimeout(r, 100 + ((k * 37) % 160)));
        stop.abort(new Error('stop'));
        await Promise.all(pages);
        await pool.close();
      }
      console.log('alive');
    `;
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', timeout: 90_000 });
    expect(run.signal, run.stderr).toBeNull();
    expect(run.stdout.trim()).toBe('alive');
  }, 120_000);
});
