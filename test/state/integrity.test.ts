/**
 * A state that lost what it held is reported as such, and a crawl refuses it (STATE_LOST,
 * exit 3) instead of quietly fetching and writing everything again; --fresh starts over.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { isCopydeskError } from '../../src/errors.js';
import { checkState } from '../../src/state/integrity.js';
import { markPath, readMark } from '../../src/state/mark.js';
import { openState } from '../../src/state/open.js';
import { SqliteStore } from '../../src/state/sqlite.js';
import { ensureBuilt } from '../crawl/child.js';
import { cli, fast, startSite, tempDir } from '../crawl/helpers.js';
import type { Site } from '../crawl/helpers.js';
import { REPO_ROOT } from '../helpers/shared.js';

const ADVICE = /copydesk state rebuild --state .*--fresh to start over/s;

describe('state integrity', () => {
  let site: Site;
  let tmp: ReturnType<typeof tempDir>;
  let state: string;
  beforeAll(() => ensureBuilt(), 120_000);
  beforeEach(async () => {
    site = await startSite();
    tmp = tempDir('copydesk-integrity-');
    state = join(tmp.dir, 'state.db');
  });
  afterEach(async () => {
    await site.close();
    tmp.cleanup();
  });

  /** A crawl that must refuse the state: exit 3, STATE_LOST's words, nothing fetched. */
  async function refused(pattern: RegExp): Promise<void> {
    const before = site.log.length;
    const crawl = await cli(['crawl', site.url('/feed.xml'), ...fast(state)]);
    expect(crawl.code).toBe(3);
    expect(crawl.stderr).toMatch(pattern);
    expect(crawl.stderr).toMatch(ADVICE);
    expect(crawl.records).toHaveLength(0);
    expect(site.log.length).toBe(before);
  }

  it('a 0-byte state file: check says empty, stats says so too, the crawl refuses, --fresh starts over', async () => {
    expect((await cli(['crawl', site.url('/feed.xml'), ...fast(state)])).records).toHaveLength(4);
    writeFileSync(state, '');
    const check = await cli(['state', 'check', '--state', state]);
    expect(check.code).toBe(1);
    expect(JSON.parse(check.stdout)).toMatchObject({ ok: false, code: 'STATE_LOST', problems: [expect.stringMatching(/is empty \(0 bytes\)/)] });
    const stats = await cli(['state', 'stats', '--state', state]);
    expect(stats.code).toBe(3);
    expect(stats.stderr).toMatch(/is empty \(0 bytes\)/);
    expect(stats.stderr).not.toMatch(/no such table/);
    await refused(/is empty \(0 bytes\)/);
    // The same without the mark (a state made by an earlier copydesk): still refused.
    rmSync(markPath(state));
    await refused(/is empty \(0 bytes\)/);
    const fresh = await cli(['crawl', site.url('/feed.xml'), ...fast(state), '--fresh']);
    expect(fresh.code).toBe(0);
    expect(fresh.records).toHaveLength(4);
    expect(fresh.stderr).toMatch(/fresh state; the old one is kept as .*state\.db\.replaced-/);
    expect(readdirSync(tmp.dir).some((f) => /^state\.db\.replaced-.*\d+Z$/.test(f))).toBe(true);
    expect((await cli(['state', 'check', '--state', state])).code).toBe(0);
  });

  it('state failed on a state that lost its schema says so (exit 3) and leaves the file as it was', async () => {
    // An empty file with no mark: listing its failures must not give it an empty new schema,
    // which a crawl would then take for a state that had never failed anything.
    writeFileSync(state, '');
    const empty = await cli(['state', 'failed', '--state', state]);
    expect(empty.code).toBe(3);
    expect(empty.stdout).toBe('');
    expect(empty.stderr).toMatch(/is empty \(0 bytes\)/);
    expect(empty.stderr).toMatch(ADVICE);
    await refused(/is empty \(0 bytes\)/);
    // Another program's database is not given copydesk's tables either.
    rmSync(state);
    const other = new Database(state);
    other.exec('CREATE TABLE notes (body TEXT)');
    other.close();
    const foreign = await cli(['state', 'failed', '--state', state]);
    expect(foreign.code).toBe(3);
    expect(foreign.stderr).toMatch(/missing its schema/);
    const db = new Database(state, { readonly: true });
    expect(db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all()).toEqual(['notes']);
    db.close();
  });

  it('a database without copydesk tables is not taken over', async () => {
    const other = new Database(state);
    other.exec('CREATE TABLE notes (body TEXT); INSERT INTO notes VALUES (1)');
    other.close();
    await refused(/missing its schema \(no table meta, items\)/);
    expect(JSON.parse((await cli(['state', 'check', '--state', state])).stdout)).toMatchObject({ code: 'STATE_LOST' });
    const db = new Database(state, { readonly: true });
    expect(db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all()).toEqual(['notes']);
    db.close();
  });

  it('commits lost under a running crawl (its -wal deleted, then kill -9) are found; rebuild accepts the loss', () => {
    // A writer that commits, loses its WAL file, commits more, and dies without closing.
    const script = `
      const { openState } = await import(${JSON.stringify(join(REPO_ROOT, 'dist', 'state', 'open.js'))});
      const { unlinkSync } = await import('node:fs');
      const { store } = await openState(${JSON.stringify(state)});
      for (let i = 0; i < 5; i++) await store.finishItem('https://a.example/' + i, { status: 'done' });
      unlinkSync(${JSON.stringify(`${state}-wal`)});
      for (let i = 5; i < 9; i++) await store.finishItem('https://a.example/' + i, { status: 'done' });
      process.kill(process.pid, 'SIGKILL');`;
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
    expect(r.signal).toBe('SIGKILL');
    expect(readMark(markPath(state))?.seq).toBe(9);
    const check = checkState(state);
    expect(check).toMatchObject({ ok: false, code: 'STATE_LOST' });
    expect(check.problems[0]).toMatch(/lost 9 changes it had committed \(it counts 0, .* recorded 9\)/);
  });

  it('lost commits: the crawl refuses; rebuild keeps what is left and the crawl goes on', async () => {
    await cli(['crawl', site.url('/feed.xml'), ...fast(state)]);
    const first = readMark(markPath(state));
    // A copy of the database restored over it after more was done: commits gone.
    copyFileSync(state, join(tmp.dir, 'copy.db'));
    const opened = await openState(state);
    await opened.store.finishItem('https://late.example/1', { status: 'done' });
    await opened.store.close();
    opened.lock.release();
    copyFileSync(join(tmp.dir, 'copy.db'), state);
    expect(readMark(markPath(state))?.seq).toBeGreaterThan(first?.seq ?? 0);
    await refused(/lost 1 change it had committed/);
    const rebuild = await cli(['state', 'rebuild', '--state', state]);
    expect(rebuild.code).toBe(0);
    expect(rebuild.stderr).toMatch(/saved 4 items/);
    const again = await cli(['crawl', site.url('/feed.xml'), ...fast(state)]);
    expect(again.code).toBe(0);
    expect(again.records).toHaveLength(0);
  });

  it('a database replaced by another one, or gone while its mark remains, is refused', async () => {
    await cli(['crawl', site.url('/feed.xml'), ...fast(state)]);
    const other = join(tmp.dir, 'other.db');
    await cli(['crawl', site.url('/feed.xml'), ...fast(other)]);
    copyFileSync(other, state);
    await refused(/is not the one .*state\.db\.mark was written for/);
    rmSync(state);
    await refused(/is gone, but .*state\.db\.mark records \d+ changes/);
    expect(JSON.parse((await cli(['state', 'check', '--state', state])).stdout)).toMatchObject({ ok: false, code: 'STATE_LOST' });
  });

  it('a state made before the mark existed is taken up: counter and mark added, nothing refused', async () => {
    const old = SqliteStore.open(state);
    await old.finishItem('https://a.example/old', { status: 'done' });
    await old.close();
    expect(existsSync(markPath(state))).toBe(false);
    const crawl = await cli(['crawl', site.url('/feed.xml'), ...fast(state)]);
    expect(crawl.code).toBe(0);
    expect(crawl.records).toHaveLength(4);
    const mark = readMark(markPath(state));
    expect(mark?.seq).toBeGreaterThanOrEqual(4);
    expect(checkState(state)).toMatchObject({ ok: true, code: null });
  });

  it('the mark follows every write: crawl, forget and prune leave it equal to the count', async () => {
    await cli(['crawl', site.url('/feed.xml'), ...fast(state)]);
    await cli(['state', 'forget', site.url('/news/'), '--state', state]);
    await cli(['state', 'prune', '--older-than', '0s', '--state', state]);
    const db = new Database(state, { readonly: true });
    const seq = Number(db.prepare("SELECT value FROM meta WHERE key = 'change_seq'").pluck().get());
    db.close();
    expect(seq).toBeGreaterThan(8);
    expect(readMark(markPath(state))?.seq).toBe(seq);
  });

  it('a run killed while creating the state leaves files the next run removes; a new state is never a 0-byte file', async () => {
    for (const name of ['state.db.4242.1700000000000.new', 'state.db.4242.1700000000000.new-wal', 'state.db.mark.1.1700000000000.tmp', 'state.db.lock.1.1700000000000.tmp']) writeFileSync(join(tmp.dir, name), '');
    const opened = await openState(state);
    await opened.store.close();
    opened.lock.release();
    expect(readdirSync(tmp.dir).sort()).toEqual(['state.db', 'state.db.lock.sqlite', 'state.db.mark']);
    await expect(openState(join(tmp.dir, 'state.db.mark', 'x.db'))).rejects.toSatisfy((e: unknown) => isCopydeskError(e) && e.code === 'STATE');
  });
});
