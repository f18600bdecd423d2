/**
 * crawl --follow on a site with no feed (fixtures/follow/site): a home page, sections, a
 * paginated archive, tag and author pages, utility pages and a headline that leads to a
 * page of stories. The first run finds every story and writes no other page; a later run
 * reads only the sections that are due, conditionally, and the new story. On both state
 * back ends (PostgreSQL skipped without a server).
 */
import { cpSync, renameSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSiteHandler } from '../../fixtures/crawl/site-handler.js';
import type { SiteHandler } from '../../fixtures/crawl/site-handler.js';
import { resolveOptions } from '../../src/config.js';
import { Crawler } from '../../src/crawl/crawler.js';
import type { FollowSettings } from '../../src/crawl/follow-settings.js';
import { isErrorRecord } from '../../src/record/types.js';
import type { CopydeskRecord } from '../../src/record/types.js';
import { PgStore } from '../../src/state/postgres.js';
import { SqliteStore } from '../../src/state/sqlite.js';
import type { StateStore } from '../../src/state/store.js';
import { REPO_ROOT } from '../helpers/shared.js';
import { startServer } from '../helpers/server.js';
import type { TestServer } from '../helpers/server.js';
import { createTestDatabase, PG_URL } from '../helpers/pg.js';
import type { TestDatabase } from '../helpers/pg.js';
import { cli, fast, startSite, tempDir } from './helpers.js';

const FIXTURE = resolve(REPO_ROOT, 'fixtures', 'follow', 'site');

const FIRST_STORIES = [
  '/politics/2026/11/05/harbour-dredging-contract-signed.html', // only on the tag page
  '/politics/2026/11/08/bus-route-seven-returns.html', // page 2 of politics
  '/politics/2026/11/10/school-roof-repairs-start-in-spring.html',
  '/politics/2026/11/22/ferry-fares-frozen-for-another-year.html',
  '/politics/2026/11/23/council-approves-harbour-budget.html',
  '/politics/council/2026/11/20/planning-committee-rejects-tower-plan.html', // a section two links away
  '/politics/mayor-opens-new-ferry-terminal/',
  '/sport/2026/11/03/veterans-swim-across-the-bay.html', // only on an author page
  '/sport/2026/11/19/sailing-regatta-moves-to-june.html',
  '/sport/2026/11/22/rowing-club-wins-regional-title.html',
  '/sport/harbour-fc-signs-young-goalkeeper-48213.html',
];
const NEW_STORY = '/politics/2026/11/24/night-buses-to-run-at-weekends.html';
const UTILITY = ['/about/', '/contact/', '/login/', '/shop/', '/privacy-policy/', '/terms-of-service/', '/newsletter/', '/advertise/'];

interface FollowSite extends TestServer {
  log: SiteHandler['log'];
  root: string;
}

async function startFollowSite(root: string): Promise<FollowSite> {
  let origin = '';
  const site = createSiteHandler({ root, origin: () => origin });
  const server = await startServer((req, res) => site(req, res));
  origin = server.origin;
  return { ...server, log: site.log, root };
}

function paths(records: CopydeskRecord[], origin: string): string[] {
  return records.filter((r) => !isErrorRecord(r)).map((r) => r.url.slice(origin.length)).sort();
}

/** One run of the follow crawl from the site's home page on `store`; `onRecord` may stop it (a run cut short). */
async function followCrawl(store: StateStore, site: FollowSite, clock: { now: number }, settings: Partial<FollowSettings> = {}, onRecord?: (crawler: Crawler) => void): Promise<{ records: CopydeskRecord[]; crawler: Crawler }> {
  const records: CopydeskRecord[] = [];
  const crawler: Crawler = new Crawler({
    options: resolveOptions({ allowPrivate: true, retries: 0 }),
    politeness: { concurrency: 2, perHost: 1, delayMs: 0 },
    store,
    out: null,
    emit: async (r) => {
      records.push(r);
      onRecord?.(crawler);
    },
    follow: { depth: 2, maxPages: 50, hosts: [], ...settings },
    now: () => clock.now,
  });
  await crawler.run([site.url('/')]);
  return { records, crawler };
}

