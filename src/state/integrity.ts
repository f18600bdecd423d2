/**
 * Can this state be trusted? A state that lost what it held must not pass for a new one:
 * the crawl would quietly fetch and write every article again. Three kinds of loss are told
 * apart from a healthy database:
 *
 * - empty: the file is there but holds nothing (0 bytes, or no tables at all);
 * - no schema: a database without copydesk's tables (items, meta);
 * - lost commits: the database counts its changes in `meta.change_seq`, bumped by triggers
 *   inside the very transactions that change rows, and a writer copies the count to the
 *   mark file after each commit (mark.ts). A count below the mark means commits are gone;
 *   a different `meta.state_id` means the file was replaced by another database.
 *
 * Damage inside the file (SQLite's integrity check) stays STATE_CORRUPT; loss is STATE_LOST.
 */
import { randomUUID } from 'node:crypto';
import { accessSync, constants, existsSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { pathToFileURL } from 'node:url';
import './sqlite-uri.js';
import Database from 'better-sqlite3';
import type { Database as Db } from 'better-sqlite3';
import type { ErrorCode } from '../errors.js';
import { readMark, markPath } from './mark.js';
import type { Mark } from './mark.js';
import { TABLES } from './schema.js';

const ID_KEY = 'state_id';
const SEQ_KEY = 'change_seq';
/** Tables without which a database is not a copydesk state (others are added when missing). */
const REQUIRED_TABLES = ['meta', 'items'];
const CORRUPT = new Set(['SQLITE_CORRUPT', 'SQLITE_NOTADB', 'SQLITE_CORRUPT_INDEX', 'SQLITE_CORRUPT_SEQUENCE', 'SQLITE_CORRUPT_VTAB']);

export interface Problem {
  code: Extract<ErrorCode, 'STATE_LOST' | 'STATE_CORRUPT' | 'STATE'>;
  message: string;
}

export interface StateCheck {
  path: string;
  ok: boolean;
  /** The first problem's code: STATE_LOST, STATE_CORRUPT or STATE (cannot be read); null when ok. */
  code: Problem['code'] | null;
  problems: string[];
  /** What could not be checked, and why. */
  notes: string[];
}

/** What to do about a lost state, said the same way everywhere. */
export function lostAdvice(path: string): string {
  return `Run "copydesk state rebuild --state ${path}" to keep what is left and go on (what was lost is fetched and written again), or crawl with --fresh to start over.`;
}

/** Adds the change counter to a database (new, or made by an earlier copydesk): idempotent. */
export function installChangeCounter(db: Db): Mark {
  db.transaction(() => {
    const put = db.prepare('INSERT OR IGNORE INTO meta(key, value) VALUES (?, ?)');
    put.run(ID_KEY, randomUUID());
    put.run(SEQ_KEY, '0');
    for (const table of Object.keys(TABLES)) {
      for (const op of ['INSERT', 'UPDATE', 'DELETE']) {
        db.exec(`CREATE TRIGGER IF NOT EXISTS copydesk_seq_${table}_${op.toLowerCase()} AFTER ${op} ON ${table}
          BEGIN UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = '${SEQ_KEY}'; END`);
      }
    }
  })();
  const counter = readCounter(db);
  return { id: counter.id ?? '', seq: counter.seq };
}

/** The database's id and change count (null id: made before the counter existed). */
export function readCounter(db: Db): { id: string | null; seq: number } {
  const get = db.prepare('SELECT value FROM meta WHERE key = ?').pluck();
  const id = get.get(ID_KEY) as string | undefined;
  const seq = Number(get.get(SEQ_KEY) ?? 0);
  return { id: id ?? null, seq };
}

/** A statement that reads the change count, for a writer to call after each commit. */
export function counterReader(db: Db): () => number {
  const get = db.prepare('SELECT value FROM meta WHERE key = ?').pluck();
  return () => Number(get.get(SEQ_KEY) ?? 0);
}

function tables(db: Db): Set<string> {
  return new Set(db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all() as string[]);
}

/**
 * Loss found in an open database, compared with the mark read BEFORE the database (a
 * writer moves the mark only after committing, so mark ≤ any later snapshot).
 */
export function assess(db: Db, path: string, mark: Mark | null): Problem[] {
  const names = tables(db);
  if (names.size === 0) {
    const size = statSync(path).size;
    const what = size === 0 ? 'is empty (0 bytes)' : 'holds no tables';
    return [{ code: 'STATE_LOST', message: `the state database ${path} ${what}: its schema and everything it held are gone` }];
  }
  const missing = REQUIRED_TABLES.filter((t) => !names.has(t));
  if (missing.length) {
    return [{ code: 'STATE_LOST', message: `the state database ${path} is missing its schema (no table ${missing.join(', ')}): it is not a copydesk state, or lost its tables` }];
  }
  if (!mark) return [];
  const counter = readCounter(db);
  if (counter.id !== mark.id) {
    return [{ code: 'STATE_LOST', message: `the state database ${path} is not the one ${markPath(path)} was written for (another id): the file was replaced, and what the old one held is not in it` }];
  }
  if (counter.seq < mark.seq) {
    const n = mark.seq - counter.seq;
    return [{ code: 'STATE_LOST', message: `the state database ${path} lost ${n} change${n === 1 ? '' : 's'} it had committed (it counts ${counter.seq}, ${markPath(path)} recorded ${mark.seq}): a deleted -wal file, a copy restored over it or a power cut` }];
  }
  return [];
}

/** A database gone while its mark says it held something. */
export function goneProblem(path: string, mark: Mark | null): Problem | null {
  if (!mark || mark.seq === 0) return null;
  return { code: 'STATE_LOST', message: `the state database ${path} is gone, but ${markPath(path)} records ${mark.seq} changes made to it` };
}

export function isCorruption(err: unknown): boolean {
  return CORRUPT.has((err as { code?: string }).code ?? '');
}

function readOnlyFileSystem(path: string): boolean {
  try {
    accessSync(dirname(path), constants.W_OK);
    return false;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EROFS';
  }
}

/**
 * Opens a database for reading only. On a read-only file system a WAL database cannot be
 * opened the usual way (no -shm file can be made), so it is opened immutable: nobody can be
 * writing it there. An immutable reader does not see a -wal file, if one was left.
 */
export function openForReading(path: string): { db: Db; immutable: boolean } {
  try {
    const db = new Database(path, { readonly: true, fileMustExist: true });
    db.prepare('SELECT count(*) FROM sqlite_master').get();
    return { db, immutable: false };
  } catch (err) {
    if ((err as { code?: string }).code !== 'SQLITE_CANTOPEN' || !readOnlyFileSystem(path) || process.env.SQLITE_USE_URI !== '1') throw err;
  }
  const db = new Database(`${pathToFileURL(path).href}?immutable=1`, { readonly: true, fileMustExist: true });
  db.prepare('SELECT count(*) FROM sqlite_master').get();
  return { db, immutable: true };
}

/** `copydesk state check`: loss first, then SQLite's integrity check. Never writes. */
export function checkState(path: string): StateCheck {
  const problems: Problem[] = [];
  const notes: string[] = [];
  const mark = readMark(markPath(path));
  const done = (): StateCheck => ({ path, ok: problems.length === 0, code: problems[0]?.code ?? null, problems: problems.map((p) => p.message), notes });
  if (!existsSync(path)) {
    problems.push(goneProblem(path, mark) ?? { code: 'STATE', message: `no state database at ${path}` });
    return done();
  }
  let opened: { db: Db; immutable: boolean };
  try {
    opened = openForReading(path);
  } catch (err) {
    const message = (err as Error).message;
    problems.push(isCorruption(err) ? { code: 'STATE_CORRUPT', message: `the state database ${path} is damaged (${message})` } : { code: 'STATE', message: `cannot read the state database ${path}: ${message}` });
    return done();
  }
  const { db, immutable } = opened;
  try {
    const walLeft = immutable && existsSync(`${path}-wal`) && statSync(`${path}-wal`).size > 0;
    if (walLeft) notes.push(`read-only file system: the -wal file beside ${path} cannot be read, so the latest commits and the mark were not checked`);
    else if (immutable) notes.push('read-only file system: opened immutable');
    problems.push(...assess(db, path, walLeft ? null : mark));
    if (!problems.length) {
      const rows = db.prepare('PRAGMA integrity_check').pluck().all() as string[];
      for (const r of rows) if (r !== 'ok') problems.push({ code: 'STATE_CORRUPT', message: r });
    }
  } catch (err) {
    problems.push(isCorruption(err) ? { code: 'STATE_CORRUPT', message: `the state database ${path} is damaged (${(err as Error).message})` } : { code: 'STATE', message: `cannot read the state database ${path}: ${(err as Error).message}` });
  } finally {
    db.close();
  }
  return done();
}
