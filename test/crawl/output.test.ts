import { existsSync, readdirSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { resolveOptions } from '../../src/config.js';
import { Crawler } from '../../src/crawl/crawler.js';
import { articleSlug, hostDir, recordPath } from '../../src/record/paths.js';
import { OutDir } from '../../src/record/outdir.js';
import type { OutputFs } from '../../src/record/outdir.js';
import { closeDispatchers } from '../../src/fetch/http.js';
import type { CopydeskRecord } from '../../src/record/types.js';
import { SqliteStore } from '../../src/state/sqlite.js';
import { startSite, tempDir } from './helpers.js';
import type { Site } from './helpers.js';

describe('output names', () => {
  it('turns hostile URLs into safe relative names', () => {
    const when = new Date('2026-11-29T12:00:00Z');
    expect(recordPath('k', 'https://Example.com/news/2026/11/harbour-reopens.html?x=1', null, ['2026-11-20T08:30:00Z'], when)).toMatch(/^example\.com\/2026-11-20\/harbour-reopens-[0-9a-f]{10}\.json$/);
    expect(articleSlug('https://e.com/../../etc/passwd', null)).toBe('passwd');
    expect(articleSlug('https://e.com/%2e%2e%2f%2e%2e%2fboot', null)).toBe('boot');
    expect(articleSlug('https://e.com/CON', null)).toBe('_con');
    expect(articleSlug('https://e.com/nul.html', null)).toBe('_nul');
    expect(articleSlug('https://e.com/12345', 'Crème brûlée à la “Ville”')).toBe('creme-brulee-a-la-ville');
    expect(articleSlug('https://e.com/', '🦀🦀🦀')).toBe('article');
    expect(articleSlug(`https://e.com/${'very-long-'.repeat(100)}`, null).length).toBeLessThanOrEqual(60);
    expect(hostDir('http://127.0.0.1:8080/x')).toBe('127.0.0.1_8080');
    expect(hostDir('http://[::1]:8080/x')).toBe('1_8080');
    expect(recordPath('k', 'https://e.com/a', null, ['not a date', '2026-13-45'], when)).toMatch(/^e\.com\/2026-11-29\//);
  });

  it('never leaves the output directory, whatever the URL (property)', () => {
    const root = resolve('/tmp/copydesk-out-root');
    const out = new OutDir(root);
    fc.assert(
      fc.property(fc.oneof(fc.webUrl({ withQueryParameters: true, withFragments: true }), fc.string().map((s) => `https://e.com/${s}`), fc.string().map((s) => `http://${s}/../${s}`)), fc.string(), (url, title) => {
        const rel = recordPath(url, url, title, [title], new Date(0));
        const full = out.resolvePath(rel);
        expect(full.startsWith(root + sep)).toBe(true);
        expect(rel.split('/')).toHaveLength(3);
        for (const part of rel.split('/')) expect(part).toMatch(/^[a-z0-9_][a-z0-9._-]*$/);
      }),
      { numRuns: 3000 },
    );
    for (const bad of ['../x.json', '/etc/passwd', 'a/../../x.json', '.copydesk-tmp/x.json', '']) expect(() => out.resolvePath(bad)).toThrow(/outside the output directory/);
  });
});

describe('a full disk while writing --out', () => {
  let site: Site;
  let tmp: ReturnType<typeof tempDir>;
  beforeEach(async () => {
    site = await startSite();
    tmp = tempDir();
  });
  afterEach(async () => {
    await closeDispatchers();
    await site.close();
    tmp.cleanup();
  });

  it('stops the run cleanly, marks nothing it did not write, and the next run writes it', async () => {
    const state = join(tmp.dir, 'state.db');
    const outDir = join(tmp.dir, 'out');
    let writes = 0;
    // The second file write finds the disk full, as a real ENOSPC would surface.
    const fullAfterOne: OutputFs = {
      async writeFileSynced(path, data) {
        if (++writes >= 2) throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
        const { writeFile } = await import('node:fs/promises');
        await writeFile(path, data, { flag: 'wx' });
      },
    };
    const emitted: CopydeskRecord[] = [];
    const logs: string[] = [];
    const run = async (fs?: OutputFs): Promise<Crawler> => {
      const store = SqliteStore.open(state);
      const out = new OutDir(outDir, fs);
      await out.prepare();
      const crawler = new Crawler({
        options: resolveOptions({ allowPrivate: true, retries: 0 }),
        politeness: { concurrency: 4, perHost: 1, delayMs: 0 },
        store,
        out,
        emit: async (r) => void emitted.push(r),
        log: (m) => logs.push(m),
      });
      await crawler.run([site.url('/feed.xml')]);
      await store.close();
      return crawler;
    };
    const first = await run(fullAfterOne);
    expect(first.fatal?.code).toBe('OUTPUT');
    expect(first.fatal?.message).toMatch(/no space left on device/);
    expect(first.counters.written).toBe(1);
    expect(emitted).toHaveLength(1);
    expect(logs.join('\n')).toMatch(/stays to be written next run/);
    const store = SqliteStore.open(state);
    expect((await store.stats()).items.done).toBe(1);
    expect((await store.getDocument(site.url('/feed.xml')))?.etag ?? null).toBeNull();
    await store.close();
    expect(readdirSync(join(outDir, '.copydesk-tmp'))).toEqual([]);

    const second = await run();
    expect(second.fatal).toBeNull();
    expect(second.counters.written).toBe(3);
    expect(second.counters.seen).toBe(1);
    const files = readdirSync(outDir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile() && e.name.endsWith('.json'));
    expect(files).toHaveLength(4);
    expect(existsSync(join(outDir, '.copydesk-tmp'))).toBe(true);
  });
});
