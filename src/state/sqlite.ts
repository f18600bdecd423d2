/**
 * The default store: one SQLite file in WAL mode (readers never block the crawl, and a
 * commit survives the process being killed the moment after). synchronous=NORMAL is
 * durable against a killed process, which is the failure that matters for a cron job;
 * only a power cut can lose the last commits, and then the article is simply fetched
 * again (written at least once, never marked done without being written).
 */
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import './sqlite-uri.js';
import Database from 'better-sqlite3';
import type { Database as Db, Statement } from 'better-sqlite3';
import { CopydeskError } from '../errors.js';
import { SqliteFailures, migrateFailures } from './failures.js';
import type { FailureStore } from './failures.js';
import { SqliteSections, migrateSections } from './sections.js';
import type { SectionStore } from './sections.js';
import { toDocument, toItem } from './rows.js';
import type { DocumentRow, ItemRow } from './rows.js';
import { SCHEMA, SCHEMA_VERSION } from './schema.js';
import { backoffUntil } from './store.js';
import type { CheckResult, DocumentState, HostState, ItemState, ItemStatus, ItemUpdate, RobotsEntry, StateStats, StateStore } from './store.js';

const CORRUPT_CODES = new Set(['SQLITE_CORRUPT', 'SQLITE_NOTADB', 'SQLITE_CORRUPT_INDEX', 'SQLITE_CORRUPT_SEQUENCE', 'SQLITE_CORRUPT_VTAB']);

export function corruptMessage(path: string, detail: string): string {
  return `the state database ${path} is damaged (${detail}). Run "copydesk state check --state ${path}" for details, or "copydesk state rebuild --state ${path}" to save what can be read into a fresh database (the damaged file is kept beside it).`;
}

/** SQLite errors to typed ones; damage gets a message that says what to do. */
export function mapSqliteError(err: unknown, path: string): CopydeskError {
  if (err instanceof CopydeskError) return err;
  const code = (err as { code?: string }).code ?? '';
  const message = (err as Error).message ?? String(err);
  if (CORRUPT_CODES.has(code)) return new CopydeskError('STATE_CORRUPT', corruptMessage(path, message), { cause: err });
  if (code === 'SQLITE_FULL') return new CopydeskError('STATE', `cannot write the state database ${path}: disk full`, { cause: err });
  return new CopydeskError('STATE', `state database ${path}: ${message}`, { cause: err });
}

/** The end of a key range: every string that starts with prefix sorts below it. */
function prefixEnd(prefix: string): string {
  return `${prefix}\u{10FFFF}`;
}

export interface SqliteStoreOptions {
  readonly?: boolean;
  /** Clock for tests. */
  now?: () => number;
}

export class SqliteStore implements StateStore {
  private readonly db: Db;
  private readonly now: () => number;
  private readonly stmts = new Map<string, Statement>();
  /** Why items were not written (src/state/failures.ts). */
  readonly failures: FailureStore;
  /** Pages of stories a follow crawl reads again (src/state/sections.ts). */
  readonly sections: SectionStore;

  private constructor(readonly path: string, db: Db, now: () => number) {
    this.db = db;
    this.now = now;
    this.failures = new SqliteFailures(db, (fn) => this.guard(fn));
    this.sections = new SqliteSections(db, (fn) => this.guard(fn));
  }

  /** Opens (creating when needed) the database; damage is reported as STATE_CORRUPT. */
  static open(path: string, options: SqliteStoreOptions = {}): SqliteStore {
    if (!options.readonly) mkdirSync(dirname(path), { recursive: true });
    else if (!existsSync(path)) throw new CopydeskError('STATE', `no state database at ${path}`);
    let db: Db | undefined;
    try {
      db = new Database(path, { readonly: Boolean(options.readonly), fileMustExist: Boolean(options.readonly) });
      db.pragma('busy_timeout = 5000');
      if (!options.readonly) {
        db.pragma('journal_mode = WAL');
        db.pragma('synchronous = NORMAL');
        db.exec(SCHEMA);
        db.prepare('INSERT OR IGNORE INTO meta(key, value) VALUES (?, ?)').run('schema_version', String(SCHEMA_VERSION));
        migrateFailures(db, (options.now ?? Date.now)());
        migrateSections(db);
      } else {
        // Reading the schema is enough to tell a database from any other file.
        db.prepare('SELECT count(*) FROM sqlite_master').get();
      }
      return new SqliteStore(path, db, options.now ?? Date.now);
    } catch (err) {
      db?.close();
      throw mapSqliteError(err, path);
    }
  }

