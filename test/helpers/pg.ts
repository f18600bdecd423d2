/**
 * A throw-away database per test file on the server found by pg-setup.ts: created with a
 * unique name, dropped afterwards (its connections ended first).
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';

/** The server's URL, or '' when the PostgreSQL tests are skipped. */
export const PG_URL = inject('pgUrl');

export interface TestDatabase {
  url: string;
  drop(): Promise<void>;
}

function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.href;
}

/** One connection to `url` for the length of fn. */
export async function withClient<T>(url: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

export async function createTestDatabase(label = 't'): Promise<TestDatabase> {
  const name = `copydesk_${label}_${process.pid}_${randomBytes(4).toString('hex')}`;
  await withClient(PG_URL, (c) => c.query(`CREATE DATABASE ${name}`));
  return {
    url: withDatabase(PG_URL, name),
    drop: () => withClient(PG_URL, (c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => undefined),
  };
}
