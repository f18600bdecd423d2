/**
 * What only the PostgreSQL state does: leases, the shared host turn, the schema's
 * versions (skipped without a server, see test/helpers/pg-setup.ts).
 */
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PgStore } from '../../src/state/postgres.js';
import { PG_MIGRATIONS, PG_SCHEMA_VERSION } from '../../src/state/postgres-schema.js';
import { createTestDatabase, PG_URL } from '../helpers/pg.js';
import type { TestDatabase } from '../helpers/pg.js';

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));
/** Leases, turns and quiet times in these tests: long enough that a loaded machine's slow query does not outlast one. */
const LEASE_MS = 600;
/** The server's clock and this process's may disagree by this much in the quiet-time check. */
const CLOCK_SLACK_MS = 20;

describe.skipIf(PG_URL === '')('PostgreSQL state', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase('pgstate');
  });
  afterAll(async () => db?.drop());

  it('a claim is one worker\'s until it is released, finished or expired', async () => {
    const a = await PgStore.open(db.url, { owner: 'a' });
    const b = await PgStore.open(db.url, { owner: 'b' });
    try {
      expect(await a.claim('source', 'https://s.example/feed', 60_000)).toBe(true);
      expect(await b.claim('source', 'https://s.example/feed', 60_000)).toBe(false);
      expect(await a.claim('source', 'https://s.example/feed', 60_000)).toBe(true);
      await a.release('source', 'https://s.example/feed');
      expect(await b.claim('source', 'https://s.example/feed', 60_000)).toBe(true);
      // Expiry: a lease not renewed is taken over; a renewed one is not. The times leave a
      // loaded machine room: each step's assertion holds however long the queries take
      // within LEASE_MS / 2.
      expect(await a.claim('item', 'https://s.example/1', LEASE_MS)).toBe(true);
      expect(await a.claim('item', 'https://s.example/2', LEASE_MS)).toBe(true);
      expect(await a.renew(LEASE_MS)).toBe(2);
      await sleep(LEASE_MS / 2);
      expect(await a.renew(LEASE_MS)).toBe(2);
      await sleep(LEASE_MS / 2);
      expect(await b.claim('item', 'https://s.example/1', 60_000)).toBe(false);
      await sleep(LEASE_MS + 50);
      expect(await b.claim('item', 'https://s.example/1', 60_000)).toBe(true);
      // An expired lease is not renewed behind the new holder's back.
      expect(await a.renew(LEASE_MS)).toBe(0);
      // A finished item is claimed by nobody, and its lease is gone.
      await b.finishItem('https://s.example/1', { status: 'done' });
      expect(await a.claim('item', 'https://s.example/1', 60_000)).toBe(false);
      expect(await b.claim('item', 'https://s.example/1', 60_000)).toBe(false);
      await a.failItem('https://s.example/2', 'https://s.example/feed', 'CONNECTION: reset', false, 5);
      expect(await b.claim('item', 'https://s.example/2', 60_000)).toBe(true);
    } finally {
      await a.close();
      await b.close();
    }
  });

  it('stores a record whose metadata holds a NUL character (jsonb refuses it), without it', async () => {
    const store = await PgStore.open(db.url, { owner: 'nul' });
    try {
      const record = { url: 'https://s.example/nul', title: 'Harbour reopens', authors: ['Ann\u0000Lee'], body: 'Text.' };
      await store.finishItem(record.url, { status: 'done', record: record as never });
      const exported: string[] = [];
      for await (const line of store.exportRecords(null)) exported.push(line);
      expect(exported.map((l) => (JSON.parse(l) as { authors: string[] }).authors)).toContainEqual(['AnnLee']);
    } finally {
      await store.close();
    }
  });

  it('many claimers at once: each item goes to exactly one', async () => {
    const workers = await Promise.all(['w1', 'w2', 'w3', 'w4'].map((owner) => PgStore.open(db.url, { owner, connections: 2 })));
    try {
      const urls = Array.from({ length: 40 }, (_, i) => `https://race.example/${i}`);
      const won = await Promise.all(workers.map(async (w) => (await Promise.all(urls.map((u) => w.claim('item', u, 60_000)))).filter(Boolean).length));
      expect(won.reduce((x, y) => x + y, 0)).toBe(urls.length);
    } finally {
      await Promise.all(workers.map((w) => w.close()));
    }
  });

  it('a host\'s turn: one holder at a time, the quiet time after it, a dead holder\'s turn over after holdMs', async () => {
    const a = await PgStore.open(db.url, { owner: 'a' });
    const b = await PgStore.open(db.url, { owner: 'b' });
    try {
      expect(await a.takeTurn('h.example', 10_000)).toBe(0);
      const wait = await b.takeTurn('h.example', 10_000);
      expect(wait).toBeGreaterThan(9_000);
      // The quiet time counts from the end of the turn: what is left of it when b asks is
      // at most all of it and at least what the time between the two calls left.
      const ended = Date.now();
      await a.endTurn('h.example', LEASE_MS);
      const quiet = await b.takeTurn('h.example', 10_000);
      expect(quiet).toBeGreaterThan(0);
      expect(quiet).toBeLessThanOrEqual(LEASE_MS);
      expect(quiet).toBeGreaterThanOrEqual(LEASE_MS - (Date.now() - ended) - CLOCK_SLACK_MS);
      await sleep(quiet + 5);
      expect(await b.takeTurn('h.example', LEASE_MS)).toBe(0);
      // b "dies" holding the turn: a gets it once holdMs has passed.
      expect(await a.takeTurn('h.example', LEASE_MS)).toBeGreaterThan(0);
      await sleep(LEASE_MS + 50);
      expect(await a.takeTurn('h.example', LEASE_MS)).toBe(0);
      // b's late end does not cut a's turn short.
      await b.endTurn('h.example', 0);
      expect(await b.takeTurn('h.example', LEASE_MS)).toBeGreaterThan(0);
    } finally {
      await a.close();
      await b.close();
    }
  });

  it('an older schema is migrated on open and by migrate, keeping its rows; a newer one is refused', async () => {
    const old = await createTestDatabase('old');
    try {
      const c = new pg.Client({ connectionString: old.url });
      await c.connect();
      await c.query('CREATE TABLE copydesk_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)');
      await c.query(PG_MIGRATIONS[0] as string);
      await c.query("INSERT INTO copydesk_meta VALUES ('schema_version', '1')");
      await c.query("INSERT INTO items(url, status, first_seen, updated_at) VALUES ('https://o.example/1', 'done', 1, 1)");
      const store = await PgStore.open(old.url, { migrate: false });
      expect((await store.check()).problems.join()).toMatch(/schema version 1, expected/);
      expect(await store.migrate()).toEqual({ from: 1, to: PG_SCHEMA_VERSION });
      expect(await store.migrate()).toEqual({ from: PG_SCHEMA_VERSION, to: PG_SCHEMA_VERSION });
      expect((await store.check()).ok).toBe(true);
      expect(await store.seen(['https://o.example/1'])).toEqual(new Set(['https://o.example/1']));
      await store.close();
      await c.query("UPDATE copydesk_meta SET value = '99' WHERE key = 'schema_version'");
      await c.end();
      await expect(PgStore.open(old.url)).rejects.toThrow(/schema version 99, newer than this copydesk knows/);
    } finally {
      await old.drop();
    }
  });
});
