/**
 * One crawl per state at a time. The lock is a file beside the database, created
 * atomically (link(2) of a fully written temp file, which fails if the lock exists), and
 * holding the owner's pid and host. A lock left by a process that no longer exists (killed
 * with SIGKILL, a crashed machine) on this host is stale and taken over; SQLite's own locks
 * are no help here, since they only last for one transaction.
 */
import { hostname } from 'node:os';
import { linkSync, mkdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { CopydeskError } from '../errors.js';

export interface LockInfo {
  pid: number;
  host: string;
  startedAt: string;
}

export interface Lock {
  path: string;
  release(): void;
}

export interface LockOptions {
  /** Wait for the other run to finish instead of failing at once. */
  wait?: boolean;
  /** Longest wait, ms (default: no limit). */
  timeout?: number;
  /** Poll interval while waiting, ms. */
  pollMs?: number;
  /** Called once when we start waiting. */
  onWait?: (holder: LockInfo | null) => void;
  signal?: AbortSignal;
}

function readHolder(path: string): LockInfo | null {
  try {
    const info = JSON.parse(readFileSync(path, 'utf8')) as Partial<LockInfo>;
    return typeof info.pid === 'number' && typeof info.host === 'string' ? { pid: info.pid, host: info.host, startedAt: String(info.startedAt ?? '') } : null;
  } catch {
    return null;
  }
}

/** Whether a process with this id exists on this machine. */
export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: it exists but belongs to someone else.
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function isStale(holder: LockInfo | null): boolean {
  return holder !== null && holder.host === hostname() && !processAlive(holder.pid);
}

function tryAcquire(path: string): boolean {
  const info: LockInfo = { pid: process.pid, host: hostname(), startedAt: new Date().toISOString() };
  const tmp = `${path}.${process.pid}.${Date.now()}.tmp`;
  writeFileSync(tmp, JSON.stringify(info));
  try {
    linkSync(tmp, path);
    return true;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw err;
  } finally {
    try {
      unlinkSync(tmp);
    } catch {
      // already gone
    }
  }
}

export function describeHolder(holder: LockInfo | null): string {
  return holder ? `pid ${holder.pid} on ${holder.host}, since ${holder.startedAt}` : 'unknown owner';
}

export async function acquireLock(dbPath: string, options: LockOptions = {}): Promise<Lock> {
  const path = `${dbPath}.lock`;
  mkdirSync(dirname(path), { recursive: true });
  const started = Date.now();
  let announced = false;
  for (;;) {
    if (tryAcquire(path)) {
      let released = false;
      return {
        path,
        release() {
          if (released) return;
          released = true;
          const holder = readHolder(path);
          if (holder?.pid === process.pid) {
            try {
              unlinkSync(path);
            } catch {
              // removed by someone else: nothing to release
            }
          }
        },
      };
    }
    const holder = readHolder(path);
    if (isStale(holder)) {
      // Remove only if it is still the same stale file (another waiter may have won).
      const again = readHolder(path);
      if (again && holder && again.pid === holder.pid) {
        try {
          unlinkSync(path);
        } catch {
          // raced with another run: fine, loop and try again
        }
      }
      continue;
    }
    if (!options.wait) {
      throw new CopydeskError('STATE_LOCKED', `another crawl is using the state ${dbPath} (${describeHolder(holder)}); run again later, or pass --wait to wait for it`);
    }
    if (options.timeout !== undefined && Date.now() - started > options.timeout) {
      throw new CopydeskError('STATE_LOCKED', `gave up waiting for the crawl using ${dbPath} (${describeHolder(holder)})`);
    }
    if (!announced) {
      announced = true;
      options.onWait?.(holder);
    }
    if (options.signal?.aborted) throw new CopydeskError('STATE_LOCKED', 'interrupted while waiting for the state lock');
    await new Promise((r) => setTimeout(r, options.pollMs ?? 250));
  }
}
