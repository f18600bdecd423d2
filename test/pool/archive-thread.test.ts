/**
 * Archives read on a thread of their own (src/warc/thread.ts) when pages go to the pool: the
 * built CLI (worker threads need compiled JavaScript) against the same archives read in the
 * main thread (--no-workers), damage and all.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type * as PoolModule from '../../src/pool/index.js';
import type * as ReadModule from '../../src/warc/read.js';
import type * as TallyModule from '../../src/warc/tally.js';
import type * as ThreadModule from '../../src/warc/thread.js';
import { REPO_ROOT } from '../helpers/shared.js';
import { archive, request, response, writeDamagedArchives } from '../warc/build.js';
import { BIN, bigPage, ensureBuilt, page, TIGHT_HEAP } from './build.js';

const run = promisify(execFile);
let dir = '';

beforeAll(() => {
  ensureBuilt();
  dir = mkdtempSync(join(tmpdir(), 'copydesk-archive-thread-'));
}, 60_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const story = (topic: string): Buffer => response(`https://site.example/news/${topic}-plan-agreed`, { body: page(topic) });

/** stdout and stderr of the CLI; an error record's fetchedAt is the time of the run, so it is left out. */
async function extract(args: string[]): Promise<{ stdout: string; stderr: string }> {
  const r = await run(process.execPath, [BIN, 'extract', ...args], { cwd: dir }).catch((err: { stdout: string; stderr: string }) => err);
  return { stdout: r.stdout.replace(/"fetchedAt":"[^"]*"/g, ''), stderr: r.stderr };
}

describe('an archive read on its own thread', () => {
  it('gives the same records, notes and counts as read in the main thread: damage, resumed reading, long records, filters', async () => {
    const good = ['harbour', 'library'].map(story);
    writeDamagedArchives(dir, good);
    const header = Buffer.from(story('bridge'));
    header.write('XARC/9.9', 0, 'latin1');
    writeFileSync(join(dir, 'damaged.warc'), Buffer.concat([story('school'), header, story('market')]));
    // Five bytes more than declared.
    const first = story('railway').toString('latin1');
    const declared = Number(/Content-Length: (\d+)\r\n\r\n/.exec(first)?.[1]);
    const long = Buffer.from(first.replace(`Content-Length: ${declared}\r\n\r\n`, `Content-Length: ${declared - 5}\r\n\r\n`), 'latin1');
    writeFileSync(join(dir, 'mixed.warc.gz'), archive([long, request('https://other.example/news/canal-plan-agreed'), response('https://other.example/news/canal-plan-agreed', { body: page('canal') }), response('https://site.example/logo.png', { headers: { 'Content-Type': 'image/png' }, body: Buffer.from([0x89, 0x50, 0x4e, 0x47]) }), story('tunnel')], true));
    const inputs = ['cut.warc.gz', 'cut.warc', 'bad.warc.gz', 'damaged.warc', 'mixed.warc.gz'];
    // Everything, then both filters at once (each leaves out pages the other keeps: the
    // filters run on the archive's thread).
    const threadedRuns: { stdout: string; stderr: string }[] = [];
    for (const extra of [[], ['--host', 'site.example', '--url-pattern', 'library|canal|tunnel']]) {
      const threaded = await extract([...inputs, '--workers', '2', ...extra]);
      const inline = await extract([...inputs, '--no-workers', ...extra]);
      expect(threaded.stdout).toBe(inline.stdout);
      expect(threaded.stderr).toBe(inline.stderr);
      expect(threaded.stderr).toContain('ARCHIVE_CORRUPT');
      threadedRuns.push(threaded);
    }
    const [all, filtered] = threadedRuns;
    expect(all?.stdout).toContain('canal plan agreed');
    expect(filtered?.stdout).toContain('tunnel plan agreed');
    expect(filtered?.stdout).not.toContain('canal plan agreed');
    expect(all?.stderr).toContain('1 record longer than its Content-Length');
    expect(all?.stderr).toMatch(/bad\.warc\.gz: damage after a good record at byte \d+; reading resumed at byte \d+/);
  }, 120_000);

  it('--state on the threaded path: the pages written are skipped next time', async () => {
    writeFileSync(join(dir, 'day.warc.gz'), archive(['harbour', 'library', 'bridge'].map(story), true));
    const state = join(dir, 'state.db');
    const firstRun = await extract(['day.warc.gz', '--state', state, '--workers', '2']);
    expect(firstRun.stdout.trim().split('\n')).toHaveLength(3);
    const again = await extract(['day.warc.gz', '--state', state, '--workers', '2']);
    expect(again.stdout).toBe('');
    expect(again.stderr).toContain('3 already extracted (--state)');
  }, 60_000);
});

describe('a page whose bytes were moved to a worker that died', () => {
  it('is read again from the archive and extracted in the main thread', async () => {
    const load = async <T>(path: string): Promise<T> => (await import(pathToFileURL(join(REPO_ROOT, 'dist', path)).href)) as T;
    const { ExtractPool } = await load<typeof PoolModule>('pool/index.js');
    const { readArchive } = await load<typeof ReadModule>('warc/read.js');
    const { emptyTally } = await load<typeof TallyModule>('warc/tally.js');
    const { rereadPage } = await load<typeof ThreadModule>('warc/thread.js');
    // Too big for the worker's heap cap below, small enough to be extracted again here.
    const big = bigPage();
    const file = join(dir, 'big.warc.gz');
    writeFileSync(file, archive([story('canal'), response('https://site.example/news/tunnel-plan-agreed', { body: big })], true));
    const { createReadStream } = await import('node:fs');
    const pages = [];
    for await (const item of readArchive(createReadStream(file), file, { maxBytes: 10_000_000 }, emptyTally())) if ('page' in item) pages.push(item.page);
    const target = pages[1];
    if (!target) throw new Error('the archive lost its second page');
    const bytes = new Uint8Array(target.bytes);
    const pool = await ExtractPool.open({ threads: 1, ...TIGHT_HEAP });
    try {
      let reread = 0;
      const handover = {
        reread: async () => {
          reread++;
          return rereadPage(target.origin, 10_000_000);
        },
      };
      const job = { bytes, contentType: target.contentType, input: { url: target.url, fetchedAt: target.fetchedAt }, options: {}, prepare: { format: 'ndjson' as const, out: false }, warc: target.origin };
      const record = await pool?.run(job, undefined, handover);
      // The buffer went to the worker, so this thread held no copy of it.
      expect(bytes.byteLength).toBe(0);
      expect(reread).toBe(1);
      expect(pool?.retriedHere).toBe(1);
      expect(record && 'title' in record ? record.title : record).toBe('tunnel plan agreed');
    } finally {
      await pool?.close();
    }
  }, 60_000);
});
