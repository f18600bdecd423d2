/**
 * The PostgreSQL schema, as numbered migrations that copydesk applies itself (on open, and
 * with `copydesk state migrate`). The version reached is kept in `meta`; migrations run in
 * one transaction under an advisory lock, so workers starting together migrate once.
 *
 * Times are epoch milliseconds (BIGINT), as in SQLite. Leases and the per-host pace use
 * the database's clock (copydesk_now_ms()), so machines whose clocks differ still agree.
 */
import type { PoolClient } from 'pg';
import { CopydeskError } from '../errors.js';

/** Taken for the length of a migration: any number will do, as long as it is copydesk's own. */
const MIGRATION_LOCK = 0x636f7079;

export const PG_MIGRATIONS: readonly string[] = [
  // 1: what the SQLite state holds (schema.ts, failures.ts), plus leases and the per-host pace.
  `
CREATE OR REPLACE FUNCTION copydesk_now_ms() RETURNS bigint LANGUAGE sql VOLATILE AS
  $$ SELECT (extract(epoch FROM clock_timestamp()) * 1000)::bigint $$;
CREATE TABLE items (
  url TEXT PRIMARY KEY,
  status TEXT NOT NULL,
  source TEXT,
  canonical TEXT,
  body_hash TEXT,
  out_path TEXT,
  error TEXT,
  attempts INTEGER NOT NULL DEFAULT 0,
  first_seen BIGINT NOT NULL,
  updated_at BIGINT NOT NULL,
  lease_owner TEXT,
  lease_until BIGINT
);
CREATE INDEX items_canonical ON items(canonical) WHERE canonical IS NOT NULL;
CREATE INDEX items_body_hash ON items(body_hash) WHERE body_hash IS NOT NULL;
CREATE INDEX items_updated ON items(updated_at);
CREATE INDEX items_lease_owner ON items(lease_owner) WHERE lease_owner IS NOT NULL;
CREATE TABLE documents (
  url TEXT PRIMARY KEY,
  etag TEXT,
  last_modified TEXT,
  kind TEXT,
  resolved TEXT,
  resolved_at BIGINT,
  last_success BIGINT,
  last_error TEXT,
  last_error_at BIGINT,
  failures INTEGER NOT NULL DEFAULT 0,
  backoff_until BIGINT,
  updated_at BIGINT NOT NULL,
  lease_owner TEXT,
  lease_until BIGINT
);
CREATE INDEX documents_lease_owner ON documents(lease_owner) WHERE lease_owner IS NOT NULL;
CREATE TABLE hosts (
  host TEXT PRIMARY KEY,
  failures INTEGER NOT NULL DEFAULT 0,
  last_error TEXT,
  backoff_until BIGINT,
  updated_at BIGINT NOT NULL
);
CREATE TABLE host_pace (
  host TEXT PRIMARY KEY,
  next_at BIGINT NOT NULL,
  holder TEXT
);
CREATE TABLE robots (
  origin TEXT PRIMARY KEY,
  status INTEGER NOT NULL,
  body TEXT NOT NULL,
  fetched_at BIGINT NOT NULL,
  expires_at BIGINT NOT NULL
);
CREATE TABLE failures (
  url TEXT PRIMARY KEY,
  source TEXT NOT NULL,
  code TEXT NOT NULL,
  message TEXT NOT NULL,
  status INTEGER,
  transient BOOLEAN NOT NULL DEFAULT false,
  attempts INTEGER NOT NULL DEFAULT 0,
  next_attempt_at BIGINT,
  given_up BOOLEAN NOT NULL DEFAULT false,
  settings JSONB,
  item JSONB,
  forced BOOLEAN NOT NULL DEFAULT false,
  first_failed_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL
);
CREATE INDEX failures_source ON failures(source);
CREATE TABLE source_filters (
  source TEXT PRIMARY KEY,
  fingerprint TEXT NOT NULL,
  updated_at BIGINT NOT NULL
);
`,
  // 2: the records themselves (--store), one per item, inserted with the item's "done"; seq orders the export.
  `
CREATE TABLE records (
  seq BIGSERIAL UNIQUE,
  url TEXT PRIMARY KEY,
  id TEXT NOT NULL,
  written_at BIGINT NOT NULL,
  record JSONB NOT NULL
);
CREATE INDEX records_written_at ON records(written_at);
`,
  // 3: pages of stories a follow crawl reads again, with their learnt schedule (sections.ts).
  `
CREATE TABLE sections (
  url TEXT PRIMARY KEY,
  site TEXT NOT NULL,
  kind TEXT NOT NULL,
  depth INTEGER NOT NULL,
  etag TEXT,
  last_modified TEXT,
  interval_ms BIGINT NOT NULL,
  next_at BIGINT NOT NULL,
  last_checked BIGINT,
  last_new_at BIGINT
);
CREATE INDEX sections_site ON sections(site);
`,
];

/** The version a database reaches once every migration above has run. */
export const PG_SCHEMA_VERSION = PG_MIGRATIONS.length;

/** Reads the schema version (0 for a database copydesk never touched). */
export async function pgSchemaVersion(client: PoolClient): Promise<number> {
  const exists = await client.query<{ t: string | null }>("SELECT to_regclass('copydesk_meta')::text AS t");
  if (!exists.rows[0]?.t) return 0;
  const r = await client.query<{ value: string }>("SELECT value FROM copydesk_meta WHERE key = 'schema_version'");
  return Number(r.rows[0]?.value ?? 0);
}

/** Brings the schema up to date; returns the versions before and after. */
export async function migratePg(client: PoolClient, where: string): Promise<{ from: number; to: number }> {
  await client.query('BEGIN');
  try {
    await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await client.query('CREATE TABLE IF NOT EXISTS copydesk_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)');
    const from = await pgSchemaVersion(client);
    if (from > PG_SCHEMA_VERSION) {
      throw new CopydeskError('STATE', `the state database ${where} has schema version ${from}, newer than this copydesk knows (${PG_SCHEMA_VERSION}): upgrade copydesk`);
    }
    for (let v = from; v < PG_SCHEMA_VERSION; v++) await client.query(PG_MIGRATIONS[v] as string);
    await client.query("INSERT INTO copydesk_meta(key, value) VALUES ('schema_version', $1) ON CONFLICT (key) DO UPDATE SET value = excluded.value", [String(PG_SCHEMA_VERSION)]);
    await client.query('COMMIT');
    return { from, to: PG_SCHEMA_VERSION };
  } catch (err) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw err;
  }
}
