/**
 * The SQLite schema. Items are keyed by normalised URL (WITHOUT ROWID: the key is the
 * only index a seen-check needs); canonical URLs and body hashes have partial indexes
 * because most look-ups by them find nothing.
 */
import { FAILURES_TABLES } from './failures.js';
import { SECTIONS_TABLES } from './sections.js';

/** 2: the failures and source_filters tables (src/state/failures.ts); 3: sections (src/state/sections.ts). Migrated on open. */
export const SCHEMA_VERSION = 3;

export const SCHEMA = `
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS items (
  url TEXT PRIMARY KEY,
  status TEXT NOT NULL,
  source TEXT,
  canonical TEXT,
  body_hash TEXT,
  out_path TEXT,
  error TEXT,
  attempts INTEGER NOT NULL DEFAULT 0,
  first_seen INTEGER NOT NULL,
  updated_at INTEGER NOT NULL
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS items_canonical ON items(canonical) WHERE canonical IS NOT NULL;
CREATE INDEX IF NOT EXISTS items_body_hash ON items(body_hash) WHERE body_hash IS NOT NULL;
CREATE INDEX IF NOT EXISTS items_updated ON items(updated_at);
CREATE TABLE IF NOT EXISTS documents (
  url TEXT PRIMARY KEY,
  etag TEXT,
  last_modified TEXT,
  kind TEXT,
  resolved TEXT,
  resolved_at INTEGER,
  last_success INTEGER,
  last_error TEXT,
  last_error_at INTEGER,
  failures INTEGER NOT NULL DEFAULT 0,
  backoff_until INTEGER,
  updated_at INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS hosts (
  host TEXT PRIMARY KEY,
  failures INTEGER NOT NULL DEFAULT 0,
  last_error TEXT,
  backoff_until INTEGER,
  updated_at INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS robots (
  origin TEXT PRIMARY KEY,
  status INTEGER NOT NULL,
  body TEXT NOT NULL,
  fetched_at INTEGER NOT NULL,
  expires_at INTEGER NOT NULL
);
`;

/** Tables copied row by row when a damaged database is rebuilt, with their columns. */
export const TABLES: Record<string, string[]> = {
  items: ['url', 'status', 'source', 'canonical', 'body_hash', 'out_path', 'error', 'attempts', 'first_seen', 'updated_at'],
  documents: ['url', 'etag', 'last_modified', 'kind', 'resolved', 'resolved_at', 'last_success', 'last_error', 'last_error_at', 'failures', 'backoff_until', 'updated_at'],
  hosts: ['host', 'failures', 'last_error', 'backoff_until', 'updated_at'],
  robots: ['origin', 'status', 'body', 'fetched_at', 'expires_at'],
  ...FAILURES_TABLES,
  ...SECTIONS_TABLES,
};
