/**
 * Opening the state for a run that writes it (crawl, forget, prune), in this order:
 *
 *   1. take the lock (lock.ts), so that one writer at a time moves the mark;
 *   2. with --fresh, set the old state aside (it is kept, renamed, never deleted);
 *   3. no database yet: create one complete (schema, id, count, mark) under a temporary
 *      name and rename it into place, so that a 0-byte or schema-less file at the state's
 *      path is never copydesk's own doing and can be reported as loss;
 *   4. a database already there: refuse it when it cannot be trusted (integrity.ts), with
 *      STATE_LOST or STATE_CORRUPT and what to do, before anything writes to it;
 *   5. open the store, and move the mark forward after every call that committed.
 */
import { closeSync, existsSync, openSync, readdirSync, renameSync, unlinkSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { CopydeskError } from '../errors.js';
import { stateFileError } from './files.js';
import { assess, counterReader, goneProblem, installChangeCounter, lostAdvice } from './integrity.js';
import type { Problem } from './integrity.js';
import { acquireLock } from './lock.js';
import type { Lock, LockOptions } from './lock.js';
import { createMark, MARK_SUFFIX, markPath, MarkWriter, readMark } from './mark.js';
import type { Mark } from './mark.js';
import { mapSqliteError, SqliteStore } from './sqlite.js';
import './sqlite-uri.js';
import Database from 'better-sqlite3';

/** The files that make up a state, by suffix: moved together when it is set aside. */
const STATE_FILES = ['', '-wal', '-shm', MARK_SUFFIX];

export interface OpenStateOptions extends LockOptions {
  /** Start over: set the existing state aside and create a new one. */
  fresh?: boolean;
  /** Clock for the name of a state set aside. */
  now?: () => Date;
}

export interface OpenedState {
  lock: Lock;
  store: SqliteStore;
  /** Where the old state went with `fresh`, or null when there was none. */
  setAside: string | null;
}

/** The error a run stops with on a state it cannot trust. */
export function untrusted(problem: Problem, path: string): CopydeskError {
  return new CopydeskError(problem.code, `${problem.message}. ${lostAdvice(path)}`);
}

/** Renames the state's files to `<path>.<label>-<time>…`; returns that name, or null when there was nothing. */
export function setStateAside(path: string, label: string, now = new Date()): string | null {
  const aside = `${path}.${label}-${now.toISOString().replace(/[:.]/g, '-')}`;
  let moved = false;
  for (const suffix of STATE_FILES) {
    if (!existsSync(path + suffix)) continue;
    try {
      renameSync(path + suffix, aside + suffix);
    } catch (err) {
      throw stateFileError('set aside', path + suffix, err);
    }
    if (suffix !== MARK_SUFFIX) moved = true;
  }
  return moved ? aside : null;
}

function sqliteReason(err: unknown): string {
  // SQLite's own code, also when the store already wrapped it in a typed error.
  const code = (err as { cause?: { code?: string } }).cause?.code ?? (err as { code?: string }).code;
  return code === 'SQLITE_FULL' ? 'the disk is full (SQLITE_FULL)' : (err as Error).message;
}

/**
 * Creates a complete new state at path (which must not exist): built under a temporary
 * name, closed (which folds its WAL into the file), its mark written, then renamed into
 * place. A failure removes every temporary file.
 */
export async function createState(path: string): Promise<Mark> {
  const tmp = `${path}.${process.pid}.${Date.now()}.new`;
  const cleanup = (): void => {
    for (const suffix of ['', '-wal', '-shm', '-journal']) {
      try {
        unlinkSync(tmp + suffix);
      } catch {
        // not there
      }
    }
  };
  try {
    // Created here first so that a failure carries its errno (SQLite says only "unable to open").
    closeSync(openSync(tmp, 'wx'));
  } catch (err) {
    cleanup();
    throw stateFileError('create the state database', path, err);
  }
  let mark: Mark;
  try {
    const store = SqliteStore.open(tmp);
    try {
      mark = installChangeCounter(store.database);
    } finally {
      await store.close();
    }
  } catch (err) {
    cleanup();
    throw new CopydeskError('STATE', `cannot create the state database ${path}: ${sqliteReason(err)}`, { cause: err });
  }
  try {
    createMark(markPath(path), mark);
    renameSync(tmp, path);
  } catch (err) {
    cleanup();
    throw stateFileError('create the state database', path, err);
  }
  return mark;
}

/** Refuses an existing database that lost what it held; reads it without writing. */
function verifyExisting(path: string, mark: Mark | null): void {
  let problems: Problem[];
  let db: Database.Database | undefined;
  try {
    db = new Database(path, { readonly: true, fileMustExist: true });
    problems = assess(db, path, mark);
  } catch (err) {
    throw mapSqliteError(err, path);
  } finally {
    db?.close();
  }
  const first = problems[0];
  if (first) throw untrusted(first, path);
}

/**
 * The store with its mark kept up to date: after every call that returns (a commit, when it
 * wrote), the database's change count is copied to the mark. A Proxy rather than a subclass
 * or a wrapper listing each method, so that methods added to the store are covered too.
 */
function withMark(store: SqliteStore, writer: MarkWriter): SqliteStore {
  const count = counterReader(store.database);
  const sync = (): void => {
    if (!store.database.open) return;
    try {
      writer.advance(count());
    } catch (err) {
      throw mapSqliteError(err, store.path);
    }
  };
  return new Proxy(store, {
    get(target, prop) {
      const value: unknown = Reflect.get(target, prop, target);
      if (typeof value !== 'function') return value;
      const method = value as (...args: unknown[]) => unknown;
      if (prop === 'close') {
        return async () => {
          try {
            sync();
          } finally {
            writer.close();
          }
          return target.close();
        };
      }
      return (...args: unknown[]) => {
        const result = method.apply(target, args);
        if (result instanceof Promise) return result.then((r: unknown) => (sync(), r));
        sync();
        return result;
      };
    },
  });
}

/**
 * Temporary files of a run killed while it made them: a new database (`state.db.<pid>.<t>.new`)
 * or a mark or lock description being replaced (`….<pid>.<t>.tmp`). Only the lock holder makes
 * them, so while we hold it, any that exist are left over; process ids are no guide (in a
 * container every run may be PID 1).
 */
function sweepLeftovers(path: string): void {
  const base = basename(path);
  const dir = dirname(path);
  const leftover = new RegExp(`^${base.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:\\.mark|\\.lock)?\\.\\d+\\.\\d+\\.(?:new(?:-wal|-shm|-journal)?|tmp)$`);
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) {
    if (!leftover.test(name)) continue;
    try {
      unlinkSync(join(dir, name));
    } catch {
      // gone already
    }
  }
}

