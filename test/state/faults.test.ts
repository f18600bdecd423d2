/**
 * State and lock faults with the built CLI: a crawl killed as PID 1 of a container, a full
 * disk, a read-only file system, a -wal file deleted under a running crawl. The cases that
 * need root powers (namespaces, mounting a tmpfs) skip, with one line, where the machine
 * does not allow them.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { TestServer } from '../helpers/server.js';
import { BIN, ensureBuilt, N, newsSite, startCrawl, startProcess } from '../crawl/child.js';
import type { Child } from '../crawl/child.js';
import { tempDir } from '../crawl/helpers.js';

const canUnshare = spawnSync('unshare', ['-pfu', '--mount-proc', '--kill-child=SIGKILL', 'true']).status === 0;

function tryMountTmpfs(dir: string, size: string): boolean {
  mkdirSync(dir, { recursive: true });
  return spawnSync('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', dir]).status === 0;
}
const canMount = ((): boolean => {
  const probe = tempDir('copydesk-mount-probe-');
  try {
    const ok = tryMountTmpfs(join(probe.dir, 'm'), '64k');
    if (ok) spawnSync('umount', [join(probe.dir, 'm')]);
    return ok;
  } finally {
    probe.cleanup();
  }
})();

if (!canUnshare) console.log('state faults: unshare (PID and UTS namespaces) not permitted here: the container lock case is skipped');
if (!canMount) console.log('state faults: mounting a tmpfs is not permitted here: the disk-full and read-only cases are skipped');

const urls = (child: Child): string[] => child.lines.map((l) => (JSON.parse(l) as { url: string }).url);

/** Resolves once the child has printed n lines (or ended). */
function linesReached(child: Child, n: number, timeoutMs = 15_000): Promise<void> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const poll = setInterval(() => {
      if (child.lines.length >= n) {
        clearInterval(poll);
        resolve();
      } else if (Date.now() - started > timeoutMs) {
        clearInterval(poll);
        reject(new Error(`only ${child.lines.length} lines after ${timeoutMs} ms: ${child.stderr}`));
      }
    }, 10);
  });
}

