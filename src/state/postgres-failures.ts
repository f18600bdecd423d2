/**
 * The failures and source filters (failures.ts) in PostgreSQL: the same rows, with
 * booleans and JSONB where SQLite has integers and text.
 */
import { pgJson } from './pg-json.js';
import type { FailureEntry, FailureListing, FailureStore } from './failures.js';
import { hostOfPrefix, splitError, toEntry } from './failures.js';
import type { FailureRow } from './failures.js';
import type { PgRunner } from './postgres-pool.js';

/** The columns read in the shape SQLite holds them (integers for booleans, JSON as text), so one conversion serves both. */
const COLUMNS = `f.url, f.source, f.code, f.message, f.status, f.transient::int AS transient, f.attempts, f.next_attempt_at, f.given_up::int AS given_up,
  f.settings::text AS settings, f.item::text AS item, f.forced::int AS forced, f.first_failed_at, f.updated_at`;

/** Failures whose item is still not written (no item row, or one still pending or failed). */
const OPEN = "(i.status IS NULL OR i.status IN ('pending', 'failed'))";

export class PgFailures implements FailureStore {
  constructor(private readonly db: PgRunner) {}

  async get(url: string): Promise<FailureEntry | undefined> {
    const r = await this.db.query<FailureRow>(`SELECT ${COLUMNS} FROM failures f WHERE f.url = $1`, [url]);
    return r.rows[0] ? toEntry(r.rows[0]) : undefined;
  }

  async forSource(source: string): Promise<FailureEntry[]> {
    const r = await this.db.query<FailureRow>(`SELECT ${COLUMNS} FROM failures f LEFT JOIN items i ON i.url = f.url WHERE f.source = $1 AND ${OPEN} ORDER BY f.first_failed_at`, [source]);
    return r.rows.map(toEntry);
  }

  async forUrls(urls: string[]): Promise<FailureEntry[]> {
    if (!urls.length) return [];
    const r = await this.db.query<FailureRow>(`SELECT ${COLUMNS} FROM failures f LEFT JOIN items i ON i.url = f.url WHERE f.url = ANY($1::text[]) AND ${OPEN}`, [urls]);
    return r.rows.map(toEntry);
  }

  async put(e: FailureEntry): Promise<void> {
    await this.db.query(
      `INSERT INTO failures(url, source, code, message, status, transient, attempts, next_attempt_at, given_up, settings, item, forced, first_failed_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)
       ON CONFLICT (url) DO UPDATE SET source = excluded.source, code = excluded.code, message = excluded.message, status = excluded.status,
         transient = excluded.transient, attempts = excluded.attempts, next_attempt_at = excluded.next_attempt_at, given_up = excluded.given_up,
         settings = excluded.settings, item = excluded.item, forced = excluded.forced, first_failed_at = excluded.first_failed_at, updated_at = excluded.updated_at`,
      [
        e.url, e.source, e.code, e.message, e.status, e.transient, e.attempts, e.nextAttemptAt, e.givenUp,
        e.settings ? pgJson(e.settings) : null, e.item === null || e.item === undefined ? null : pgJson(e.item), e.forced, e.firstFailedAt, e.updatedAt,
      ],
    );
  }

  async clear(url: string): Promise<void> {
    await this.db.query('DELETE FROM failures WHERE url = $1', [url]);
  }

  async list(prefix = ''): Promise<FailureListing[]> {
    const sources = await this.db.query<{ url: string; last_error: string | null; last_error_at: number | null; failures: number; backoff_until: number | null }>(
      'SELECT url, last_error, last_error_at, failures, backoff_until FROM documents WHERE failures > 0 AND starts_with(url, $1) ORDER BY url COLLATE "C"',
      [prefix],
    );
    const items = await this.db.query<FailureRow>(`SELECT ${COLUMNS} FROM failures f LEFT JOIN items i ON i.url = f.url WHERE starts_with(f.url, $1) AND ${OPEN} ORDER BY f.url COLLATE "C"`, [prefix]);
    return [
      ...sources.rows.map((r) => ({ kind: 'source' as const, url: r.url, ...splitError(r.last_error), failures: r.failures, failedAt: r.last_error_at, backoffUntil: r.backoff_until })),
      ...items.rows.map((r) => {
        const { item: _item, ...rest } = toEntry(r);
        return { kind: 'item' as const, ...rest };
      }),
    ];
  }

  retry(prefix = '', now: number): Promise<{ items: number; sources: number }> {
    return this.db.transaction(async (tx) => {
      const items = (await tx.query('UPDATE failures SET forced = true, given_up = false, attempts = 0, next_attempt_at = NULL, updated_at = $1 WHERE starts_with(url, $2)', [now, prefix])).rowCount ?? 0;
      const sources = (await tx.query('UPDATE documents SET failures = 0, backoff_until = NULL, updated_at = $1 WHERE failures > 0 AND starts_with(url, $2)', [now, prefix])).rowCount ?? 0;
      const host = hostOfPrefix(prefix);
      if (items && host !== null) await tx.query("UPDATE hosts SET failures = 0, backoff_until = NULL, updated_at = $1 WHERE backoff_until IS NOT NULL AND ($2 = '' OR host = $2)", [now, host]);
      return { items, sources };
    });
  }

  async filterFingerprint(source: string): Promise<string | undefined> {
    const r = await this.db.query<{ fingerprint: string }>('SELECT fingerprint FROM source_filters WHERE source = $1', [source]);
    return r.rows[0]?.fingerprint;
  }

  async saveFilterFingerprint(source: string, fingerprint: string, now: number): Promise<void> {
    await this.db.query('INSERT INTO source_filters(source, fingerprint, updated_at) VALUES ($1, $2, $3) ON CONFLICT (source) DO UPDATE SET fingerprint = excluded.fingerprint, updated_at = excluded.updated_at', [source, fingerprint, now]);
  }
}
