/**
 * Global setup: is there a PostgreSQL server for the tests that need one? Probed once for
 * the whole run. In CI (CI=true) it must be there; elsewhere its tests are skipped with
 * one line that says how to run them.
 */
import pg from 'pg';
import type { TestProject } from 'vitest/node';

export const DEFAULT_TEST_PG = 'postgres://postgres@127.0.0.1:5432/test';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The server's admin URL (a database on it to create others from), or '' when there is none. */
    pgUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<void> {
  const url = process.env.COPYDESK_TEST_PG || DEFAULT_TEST_PG;
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  let reason: string | null = null;
  try {
    await client.connect();
    await client.query('SELECT 1');
  } catch (err) {
    reason = (err as Error).message || String((err as { code?: string }).code);
  } finally {
    await client.end().catch(() => undefined);
  }
  if (reason !== null && process.env.CI === 'true') {
    throw new Error(`PostgreSQL tests must run in CI, but ${url} cannot be reached: ${reason}`);
  }
  if (reason !== null) process.stderr.write(`PostgreSQL tests skipped: set COPYDESK_TEST_PG=postgres://user@host:port/db or start PostgreSQL on 127.0.0.1:5432 (${reason})\n`);
  project.provide('pgUrl', reason === null ? url : '');
}
