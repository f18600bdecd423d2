/**
 * One crawl per state at a time, with a lock the operating system holds for us.
 *
 * The lock is an exclusive SQLite transaction (`BEGIN EXCLUSIVE`) on a small, empty lock
 * database beside the state (`state.db.lock.sqlite`). SQLite takes it as a POSIX record
 * lock (fcntl), and the kernel drops such locks when their process ends, however it ends:
 * SIGKILL, a crash, an OOM kill, a container stopped. So no lock outlives its holder, and
 * no guess is made from process ids or host names, which repeat (a container's crawl is
 * PID 1 on every run) or change (a new hostname per container) and so cannot tell a dead
 * holder from a live one. SQLite already ships with copydesk; no other package is needed.
 *
 * Who holds the lock is written, for messages only, to `state.db.lock` (JSON: pid, host,
 * start time), after the lock is taken and removed before it is let go; a copy left by a
 * killed run is simply overwritten by the next holder.
 *
 * The lock database is never deleted: removing a lock file while another process waits on
 * it would let two processes lock two different files of the same name. Like every POSIX
 * lock it needs a file system that supports fcntl locks (local disks do; some network file
 * systems do not).
 */
import { hostname } from 'node:os';
import { closeSync, mkdirSync, openSync, readFileSync, unlinkSync } from 'node:fs';
import { dirname } from 'node:path';
import './sqlite-uri.js';
import Database from 'better-sqlite3';
import type { Database as Db } from 'better-sqlite3';
import { CopydeskError } from '../errors.js';
import { stateFileError, writeAtomically } from './files.js';

export interface LockInfo {
  pid: number;
  host: string;
  startedAt: string;
}

export interface Lock {
  /** The lock database the operating system holds the lock on. */
  path: string;
  release(): void;
}

export interface LockOptions {
  /** Wait for the other run to finish instead of failing at once. */
  wait?: boolean;
  /** Longest wait, ms (default: no limit; a dead holder never makes anyone wait). */
  timeout?: number;
  /** Poll interval while waiting, ms. */
  pollMs?: number;
  /** Called once when we start waiting. */
  onWait?: (holder: LockInfo | null) => void;
  signal?: AbortSignal;
}

/** The lock database (held by the OS) and the holder's description, beside the state. */
export function lockPaths(dbPath: string): { lock: string; info: string } {
  return { lock: `${dbPath}.lock.sqlite`, info: `${dbPath}.lock` };
}

export function readHolder(infoPath: string): LockInfo | null {
  try {
    const info = JSON.parse(readFileSync(infoPath, 'utf8')) as Partial<LockInfo>;
    return typeof info.pid === 'number' && typeof info.host === 'string' ? { pid: info.pid, host: info.host, startedAt: String(info.startedAt ?? '') } : null;
  } catch {
    return null;
  }
}

/** Whether a process with this id exists on this machine (used to tidy temp files, not for the lock). */
export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: it exists but belongs to someone else.
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export function describeHolder(holder: LockInfo | null): string {
  return holder ? `pid ${holder.pid} on ${holder.host}, since ${holder.startedAt}` : 'unknown owner';
}

/**
 * Opens the lock database, creating the empty file first so that a failure to create it
 * carries its errno (SQLite says only "unable to open"). Created with O_EXCL and closed at
 * once: closing a descriptor of a file drops every POSIX lock this process holds on it, so
 * a file that already exists (maybe locked by another connection here) is never opened
 * outside SQLite.
 */
function openLockDb(path: string): Db {
  try {
    closeSync(openSync(path, 'wx'));
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw stateFileError('create the lock file', path, err);
  }
  try {
    const db = new Database(path, { fileMustExist: true, timeout: 0 });
    return db;
  } catch (err) {
    throw new CopydeskError('STATE', `cannot open the lock file ${path}: ${(err as Error).message}`, { cause: err });
  }
}

/** One attempt: true when this connection now holds the exclusive lock. */
function tryHold(db: Db, path: string): boolean {
  try {
    // No journal file: the transaction never writes, it only holds the lock.
    db.pragma('journal_mode = MEMORY');
    db.exec('BEGIN EXCLUSIVE');
    return true;
  } catch (err) {
    const code = (err as { code?: string }).code;
    if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED') return false;
    throw new CopydeskError('STATE', `cannot take the lock ${path}: ${(err as Error).message}`, { cause: err });
  }
}

function held(db: Db, paths: { lock: string; info: string }): Lock {
  let released = false;
  return {
    path: paths.lock,
    release() {
      if (released) return;
      released = true;
      // Still the holder here: the description can only be ours.
      try {
        unlinkSync(paths.info);
      } catch {
        // never written, or removed by hand
      }
      try {
        db.exec('ROLLBACK');
      } catch {
        // nothing to roll back
      }
      db.close();
    },
  };
}

export async function acquireLock(dbPath: string, options: LockOptions = {}): Promise<Lock> {
  const paths = lockPaths(dbPath);
  try {
    mkdirSync(dirname(paths.lock), { recursive: true });
  } catch (err) {
    throw stateFileError('create the folder for', dbPath, err);
  }
  const db = openLockDb(paths.lock);
  const started = Date.now();
  let announced = false;
  try {
    for (;;) {
      if (tryHold(db, paths.lock)) {
        const lock = held(db, paths);
        try {
          writeAtomically(paths.info, JSON.stringify({ pid: process.pid, host: hostname(), startedAt: new Date().toISOString() } satisfies LockInfo), 'the lock file');
        } catch (err) {
          lock.release();
          throw err;
        }
        return lock;
      }
      const holder = readHolder(paths.info);
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
  } catch (err) {
    if (db.open && !db.inTransaction) db.close();
    throw err;
  }
}
