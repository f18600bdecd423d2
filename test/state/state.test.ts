import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isCopydeskError } from '../../src/errors.js';
import { acquireLock } from '../../src/state/lock.js';
import { defaultStatePath } from '../../src/state/path.js';
import { SqliteStore } from '../../src/state/sqlite.js';
import { cli, fast, startSite, tempDir } from '../crawl/helpers.js';
import type { Site } from '../crawl/helpers.js';

describe('state store', () => {
  let tmp: ReturnType<typeof tempDir>;
  let path: string;
  beforeEach(() => {
    tmp = tempDir('copydesk-state-');
    path = join(tmp.dir, 'nested', 'state.db');
  });
  afterEach(() => tmp.cleanup());

  it('lives under XDG_STATE_HOME, else ~/.local/state', () => {
    expect(defaultStatePath({ XDG_STATE_HOME: '/srv/state', HOME: '/home/a' })).toBe('/srv/state/copydesk/state.db');
    expect(defaultStatePath({ XDG_STATE_HOME: 'relative', HOME: '/home/a' })).toBe('/home/a/.local/state/copydesk/state.db');
    expect(defaultStatePath({ HOME: '/home/a' })).toBe('/home/a/.local/state/copydesk/state.db');
  });

  it('answers seen-URL look-ups fast with many URLs in it', async () => {
    const store = SqliteStore.open(path);
    const n = 100_000;
    store.insertItems(Array.from({ length: n }, (_, i) => ({ url: `https://h${i % 50}.example/news/${i}`, status: 'done' as const, attempts: 1, firstSeen: i, updatedAt: i })));
    const started = performance.now();
    let hits = 0;
    for (let i = 0; i < 10_000; i++) {
      const j = (i * 7919) % (2 * n);
      if (store.getItemSync(`https://h${j % 50}.example/news/${j}`)) hits++;
    }
    const perLookupUs = ((performance.now() - started) / 10_000) * 1000;
    expect(hits).toBeGreaterThan(4000);
    expect(hits).toBeLessThan(6000);
    expect(perLookupUs).toBeLessThan(200);
    await store.close();
  });

  it('lets one crawl at a time hold the lock; a lock left by a dead process is taken over', async () => {
    const lock = await acquireLock(path);
    await expect(acquireLock(path)).rejects.toSatisfy((e: unknown) => isCopydeskError(e) && e.code === 'STATE_LOCKED' && /another crawl is using the state/.test(e.message));
    setTimeout(() => lock.release(), 300);
    const waited = await acquireLock(path, { wait: true, pollMs: 50 });
    waited.release();
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']).stdout.toString();
    writeFileSync(`${path}.lock`, JSON.stringify({ pid: Number(dead), host: (await import('node:os')).hostname(), startedAt: 'earlier' }));
    const taken = await acquireLock(path);
    taken.release();
    expect(existsSync(`${path}.lock`)).toBe(false);
  });
});

