/**
 * The shared store: the whole state in PostgreSQL, for many `copydesk crawl` processes on
 * many machines at once. Same StateStore as the embedded SQLite one, plus Coordination:
 *
 *  - a worker claims a source (documents row) or an item (items row) with a lease:
 *    `SELECT … FOR UPDATE SKIP LOCKED`, then the owner and an expiry set on the row. A live
 *    lease is never taken; an expired one (its worker killed, cut off) is taken by the next
 *    worker that asks. Finishing or failing an item ends its lease in the same statement.
 *  - one row per host (host_pace) says when the host may next be asked and which worker
 *    holds its turn, updated by single atomic statements, so N workers send a host no more
 *    than one worker would (one request at a time, the quiet time between them).
 *
 * No file lock: the database serialises what must be serialised.
 */
import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import type { FailureStore } from './failures.js';
import { PgFailures } from './postgres-failures.js';
import { PgSections } from './postgres-sections.js';
import type { SectionStore } from './sections.js';
import { PgConnection } from './postgres-pool.js';
import { redactUrl } from './select.js';
import type { PgRunner } from './postgres-pool.js';
import { migratePg, pgSchemaVersion, PG_SCHEMA_VERSION } from './postgres-schema.js';
import { toDocument, toItem } from './rows.js';
import { workBatches } from './postgres-work.js';
import type { WorkBatches } from './postgres-work.js';
import type { DocumentRow, ItemRow } from './rows.js';
import { backoffUntil } from './store.js';
import type { CheckResult, Coordination, DocumentState, HostState, ItemState, ItemStatus, ItemUpdate, LeaseKind, RobotsEntry, StateStats, StateStore } from './store.js';

const ITEM_COLUMNS = 'url, status, source, canonical, body_hash, out_path, error, attempts, first_seen, updated_at';
const DOCUMENT_COLUMNS = 'url, etag, last_modified, kind, resolved, resolved_at, last_success, last_error, last_error_at, failures, backoff_until';

export interface PgStoreOptions {
  /** Clock for the rows' own times (leases and the host pace use the server's). */
  now?: () => number;
  /** Name in the leases (default: host name, pid and a random tag). */
  owner?: string;
  /** Connections in the pool. */
  connections?: number;
  /** Create or bring up to date the schema on open (default true). */
  migrate?: boolean;
}

/** A name no other worker has: the host and pid for people, a random tag for uniqueness. */
export function workerName(): string {
  return `${hostname()}:${process.pid}:${randomBytes(4).toString('hex')}`;
}

export class PgStore implements StateStore, Coordination {
  readonly failures: FailureStore;
  readonly sections: SectionStore;
  readonly coordination: Coordination = this;
  readonly owner: string;
  /** The address without its password, for messages and stats. */
  readonly path: string;
  private readonly now: () => number;
  /** The statements every item costs, batched: claims, turns, finishes (postgres-work.ts). */
  private readonly work: WorkBatches;

  private constructor(
    private readonly conn: PgConnection,
    /** Leases and host turns: committed without waiting for the disk (a lost one only expires or is asked again). */
    private readonly leases: PgConnection,
    options: PgStoreOptions,
  ) {
    this.path = conn.where;
    this.now = options.now ?? Date.now;
    this.owner = options.owner ?? workerName();
    this.failures = new PgFailures(conn);
    this.work = workBatches(leases, conn, this.owner, this.now);
    this.sections = new PgSections(conn);
  }

  /** Connects and (unless told not to) creates or migrates the schema. */
  static async open(url: string, options: PgStoreOptions = {}): Promise<PgStore> {
    const where = redactUrl(url);
    const connections = options.connections ?? 4;
    const conn = new PgConnection(url, where, connections);
    const leases = new PgConnection(url, where, Math.max(1, Math.ceil(connections / 2)), { synchronousCommit: false });
    const store = new PgStore(conn, leases, options);
    try {
      if (options.migrate !== false) await store.migrate();
      return store;
    } catch (err) {
      await store.close().catch(() => undefined);
      throw err;
    }
  }