describe('state and lock faults (built CLI)', () => {
  let server: TestServer;
  let tmp: ReturnType<typeof tempDir>;
  let state: string;
  // Pages are extracted in the crawl's own thread: the faults are the state's, and a pool's
  // threads would cost each of these runs a second of start-up.
  const crawlArgs = (extra: string[] = []): string[] => [server.url('/feed.xml'), '--state', state, '--delay', '0', '--allow-private', '--retries', '0', '--no-workers', '-q', ...extra];
  // Never spawnSync here: the test server lives in this process and must keep answering.
  const cliRun = async (argv: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> => {
    const child = startProcess(process.execPath, [BIN, ...argv], () => undefined);
    const status = await child.code;
    return { status, stdout: child.lines.map((l) => `${l}\n`).join(''), stderr: child.stderr };
  };

  beforeAll(async () => {
    ensureBuilt();
    server = await newsSite();
  }, 120_000);
  afterAll(async () => server?.close());
  beforeEach(() => {
    tmp = tempDir('copydesk-faults-');
    state = join(tmp.dir, 'state.db');
  });
  afterEach(() => tmp.cleanup());

  it.skipIf(!canUnshare)('container: the crawl is PID 1 with a new host name each run; killed with SIGKILL, the next run (even with --wait) goes ahead', async () => {
    // sh becomes PID 1 of new PID and UTS namespaces, names the host, and execs the crawl as PID 1.
    const inContainer = (host: string, extra: string[] = []): Child =>
      startProcess('unshare', ['-pfu', '--mount-proc', '--kill-child=SIGKILL', 'sh', '-c', `hostname ${host} && exec "$0" "$@"`, process.execPath, BIN, 'crawl', ...crawlArgs(extra)], () => undefined);
    const first = inContainer('box-1');
    await linesReached(first, 3);
    first.kill('SIGKILL'); // unshare dies; --kill-child takes the crawl (PID 1 inside) with it
    expect(await first.code).toBeNull();
    const left = JSON.parse(readFileSync(`${state}.lock`, 'utf8')) as { pid: number; host: string };
    expect(left).toMatchObject({ pid: 1, host: 'box-1' });
    const started = Date.now();
    const second = inContainer('box-2', ['--wait']);
    expect(await second.code).toBe(0);
    expect(Date.now() - started).toBeLessThan(15_000);
    expect(new Set([...urls(first), ...urls(second)]).size).toBe(N);
    expect(existsSync(`${state}.lock`)).toBe(false);
  }, 40_000);

  it('a -wal file deleted under a running crawl, then kill -9: check reports the lost commits, the next crawl refuses (exit 3) and writes nothing', async () => {
    const first = startCrawl(crawlArgs(), () => undefined);
    await linesReached(first, 3);
    rmSync(`${state}-wal`);
    const seenAt = first.lines.length;
    await linesReached(first, seenAt + 2);
    first.kill('SIGKILL');
    await first.code;
    const check = await cliRun(['state', 'check', '--state', state]);
    expect(check.status).toBe(1);
    expect(JSON.parse(check.stdout)).toMatchObject({ ok: false, code: 'STATE_LOST', problems: [expect.stringMatching(/lost \d+ changes? it had committed/)] });
    const again = await cliRun(['crawl', ...crawlArgs()]);
    expect(again.status).toBe(3);
    expect(again.stdout).toBe('');
    expect(again.stderr).toMatch(/lost \d+ changes? .*copydesk state rebuild.*--fresh/s);
  }, 30_000);

  describe.skipIf(!canMount)('on a small tmpfs', () => {
    let mnt: string;
    beforeEach(() => {
      mnt = join(tmp.dir, 'mnt');
      if (!tryMountTmpfs(mnt, '4m')) throw new Error('mount failed');
      state = join(mnt, 'state.db');
    });
    afterEach(() => {
      spawnSync('umount', ['-l', mnt]);
    });

    /** Fills the file system; returns a function that frees `spare` bytes set aside first. */
    function fill(spare: number): () => void {
      const spareFile = join(mnt, 'spare');
      if (spare) writeFileSync(spareFile, Buffer.alloc(spare));
      const chunk = Buffer.alloc(64 * 1024);
      for (let i = 0; i < 128; i++) {
        try {
          writeFileSync(join(mnt, `filler-${i}`), chunk);
        } catch {
          break;
        }
      }
      // Top up the last pages.
      try {
        writeFileSync(join(mnt, 'filler-last'), Buffer.alloc(4096));
        for (let i = 0; i < 64; i++) writeFileSync(join(mnt, `filler-page-${i}`), Buffer.alloc(4096));
      } catch {
        // full
      }
      return () => rmSync(spareFile, { force: true });
    }
    const leftovers = (): string[] => readdirSync(mnt).filter((f) => /\.tmp$|\.new/.test(f));

    it('disk full while taking the lock: a typed error that says so, no temp file left, nothing fetched', async () => {
      fill(0);
      const before = server.requests.length;
      const r = await cliRun(['crawl', ...crawlArgs()]);
      expect(r.status).toBe(1);
      expect(r.stderr).toMatch(/^copydesk: cannot write the lock file .*state\.db\.lock: the disk is full \(ENOSPC\)\n$/);
      expect(leftovers()).toEqual([]);
      expect(server.requests.length).toBe(before);
    });

    it('disk full while creating the state: a typed error, no half-made database, and the next run with room works', async () => {
      const free = fill(8192);
      free(); // room for the lock's description, not for a database
      const r = await cliRun(['crawl', ...crawlArgs()]);
      expect(r.status).toBe(1);
      expect(r.stderr).toMatch(/cannot create the state database .*state\.db: the disk is full/);
      expect(leftovers()).toEqual([]);
      expect(existsSync(state)).toBe(false);
      for (const f of readdirSync(mnt)) if (f.startsWith('filler')) rmSync(join(mnt, f));
      const ok = await cliRun(['crawl', ...crawlArgs()]);
      expect(ok.status).toBe(0);
      expect(ok.stdout.trim().split('\n')).toHaveLength(N);
    }, 30_000);

    it('a healthy state on a read-only file system: check says ok (not "damaged"), a crawl says the file system is read-only', async () => {
      expect((await cliRun(['crawl', ...crawlArgs()])).status).toBe(0);
      expect(spawnSync('mount', ['-o', 'remount,ro', mnt]).status).toBe(0);
      const check = await cliRun(['state', 'check', '--state', state]);
      expect(check.status).toBe(0);
      expect(JSON.parse(check.stdout)).toMatchObject({ ok: true, problems: [] });
      expect(check.stderr).not.toMatch(/damaged/);
      const crawl = await cliRun(['crawl', ...crawlArgs()]);
      expect(crawl.status).toBe(1);
      expect(crawl.stderr).toMatch(/read-only \(EROFS\)|read-only/);
    }, 30_000);
  });
});