  private stmt(sql: string): Statement {
    let s = this.stmts.get(sql);
    if (!s) {
      s = this.db.prepare(sql);
      this.stmts.set(sql, s);
    }
    return s;
  }

  /** Runs a piece of work, mapping SQLite errors to typed ones. */
  private guard<T>(fn: () => T): Promise<T> {
    try {
      return Promise.resolve(fn());
    } catch (err) {
      return Promise.reject(mapSqliteError(err, this.path));
    }
  }

  /** The synchronous read used by the seen-URL benchmark and getItem. */
  getItemSync(url: string): ItemState | undefined {
    const row = this.stmt('SELECT * FROM items WHERE url = ?').get(url) as ItemRow | undefined;
    return row ? toItem(row) : undefined;
  }

  getItem(url: string): Promise<ItemState | undefined> {
    return this.guard(() => this.getItemSync(url));
  }

  seen(urls: string[]): Promise<Set<string>> {
    return this.guard(() => {
      const out = new Set<string>();
      const byUrl = this.stmt("SELECT 1 FROM items WHERE url = ? AND status <> 'pending'").pluck();
      const byCanonical = this.stmt("SELECT 1 FROM items WHERE canonical = ? AND status = 'done' LIMIT 1").pluck();
      // One read transaction for the whole list: one snapshot, no per-query lock overhead.
      this.db.transaction(() => {
        for (const url of urls) if (byUrl.get(url) !== undefined || byCanonical.get(url) !== undefined) out.add(url);
      })();
      return out;
    });
  }

  findDone(by: { canonical?: string; bodyHash?: string }, except = ''): Promise<string | undefined> {
    return this.guard(() => {
      if (by.canonical && by.canonical !== except) {
        const direct = this.stmt("SELECT url FROM items WHERE url = ? AND url <> ? AND status = 'done'").get(by.canonical, except) as { url: string } | undefined;
        if (direct) return direct.url;
      }
      if (by.canonical) {
        const viaCanonical = this.stmt("SELECT url FROM items WHERE canonical = ? AND url <> ? AND status = 'done' LIMIT 1").get(by.canonical, except) as { url: string } | undefined;
        if (viaCanonical) return viaCanonical.url;
      }
      if (by.bodyHash) {
        const row = this.stmt("SELECT url FROM items WHERE body_hash = ? AND url <> ? AND status = 'done' LIMIT 1").get(by.bodyHash, except) as { url: string } | undefined;
        if (row) return row.url;
      }
      return undefined;
    });
  }

  planItem(url: string, source: string, outPath: string | null): Promise<void> {
    return this.guard(() => {
      const now = this.now();
      this.stmt(`INSERT INTO items(url, status, source, out_path, attempts, first_seen, updated_at) VALUES (?, 'pending', ?, ?, 0, ?, ?)
        ON CONFLICT(url) DO UPDATE SET out_path = COALESCE(items.out_path, excluded.out_path), updated_at = excluded.updated_at`).run(url, source, outPath, now, now);
    });
  }

  finishItem(url: string, u: ItemUpdate): Promise<void> {
    return this.guard(() => {
      const now = this.now();
      this.stmt(`INSERT INTO items(url, status, source, canonical, body_hash, out_path, error, attempts, first_seen, updated_at)
        VALUES (@url, @status, @source, @canonical, @bodyHash, @outPath, @error, 1, @now, @now)
        ON CONFLICT(url) DO UPDATE SET status = excluded.status, source = COALESCE(excluded.source, items.source),
          canonical = COALESCE(excluded.canonical, items.canonical), body_hash = COALESCE(excluded.body_hash, items.body_hash),
          out_path = COALESCE(excluded.out_path, items.out_path), error = excluded.error,
          attempts = items.attempts + 1, updated_at = excluded.updated_at`).run({
        url,
        status: u.status,
        source: u.source ?? null,
        canonical: u.canonical ?? null,
        bodyHash: u.bodyHash ?? null,
        outPath: u.outPath ?? null,
        error: u.error ?? null,
        now,
      });
    });
  }