  /** Brings the schema up to date; returns the versions before and after. */
  async migrate(): Promise<{ from: number; to: number }> {
    const client = await this.conn.client();
    try {
      return await migratePg(client, this.path);
    } finally {
      client.release();
    }
  }

  get db(): PgRunner {
    return this.conn;
  }

  async getItem(url: string): Promise<ItemState | undefined> {
    const r = await this.conn.query<ItemRow>(`SELECT ${ITEM_COLUMNS} FROM items WHERE url = $1`, [url]);
    return r.rows[0] ? toItem(r.rows[0]) : undefined;
  }

  async seen(urls: string[]): Promise<Set<string>> {
    if (!urls.length) return new Set();
    const r = await this.conn.query<{ url: string }>(
      `SELECT u.url FROM unnest($1::text[]) AS u(url)
       WHERE EXISTS (SELECT 1 FROM items i WHERE i.url = u.url AND i.status <> 'pending')
          OR EXISTS (SELECT 1 FROM items i WHERE i.canonical = u.url AND i.status = 'done')`,
      [urls],
    );
    return new Set(r.rows.map((row) => row.url));
  }

  async findDone(by: { canonical?: string; bodyHash?: string }, except = ''): Promise<string | undefined> {
    const one = async (sql: string, value: string): Promise<string | undefined> => (await this.conn.query<{ url: string }>(sql, [value, except])).rows[0]?.url;
    if (by.canonical && by.canonical !== except) {
      const direct = await one("SELECT url FROM items WHERE url = $1 AND url <> $2 AND status = 'done'", by.canonical);
      if (direct) return direct;
    }
    if (by.canonical) {
      const via = await one("SELECT url FROM items WHERE canonical = $1 AND url <> $2 AND status = 'done' LIMIT 1", by.canonical);
      if (via) return via;
    }
    if (by.bodyHash) return one("SELECT url FROM items WHERE body_hash = $1 AND url <> $2 AND status = 'done' LIMIT 1", by.bodyHash);
    return undefined;
  }

  async planItem(url: string, source: string, outPath: string | null): Promise<void> {
    const now = this.now();
    await this.conn.query(
      `INSERT INTO items(url, status, source, out_path, attempts, first_seen, updated_at) VALUES ($1, 'pending', $2, $3, 0, $4, $4)
       ON CONFLICT (url) DO UPDATE SET out_path = COALESCE(items.out_path, excluded.out_path), updated_at = excluded.updated_at`,
      [url, source, outPath, now],
    );
  }

  finishItem(url: string, update: ItemUpdate): Promise<void> {
    return this.work.finish.call({ url, update });
  }

  async failItem(url: string, source: string, error: string, permanent: boolean, maxAttempts: number): Promise<ItemState> {
    const now = this.now();
    // One statement: the attempt is counted on the row as it is, whoever wrote it last.
    const r = await this.conn.query<ItemRow>(
      `INSERT INTO items(url, status, source, error, attempts, first_seen, updated_at)
       VALUES ($1, CASE WHEN $4::boolean OR 1 >= $5::bigint THEN 'failed' ELSE 'pending' END, $2, $3, 1, $6, $6)
       ON CONFLICT (url) DO UPDATE SET
         status = CASE WHEN $4::boolean OR items.attempts + 1 >= $5::bigint THEN 'failed' ELSE 'pending' END,
         error = excluded.error, attempts = items.attempts + 1, updated_at = excluded.updated_at, lease_owner = NULL, lease_until = NULL
       RETURNING ${ITEM_COLUMNS}`,
      [url, source, error, permanent, maxAttempts, now],
    );
    return toItem(r.rows[0] as ItemRow);
  }

