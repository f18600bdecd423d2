/**
 * Batches answer like a mature tool: --format json is one valid JSON document whatever the
 * count, text records are told apart, progress shows on a terminal only and never shares a
 * line with a record, and a folder's subfolders are read.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough, Readable, Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { Io } from '../../src/cli/io.js';
import { Progress } from '../../src/cli/progress.js';
import { run } from '../../src/cli/run.js';
import { RecordSink } from '../../src/cli/sink.js';
import type { CopydeskRecord } from '../../src/record/types.js';
import { startSite } from '../crawl/helpers.js';
import { startServer } from '../helpers/server.js';
import { ndjson, runCli, tempDir } from './io.js';
import { articleHtml } from './pages.js';

function folderOfPages(titles: string[], sub: Record<string, string[]> = {}): string {
  const dir = tempDir();
  titles.forEach((t, i) => writeFileSync(join(dir, `${i}-page.html`), articleHtml(t)));
  for (const [folder, inner] of Object.entries(sub)) {
    mkdirSync(join(dir, folder), { recursive: true });
    inner.forEach((t, i) => writeFileSync(join(dir, folder, `${i}-page.html`), articleHtml(t)));
  }
  return dir;
}

describe('--format json and text with several records', () => {
  it('json writes one array for several records and one object for one', async () => {
    const dir = folderOfPages(['First story', 'Second story', 'Third story']);
    const many = await runCli(['extract', '.', '--format', 'json', '--no-workers'], { cwd: dir });
    expect(many.code).toBe(0);
    const parsed = JSON.parse(many.stdout) as { title: string }[];
    expect(parsed.map((r) => r.title)).toEqual(['First story', 'Second story', 'Third story']);
    const one = await runCli(['extract', '0-page.html', '--format', 'json'], { cwd: dir });
    expect((JSON.parse(one.stdout) as { title: string }).title).toBe('First story');
  });

  it('text separates records with a rule', async () => {
    const dir = folderOfPages(['First story', 'Second story']);
    const r = await runCli(['extract', '.', '--format', 'text', '--no-workers'], { cwd: dir });
    const parts = r.stdout.split(`\n${'='.repeat(72)}\n\n`);
    expect(parts).toHaveLength(2);
    expect(parts[1]?.startsWith('Second story\nBy Ada Lovelace\n')).toBe(true);
  });
});

describe('progress on a terminal', () => {
  /** stdout and stderr both on one terminal: what the person sees, in order. */
  function terminalIo(cwd: string, columns: number): { io: Io; screen: () => string; stderr: () => string } {
    let screen = '';
    let errText = '';
    const stdout = new PassThrough() as PassThrough & { isTTY?: boolean };
    const stderr = new PassThrough() as PassThrough & { isTTY?: boolean; columns?: number };
    stdout.isTTY = true;
    stderr.isTTY = true;
    stderr.columns = columns;
    stdout.on('data', (c: Buffer) => (screen += c.toString('utf8')));
    stderr.on('data', (c: Buffer) => {
      screen += c.toString('utf8');
      errText += c.toString('utf8');
    });
    return { io: { stdout, stderr, stdin: Readable.from([]), env: {}, cwd }, screen: () => screen, stderr: () => errText };
  }

  it('shows a line fitted to the width, cleared before every record, on a terminal only', async () => {
    const dir = folderOfPages(['First story', 'Second story']);
    const t = terminalIo(dir, 12);
    const code = await run(['extract', '.', '--format', 'ndjson', '--no-workers'], t.io);
    expect(code).toBe(0);
    expect(t.stderr()).toContain('\r\x1b[K0 pages of…\r'); // 11 columns: one fewer than the terminal's, so it never wraps
    // Every record starts on a clean line: the progress line was erased just before it.
    for (const m of t.screen().matchAll(/\{"schemaVersion"/g)) {
      const before = t.screen().slice(0, m.index);
      expect(before === '' || before.endsWith('\n') || before.endsWith('\r\x1b[K')).toBe(true);
    }
    // eslint-disable-next-line no-control-regex -- the terminal's erase-line sequence
    expect(ndjson(t.screen().replace(/\r\x1b\[K[^\r{]*/g, ''))).toHaveLength(2);
    // Not a terminal: no progress at all.
    const plain = await runCli(['extract', '.', '--no-workers'], { cwd: dir });
    expect(plain.stderr).toBe('');
  });

  it('get --input shows the line too, only on a terminal', async () => {
    const server = await startServer((_req, res) => void res.writeHead(200, { 'content-type': 'text/html' }).end(articleHtml('Harbour reopens')));
    try {
      const dir = tempDir();
      writeFileSync(join(dir, 'urls.txt'), `${server.url('/a')}\n${server.url('/b')}\n`);
      const t = terminalIo(dir, 80);
      expect(await run(['get', '--input', 'urls.txt', '--delay', '0', '--allow-private', '--no-workers', '--format', 'ndjson'], t.io)).toBe(0);
      // eslint-disable-next-line no-control-regex -- the terminal's erase-line sequence
      expect(t.stderr()).toMatch(/\r\x1b\[K\d+ pages?/);
      // eslint-disable-next-line no-control-regex -- the terminal's erase-line sequence
      expect(ndjson(t.screen().replace(/\r\x1b\[K[^\r{]*/g, ''))).toHaveLength(2);
      const plain = await runCli(['get', '--input', 'urls.txt', '--delay', '0', '--allow-private', '--no-workers'], { cwd: dir });
      expect(plain.stderr).toBe('');
    } finally {
      await server.close();
    }
  });

  it('crawl: its live line never shares a line with a record', async () => {
    const site = await startSite();
    try {
      const dir = tempDir();
      const t = terminalIo(dir, 40);
      await run(['crawl', site.url('/feed.xml'), '--state', join(dir, 'state.db'), '--delay', '0', '--allow-private', '--no-workers'], t.io);
      const screen = t.screen();
      const starts = [...screen.matchAll(/\{"schemaVersion"/g)];
      expect(starts.length).toBeGreaterThan(1);
      for (const m of starts) {
        const before = screen.slice(0, m.index);
        expect(before === '' || before.endsWith('\n') || before.endsWith('\r\x1b[K')).toBe(true);
      }
      // Each drawn line (what follows an erase and is not a message ending in a newline) fits in 39 columns.
      const drawn = t.stderr().split('\r\x1b[K').filter((part) => part && !part.includes('\n'));
      expect(drawn.length).toBeGreaterThan(0);
      for (const line of drawn) expect(line.length).toBeLessThanOrEqual(39);
    } finally {
      await site.close();
    }
  });

  it('the sink clears a drawn line before the record', async () => {
    let out = '';
    const stream = new PassThrough() as PassThrough & { isTTY?: boolean };
    stream.isTTY = true;
    stream.on('data', (c: Buffer) => (out += c.toString('utf8')));
    const progress = new Progress(stream, () => 'sources 1/3 · items 4');
    const sink = new RecordSink({ stdout: stream, stderr: stream, stdin: Readable.from([]), env: {}, cwd: '.' }, 'ndjson', true, { progress });
    progress.draw();
    await sink.put({ schemaVersion: '1.0', url: 'https://a.example/', error: { code: 'INVALID_URL', message: 'x', stage: 'input' }, fetchedAt: '' } as CopydeskRecord);
    expect(out).toBe('\r\x1b[Ksources 1/3 · items 4\r\x1b[K{"schemaVersion":"1.0","url":"https://a.example/","error":{"code":"INVALID_URL","message":"x","stage":"input"},"fetchedAt":""}\n');
  });
});

describe('extract DIR', () => {
  it('walks subfolders, in name order, and says what it skipped; --no-recursive stays at the top', async () => {
    const dir = folderOfPages(['Top story'], { 'a-2026': ['Nested story'], 'b-2027/deeper': ['Deep story'] });
    writeFileSync(join(dir, 'notes.txt'), 'not a page');
    const r = await runCli(['extract', '.', '--no-workers'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(ndjson(r.stdout).map((rec) => rec.title)).toEqual(['Top story', 'Nested story', 'Deep story']);
    expect(r.stderr).toBe('copydesk: .: 3 pages; skipped 1 file that are not saved pages or archives\n');
    const flat = await runCli(['extract', '.', '--no-recursive', '--no-workers'], { cwd: dir });
    expect(ndjson(flat.stdout).map((rec) => rec.title)).toEqual(['Top story']);
    expect(flat.stderr).toBe('copydesk: .: 1 page; skipped 1 file that are not saved pages or archives and 2 subfolders\n');
  });
});

describe('Ctrl-C in a batch', () => {
  it('finishes the record in hand, stops, and exits 130', async () => {
    const dir = folderOfPages(['First story', 'Second story', 'Third story']);
    let out = '';
    // Ctrl-C arrives while the first record is being written.
    const stdout = new Writable({
      write(chunk: Buffer, _enc, done) {
        if (!out) process.emit('SIGINT');
        out += chunk.toString('utf8');
        done();
      },
    });
    const stderr = new PassThrough();
    let err = '';
    stderr.on('data', (c: Buffer) => (err += c.toString('utf8')));
    const listeners = process.listenerCount('SIGINT');
    const code = await run(['extract', '.', '--no-workers'], { stdout, stderr, stdin: Readable.from([]), env: {}, cwd: dir });
    expect(code).toBe(130);
    expect(ndjson(out).map((r) => r.title)).toEqual(['First story']);
    expect(err).toMatch(/SIGINT: finishing the page in hand/);
    expect(process.listenerCount('SIGINT')).toBe(listeners);
  });
});