  failItem(url: string, source: string, error: string, permanent: boolean, maxAttempts: number): Promise<ItemState> {
    return this.guard(() => {
      const now = this.now();
      const tx = this.db.transaction(() => {
        const prev = this.getItemSync(url);
        const attempts = (prev?.attempts ?? 0) + 1;
        const status: ItemStatus = permanent || attempts >= maxAttempts ? 'failed' : 'pending';
        this.stmt(`INSERT INTO items(url, status, source, error, attempts, first_seen, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)
          ON CONFLICT(url) DO UPDATE SET status = excluded.status, error = excluded.error, attempts = excluded.attempts, updated_at = excluded.updated_at`).run(url, status, source, error, attempts, now, now);
        return this.getItemSync(url) as ItemState;
      });
      return tx();
    });
  }

  getDocument(url: string): Promise<DocumentState | undefined> {
    return this.guard(() => {
      const row = this.stmt('SELECT * FROM documents WHERE url = ?').get(url) as DocumentRow | undefined;
      return row ? toDocument(row) : undefined;
    });
  }

  private upsertDocument(url: string, set: string, params: Record<string, unknown>): void {
    this.stmt(`INSERT INTO documents(url, updated_at) VALUES (@url, @now) ON CONFLICT(url) DO NOTHING`).run({ url, now: this.now() });
    this.stmt(`UPDATE documents SET ${set}, updated_at = @now WHERE url = @url`).run({ url, now: this.now(), ...params });
  }

  saveValidators(url: string, etag: string | null, lastModified: string | null): Promise<void> {
    return this.guard(() => this.upsertDocument(url, 'etag = @etag, last_modified = @lastModified', { etag, lastModified }));
  }

  saveResolved(url: string, kind: string, resolved: string[], at: number): Promise<void> {
    return this.guard(() => this.upsertDocument(url, 'kind = @kind, resolved = @resolved, resolved_at = @at', { kind, resolved: JSON.stringify(resolved), at }));
  }

  documentSucceeded(url: string, at: number): Promise<void> {
    return this.guard(() => this.upsertDocument(url, 'last_success = @at, failures = 0, backoff_until = NULL', { at }));
  }

  documentFailed(url: string, error: string, at: number): Promise<DocumentState> {
    return this.guard(() =>
      this.db.transaction(() => {
        const row = this.stmt('SELECT failures FROM documents WHERE url = ?').get(url) as { failures: number } | undefined;
        const failures = (row?.failures ?? 0) + 1;
        this.upsertDocument(url, 'last_error = @error, last_error_at = @at, failures = @failures, backoff_until = @until', { error, at, failures, until: backoffUntil(failures, at) });
        return toDocument(this.stmt('SELECT * FROM documents WHERE url = ?').get(url) as DocumentRow);
      })(),
    );
  }

  getHost(host: string): Promise<HostState | undefined> {
    return this.guard(() => {
      const r = this.stmt('SELECT * FROM hosts WHERE host = ?').get(host) as { host: string; failures: number; last_error: string | null; backoff_until: number | null } | undefined;
      return r ? { host: r.host, failures: r.failures, lastError: r.last_error, backoffUntil: r.backoff_until } : undefined;
    });
  }

  hostSucceeded(host: string): Promise<void> {
    return this.guard(() => {
      // Only touch hosts that have failed before: no write per article for healthy hosts.
      this.stmt('UPDATE hosts SET failures = 0, backoff_until = NULL, updated_at = ? WHERE host = ? AND failures > 0').run(this.now(), host);
    });
  }

  hostFailed(host: string, error: string, at: number): Promise<HostState> {
    return this.guard(() =>
      this.db.transaction(() => {
        const row = this.stmt('SELECT failures FROM hosts WHERE host = ?').get(host) as { failures: number } | undefined;
        const failures = (row?.failures ?? 0) + 1;
        const until = backoffUntil(failures, at);
        this.stmt(`INSERT INTO hosts(host, failures, last_error, backoff_until, updated_at) VALUES (?, ?, ?, ?, ?)
          ON CONFLICT(host) DO UPDATE SET failures = excluded.failures, last_error = excluded.last_error, backoff_until = excluded.backoff_until, updated_at = excluded.updated_at`).run(host, failures, error, until, at);
        return { host, failures, lastError: error, backoffUntil: until };
      })(),
    );
  }

  getRobots(origin: string): Promise<RobotsEntry | undefined> {
    return this.guard(() => {
      const r = this.stmt('SELECT * FROM robots WHERE origin = ?').get(origin) as { origin: string; status: number; body: string; fetched_at: number; expires_at: number } | undefined;
      return r ? { origin: r.origin, status: r.status, body: r.body, fetchedAt: r.fetched_at, expiresAt: r.expires_at } : undefined;
    });
  }

