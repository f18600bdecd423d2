/**
 * Inputs a command cannot read as asked: one --url for several saved pages, and a binary file
 * given to `quotes` as text. Each is said, with its exit code, rather than quietly half done.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from './io.js';
import { articleHtml } from './pages.js';

const dir = mkdtempSync(join(tmpdir(), 'copydesk-guards-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('extract --url with several pages', () => {
  it('is a usage error (one address would name every page, and --out would keep one file)', async () => {
    writeFileSync(join(dir, 'a.html'), articleHtml('Harbour reopens'));
    writeFileSync(join(dir, 'b.html'), articleHtml('Bridge vote delayed'));
    const r = await runCli(['extract', 'a.html', 'b.html', '--url', 'https://news.example/story.html', '--no-workers'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('--url is the address of one page, and 2 were given');
    const one = await runCli(['extract', 'a.html', '--url', 'https://news.example/story.html', '--no-workers'], { cwd: dir });
    expect(one.code).toBe(0);
  });
});

describe('quotes on a file that is not text', () => {
  it('says so and exits 1', async () => {
    writeFileSync(join(dir, 'program.bin'), Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0, 0x22, 0x68, 0x69, 0x22]));
    const r = await runCli(['quotes', 'program.bin'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('program.bin is not text');
  });
});

describe('waits longer than a timer can hold', () => {
  it('are usage errors, as a wait too short to count is (Node fires a longer timer at once, over and over)', async () => {
    for (const args of [['--delay', '3000000'], ['--timeout', '9999999999'], ['--timeout', '1e-9']]) {
      const r = await runCli(['get', 'http://127.0.0.1:9/story.html', ...args]);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toContain('expected a number of seconds from');
    }
    const { resolveOptions } = await import('../../src/config.js');
    expect(() => resolveOptions({ totalTimeout: 2 ** 31 })).toThrow(expect.objectContaining({ code: 'USAGE' }));
  });
});

describe('an output file an option names', () => {
  it('is checked before the run: a missing folder or a folder as the file is a usage error', async () => {
    for (const args of [['crawl', 'http://127.0.0.1:9/feed.xml', '--state', join(dir, 's.db'), '--summary-json', join(dir, 'no', 'such', 's.json')], ['crawl', 'http://127.0.0.1:9/feed.xml', '--state', join(dir, 's.db'), '--summary-json', dir], ['bench', 'accuracy', '--pages', join(dir, 'no', 'p.ndjson')]]) {
      const r = await runCli(args, { cwd: dir });
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(/--(?:summary-json|pages) .*(?:does not exist|is a folder)/);
    }
  });
});
