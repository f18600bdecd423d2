/**
 * The crawl lock is held by the operating system: it goes when its holder goes, however the
 * holder dies and whatever pid or host name the lock file names.
 */
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { isCopydeskError } from '../../src/errors.js';
import { acquireLock, lockPaths } from '../../src/state/lock.js';
import { ensureBuilt } from '../crawl/child.js';
import { tempDir } from '../crawl/helpers.js';
import { REPO_ROOT } from '../helpers/shared.js';

const locked = (e: unknown): boolean => isCopydeskError(e) && e.code === 'STATE_LOCKED';

/** A child process that takes the lock (the built module) and says so, then sleeps. */
async function holderProcess(dbPath: string): Promise<ChildProcess> {
  const lockModule = join(REPO_ROOT, 'dist', 'state', 'lock.js');
  const code = `import(${JSON.stringify(lockModule)}).then(async (m) => { await m.acquireLock(${JSON.stringify(dbPath)}); process.stdout.write('held\\n'); setInterval(() => {}, 1000); });`;
  const child = spawn(process.execPath, ['-e', code], { stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise<void>((resolve, reject) => {
    child.stdout?.on('data', (d: Buffer) => d.toString().includes('held') && resolve());
    child.on('exit', (c) => reject(new Error(`holder exited with ${c}`)));
  });
  return child;
}

async function killed(child: ChildProcess): Promise<void> {
  const gone = new Promise((r) => child.once('exit', r));
  child.kill('SIGKILL');
  await gone;
}

describe('state lock', () => {
  let tmp: ReturnType<typeof tempDir>;
  let db: string;
  beforeAll(() => ensureBuilt(), 120_000);
  beforeEach(() => {
    tmp = tempDir('copydesk-lock-');
    db = join(tmp.dir, 'state.db');
  });
  afterEach(() => tmp.cleanup());

  it('one holder at a time; the holder is named while it holds, and --wait gets the lock when it is let go', async () => {
    const lock = await acquireLock(db);
    const info = JSON.parse(readFileSync(lockPaths(db).info, 'utf8')) as { pid: number; host: string };
    expect(info).toMatchObject({ pid: process.pid, host: hostname() });
    await expect(acquireLock(db)).rejects.toSatisfy((e: unknown) => locked(e) && new RegExp(`pid ${process.pid} on `).test((e as Error).message));
    await expect(acquireLock(db, { wait: true, timeout: 150, pollMs: 20 })).rejects.toSatisfy((e: unknown) => locked(e) && /gave up waiting/.test((e as Error).message));
    setTimeout(() => lock.release(), 200);
    const waited = await acquireLock(db, { wait: true, pollMs: 20 });
    waited.release();
    expect(existsSync(lockPaths(db).info)).toBe(false);
  });

  it('a holder killed with SIGKILL leaves no lock, though its lock file names a live pid', async () => {
    const child = await holderProcess(db);
    await expect(acquireLock(db)).rejects.toSatisfy(locked);
    await killed(child);
    // The description it left names a pid that is alive (ours) on this host: no matter.
    writeFileSync(lockPaths(db).info, JSON.stringify({ pid: process.pid, host: hostname(), startedAt: 'earlier' }));
    const started = performance.now();
    const lock = await acquireLock(db);
    expect(performance.now() - started).toBeLessThan(500);
    lock.release();
  });

  it('a lock file from another host or from PID 1 (a container) does not keep anyone out, and --wait does not wait', async () => {
    for (const stale of [{ pid: 1, host: 'vm' }, { pid: process.pid, host: 'container-7f3a' }]) {
      writeFileSync(lockPaths(db).info, JSON.stringify({ ...stale, startedAt: '2026-11-01T00:00:00Z' }));
      const started = performance.now();
      const lock = await acquireLock(db, { wait: true });
      expect(performance.now() - started).toBeLessThan(500);
      lock.release();
    }
  });

  it('a waiting run gets the lock as soon as the holder is killed', async () => {
    const child = await holderProcess(db);
    let announced = false;
    const waiting = acquireLock(db, { wait: true, pollMs: 50, onWait: () => (announced = true) });
    await new Promise((r) => setTimeout(r, 200));
    expect(announced).toBe(true);
    await killed(child);
    const lock = await waiting;
    lock.release();
  });

  it('an unusable place for the lock is a typed error that says why', async () => {
    writeFileSync(join(tmp.dir, 'file'), 'x');
    await expect(acquireLock(join(tmp.dir, 'file', 'state.db'))).rejects.toSatisfy((e: unknown) => isCopydeskError(e) && e.code === 'STATE' && /a part of the path is not a folder|folder/.test(e.message));
  });
});