  putRobots(e: RobotsEntry): Promise<void> {
    return this.guard(() => {
      this.stmt('INSERT OR REPLACE INTO robots(origin, status, body, fetched_at, expires_at) VALUES (?, ?, ?, ?, ?)').run(e.origin, e.status, e.body, e.fetchedAt, e.expiresAt);
    });
  }

  stats(): Promise<StateStats> {
    return this.guard(() => {
      const items: Record<ItemStatus, number> = { pending: 0, done: 0, duplicate: 0, failed: 0 };
      for (const r of this.db.prepare('SELECT status, count(*) AS n FROM items GROUP BY status').all() as { status: ItemStatus; n: number }[]) items[r.status] = r.n;
      const one = (sql: string, ...p: unknown[]): number => (this.db.prepare(sql).pluck().get(...p) as number | null) ?? 0;
      const now = this.now();
      let sizeBytes = 0;
      for (const suffix of ['', '-wal']) {
        try {
          sizeBytes += statSync(this.path + suffix).size;
        } catch {
          // no WAL file right now
        }
      }
      return {
        path: this.path,
        sizeBytes,
        items,
        documents: one('SELECT count(*) FROM documents'),
        documentsFailing: one('SELECT count(*) FROM documents WHERE failures > 0'),
        hosts: one('SELECT count(*) FROM hosts'),
        hostsBackedOff: one('SELECT count(*) FROM hosts WHERE backoff_until > ?', now),
        robots: one('SELECT count(*) FROM robots'),
        oldestItem: (this.db.prepare('SELECT min(first_seen) FROM items').pluck().get() as number | null) ?? null,
        newestItem: (this.db.prepare('SELECT max(updated_at) FROM items').pluck().get() as number | null) ?? null,
      };
    });
  }

  forget(prefix: string): Promise<number> {
    return this.guard(() =>
      this.db.transaction(() => {
        const end = prefixEnd(prefix);
        let n = 0;
        n += this.db.prepare('DELETE FROM items WHERE url >= ? AND url < ?').run(prefix, end).changes;
        n += this.db.prepare('DELETE FROM documents WHERE url >= ? AND url < ?').run(prefix, end).changes;
        n += this.db.prepare('DELETE FROM robots WHERE origin >= ? AND origin < ?').run(prefix, end).changes;
        n += this.db.prepare('DELETE FROM failures WHERE url >= ? AND url < ?').run(prefix, end).changes;
        n += this.db.prepare('DELETE FROM sections WHERE url >= ? AND url < ?').run(prefix, end).changes;
        return n;
      })(),
    );
  }

  prune(before: number): Promise<number> {
    return this.guard(() =>
      this.db.transaction(() => {
        let n = this.db.prepare("DELETE FROM items WHERE updated_at < ? AND status <> 'pending'").run(before).changes;
        this.db.prepare('DELETE FROM failures WHERE updated_at < ? AND url NOT IN (SELECT url FROM items)').run(before);
        n += this.db.prepare('DELETE FROM robots WHERE expires_at < ?').run(this.now()).changes;
        return n;
      })(),
    );
  }

  check(): Promise<CheckResult> {
    return this.guard(() => {
      const rows = this.db.prepare('PRAGMA integrity_check').pluck().all() as string[];
      const problems = rows.filter((r) => r !== 'ok');
      return { ok: problems.length === 0, problems };
    });
  }

  /** Bulk insert for benchmarks and rebuild: many rows in one transaction. */
  insertItems(rows: Iterable<Omit<ItemState, 'bodyHash' | 'outPath' | 'error' | 'canonical' | 'source'> & Partial<ItemState>>): void {
    const ins = this.stmt(`INSERT OR REPLACE INTO items(url, status, source, canonical, body_hash, out_path, error, attempts, first_seen, updated_at)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
    this.db.transaction(() => {
      for (const r of rows) ins.run(r.url, r.status, r.source ?? null, r.canonical ?? null, r.bodyHash ?? null, r.outPath ?? null, r.error ?? null, r.attempts, r.firstSeen, r.updatedAt);
    })();
  }

  /** The raw handle, for rebuild (copying rows) only. */
  get database(): Db {
    return this.db;
  }

  close(): Promise<void> {
    return this.guard(() => {
      if (this.db.open) {
        try {
          // Fold the WAL back so the file alone is complete when copied or inspected.
          this.db.pragma('wal_checkpoint(TRUNCATE)');
        } catch {
          // read-only handles and busy readers: the WAL stays, which is fine
        }
        this.db.close();
      }
    });
  }
}
