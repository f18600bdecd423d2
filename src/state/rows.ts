/**
 * Rows of the items and documents tables as both stores read them (the same columns in
 * SQLite and PostgreSQL), and their conversion to the StateStore's types.
 */
import type { DocumentState, ItemState, ItemStatus } from './store.js';

export interface ItemRow {
  url: string;
  status: ItemStatus;
  source: string | null;
  canonical: string | null;
  body_hash: string | null;
  out_path: string | null;
  error: string | null;
  attempts: number;
  first_seen: number;
  updated_at: number;
}

export interface DocumentRow {
  url: string;
  etag: string | null;
  last_modified: string | null;
  kind: string | null;
  resolved: string | null;
  resolved_at: number | null;
  last_success: number | null;
  last_error: string | null;
  last_error_at: number | null;
  failures: number;
  backoff_until: number | null;
}

export function toItem(r: ItemRow): ItemState {
  return { url: r.url, status: r.status, source: r.source, canonical: r.canonical, bodyHash: r.body_hash, outPath: r.out_path, error: r.error, attempts: r.attempts, firstSeen: r.first_seen, updatedAt: r.updated_at };
}

function parseResolved(s: string | null): string[] | null {
  if (!s) return null;
  try {
    const v = JSON.parse(s) as unknown;
    return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : null;
  } catch {
    return null;
  }
}

export function toDocument(r: DocumentRow): DocumentState {
  return {
    url: r.url,
    etag: r.etag,
    lastModified: r.last_modified,
    kind: r.kind,
    resolved: parseResolved(r.resolved),
    resolvedAt: r.resolved_at,
    lastSuccess: r.last_success,
    lastError: r.last_error,
    lastErrorAt: r.last_error_at,
    failures: r.failures,
    backoffUntil: r.backoff_until,
  };
}