  async getDocument(url: string): Promise<DocumentState | undefined> {
    const r = await this.conn.query<DocumentRow>(`SELECT ${DOCUMENT_COLUMNS} FROM documents WHERE url = $1`, [url]);
    return r.rows[0] ? toDocument(r.rows[0]) : undefined;
  }

  /** Sets some columns of a document, creating its row when needed; `set` uses $2 onwards. */
  private async upsertDocument(url: string, columns: Record<string, unknown>): Promise<DocumentState> {
    const names = Object.keys(columns);
    const values = Object.values(columns);
    const now = this.now();
    const r = await this.conn.query<DocumentRow>(
      `INSERT INTO documents(url, updated_at, ${names.join(', ')}) VALUES ($1, $2, ${names.map((_, i) => `$${i + 3}`).join(', ')})
       ON CONFLICT (url) DO UPDATE SET updated_at = excluded.updated_at, ${names.map((n) => `${n} = excluded.${n}`).join(', ')}
       RETURNING ${DOCUMENT_COLUMNS}`,
      [url, now, ...values],
    );
    return toDocument(r.rows[0] as DocumentRow);
  }

  async saveValidators(url: string, etag: string | null, lastModified: string | null): Promise<void> {
    await this.upsertDocument(url, { etag, last_modified: lastModified });
  }

  async saveResolved(url: string, kind: string, resolved: string[], at: number): Promise<void> {
    await this.upsertDocument(url, { kind, resolved: JSON.stringify(resolved), resolved_at: at });
  }

  async documentSucceeded(url: string, at: number): Promise<void> {
    await this.upsertDocument(url, { last_success: at, failures: 0, backoff_until: null });
  }

  documentFailed(url: string, error: string, at: number): Promise<DocumentState> {
    return this.conn.transaction(async (tx) => {
      const now = this.now();
      await tx.query('INSERT INTO documents(url, updated_at) VALUES ($1, $2) ON CONFLICT (url) DO NOTHING', [url, now]);
      const row = await tx.query<{ failures: number }>('SELECT failures FROM documents WHERE url = $1 FOR UPDATE', [url]);
      const failures = (row.rows[0]?.failures ?? 0) + 1;
      const r = await tx.query<DocumentRow>(
        `UPDATE documents SET last_error = $2, last_error_at = $3, failures = $4, backoff_until = $5, updated_at = $6 WHERE url = $1 RETURNING ${DOCUMENT_COLUMNS}`,
        [url, error, at, failures, backoffUntil(failures, at), now],
      );
      return toDocument(r.rows[0] as DocumentRow);
    });
  }

  async getHost(host: string): Promise<HostState | undefined> {
    const r = await this.conn.query<{ host: string; failures: number; last_error: string | null; backoff_until: number | null }>('SELECT host, failures, last_error, backoff_until FROM hosts WHERE host = $1', [host]);
    const row = r.rows[0];
    return row ? { host: row.host, failures: row.failures, lastError: row.last_error, backoffUntil: row.backoff_until } : undefined;
  }

  async hostSucceeded(host: string): Promise<void> {
    await this.conn.query('UPDATE hosts SET failures = 0, backoff_until = NULL, updated_at = $1 WHERE host = $2 AND failures > 0', [this.now(), host]);
  }

  hostFailed(host: string, error: string, at: number): Promise<HostState> {
    return this.conn.transaction(async (tx) => {
      await tx.query('INSERT INTO hosts(host, failures, updated_at) VALUES ($1, 0, $2) ON CONFLICT (host) DO NOTHING', [host, at]);
      const row = await tx.query<{ failures: number }>('SELECT failures FROM hosts WHERE host = $1 FOR UPDATE', [host]);
      const failures = (row.rows[0]?.failures ?? 0) + 1;
      const until = backoffUntil(failures, at);
      await tx.query('UPDATE hosts SET failures = $2, last_error = $3, backoff_until = $4, updated_at = $5 WHERE host = $1', [host, failures, error, until, at]);
      return { host, failures, lastError: error, backoffUntil: until };
    });
  }

