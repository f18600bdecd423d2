/**
 * Why an item was not written, kept so that nothing is skipped without a word: the error
 * code and message, the attempts so far, when to try again (transient failures), the
 * settings the verdict depended on (a refusal that --allow-private would lift), and the
 * feed entry itself, so that a retry needs neither the feed nor a 200 answer from it.
 * The crawler decides what is due (src/crawl/failure-policy.ts); this file only stores.
 *
 * Also kept per source: a fingerprint of the filters (--since …) its items were judged
 * with, so that a change of filters re-reads the source without a conditional request.
 */
import type { Database as Db } from 'better-sqlite3';

export const FAILURES_SCHEMA = `
CREATE TABLE IF NOT EXISTS failures (
  url TEXT PRIMARY KEY,
  source TEXT NOT NULL,
  code TEXT NOT NULL,
  message TEXT NOT NULL,
  status INTEGER,
  transient INTEGER NOT NULL DEFAULT 0,
  attempts INTEGER NOT NULL DEFAULT 0,
  next_attempt_at INTEGER,
  given_up INTEGER NOT NULL DEFAULT 0,
  settings TEXT,
  item TEXT,
  forced INTEGER NOT NULL DEFAULT 0,
  first_failed_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS failures_source ON failures(source);
CREATE TABLE IF NOT EXISTS source_filters (
  source TEXT PRIMARY KEY,
  fingerprint TEXT NOT NULL,
  updated_at INTEGER NOT NULL
);
`;

/** Columns of the tables above, for rebuild (copied row by row). */
export const FAILURES_TABLES: Record<string, string[]> = {
  failures: ['url', 'source', 'code', 'message', 'status', 'transient', 'attempts', 'next_attempt_at', 'given_up', 'settings', 'item', 'forced', 'first_failed_at', 'updated_at'],
  source_filters: ['source', 'fingerprint', 'updated_at'],
};

/** The schema version that brought the failures table. */
export const FAILURES_SINCE_VERSION = 2;

export interface FailureEntry {
  url: string;
  source: string;
  code: string;
  message: string;
  status: number | null;
  /** Tried again on later runs with back-off (503, 429, timeouts, resets). */
  transient: boolean;
  attempts: number;
  /** Transient failures: not before this time (epoch ms). */
  nextAttemptAt: number | null;
  /** Transient failures that reached --max-attempts. */
  givenUp: boolean;
  /** The settings the verdict depended on, as they were ({"allowPrivate": false}). */
  settings: Record<string, unknown> | null;
  /** The feed entry (JSON), so the item can be tried again without its feed. */
  item: unknown;
  /** Put back in line by `copydesk state retry`: tried on the next run, whatever the settings. */
  forced: boolean;
  firstFailedAt: number;
  updatedAt: number;
}

/** A source (or a document reached from one) that keeps failing, from the documents table. */
export interface SourceFailure {
  url: string;
  code: string;
  message: string;
  /** Failures in a row. */
  failures: number;
  failedAt: number | null;
  backoffUntil: number | null;
}

/** An item or a source that was not read or written, as `copydesk state failed` lists it. */
export type FailureListing = ({ kind: 'item' } & Omit<FailureEntry, 'item'>) | ({ kind: 'source' } & SourceFailure);

export interface FailureStore {
  get(url: string): Promise<FailureEntry | undefined>;
  /** Failures recorded under a source whose item is still not written. */
  forSource(source: string): Promise<FailureEntry[]>;
  /** Failures of these URLs (recorded under any source) whose item is still not written. */
  forUrls(urls: string[]): Promise<FailureEntry[]>;
  put(entry: FailureEntry): Promise<void>;
  /** The item was written (or found a duplicate): nothing to remember. */
  clear(url: string): Promise<void>;
  /** Items and sources under a URL prefix (all when empty) that were not written or read. */
  list(prefix?: string): Promise<FailureListing[]>;
  /** Puts failures under a prefix back in line; returns how many items and sources. */
  retry(prefix: string | undefined, now: number): Promise<{ items: number; sources: number }>;
  filterFingerprint(source: string): Promise<string | undefined>;
  saveFilterFingerprint(source: string, fingerprint: string, now: number): Promise<void>;
}

