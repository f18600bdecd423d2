/**
 * Rebuilding a damaged state database: the damaged file (and its WAL) is moved aside,
 * a fresh database is created, and every row that can still be read is copied over,
 * table by table, stopping a table at the first unreadable page. Losing rows only means
 * some articles are fetched again; they are never lost. The fresh database gets a new id
 * and mark (integrity.ts), so a state that had lost rows is trusted again from here on.
 */
import './sqlite-uri.js';
import Database from 'better-sqlite3';
import { readCounter } from './integrity.js';
import { createMark, markPath } from './mark.js';
import { createState, setStateAside } from './open.js';
import { TABLES } from './schema.js';
import { SqliteStore } from './sqlite.js';

export interface RebuildResult {
  /** Where the damaged file was moved, or null when there was none. */
  movedTo: string | null;
  salvaged: Record<string, number>;
  /** Tables that could not be read to the end (or at all). */
  incomplete: string[];
}

function salvageItemsByIndex(old: Database.Database, insert: Database.Statement, columns: string[]): number {
  let n = 0;
  let keys: IterableIterator<unknown>;
  try {
    keys = old.prepare('SELECT url FROM items INDEXED BY items_updated').pluck().iterate();
  } catch {
    return 0;
  }
  const one = old.prepare(`SELECT ${columns.join(', ')} FROM items WHERE url = ?`).raw();
  try {
    for (const key of keys) {
      try {
        const row = one.get(key) as unknown[] | undefined;
        if (row && insert.run(...row).changes) n++;
      } catch {
        // this row sits on a damaged page
      }
    }
  } catch {
    // the index itself is damaged from here on
  }
  return n;
}

export async function rebuildDatabase(path: string, now = new Date()): Promise<RebuildResult> {
  const salvaged: Record<string, number> = {};
  const incomplete: string[] = [];
  const movedTo = setStateAside(path, 'damaged', now);
  await createState(path);
  const fresh = SqliteStore.open(path);
  if (!movedTo) {
    await fresh.close();
    return { movedTo, salvaged, incomplete };
  }
  let old: Database.Database | null = null;
  try {
    old = new Database(movedTo, { readonly: true, fileMustExist: true });
  } catch {
    incomplete.push(...Object.keys(TABLES));
  }
  if (old) {
    const target = fresh.database;
    for (const [table, columns] of Object.entries(TABLES)) {
      salvaged[table] = 0;
      const insert = target.prepare(`INSERT OR IGNORE INTO ${table}(${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`);
      const begin = target.prepare('BEGIN');
      const commit = target.prepare('COMMIT');
      begin.run();
      try {
        const rows = old.prepare(`SELECT ${columns.join(', ')} FROM ${table}`).raw().iterate() as IterableIterator<unknown[]>;
        for (const row of rows) {
          try {
            insert.run(...row);
            salvaged[table]++;
          } catch {
            // a row with values the fresh schema refuses: skip it
          }
        }
      } catch {
        // The scan hit a damaged page. Items have a second copy of their keys in the
        // updated_at index; reading keys from there and each row by its key skips only the
        // damaged pages instead of everything after the first one.
        if (table === 'items') salvaged[table] += salvageItemsByIndex(old, insert, columns);
        incomplete.push(table);
      }
      commit.run();
    }
    old.close();
  }
  const counter = readCounter(fresh.database);
  createMark(markPath(path), { id: counter.id ?? '', seq: counter.seq });
  await fresh.close();
  return { movedTo, salvaged, incomplete };
}
