/**
 * Batches end to end on the built CLI (worker threads need compiled JavaScript): the build is
 * refreshed first when a source file is newer than it.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type * as PoolModule from '../../src/pool/index.js';
import { REPO_ROOT } from '../helpers/shared.js';
import { BIN, ensureBuilt, page } from './build.js';

const run = promisify(execFile);

let dir = '';
const TOPICS = ['harbour', 'library', 'bridge', 'school', 'market', 'railway'];

beforeAll(() => {
  ensureBuilt();
  dir = mkdtempSync(join(tmpdir(), 'copydesk-batch-'));
  TOPICS.forEach((topic, i) => {
    const name = `${String(i).padStart(2, '0')}-${topic}.html`;
    if (i === 2) writeFileSync(join(dir, `${name}.gz`), gzipSync(page(topic)));
    else writeFileSync(join(dir, name), page(topic));
  });
  // Not a page file: ignored when the folder is expanded.
  writeFileSync(join(dir, 'notes.txt'), 'not a page');
}, 60_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

function records(stdout: string): Record<string, unknown>[] {
  return stdout
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as Record<string, unknown>)
    .map(({ fetchedAt: _f, ...rest }) => rest);
}

describe('extract over a folder', () => {
  it('gives the same records, in input order, with and without workers', async () => {
    const pooled = await run(process.execPath, [BIN, 'extract', dir, '--workers', '2', '--format', 'ndjson']);
    const inline = await run(process.execPath, [BIN, 'extract', dir, '--no-workers', '--format', 'ndjson']);
    const a = records(pooled.stdout);
    expect(a.map((r) => r.title)).toEqual(TOPICS.map((t) => `${t} plan agreed`));
    expect(a[2]?.url).toBe(pathToFileURL(join(dir, '02-bridge.html.gz')).href);
    expect(records(inline.stdout)).toEqual(a);
  });

  it('mixes files and folders, keeping the order given', async () => {
    const one = join(dir, '05-railway.html');
    const { stdout } = await run(process.execPath, [BIN, 'extract', one, dir, '--workers', '2', '--format', 'ndjson']);
    expect(records(stdout).map((r) => r.title)).toEqual(['railway plan agreed', ...TOPICS.map((t) => `${t} plan agreed`)]);
  });
});

describe('the pool', () => {
  it('replaces workers after recycleAfter pages and still returns every record in order', async () => {
    const { ExtractPool } = (await import(pathToFileURL(join(REPO_ROOT, 'dist', 'pool', 'index.js')).href)) as typeof PoolModule;
    const pool = await ExtractPool.open({ threads: 2, recycleAfter: 1 });
    expect(pool).not.toBeNull();
    try {
      const out = await Promise.all(TOPICS.map((topic) => pool?.run({ html: page(topic), input: { url: `https://site.example/${topic}` }, options: {} })));
      expect(out.map((r) => (r && 'title' in r ? r.title : null))).toEqual(TOPICS.map((t) => `${t} plan agreed`));
      // A new set of workers starts only after the retired one has finished: never two at once.
      expect(pool?.generations.started).toBeGreaterThan(1);
      expect(pool?.generations.peakLive).toBe(1);
    } finally {
      await pool?.close();
    }
    expect(pool?.generations.live).toBe(0);
  });
});

describe('a page too big for its worker', () => {
  it('is extracted in the main thread, and the pool goes on', async () => {
    const { ExtractPool } = (await import(pathToFileURL(join(REPO_ROOT, 'dist', 'pool', 'index.js')).href)) as typeof PoolModule;
    // A heap cap that fits an ordinary page but far from this one: its worker dies of it.
    const pool = await ExtractPool.open({ threads: 1, oldGenerationMb: 32, youngGenerationMb: 4 });
    const big = page('tunnel').replace('</article>', `${'<div><p>Engineers said the tunnel boring machine had advanced forty metres.</p></div>'.repeat(15_000)}</article>`);
    try {
      // An ordinary page fits under the cap and is extracted on the worker.
      const small = await pool?.run({ html: page('canal'), input: { url: 'https://site.example/canal' }, options: {} });
      expect(small && 'title' in small ? small.title : small).toBe('canal plan agreed');
      expect(pool?.retriedHere).toBe(0);
      const record = await pool?.run({ html: big, input: { url: 'https://site.example/tunnel' }, options: {} });
      expect(record && 'title' in record ? record.title : record).toBe('tunnel plan agreed');
      expect(pool?.retriedHere).toBe(1);
    } finally {
      await pool?.close();
    }
  });
});

describe('start-up', () => {
  const DOM_MODULES = /node_modules\/(?:jsdom|linkedom|parse5|htmlparser2|cheerio|@mozilla\/readability|piscina)\/|dist\/(?:pipeline|extract\/dom)\.js/;
  for (const args of [['--version'], ['--help'], ['extract', '--help'], ['get', '--help'], ['crawl', '--help'], ['quotes', '--help'], ['state', '--help'], ['bench', 'accuracy', '--help']]) {
    it(`loads no DOM library for ${args.join(' ')}`, async () => {
      const { stderr } = await run(process.execPath, ['--import', join(REPO_ROOT, 'test', 'speed', 'register-load-hooks.mjs'), BIN, ...args]);
      const loaded = stderr.split('\n').filter((l) => l.startsWith('loaded '));
      expect(loaded.length).toBeGreaterThan(10);
      expect(loaded.filter((l) => DOM_MODULES.test(l))).toEqual([]);
    });
  }
});