/** A failures row as SQLite holds it (PostgreSQL's are read in this shape too: postgres-failures.ts). */
export interface FailureRow {
  url: string;
  source: string;
  code: string;
  message: string;
  status: number | null;
  transient: number;
  attempts: number;
  next_attempt_at: number | null;
  given_up: number;
  settings: string | null;
  item: string | null;
  forced: number;
  first_failed_at: number;
  updated_at: number;
}

function parseJson(s: string | null): unknown {
  if (!s) return null;
  try {
    return JSON.parse(s) as unknown;
  } catch {
    return null;
  }
}

export function toEntry(r: FailureRow): FailureEntry {
  const settings = parseJson(r.settings);
  return {
    url: r.url,
    source: r.source,
    code: r.code,
    message: r.message,
    status: r.status,
    transient: r.transient === 1,
    attempts: r.attempts,
    nextAttemptAt: r.next_attempt_at,
    givenUp: r.given_up === 1,
    settings: settings && typeof settings === 'object' ? (settings as Record<string, unknown>) : null,
    item: parseJson(r.item),
    forced: r.forced === 1,
    firstFailedAt: r.first_failed_at,
    updatedAt: r.updated_at,
  };
}

/** "CODE: message", as items.error and documents.last_error hold them, to its parts. */
export function splitError(text: string | null): { code: string; message: string } {
  const m = /^([A-Z][A-Z_]+): ([\s\S]*)$/.exec(text ?? '');
  return m?.[1] ? { code: m[1], message: m[2] ?? '' } : { code: 'INTERNAL', message: text ?? '' };
}

/** The end of a key range: every string that starts with prefix sorts below it. */
function prefixEnd(prefix: string): string {
  return `${prefix}\u{10FFFF}`;
}

/** '' (every host) for an empty prefix, the host of a URL prefix, or null when it names none. */
export function hostOfPrefix(prefix: string): string | null {
  if (!prefix) return '';
  try {
    return new URL(prefix).host;
  } catch {
    return null;
  }
}

/**
 * Brings a database made before the failures table up to date: items given up under the
 * old schema (status 'failed', the reason only as text) become failure rows, with their
 * settings unknown, so that a run whose settings now allow them tries them again.
 */
export function migrateFailures(db: Db, now: number): void {
  db.exec(FAILURES_SCHEMA);
  const version = Number(db.prepare("SELECT value FROM meta WHERE key = 'schema_version'").pluck().get() ?? 0);
  if (version >= FAILURES_SINCE_VERSION) return;
  db.transaction(() => {
    const rows = db.prepare("SELECT url, source, error, attempts, updated_at FROM items WHERE status = 'failed'").all() as { url: string; source: string | null; error: string | null; attempts: number; updated_at: number }[];
    const insert = db.prepare(`INSERT OR IGNORE INTO failures(url, source, code, message, transient, attempts, given_up, first_failed_at, updated_at)
      VALUES (?, ?, ?, ?, 0, ?, 0, ?, ?)`);
    for (const r of rows) {
      const { code, message } = splitError(r.error);
      insert.run(r.url, r.source ?? '', code, message, r.attempts, r.updated_at, now);
    }
    db.prepare("INSERT OR REPLACE INTO meta(key, value) VALUES ('schema_version', ?)").run(String(FAILURES_SINCE_VERSION));
  })();
}

/** Runs a piece of work, mapping SQLite errors to typed ones (the store's own guard). */
export type Guard = <T>(fn: () => T) => Promise<T>;

export class SqliteFailures implements FailureStore {
  constructor(
    private readonly db: Db,
    private readonly run: Guard,
  ) {}

  get(url: string): Promise<FailureEntry | undefined> {
    return this.run(() => {
      const r = this.db.prepare('SELECT * FROM failures WHERE url = ?').get(url) as FailureRow | undefined;
      return r ? toEntry(r) : undefined;
    });
  }

  forSource(source: string): Promise<FailureEntry[]> {
    return this.run(() =>
      (this.db.prepare(`SELECT f.* FROM failures f LEFT JOIN items i ON i.url = f.url
        WHERE f.source = ? AND (i.status IS NULL OR i.status IN ('pending', 'failed')) ORDER BY f.first_failed_at`).all(source) as FailureRow[]).map(toEntry),
    );
  }