  async getRobots(origin: string): Promise<RobotsEntry | undefined> {
    const r = await this.conn.query<{ origin: string; status: number; body: string; fetched_at: number; expires_at: number }>('SELECT origin, status, body, fetched_at, expires_at FROM robots WHERE origin = $1', [origin]);
    const row = r.rows[0];
    return row ? { origin: row.origin, status: row.status, body: row.body, fetchedAt: row.fetched_at, expiresAt: row.expires_at } : undefined;
  }

  async putRobots(e: RobotsEntry): Promise<void> {
    await this.conn.query(
      `INSERT INTO robots(origin, status, body, fetched_at, expires_at) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (origin) DO UPDATE SET status = excluded.status, body = excluded.body, fetched_at = excluded.fetched_at, expires_at = excluded.expires_at`,
      [e.origin, e.status, e.body, e.fetchedAt, e.expiresAt],
    );
  }

  async stats(): Promise<StateStats> {
    const items: Record<ItemStatus, number> = { pending: 0, done: 0, duplicate: 0, failed: 0 };
    for (const r of (await this.conn.query<{ status: ItemStatus; n: number }>('SELECT status, count(*)::int AS n FROM items GROUP BY status')).rows) items[r.status] = r.n;
    const now = this.now();
    const r = await this.conn.query<{ size: number; documents: number; failing: number; hosts: number; backed: number; robots: number; oldest: number | null; newest: number | null }>(
      `SELECT pg_database_size(current_database()) AS size,
        (SELECT count(*)::int FROM documents) AS documents, (SELECT count(*)::int FROM documents WHERE failures > 0) AS failing,
        (SELECT count(*)::int FROM hosts) AS hosts, (SELECT count(*)::int FROM hosts WHERE backoff_until > $1) AS backed,
        (SELECT count(*)::int FROM robots) AS robots, (SELECT min(first_seen) FROM items) AS oldest, (SELECT max(updated_at) FROM items) AS newest`,
      [now],
    );
    const s = r.rows[0];
    return {
      path: this.path,
      sizeBytes: s?.size ?? 0,
      items,
      documents: s?.documents ?? 0,
      documentsFailing: s?.failing ?? 0,
      hosts: s?.hosts ?? 0,
      hostsBackedOff: s?.backed ?? 0,
      robots: s?.robots ?? 0,
      oldestItem: s?.oldest ?? null,
      newestItem: s?.newest ?? null,
    };
  }

  forget(prefix: string): Promise<number> {
    return this.conn.transaction(async (tx) => {
      let n = 0;
      n += (await tx.query('DELETE FROM items WHERE starts_with(url, $1)', [prefix])).rowCount ?? 0;
      n += (await tx.query('DELETE FROM documents WHERE starts_with(url, $1)', [prefix])).rowCount ?? 0;
      n += (await tx.query('DELETE FROM robots WHERE starts_with(origin, $1)', [prefix])).rowCount ?? 0;
      n += (await tx.query('DELETE FROM failures WHERE starts_with(url, $1)', [prefix])).rowCount ?? 0;
      n += (await tx.query('DELETE FROM sections WHERE starts_with(url, $1)', [prefix])).rowCount ?? 0;
      return n;
    });
  }

  prune(before: number): Promise<number> {
    return this.conn.transaction(async (tx) => {
      let n = (await tx.query("DELETE FROM items WHERE updated_at < $1 AND status <> 'pending'", [before])).rowCount ?? 0;
      await tx.query('DELETE FROM failures f WHERE f.updated_at < $1 AND NOT EXISTS (SELECT 1 FROM items i WHERE i.url = f.url)', [before]);
      n += (await tx.query('DELETE FROM robots WHERE expires_at < $1', [this.now()])).rowCount ?? 0;
      return n;
    });
  }

