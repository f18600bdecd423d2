/**
 * Batches end to end on the built CLI (worker threads need compiled JavaScript): the build is
 * refreshed first when a source file is newer than it.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type * as PoolModule from '../../src/pool/index.js';
import type * as PreparedModule from '../../src/record/prepared.js';
import type * as SerializeModule from '../../src/record/serialize.js';
import { REPO_ROOT } from '../helpers/shared.js';
import { archive, request, response } from '../warc/build.js';
import { BIN, bigPage, ensureBuilt, page, TIGHT_HEAP } from './build.js';

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
  it('gives the same records, in input order, with and without workers, files and folders mixed', async () => {
    // A file, then the folder it is in: the order given, the file twice.
    const one = join(dir, '05-railway.html');
    const pooled = await run(process.execPath, [BIN, 'extract', one, dir, '--workers', '2', '--format', 'ndjson']);
    const inline = await run(process.execPath, [BIN, 'extract', one, dir, '--no-workers', '--format', 'ndjson']);
    const a = records(pooled.stdout);
    expect(a.map((r) => r.title)).toEqual(['railway plan agreed', ...TOPICS.map((t) => `${t} plan agreed`)]);
    expect(a[3]?.url).toBe(pathToFileURL(join(dir, '02-bridge.html.gz')).href);
    expect(records(inline.stdout)).toEqual(a);
  });
});

describe('records made ready for output on the workers', () => {
  const OTHER_LANGUAGE = `<!doctype html><html lang="de"><head><title>Hafen wieder offen</title></head><body><article><h1>Hafen wieder offen</h1>${'<p>Der Hafen ist nach der Reparatur wieder offen, teilten die Behörden der Stadt am Montag mit, und die Fähren fahren bis zum Ende der Woche nach Fahrplan.</p>'.repeat(5)}</article></body></html>`;
  /** An archive of articles, a page in another language and pages that fail; its dates are its own, so every byte is stable. */
  function mixedArchive(where: string): string {
    const records = TOPICS.flatMap((topic) => [request(`https://site.example/news/${topic}-plan-agreed`), response(`https://site.example/news/${topic}-plan-agreed`, { body: page(topic) })]);
    records.splice(4, 0, response(`https://site.example/de/hafen-wieder-offen`, { body: OTHER_LANGUAGE }), response('https://site.example/empty', { body: '<html><body></body></html>' }));
    const file = join(where, 'mixed.warc.gz');
    writeFileSync(file, archive(records, true));
    return file;
  }

  it('are the bytes this thread makes of the same record, in every format, to stdout and to files', async () => {
    const { ExtractPool } = (await import(pathToFileURL(join(REPO_ROOT, 'dist', 'pool', 'index.js')).href)) as typeof PoolModule;
    const { prepareRecord } = (await import(pathToFileURL(join(REPO_ROOT, 'dist', 'record', 'prepared.js')).href)) as typeof PreparedModule;
    const pool = await ExtractPool.open({ threads: 1 });
    if (!pool) throw new Error('no compiled worker');
    const fetchedAt = new Date('2026-11-01T08:30:00Z');
    const jobs = [
      { html: page('harbour'), input: { url: 'https://site.example/news/harbour-plan-agreed', fetchedAt }, options: {} },
      { html: OTHER_LANGUAGE, input: { url: 'https://site.example/de/hafen-wieder-offen', fetchedAt }, options: {} },
      { html: '<html><body></body></html>', input: { url: 'https://site.example/empty', fetchedAt }, options: {} },
    ];
    try {
      for (const job of jobs) {
        const record = await pool.run(job);
        if (!record || 'prepared' in record) throw new Error('expected a record');
        for (const format of ['ndjson', 'json', 'text', 'markdown', 'html', 'csv'] as const) {
          for (const out of [false, true]) {
            const made = await pool.run({ ...job, prepare: { format, out } });
            if (!made || !('prepared' in made)) throw new Error('expected a prepared record');
            const here = prepareRecord(record, { format, out });
            const text = made.text instanceof Uint8Array ? new TextDecoder().decode(made.text) : made.text;
            expect({ ...made, text }, `${format}${out ? ' --out' : ''}: ${job.input.url}`).toEqual(here);
          }
        }
      }
    } finally {
      await pool.close();
    }
  });

  it('write the same bytes as records written in the main thread, with --lang and with --out', async () => {
    const work = mkdtempSync(join(tmpdir(), 'copydesk-prepared-'));
    const file = mixedArchive(work);
    try {
      // Every format's bytes are compared above, and NDJSON records with and without workers
      // (the first test); here the lines around the records (a CSV header), and the language
      // filter, read before the format.
      for (const extra of [['--format', 'csv', '--lang', 'en']]) {
        const args = [BIN, 'extract', file, ...extra];
        const pooled = await run(process.execPath, [...args, '--workers', '2']).catch((err: { stdout: string; stderr: string }) => err);
        const inline = await run(process.execPath, [...args, '--no-workers']).catch((err: { stdout: string; stderr: string }) => err);
        expect(pooled.stdout.length).toBeGreaterThan(0);
        expect(pooled.stdout).toBe(inline.stdout);
        expect(pooled.stderr).toBe(inline.stderr);
      }
      const files = (out: string): Record<string, string> => Object.fromEntries(readdirSync(out, { recursive: true, withFileTypes: true }).filter((e) => e.isFile() && !e.name.endsWith('.tmp')).map((e) => [join(e.parentPath, e.name).slice(out.length), readFileSync(join(e.parentPath, e.name), 'utf8')]));
      const outs = [join(work, 'out-pooled'), join(work, 'out-inline')];
      await run(process.execPath, [BIN, 'extract', file, '--out', outs[0] ?? '', '--workers', '2', '-q']).catch(() => undefined);
      await run(process.execPath, [BIN, 'extract', file, '--out', outs[1] ?? '', '--no-workers', '-q']).catch(() => undefined);
      const pooledFiles = files(outs[0] ?? '');
      expect(Object.keys(pooledFiles).length).toBe(TOPICS.length + 1);
      expect(pooledFiles).toEqual(files(outs[1] ?? ''));
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  }, 120_000);
});

