/**
 * What every StateStore does, run against each back end: the embedded SQLite file and
 * PostgreSQL (skipped, with one line saying how to run it, when no server is reachable).
 */
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { FailureEntry } from '../../src/state/failures.js';
import { PgStore } from '../../src/state/postgres.js';
import { SqliteStore } from '../../src/state/sqlite.js';
import type { StateStore } from '../../src/state/store.js';
import { tempDir } from '../crawl/helpers.js';
import { createTestDatabase, PG_URL } from '../helpers/pg.js';
import type { TestDatabase } from '../helpers/pg.js';

interface Backend {
  name: string;
  available: boolean;
  setup(): Promise<void>;
  /** A new, empty store on the clock given. */
  open(now: () => number): Promise<StateStore>;
  teardown(): Promise<void>;
}

function sqliteBackend(): Backend {
  let tmp: ReturnType<typeof tempDir>;
  let n = 0;
  return {
    name: 'SQLite',
    available: true,
    setup: async () => {
      tmp = tempDir('copydesk-contract-');
    },
    open: async (now) => SqliteStore.open(join(tmp.dir, `state-${n++}.db`), { now }),
    teardown: async () => tmp.cleanup(),
  };
}

function postgresBackend(): Backend {
  let db: TestDatabase;
  return {
    name: 'PostgreSQL',
    available: PG_URL !== '',
    setup: async () => {
      db = await createTestDatabase('contract');
    },
    open: async (now) => {
      const store = await PgStore.open(db.url, { now });
      // Each test starts empty: the tables are emptied, the schema kept.
      await store.db.query('TRUNCATE items, documents, hosts, host_pace, robots, failures, source_filters, records');
      return store;
    },
    teardown: async () => db?.drop(),
  };
}

function failure(url: string, source: string, over: Partial<FailureEntry> = {}): FailureEntry {
  return { url, source, code: 'HTTP_STATUS', message: 'HTTP 503', status: 503, transient: true, attempts: 1, nextAttemptAt: 5, givenUp: false, settings: { allowPrivate: false }, item: { key: url, n: 1 }, forced: false, firstFailedAt: 1, updatedAt: 2, ...over };
}