async function scenario(store: StateStore, site: FollowSite, clock: { now: number }, settings: Partial<FollowSettings> = {}): Promise<void> {
  const crawl = (): Promise<{ records: CopydeskRecord[]; crawler: Crawler }> => followCrawl(store, site, clock, settings);

  const first = await crawl();
  expect(first.crawler.fatal).toBeNull();
  expect(paths(first.records, site.origin)).toEqual(FIRST_STORIES);
  expect(first.records.filter(isErrorRecord)).toEqual([]);
  const asked = site.log.map((r) => r.path);
  for (const u of UTILITY) expect(asked).not.toContain(u);
  expect(asked.some((p) => p.startsWith('/private/'))).toBe(false);
  // The headline that led to a page of stories: fetched once, no record, a section from now on.
  expect(first.crawler.counters.sections).toBe(1);
  const sections = await store.sections.forSite(site.url('/'));
  expect(sections.map((s) => `${s.kind} ${s.url.slice(site.origin.length)}`).sort()).toEqual([
    'archive /politics/page/2/',
    'author /author/ana-beltran/',
    'author /author/lena-faro/',
    'author /author/tomas-reyes/',
    'section /features/the-year-on-the-waterfront-in-stories/',
    'section /politics/',
    'section /politics/council/',
    'section /sport/',
    'start /',
    'tag /tag/harbour/',
  ]);

  // Two hours later, one new story on the politics page.
  renameSync(join(site.root, 'politics', 'index.html.next'), join(site.root, 'politics', 'index.html'));
  renameSync(join(site.root, `${NEW_STORY.slice(1)}.next`), join(site.root, NEW_STORY.slice(1)));
  clock.now += 2 * 3600_000;
  const before = site.log.length;
  const second = await crawl();
  expect(paths(second.records, site.origin)).toEqual([NEW_STORY]);
  const requests = site.log.slice(before);
  const hits = requests.map((r) => `${r.status} ${r.path}`).sort();
  // Home and sections (due after an hour) and the page found to be a section; tag, author
  // and archive pages wait longer. Unchanged pages answer 304.
  expect(hits).toEqual([
    '200 /features/the-year-on-the-waterfront-in-stories/',
    '200 /politics/',
    `200 ${NEW_STORY}`,
    '304 /',
    '304 /politics/council/',
    '304 /sport/',
  ]);
  for (const r of requests.filter((q) => ['/', '/politics/', '/sport/', '/politics/council/'].includes(q.path))) expect(r.headers['if-none-match']).toMatch(/^"/);
  // The schedule learnt: unchanged pages wait twice as long, the page with a new story half as long.
  const after = new Map((await store.sections.forSite(site.url('/'))).map((s) => [s.url.slice(site.origin.length), s]));
  expect(after.get('/sport/')?.intervalMs).toBe(2 * 3600_000);
  expect(after.get('/politics/')?.intervalMs).toBe(30 * 60_000);
  expect(after.get('/politics/')?.lastNewAt).toBe(clock.now);

  // Nothing due yet: nothing asked at all.
  clock.now += 60_000;
  const quiet = site.log.length;
  expect((await crawl()).records).toEqual([]);
  expect(site.log.length).toBe(quiet);
}

describe('copydesk crawl --follow: a site with no feed', () => {
  let tmp: ReturnType<typeof tempDir>;
  let site: FollowSite;
  beforeEach(async () => {
    tmp = tempDir();
    const root = join(tmp.dir, 'site');
    cpSync(FIXTURE, root, { recursive: true });
    site = await startFollowSite(root);
  });
  afterEach(async () => {
    await site.close();
    tmp.cleanup();
  });

  it('finds every story on the first run, writes no other page, then reads only the sections due and the new story (SQLite)', async () => {
    const clock = { now: Date.parse('2026-11-30T10:00:00Z') };
    const store = SqliteStore.open(join(tmp.dir, 'state.db'), { now: () => clock.now });
    try {
      await scenario(store, site, clock);
    } finally {
      await store.close();
    }
  });

  it('reads pages of stories only within --depth', async () => {
    const clock = { now: Date.parse('2026-11-30T10:00:00Z') };
    const store = SqliteStore.open(join(tmp.dir, 'state.db'), { now: () => clock.now });
    try {
      const { records } = await followCrawl(store, site, clock, { depth: 0 });
      // Only the stories the home page links to; no section read.
      expect(paths(records, site.origin)).toEqual([
        '/politics/2026/11/22/ferry-fares-frozen-for-another-year.html',
        '/politics/2026/11/23/council-approves-harbour-budget.html',
        '/politics/mayor-opens-new-ferry-terminal/',
        '/sport/2026/11/22/rowing-club-wins-regional-title.html',
        '/sport/harbour-fc-signs-young-goalkeeper-48213.html',
      ]);
      expect(site.log.map((r) => r.path).filter((p) => p.endsWith('/') && p !== '/' && !p.startsWith('/features/') && !p.startsWith('/politics/mayor'))).toEqual([]);
    } finally {
      await store.close();
    }
  });
  /** A follow crawl's records, the crawl having ended without a fatal error. */
  async function followRun(store: StateStore, clock: { now: number }, settings: Partial<FollowSettings>, onRecord?: (crawler: Crawler) => void): Promise<CopydeskRecord[]> {
    const { records, crawler } = await followCrawl(store, site, clock, settings, onRecord);
    expect(crawler.fatal).toBeNull();
    return records;
  }

  it('reads the pages --max-pages left on the runs after, until every story is written once', async () => {
    const clock = { now: Date.parse('2026-11-30T10:00:00Z') };
    const store = SqliteStore.open(join(tmp.dir, 'state.db'), { now: () => clock.now });
    try {
      const written: string[] = [];
      const perRun: number[] = [];
      for (let run = 0; run < 8; run++) {
        const records = await followRun(store, clock, { maxPages: 3 });
        written.push(...paths(records, site.origin));
        perRun.push(records.length);
        clock.now += 60_000;
      }
      // Three pages a run: the home page's stories first, the rest as their pages come due.
      expect(perRun[0]).toBeLessThan(FIRST_STORIES.length);
      expect(written.sort()).toEqual(FIRST_STORIES);
    } finally {
      await store.close();
    }
  });

  it('reads its pages of stories again after a run stopped before their stories were handled', async () => {
    const clock = { now: Date.parse('2026-11-30T10:00:00Z') };
    const store = SqliteStore.open(join(tmp.dir, 'state.db'), { now: () => clock.now });
    try {
      // The first run stops at its first record, as on Ctrl-C: the records in hand are finished.
      const first = paths(await followRun(store, clock, {}, (crawler) => crawler.stop()), site.origin);
      expect(first.length).toBeGreaterThan(0);
      expect(first.length).toBeLessThan(FIRST_STORIES.length);
      clock.now += 60_000;
      const second = paths(await followRun(store, clock, {}), site.origin);
      expect([...first, ...second].sort()).toEqual(FIRST_STORIES);
    } finally {
      await store.close();
    }
  });
});

describe.skipIf(PG_URL === '')('copydesk crawl --follow on a PostgreSQL state', () => {
  let db: TestDatabase;
  let tmp: ReturnType<typeof tempDir>;
  let site: FollowSite;
  beforeEach(async () => {
    db = await createTestDatabase('follow');
    tmp = tempDir();
    const root = join(tmp.dir, 'site');
    cpSync(FIXTURE, root, { recursive: true });
    site = await startFollowSite(root);
  });
  afterEach(async () => {
    await site.close();
    tmp.cleanup();
    await db.drop();
  });

  it('keeps the sections and their schedule there too', async () => {
    const clock = { now: Date.parse('2026-11-30T10:00:00Z') };
    const store = await PgStore.open(db.url, { now: () => clock.now });
    try {
      await scenario(store, site, clock);
    } finally {
      await store.close();
    }
  });
});

describe('copydesk crawl --follow beside a feed', () => {
  it('reads the feed first and follows the home page too; a story seen both ways is written once', async () => {
    const site = await startSite();
    const tmp = tempDir();
    try {
      const state = join(tmp.dir, 'state.db');
      const run = await cli(['crawl', site.url('/'), '--follow', '--depth', '1', '--max-pages', '5', ...fast(state)]);
      expect(run.code).toBe(0);
      const urls = run.records.filter((r) => !isErrorRecord(r)).map((r) => r.url);
      expect(urls).toHaveLength(4);
      expect(new Set(urls).size).toBe(4);
      expect(run.stderr).toMatch(/4 written/);
      // The two stories the home page links to are the feed's: fetched once each.
      expect(site.hits('/news/harbour-reopens.html')).toEqual(['200 /news/harbour-reopens.html']);
      expect(site.hits('/news/library-late-hours.html')).toEqual(['200 /news/library-late-hours.html']);
      // The home page was followed as well, and is kept as the start of the site's sections.
      const store = SqliteStore.open(state);
      try {
        expect((await store.sections.forSite(site.url('/'))).map((x) => x.kind)).toEqual(['start']);
      } finally {
        await store.close();
      }
    } finally {
      await site.close();
      tmp.cleanup();
    }
  });
});