  forUrls(urls: string[]): Promise<FailureEntry[]> {
    return this.run(() => {
      const one = this.db.prepare(`SELECT f.* FROM failures f LEFT JOIN items i ON i.url = f.url
        WHERE f.url = ? AND (i.status IS NULL OR i.status IN ('pending', 'failed'))`);
      const out: FailureEntry[] = [];
      this.db.transaction(() => {
        for (const url of urls) {
          const r = one.get(url) as FailureRow | undefined;
          if (r) out.push(toEntry(r));
        }
      })();
      return out;
    });
  }

  put(e: FailureEntry): Promise<void> {
    return this.run(() => {
      this.db.prepare(`INSERT OR REPLACE INTO failures(url, source, code, message, status, transient, attempts, next_attempt_at, given_up, settings, item, forced, first_failed_at, updated_at)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`).run(
        e.url, e.source, e.code, e.message, e.status, e.transient ? 1 : 0, e.attempts, e.nextAttemptAt, e.givenUp ? 1 : 0,
        e.settings ? JSON.stringify(e.settings) : null, e.item === null || e.item === undefined ? null : JSON.stringify(e.item), e.forced ? 1 : 0, e.firstFailedAt, e.updatedAt,
      );
    });
  }

  clear(url: string): Promise<void> {
    return this.run(() => {
      this.db.prepare('DELETE FROM failures WHERE url = ?').run(url);
    });
  }

  list(prefix = ''): Promise<FailureListing[]> {
    return this.run(() => {
      const end = prefixEnd(prefix);
      const items = (this.db.prepare(`SELECT f.* FROM failures f LEFT JOIN items i ON i.url = f.url
        WHERE f.url >= ? AND f.url < ? AND (i.status IS NULL OR i.status IN ('pending', 'failed')) ORDER BY f.url`).all(prefix, end) as FailureRow[]).map((r) => {
        const { item: _item, ...rest } = toEntry(r);
        return { kind: 'item' as const, ...rest };
      });
      const sources = (this.db.prepare('SELECT url, last_error, last_error_at, failures, backoff_until FROM documents WHERE failures > 0 AND url >= ? AND url < ? ORDER BY url').all(prefix, end) as {
        url: string;
        last_error: string | null;
        last_error_at: number | null;
        failures: number;
        backoff_until: number | null;
      }[]).map((r) => ({ kind: 'source' as const, url: r.url, ...splitError(r.last_error), failures: r.failures, failedAt: r.last_error_at, backoffUntil: r.backoff_until }));
      return [...sources, ...items];
    });
  }

  retry(prefix = '', now: number): Promise<{ items: number; sources: number }> {
    return this.run(() =>
      this.db.transaction(() => {
        const end = prefixEnd(prefix);
        const items = this.db.prepare('UPDATE failures SET forced = 1, given_up = 0, attempts = 0, next_attempt_at = NULL, updated_at = ? WHERE url >= ? AND url < ?').run(now, prefix, end).changes;
        const sources = this.db.prepare('UPDATE documents SET failures = 0, backoff_until = NULL, updated_at = ? WHERE failures > 0 AND url >= ? AND url < ?').run(now, prefix, end).changes;
        // Hosts backed off after failing articles get another chance too (the prefix's host, or all).
        const host = hostOfPrefix(prefix);
        if (items && host !== null) this.db.prepare('UPDATE hosts SET failures = 0, backoff_until = NULL, updated_at = ? WHERE backoff_until IS NOT NULL AND (? = \'\' OR host = ?)').run(now, host, host);
        return { items, sources };
      })(),
    );
  }

  filterFingerprint(source: string): Promise<string | undefined> {
    return this.run(() => (this.db.prepare('SELECT fingerprint FROM source_filters WHERE source = ?').pluck().get(source) as string | undefined) ?? undefined);
  }

  saveFilterFingerprint(source: string, fingerprint: string, now: number): Promise<void> {
    return this.run(() => {
      this.db.prepare('INSERT OR REPLACE INTO source_filters(source, fingerprint, updated_at) VALUES (?, ?, ?)').run(source, fingerprint, now);
    });
  }
}
