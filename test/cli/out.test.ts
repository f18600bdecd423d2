import { mkdirSync, readdirSync, rmSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OutDir, STALE_TEMP_MS, TEMP_DIR } from '../../src/record/outdir.js';
import { recordPath } from '../../src/record/paths.js';
import { startServer } from '../helpers/server.js';
import type { TestServer } from '../helpers/server.js';
import { archive, response } from '../warc/build.js';
import { runCli, tempDir } from './io.js';
import { articleHtml } from './pages.js';

let server: TestServer;
const FAST = ['--retries', '0', '--timeout', '5', '--delay', '0'];

beforeAll(async () => {
  server = await startServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    if (path.startsWith('/story/')) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(articleHtml(decodeURIComponent(path.slice('/story/'.length)).replace(/-/g, ' ')));
    } else {
      res.writeHead(404, { 'content-type': 'text/html' });
      res.end('<html><body>Not found</body></html>');
    }
  });
});
afterAll(async () => {
  await server.close();
});

/** Every file under dir, as paths relative to it with '/' separators, the temp folder left out. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(dir.length + 1).split('\\').join('/'))
    .filter((p) => !p.startsWith(TEMP_DIR))
    .sort();
}

/** Where a crawl would put this record: the one naming rule. */
function crawlName(rec: Record<string, unknown>, ext = 'json'): string {
  return recordPath(String(rec.url), String(rec.url), rec.title as string | null, [rec.publishedAt as string | null], new Date(String(rec.fetchedAt)), ext);
}

describe('get --out and extract --out', () => {
  it('get: one file per article, named as a crawl names it, nothing on stdout; a failed page is a note', async () => {
    const dir = tempDir();
    const urls = [server.url('/story/harbour-reopens'), server.url('/story/ferries-run'), server.url('/missing')];
    const r = await runCli(['get', ...urls, '--out', 'pages', ...FAST], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`${urls[2]}: HTTP_STATUS`);
    expect(r.stderr).toContain('2 records written to');
    const out = join(dir, 'pages');
    const files = filesUnder(out);
    expect(files).toHaveLength(2);
    const records = files.map((f) => JSON.parse(readFileSync(join(out, f), 'utf8')) as Record<string, unknown>);
    expect(records.map((x) => x.url).sort()).toEqual(urls.slice(0, 2).sort());
    for (const [i, rec] of records.entries()) {
      expect(files[i]).toBe(crawlName(rec));
      expect(files[i]).toMatch(/^127\.0\.0\.1_\d+\/\d{4}-\d{2}-\d{2}\/(harbour-reopens|ferries-run)-[0-9a-f]{10}\.json$/);
    }
    // Nothing half-written is left behind.
    expect(readdirSync(join(out, TEMP_DIR))).toEqual([]);
  });

  it('extract: saved pages and an archive, in the chosen format; a file page is named after its canonical address', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'in'));
    writeFileSync(join(dir, 'in', 'a.html'), articleHtml('Sea wall repaired').replace(/href="\/canonical\/[^"]*"/, 'href="https://coast.example/2026/sea-wall.html"'));
    writeFileSync(join(dir, 'in', 'day.warc.gz'), archive([response('https://news.example/2026/11/harbour.html', { body: articleHtml('Harbour reopens') })], true));
    const md = await runCli(['extract', 'in', '--out', 'md', '--format', 'markdown', '--no-workers'], { cwd: dir });
    expect(md.code).toBe(0);
    expect(md.stdout).toBe('');
    const mdFiles = filesUnder(join(dir, 'md'));
    expect(mdFiles).toHaveLength(2);
    expect(mdFiles[0]).toMatch(/^coast\.example\/\d{4}-\d{2}-\d{2}\/sea-wall-[0-9a-f]{10}\.md$/);
    expect(mdFiles[1]).toMatch(/^news\.example\/\d{4}-\d{2}-\d{2}\/harbour-[0-9a-f]{10}\.md$/);
    expect(readFileSync(join(dir, 'md', mdFiles[1] ?? ''), 'utf8')).toContain('Harbour reopens');

    const json = await runCli(['extract', 'in', '--out', 'json', '--no-workers'], { cwd: dir });
    expect(json.code).toBe(0);
    const jsonFiles = filesUnder(join(dir, 'json'));
    expect(jsonFiles.map((f) => f.replace(/\.json$/, ''))).toEqual(mdFiles.map((f) => f.replace(/\.md$/, '')));
    const rec = JSON.parse(readFileSync(join(dir, 'json', jsonFiles[1] ?? ''), 'utf8')) as Record<string, unknown>;
    expect(rec.warc).toMatchObject({ offset: 0 });
    expect(jsonFiles[1]).toBe(crawlName(rec));
  });

  it('a file that cannot be written stops the run with OUTPUT; a folder that cannot be made is a usage error', async () => {
    const dir = tempDir();
    const first = await runCli(['get', server.url('/story/harbour-reopens'), '--out', 'o', ...FAST], { cwd: dir });
    const [name] = filesUnder(join(dir, 'o'));
    expect(first.code).toBe(0);
    // A folder where the file should go: the rename fails, as a full disk's write would.
    const path = join(dir, 'o', name ?? '');
    rmSync(path);
    mkdirSync(join(path, 'blocker'), { recursive: true });
    const second = await runCli(['get', server.url('/story/harbour-reopens'), '--out', 'o', ...FAST], { cwd: dir });
    expect(second.code).toBe(1);
    expect(second.stderr).toMatch(/^copydesk: OUTPUT: cannot write .*harbour-reopens/m);
    expect(second.stderr).not.toContain('unexpected');
    writeFileSync(join(dir, 'x'), '');
    const bad = await runCli(['get', server.url('/story/x'), '--out', 'x/sub', ...FAST], { cwd: dir });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--out x/sub');
  });
});

describe('temporary files under --out', () => {
  it('removes leftovers by age, whatever process id they name (every run may be PID 1 in a container)', async () => {
    const root = join(tempDir(), 'out');
    const tmp = join(root, TEMP_DIR);
    mkdirSync(tmp, { recursive: true });
    const old = (Date.now() - STALE_TEMP_MS - 60_000) / 1000;
    // Names as older versions wrote them, with this very process's id, and as written now.
    const leftovers = [`${process.pid}-1700000000000.${process.pid}.1.tmp`, 'a1b2c3d4e5f60718-3.tmp'];
    for (const name of leftovers) {
      writeFileSync(join(tmp, name), '{"half":');
      utimesSync(join(tmp, name), old, old);
    }
    // A write in progress in another run: recent, kept.
    writeFileSync(join(tmp, 'ffeeddccbbaa9988-1.tmp'), '{"in":');
    await new OutDir(root).prepare();
    expect(readdirSync(tmp)).toEqual(['ffeeddccbbaa9988-1.tmp']);
  });

  it('two writers in one folder never share a temporary name', async () => {
    const root = join(tempDir(), 'out');
    const a = new OutDir(root);
    const b = new OutDir(root);
    await a.prepare();
    const names = new Set<string>();
    const spy = { writeFileSynced: async (path: string, data: string): Promise<void> => void (names.add(path), writeFileSync(path, data, { flag: 'wx' })) };
    const a2 = new OutDir(root, spy);
    const b2 = new OutDir(root, spy);
    await Promise.all([a2.write('h/d/x-1.json', '1'), b2.write('h/d/x-2.json', '2'), a.write('h/d/x-3.json', '3'), b.write('h/d/x-4.json', '4')]);
    expect(names.size).toBe(2);
    expect(statSync(join(root, 'h', 'd', 'x-2.json')).size).toBe(1);
  });
});
