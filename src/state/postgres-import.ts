/**
 * `copydesk state migrate --from PATH.db --to postgres://…`: an SQLite state copied into a
 * PostgreSQL one, every table row by row (in batches, one transaction), so a crawl moved
 * to many workers keeps what it has seen. Rows the target already has are kept as they are.
 */
import Database from 'better-sqlite3';
import { CopydeskError } from '../errors.js';
import './sqlite-uri.js';
import { mapSqliteError } from './sqlite.js';
import { TABLES } from './schema.js';
import type { PgStore } from './postgres.js';

const BATCH = 500;
/** Columns stored as integers (0/1) in SQLite and booleans in PostgreSQL. */
const BOOLEANS = new Set(['transient', 'given_up', 'forced']);
/** Columns stored as JSON text in SQLite and JSONB in PostgreSQL. */
const JSONS = new Set(['settings', 'item']);
const KEYS: Record<string, string> = { items: 'url', documents: 'url', hosts: 'host', robots: 'origin', failures: 'url', source_filters: 'source' };

function convert(column: string, value: unknown): unknown {
  if (BOOLEANS.has(column)) return value === null ? null : Number(value) !== 0;
  if (JSONS.has(column) && typeof value === 'string') {
    try {
      JSON.parse(value);
      return value;
    } catch {
      return null;
    }
  }
  return value;
}

/** Copies each table; returns rows copied per table (those the target already had are not counted). */
export async function importSqlite(path: string, target: PgStore): Promise<Record<string, number>> {
  let db: Database.Database;
  try {
    db = new Database(path, { readonly: true, fileMustExist: true });
  } catch (err) {
    throw mapSqliteError(err, path);
  }
  try {
    const present = new Set((db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all() as string[]));
    if (!present.has('items')) throw new CopydeskError('STATE', `${path} is not a copydesk state (it has no items table)`);
    return await target.db.transaction(async (tx) => {
      const copied: Record<string, number> = {};
      for (const [table, columns] of Object.entries(TABLES)) {
        copied[table] = 0;
        if (!present.has(table)) continue;
        let batch: unknown[][] = [];
        const flush = async (): Promise<void> => {
          if (!batch.length) return;
          const params: unknown[] = [];
          const rows = batch.map((row) => `(${row.map((v) => (params.push(v), `$${params.length}`)).join(', ')})`);
          const r = await tx.query(`INSERT INTO ${table}(${columns.join(', ')}) VALUES ${rows.join(', ')} ON CONFLICT (${KEYS[table] ?? columns[0]}) DO NOTHING`, params);
          copied[table] = (copied[table] ?? 0) + (r.rowCount ?? 0);
          batch = [];
        };
        for (const row of db.prepare(`SELECT ${columns.join(', ')} FROM ${table}`).raw().iterate() as Iterable<unknown[]>) {
          batch.push(row.map((v, i) => convert(columns[i] as string, v)));
          if (batch.length >= BATCH) await flush();
        }
        await flush();
      }
      return copied;
    });
  } finally {
    db.close();
  }
}