  async check(): Promise<CheckResult> {
    const client = await this.conn.client();
    try {
      const version = await pgSchemaVersion(client);
      const problems: string[] = [];
      if (version < PG_SCHEMA_VERSION) problems.push(`schema version ${version}, expected ${PG_SCHEMA_VERSION}: run "copydesk state migrate --state ${this.path}"`);
      if (version > PG_SCHEMA_VERSION) problems.push(`schema version ${version} is newer than this copydesk knows (${PG_SCHEMA_VERSION})`);
      for (const table of ['items', 'documents', 'hosts', 'host_pace', 'robots', 'failures', 'source_filters', 'records']) {
        const r = await client.query<{ t: string | null }>('SELECT to_regclass($1)::text AS t', [table]);
        if (!r.rows[0]?.t) problems.push(`table ${table} is missing`);
      }
      return { ok: problems.length === 0, problems };
    } finally {
      client.release();
    }
  }

  // Coordination (store.ts): leases on sources and items, and the host pace.

  async claim(kind: LeaseKind, key: string, leaseMs: number): Promise<boolean> {
    if (kind === 'item') return (await this.work.lease.call({ kind: 'claim', url: key, leaseMs })) === 1;
    // A source never seen before: its row is created already claimed (one trip, the common case).
    const created = 'INSERT INTO documents(url, updated_at, lease_owner, lease_until) VALUES ($1, $2, $3, copydesk_now_ms() + $4) ON CONFLICT (url) DO NOTHING';
    if (((await this.leases.query(created, [key, this.now(), this.owner, leaseMs])).rowCount ?? 0) > 0) return true;
    // A row another worker is claiming this instant is skipped, not waited for: it is theirs.
    const r = await this.leases.query(
      `WITH c AS (SELECT url FROM documents WHERE url = $1 AND (lease_until IS NULL OR lease_until < copydesk_now_ms() OR lease_owner = $2) FOR UPDATE SKIP LOCKED)
       UPDATE documents t SET lease_owner = $2, lease_until = copydesk_now_ms() + $3 FROM c WHERE t.url = c.url RETURNING t.url`,
      [key, this.owner, leaseMs],
    );
    return (r.rowCount ?? 0) > 0;
  }

  async release(kind: LeaseKind, key: string): Promise<void> {
    const table = kind === 'source' ? 'documents' : 'items';
    await this.leases.query(`UPDATE ${table} SET lease_owner = NULL, lease_until = NULL WHERE url = $1 AND lease_owner = $2`, [key, this.owner]);
  }

  async renew(leaseMs: number): Promise<number> {
    let n = 0;
    for (const table of ['documents', 'items']) {
      n += (await this.leases.query(`UPDATE ${table} SET lease_until = copydesk_now_ms() + $2 WHERE lease_owner = $1 AND lease_until >= copydesk_now_ms()`, [this.owner, leaseMs])).rowCount ?? 0;
    }
    return n;
  }

  takeTurn(host: string, holdMs: number): Promise<number> {
    return this.work.lease.call({ kind: 'take', host, holdMs });
  }

  async endTurn(host: string, quietMs: number): Promise<void> {
    await this.work.lease.call({ kind: 'end', host, quietMs });
  }

  /**
   * The stored records (--store) written at or after `since`, in the order they were
   * written, a batch at a time: JSON text, one per record.
   */
  async *exportRecords(since: number | null, batch = 1000): AsyncGenerator<string> {
    let after = 0;
    for (;;) {
      const r = await this.conn.query<{ seq: number; json: string }>('SELECT seq, record::text AS json FROM records WHERE seq > $1 AND written_at >= $2 ORDER BY seq LIMIT $3', [after, since ?? 0, batch]);
      for (const row of r.rows) yield row.json;
      const last = r.rows[r.rows.length - 1];
      if (!last || r.rows.length < batch) return;
      after = last.seq;
    }
  }

  async close(): Promise<void> {
    await Promise.all([this.conn.end(), this.leases.end()]);
  }
}