/** Opens a state the caller already holds the lock for; see the steps above. */
export async function openLockedState(path: string): Promise<SqliteStore> {
  sweepLeftovers(path);
  // The mark is read before the database: a writer moves it only after committing.
  const mark = readMark(markPath(path));
  if (!existsSync(path)) {
    const gone = goneProblem(path, mark);
    if (gone) throw untrusted(gone, path);
    await createState(path);
  } else {
    verifyExisting(path, mark);
  }
  const store = SqliteStore.open(path);
  try {
    // A database from an earlier copydesk gets its counter here; the mark restarts from it.
    const counter = installChangeCounter(store.database);
    return withMark(store, new MarkWriter(markPath(path), counter.id, counter.seq));
  } catch (err) {
    await store.close().catch(() => undefined);
    throw mapSqliteError(err, path);
  }
}

/** Takes the lock and opens the state for writing; the caller closes the store, then releases the lock. */
export async function openState(path: string, options: OpenStateOptions = {}): Promise<OpenedState> {
  const lock = await acquireLock(path, options);
  try {
    const setAside = options.fresh ? setStateAside(path, 'replaced', options.now?.()) : null;
    const store = await openLockedState(path);
    return { lock, store, setAside };
  } catch (err) {
    lock.release();
    throw err;
  }
}
