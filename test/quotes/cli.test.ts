import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { spawnSync } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN, ensureBuilt } from '../crawl/child.js';
import { run } from '../../src/cli/run.js';
import type { Io } from '../../src/cli/io.js';

const dir = mkdtempSync(join(tmpdir(), 'copydesk-quotes-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function io(stdin = ''): { io: Io; out: () => string; err: () => string } {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let o = '';
  let e = '';
  stdout.on('data', (c: Buffer) => (o += c.toString()));
  stderr.on('data', (c: Buffer) => (e += c.toString()));
  return { io: { stdout, stderr, stdin: Readable.from([Buffer.from(stdin)]), env: {}, cwd: dir }, out: () => o, err: () => e };
}

const TEXT = 'Premier Ana Ruiz opened the port.\n“We will grow,” Ruiz said.\n"Trade is back," she added.\n';

describe('copydesk quotes', () => {
  it('writes one JSON line per quote with offsets into the text as read', async () => {
    writeFileSync(join(dir, 'story.txt'), TEXT);
    const t = io();
    expect(await run(['quotes', 'story.txt'], t.io)).toBe(0);
    const lines = t.out().trim().split('\n').map((l) => JSON.parse(l) as { text: string; speaker: string; start: number; end: number; paragraph: number });
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatchObject({ text: 'We will grow', speaker: 'Ana Ruiz', speakerMention: 'Ruiz', cue: 'said', kind: 'full', paragraph: 1 });
    expect(lines[1]).toMatchObject({ text: 'Trade is back', speaker: 'Ana Ruiz', speakerMention: 'she', cue: 'added', paragraph: 2 });
    for (const l of lines) expect(TEXT.slice(l.start, l.end)).toBe(l.text);
  });

  it('keeps offsets into the text as read with CRLF line ends and a byte order mark', async () => {
    const text = '\ufeffPremier Ana Ruiz opened the port.\r\n\r\n“We will grow,” Ruiz said.\r\n';
    const t = io(text);
    expect(await run(['quotes', '-'], t.io)).toBe(0);
    const q = JSON.parse(t.out()) as { text: string; start: number; end: number; paragraph: number };
    expect(text.slice(q.start, q.end)).toBe('We will grow');
    expect(q.paragraph).toBe(1);
  });

  it('reads stdin by default and with "-"', async () => {
    for (const args of [['quotes'], ['quotes', '-']]) {
      const t = io('“Enough is enough,” the union said.');
      expect(await run(args, t.io)).toBe(0);
      expect(JSON.parse(t.out())).toMatchObject({ speaker: 'the union', start: 1, end: 17 });
    }
  });

  it('reads an HTML page through the extractor with --html', async () => {
    const para = '<p>The harbour at Wenmouth reopened on Monday after a week of repairs to the sea wall, and the first ferries left on time.</p>';
    const html = `<!doctype html><html><head><title>Harbour reopens</title></head><body><article><h1>Harbour reopens</h1>${para.repeat(4)}<p>“The wall will hold for fifty years,” said engineer Maya Lindgren.</p></article></body></html>`;
    writeFileSync(join(dir, 'page.html'), html);
    const t = io();
    expect(await run(['quotes', '--html', 'page.html'], t.io)).toBe(0);
    expect(JSON.parse(t.out())).toMatchObject({ text: 'The wall will hold for fifty years', speaker: 'Maya Lindgren', cue: 'said' });
  });

  it('is a usage error when the file is missing', async () => {
    const t = io();
    expect(await run(['quotes', 'missing.txt'], t.io)).toBe(2);
    expect(t.out()).toBe('');
    expect(t.err()).toContain('missing.txt');
  });

  it('holds a file and stdin to --max-bytes, as extract does (a gzip bomb included), instead of reading them whole', async () => {
    writeFileSync(join(dir, 'big.txt'), `${'“Enough is enough,” the union said. '.repeat(2000)}\n`);
    const file = io();
    expect(await run(['quotes', 'big.txt', '--max-bytes', '10000'], file.io)).toBe(1);
    expect(file.out()).toBe('');
    expect(file.err()).toMatch(/^copydesk: TOO_LARGE: .*big\.txt is larger than 10000 bytes \(see --max-bytes\)\n$/);
    writeFileSync(join(dir, 'bomb.txt.gz'), gzipSync(Buffer.alloc(5_000_000, 0x61)));
    const bomb = io();
    expect(await run(['quotes', 'bomb.txt.gz'], bomb.io)).toBe(0);
    const capped = io();
    expect(await run(['quotes', 'bomb.txt.gz', '--max-bytes', '1000000'], capped.io)).toBe(1);
    expect(capped.err()).toContain('once decompressed');
    const stdin = io('“Enough is enough,” the union said.'.repeat(100));
    expect(await run(['quotes', '-', '--max-bytes', '100'], stdin.io)).toBe(1);
    expect(stdin.err()).toContain('stdin is larger than 100 bytes');
    // Under the cap, a gzip text file is read as text.
    writeFileSync(join(dir, 'small.txt.gz'), gzipSync('“Enough is enough,” the union said.'));
    const small = io();
    expect(await run(['quotes', 'small.txt.gz'], small.io)).toBe(0);
    expect(JSON.parse(small.out())).toMatchObject({ speaker: 'the union' });
  });
});

describe('copydesk quotes --help piped to a reader that stops early', () => {
  it('prints no EPIPE error and exits 0 (the built CLI, a real pipe)', { timeout: 120_000 }, () => {
    ensureBuilt();
    // The reader is gone before the help text is written: the write meets a closed pipe.
    const r = spawnSync('sh', ['-c', `node ${JSON.stringify(BIN)} quotes --help | head -c 0; node ${JSON.stringify(BIN)} quotes --help | head -1`], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('Usage: copydesk quotes [options] [file]\n');
    expect(r.stderr).toBe('');
  });
});