describe('the pool', () => {
  it('hands back a prepared job as its output bytes and summary, the bytes those of the record it gives otherwise', async () => {
    const { ExtractPool } = (await import(pathToFileURL(join(REPO_ROOT, 'dist', 'pool', 'index.js')).href)) as typeof PoolModule;
    const { formatRecord } = (await import(pathToFileURL(join(REPO_ROOT, 'dist', 'record', 'serialize.js')).href)) as typeof SerializeModule;
    const pool = await ExtractPool.open({ threads: 2 });
    try {
      const job = { html: page('harbour'), input: { url: 'https://site.example/news/harbour-plan-agreed', fetchedAt: new Date('2026-11-01T08:30:00Z') }, options: {} };
      const warc = { file: '/archives/a.warc.gz', recordId: '<urn:uuid:1>', offset: 42 };
      const record = await pool?.run(job);
      const prepared = await pool?.run({ ...job, prepare: { format: 'ndjson', out: false }, warc });
      expect(record && 'title' in record ? record.title : record).toBe('harbour plan agreed');
      if (!record || !prepared || !('prepared' in prepared)) throw new Error('expected a prepared record');
      expect(prepared.summary).toEqual({ url: 'https://site.example/news/harbour-plan-agreed', lang: 'en', error: null, warcFile: '/archives/a.warc.gz' });
      expect(prepared.text).toBeInstanceOf(Uint8Array);
      expect(new TextDecoder().decode(prepared.text as Uint8Array)).toBe(formatRecord({ ...record, warc }, 'ndjson'));
    } finally {
      await pool?.close();
    }
  });

  it('replaces workers after recycleAfter pages and still returns every record in order', async () => {
    const { ExtractPool } = (await import(pathToFileURL(join(REPO_ROOT, 'dist', 'pool', 'index.js')).href)) as typeof PoolModule;
    const pool = await ExtractPool.open({ threads: 2, recycleAfter: 1 });
    expect(pool).not.toBeNull();
    const topics = TOPICS.slice(0, 3);
    try {
      const out = await Promise.all(topics.map((topic) => pool?.run({ html: page(topic), input: { url: `https://site.example/news/${topic}-plan-agreed` }, options: {} })));
      expect(out.map((r) => (r && 'title' in r ? r.title : null))).toEqual(topics.map((t) => `${t} plan agreed`));
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
    const pool = await ExtractPool.open({ threads: 1, ...TIGHT_HEAP });
    const big = bigPage();
    try {
      // An ordinary page fits under the cap and is extracted on the worker.
      const small = await pool?.run({ html: page('canal'), input: { url: 'https://site.example/news/canal-plan-agreed' }, options: {} });
      expect(small && 'title' in small ? small.title : small).toBe('canal plan agreed');
      expect(pool?.retriedHere).toBe(0);
      const record = await pool?.run({ html: big, input: { url: 'https://site.example/news/tunnel-plan-agreed' }, options: {} });
      expect(record && 'title' in record ? record.title : record).toBe('tunnel plan agreed');
      expect(pool?.retriedHere).toBe(1);
    } finally {
      await pool?.close();
    }
    // The big page is extracted twice (the worker dies in it, then this thread reads it
    // again): some 5 s on a quiet machine, more beside other work.
  }, 60_000);
});

describe('start-up', () => {
  const DOM_MODULES = /node_modules\/(?:jsdom|linkedom|parse5|htmlparser2|cheerio|@mozilla\/readability|piscina)\/|dist\/(?:pipeline|extract\/dom)\.js/;
  for (const args of [['--version'], ['--help'], ['extract', '--help'], ['get', '--help'], ['crawl', '--help'], ['quotes', '--help'], ['state', '--help'], ['bench', 'accuracy', '--help']]) {
    it.concurrent(`loads no DOM library for ${args.join(' ')}`, async () => {
      const { stderr } = await run(process.execPath, ['--import', join(REPO_ROOT, 'test', 'speed', 'register-load-hooks.mjs'), BIN, ...args]);
      const loaded = stderr.split('\n').filter((l) => l.startsWith('loaded '));
      expect(loaded.length).toBeGreaterThan(10);
      expect(loaded.filter((l) => DOM_MODULES.test(l))).toEqual([]);
    });
  }
});
