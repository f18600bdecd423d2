import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SqliteStore } from '../../src/state/sqlite.js';
import { runCli, tempDir } from './io.js';

describe('copydesk state, answering like a tool', () => {
  it('stats gives dates as ISO 8601', async () => {
    const path = join(tempDir(), 'state.db');
    const store = SqliteStore.open(path, { now: () => Date.parse('2026-11-02T03:04:05Z') });
    await store.finishItem('https://a.example/1', { status: 'done' });
    await store.close();
    const r = await runCli(['state', 'stats', '--state', path]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ oldestItem: '2026-11-02T03:04:05.000Z', newestItem: '2026-11-02T03:04:05.000Z' });
  });

  it('check, stats and failed on a missing database say there is none', async () => {
    const path = join(tempDir(), 'missing.db');
    for (const sub of ['check', 'stats', 'failed']) {
      const r = await runCli(['state', sub, '--state', path]);
      expect(r.code).toBe(1);
      expect(r.stdout).toBe('');
      expect(r.stderr).toBe(`copydesk: there is no state database at ${path} (a crawl creates it; --state PATH names another)\n`);
    }
  });
});
