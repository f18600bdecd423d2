/**
 * Where a person went wrong, the answer says what was meant; bad input is a usage error
 * or an INVALID_URL record, never INTERNAL.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ndjson, runCli, tempDir } from './io.js';

const FAST = ['--retries', '0', '--timeout', '5'];

describe('hints', () => {
  it('copydesk URL suggests copydesk get', async () => {
    const r = await runCli(['https://example.com/news/story.html']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('copydesk: "https://example.com/news/story.html" is not a command; to fetch it: copydesk get https://example.com/news/story.html\n');
  });

  it('get example.com/x is INVALID_URL and suggests https://', async () => {
    const r = await runCli(['get', 'example.com/x', ...FAST]);
    expect(r.code).toBe(1);
    const [record] = ndjson(r.stdout);
    expect(record?.error).toMatchObject({ code: 'INVALID_URL', message: expect.stringMatching(/did you mean https:\/\/example\.com\/x\?$/) as unknown });
  });

  it('get page.html suggests extract', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'page.html'), '<html><body><p>saved</p></body></html>');
    const r = await runCli(['get', 'page.html', ...FAST], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/INVALID_URL: .*to read a saved page, use: copydesk extract page\.html/);
  });

  it('extract URL is a usage error that suggests get', async () => {
    const r = await runCli(['extract', 'https://example.com/story']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('copydesk: extract reads saved pages; to fetch https://example.com/story, use: copydesk get https://example.com/story\n');
  });
});

describe('bad URL lists', () => {
  it('--input with binary content is a usage error in one line, before any work', async () => {
    const dir = tempDir();
    const bytes = Buffer.alloc(4096);
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 7919 + 13) % 256;
    writeFileSync(join(dir, 'photo.jpg'), bytes);
    const r = await runCli(['get', '--input', 'photo.jpg', ...FAST], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('copydesk: photo.jpg is not a text list of URLs (it holds binary data); give one URL per line\n');
  });

  it('binary data on stdin is refused the same way', async () => {
    const r = await runCli(['get', '-', ...FAST], { stdin: 'https://example.invalid/a\u0000\u0001\u0002\n' });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^copydesk: stdin is not a text list of URLs/);
  });

  it('invalid URLs in a list are INVALID_URL records, never INTERNAL', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'urls.txt'), 'notaurl\nhttp://[bad\nftp://example.com/x\n');
    const r = await runCli(['get', '--input', 'urls.txt', ...FAST], { cwd: dir });
    expect(r.code).toBe(1);
    const codes = ndjson(r.stdout).map((rec) => (rec.error as { code: string }).code);
    expect(codes).toEqual(['INVALID_URL', 'INVALID_URL', 'INVALID_URL']);
  });
});

describe('version', () => {
  it('-V prints the version, on its own and after a command', async () => {
    const { VERSION } = await import('../../src/config.js');
    for (const argv of [['-V'], ['get', '-V']]) {
      const r = await runCli(argv);
      expect(r.code).toBe(0);
      expect(r.stdout).toBe(`${VERSION}\n`);
    }
  });
});

describe('quotes on a terminal', () => {
  it('says it is waiting for text when stdin is a terminal', async () => {
    const { Readable, PassThrough } = await import('node:stream');
    const { run } = await import('../../src/cli/run.js');
    const stdin = Object.assign(Readable.from([Buffer.from('"We will reopen," said Ada Lovelace.\n')]), { isTTY: true });
    const stderr = new PassThrough();
    let err = '';
    stderr.on('data', (c: Buffer) => (err += c.toString('utf8')));
    const code = await run(['quotes'], { stdout: new PassThrough(), stderr, stdin, env: {}, cwd: process.cwd() });
    expect(code).toBe(0);
    expect(err).toBe('copydesk quotes: reading text from the terminal; end it with Ctrl-D, or give a file: copydesk quotes story.txt\n');
  });
});

describe('a reader that closes the pipe early', () => {
  it('help piped to head: the late EPIPE does not crash the process', async () => {
    const { Writable, PassThrough } = await import('node:stream');
    const { run } = await import('../../src/cli/run.js');
    // The pipe's error arrives after the write was taken, as a socket's does.
    const stdout = new Writable({
      write(_chunk, _enc, done) {
        setImmediate(() => done(Object.assign(new Error('write EPIPE'), { code: 'EPIPE' })));
      },
    });
    const code = await run(['state', '--help'], { stdout, stderr: new PassThrough(), stdin: new PassThrough(), env: {}, cwd: process.cwd() });
    expect(code).toBe(0);
    await new Promise((r) => setTimeout(r, 20));
    expect(stdout.listenerCount('error')).toBe(1);
    expect(stdout.destroyed).toBe(true);
  });
});