for (const backend of [sqliteBackend(), postgresBackend()]) {
  describe.skipIf(!backend.available)(`StateStore contract: ${backend.name}`, () => {
    let now = 1_000_000;
    let store: StateStore;
    beforeAll(() => backend.setup());
    afterAll(() => backend.teardown());
    beforeEach(async () => {
      now = 1_000_000;
      store = await backend.open(() => now);
    });
    afterEach(async () => store.close());

    it('remembers items, canonical URLs, body hashes, validators, back-off; forgets by prefix and prunes by age', async () => {
      await store.planItem('https://a.example/1', 'https://a.example/feed', 'a.example/2026-11-01/one-1.json');
      expect(await store.getItem('https://a.example/1')).toMatchObject({ status: 'pending', outPath: 'a.example/2026-11-01/one-1.json' });
      expect(await store.seen(['https://a.example/1'])).toEqual(new Set());
      await store.finishItem('https://a.example/1', { status: 'done', canonical: 'https://a.example/story', bodyHash: 'h1' });
      expect(await store.seen(['https://a.example/1', 'https://a.example/story', 'https://a.example/other'])).toEqual(new Set(['https://a.example/1', 'https://a.example/story']));
      expect(await store.findDone({ canonical: 'https://a.example/story' }, 'https://a.example/2')).toBe('https://a.example/1');
      expect(await store.findDone({ canonical: 'https://a.example/1' }, 'https://a.example/2')).toBe('https://a.example/1');
      expect(await store.findDone({ bodyHash: 'h1' }, 'https://a.example/2')).toBe('https://a.example/1');
      expect(await store.findDone({ bodyHash: 'h1' }, 'https://a.example/1')).toBeUndefined();
      expect((await store.failItem('https://b.example/x', 's', 'CONNECTION', false, 2)).status).toBe('pending');
      expect(await store.failItem('https://b.example/x', 's', 'CONNECTION', false, 2)).toMatchObject({ status: 'failed', attempts: 2, error: 'CONNECTION' });
      expect((await store.failItem('https://b.example/y', 's', 'NOT_HTML', true, 9)).status).toBe('failed');
      await store.saveValidators('https://a.example/feed', '"e1"', 'Mon, 23 Nov 2026 08:00:00 GMT');
      await store.saveResolved('https://a.example/feed', 'rss', ['https://a.example/x.xml'], 7);
      expect(await store.getDocument('https://a.example/feed')).toMatchObject({ etag: '"e1"', lastModified: 'Mon, 23 Nov 2026 08:00:00 GMT', kind: 'rss', resolved: ['https://a.example/x.xml'], resolvedAt: 7, failures: 0 });
      for (let i = 0; i < 2; i++) expect((await store.documentFailed('https://c.example/feed', 'HTTP 500', now)).backoffUntil).toBeNull();
      expect(await store.documentFailed('https://c.example/feed', 'HTTP 500', now)).toMatchObject({ failures: 3, lastError: 'HTTP 500', backoffUntil: now + 10 * 60_000 });
      await store.documentSucceeded('https://c.example/feed', now);
      expect(await store.getDocument('https://c.example/feed')).toMatchObject({ failures: 0, backoffUntil: null, lastSuccess: now });
      for (let i = 0; i < 3; i++) await store.hostFailed('c.example', 'x', now);
      expect(await store.getHost('c.example')).toMatchObject({ failures: 3, backoffUntil: now + 10 * 60_000 });
      await store.hostSucceeded('c.example');
      expect(await store.getHost('c.example')).toMatchObject({ failures: 0, backoffUntil: null });
      await store.putRobots({ origin: 'https://a.example', status: 200, body: 'User-agent: *', fetchedAt: now, expiresAt: now + 1 });
      expect(await store.getRobots('https://a.example')).toEqual({ origin: 'https://a.example', status: 200, body: 'User-agent: *', fetchedAt: now, expiresAt: now + 1 });
      expect(await store.forget('https://a.example/')).toBe(2);
      expect(await store.getItem('https://a.example/1')).toBeUndefined();
      now += 100 * 86_400_000;
      await store.finishItem('https://d.example/new', { status: 'done' });
      expect(await store.prune(now - 90 * 86_400_000)).toBe(3);
      const stats = await store.stats();
      expect(stats.items).toEqual({ pending: 0, done: 1, duplicate: 0, failed: 0 });
      expect(stats).toMatchObject({ documents: 1, hosts: 1, robots: 0 });
      expect((await store.check()).ok).toBe(true);
    });

    it('keeps failures with their causes, lists them by prefix, puts them back in line', async () => {
      await store.failures.put(failure('https://a.example/n/1', 'https://a.example/feed'));
      await store.failures.put(failure('https://a.example/n/2', 'https://b.example/feed', { transient: false, code: 'BLOCKED_ADDRESS', settings: null, item: null, nextAttemptAt: null }));
      await store.failures.put(failure('https://b.example/n/3', 'https://b.example/feed', { givenUp: true }));
      expect(await store.failures.get('https://a.example/n/1')).toEqual(failure('https://a.example/n/1', 'https://a.example/feed'));
      expect((await store.failures.forSource('https://b.example/feed')).map((f) => f.url).sort()).toEqual(['https://a.example/n/2', 'https://b.example/n/3']);
      expect((await store.failures.forUrls(['https://a.example/n/1', 'https://x.example/'])).map((f) => f.url)).toEqual(['https://a.example/n/1']);
      await store.finishItem('https://a.example/n/1', { status: 'done' });
      expect(await store.failures.forUrls(['https://a.example/n/1'])).toEqual([]);
      for (let i = 0; i < 3; i++) await store.documentFailed('https://a.example/feed', 'HTTP_STATUS: HTTP 500', now);
      const listed = await store.failures.list('https://a.example/');
      expect(listed.map((f) => `${f.kind} ${f.url} ${f.code}`)).toEqual(['source https://a.example/feed HTTP_STATUS', 'item https://a.example/n/2 BLOCKED_ADDRESS']);
      expect(await store.failures.retry('https://b.example/', now)).toEqual({ items: 1, sources: 0 });
      expect(await store.failures.get('https://b.example/n/3')).toMatchObject({ forced: true, givenUp: false, attempts: 0, nextAttemptAt: null });
      expect(await store.failures.retry('', now)).toEqual({ items: 3, sources: 1 });
      await store.failures.clear('https://a.example/n/2');
      expect(await store.failures.get('https://a.example/n/2')).toBeUndefined();
      expect(await store.failures.filterFingerprint('https://a.example/feed')).toBeUndefined();
      await store.failures.saveFilterFingerprint('https://a.example/feed', '{"since":null}', now);
      await store.failures.saveFilterFingerprint('https://a.example/feed', '{"since":"2d"}', now);
      expect(await store.failures.filterFingerprint('https://a.example/feed')).toBe('{"since":"2d"}');
    });
  });
}