describe('state and crawl commands together', () => {
  let site: Site;
  let tmp: ReturnType<typeof tempDir>;
  let state: string;
  beforeEach(async () => {
    site = await startSite();
    tmp = tempDir('copydesk-state-');
    state = join(tmp.dir, 'state.db');
  });
  afterEach(async () => {
    await site.close();
    tmp.cleanup();
  });

  it('a second crawl on the same state exits at once with a clear message, or waits with --wait', async () => {
    const lock = await acquireLock(state);
    const started = performance.now();
    const blocked = await cli(['crawl', site.url('/feed.xml'), ...fast(state)]);
    expect(performance.now() - started).toBeLessThan(2000);
    expect(blocked.code).toBe(1);
    expect(blocked.stderr).toMatch(/another crawl is using the state .*--wait/);
    expect(site.log).toHaveLength(0);
    setTimeout(() => lock.release(), 400);
    const waited = await cli(['crawl', site.url('/feed.xml'), ...fast(state), '--wait']);
    expect(waited.code).toBe(0);
    expect(waited.records).toHaveLength(4);
  });

  it('stats, forget (then fetched again), prune', async () => {
    await cli(['crawl', site.url('/feed.xml'), ...fast(state)]);
    const stats = JSON.parse((await cli(['state', 'stats', '--state', state])).stdout) as { items: { done: number }; robots: number };
    expect(stats.items.done).toBe(4);
    expect(stats.robots).toBe(1);
    const forget = await cli(['state', 'forget', site.url('/news/bridge'), '--state', state]);
    expect(forget.stderr).toMatch(/forgot 1 entry/);
    await cli(['state', 'forget', site.url('/feed.xml'), '--state', state]);
    const again = await cli(['crawl', site.url('/feed.xml'), ...fast(state)]);
    expect(again.records.map((r) => new URL(r.url).pathname)).toEqual(['/news/bridge-vote.html']);
    const prune = await cli(['state', 'prune', '--older-than', '0s', '--state', state]);
    expect(prune.code).toBe(0);
    expect(prune.stderr).toMatch(/pruned 4 entries/);
    expect((await cli(['state', 'prune', '--state', state])).code).toBe(2);
    expect((await cli(['state', 'prune', '--older-than', 'soon', '--state', state])).code).toBe(2);
  });

  it('detects a damaged database, says what to do, and rebuilds it', async () => {
    writeFileSync(state, Buffer.concat([Buffer.from('this is not a database at all '), Buffer.alloc(8192, 7)]));
    const crawl = await cli(['crawl', site.url('/feed.xml'), ...fast(state)]);
    expect(crawl.code).toBe(3);
    expect(crawl.stderr).toMatch(/is damaged .*copydesk state check.*copydesk state rebuild/s);
    expect(site.log).toHaveLength(0);
    const check = await cli(['state', 'check', '--state', state]);
    expect(check.code).toBe(1);
    expect(JSON.parse(check.stdout)).toMatchObject({ ok: false });
    const rebuild = await cli(['state', 'rebuild', '--state', state]);
    expect(rebuild.code).toBe(0);
    expect(rebuild.stderr).toMatch(/the old file is kept as .*damaged-/);
    expect(readdirSync(tmp.dir).some((f) => f.startsWith('state.db.damaged-'))).toBe(true);
    expect((await cli(['state', 'check', '--state', state])).code).toBe(0);
    expect((await cli(['crawl', site.url('/feed.xml'), ...fast(state)])).records).toHaveLength(4);
  });

  it('finds damage inside a real database and rebuild saves the rows it can still read', async () => {
    const store = SqliteStore.open(state);
    store.insertItems(Array.from({ length: 20_000 }, (_, i) => ({ url: `https://x.example/story/${i}`, status: 'done' as const, attempts: 1, firstSeen: i, updatedAt: i })));
    await store.close();
    const { openSync, writeSync, closeSync, statSync } = await import('node:fs');
    const size = statSync(state).size;
    const fd = openSync(state, 'r+');
    // Scribble over a few pages in the middle of the file, where the items live.
    for (const at of [0.4, 0.55, 0.7]) writeSync(fd, Buffer.alloc(4096, 0xa5), 0, 4096, Math.floor((size * at) / 4096) * 4096);
    closeSync(fd);
    const check = await cli(['state', 'check', '--state', state]);
    expect(check.code).toBe(1);
    expect((JSON.parse(check.stdout) as { problems: string[] }).problems.length).toBeGreaterThan(0);
    const rebuild = await cli(['state', 'rebuild', '--state', state]);
    expect(rebuild.code).toBe(0);
    const saved = Number(/saved (\d+) items/.exec(rebuild.stderr)?.[1]);
    expect(saved).toBeGreaterThan(0);
    expect(saved).toBeLessThanOrEqual(20_000);
    expect((await cli(['state', 'check', '--state', state])).code).toBe(0);
  });

  it('rebuild keeps every readable row', async () => {
    await cli(['crawl', site.url('/feed.xml'), ...fast(state)]);
    const rebuild = await cli(['state', 'rebuild', '--state', state]);
    expect(rebuild.stderr).toMatch(/saved 4 items, 1 documents, 0 hosts, 1 robots/);
    const again = await cli(['crawl', site.url('/feed.xml'), ...fast(state)]);
    expect(again.records).toHaveLength(0);
  });
});
