/**
 * The error record for a page that failed, built from anything thrown. It lives beside the
 * record type so that code which only reports failures (the pool's main thread, archive
 * reading) need not load the pipeline and its DOM libraries.
 */
import { toCopydeskError } from '../errors.js';
import { SCHEMA_VERSION } from './types.js';
import type { ErrorRecord } from './types.js';

export function errorRecord(url: string, err: unknown, fetchedAt = new Date()): ErrorRecord {
  const e = toCopydeskError(err, { url });
  const error: ErrorRecord['error'] = { code: e.code, message: e.message, stage: e.stage };
  if (e.status !== undefined) error.status = e.status;
  return { schemaVersion: SCHEMA_VERSION, url, error, fetchedAt: fetchedAt.toISOString() };
}
