import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VERSION } from '../../src/config.js';
import { startServer } from '../helpers/server.js';
import type { TestServer } from '../helpers/server.js';
import { ndjson, runCli, tempDir } from './io.js';
import { articleHtml } from './pages.js';

let server: TestServer;
// Fast failure for pages that never come: no retries, short timeouts; no quiet time between
// pages of the one test host (the pace is tested in test/crawl/get-polite.test.ts).
const FAST = ['--retries', '0', '--timeout', '5', '--delay', '0'];

beforeAll(async () => {
  server = await startServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    if (path.startsWith('/story/')) {
      const title = decodeURIComponent(path.slice('/story/'.length)).replace(/-/g, ' ');
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(articleHtml(title.charAt(0).toUpperCase() + title.slice(1)));
    } else if (path === '/report.pdf') {
      res.writeHead(200, { 'content-type': 'application/pdf' });
      res.end('%PDF-1.7\n');
    } else {
      res.writeHead(404, { 'content-type': 'text/html' });
      res.end('<html><body>Not found</body></html>');
    }
  });
});
afterAll(async () => {
  await server.close();
});

describe('copydesk get', () => {
  it('writes one NDJSON record for one URL when stdout is not a terminal', async () => {
    const r = await runCli(['get', server.url('/story/harbour-reopens'), ...FAST]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    const [record] = ndjson(r.stdout);
    expect(record).toMatchObject({
      url: server.url('/story/harbour-reopens'),
      finalUrl: server.url('/story/harbour-reopens'),
      canonicalUrl: server.url('/canonical/harbour-reopens'),
      title: 'Harbour reopens',
      authors: ['Ada Lovelace'],
      siteName: 'Coast Gazette',
    });
    expect(record?.body).toContain('was confirmed on Monday');
  });

  it('pretty-prints one record on a terminal', async () => {
    const r = await runCli(['get', server.url('/story/harbour-reopens'), ...FAST], { tty: true });
    expect(r.code).toBe(0);
    expect(r.stdout.startsWith('{\n  "schemaVersion"')).toBe(true);
    expect((JSON.parse(r.stdout) as { title: string }).title).toBe('Harbour reopens');
  });

  it('writes NDJSON for several records even on a terminal, in input order', async () => {
    const urls = ['/story/first-story', '/story/second-story', '/story/third-story'].map((p) => server.url(p));
    const r = await runCli(['get', ...urls, ...FAST], { tty: true });
    expect(r.code).toBe(0);
    expect(ndjson(r.stdout).map((rec) => rec.url)).toEqual(urls);
  });

  it('reads URLs from stdin with "-", skipping blank lines and comments', async () => {
    const stdin = `# morning run\n${server.url('/story/one-story')}\n\n   \n  ${server.url('/story/two-story')}  \n# done\n`;
    const r = await runCli(['get', '-', ...FAST], { stdin, tty: true });
    expect(r.code).toBe(0);
    // The count is unknown up front, so even a terminal gets NDJSON.
    expect(ndjson(r.stdout).map((rec) => rec.title)).toEqual(['One story', 'Two story']);
  });

  it('reads URLs from --input FILE with comments, blank lines, CRLF and a byte-order mark', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'urls.txt'), `\ufeff# list\r\n${server.url('/story/alpha-story')}\r\n\r\n# skip me\r\n${server.url('/story/beta-story')}\r\n`);
    const r = await runCli(['get', '--input', 'urls.txt', ...FAST], { cwd: dir });
    expect(r.code).toBe(0);
    expect(ndjson(r.stdout).map((rec) => rec.title)).toEqual(['Alpha story', 'Beta story']);
  });

  it('treats --input - as stdin', async () => {
    const r = await runCli(['get', '--input', '-', ...FAST], { stdin: `${server.url('/story/gamma-story')}\n` });
    expect(r.code).toBe(0);
    expect(ndjson(r.stdout).map((rec) => rec.title)).toEqual(['Gamma story']);
  });

  it('reports a failing URL as an error record in the stream and exits 1', async () => {
    const urls = [server.url('/story/good-one'), server.url('/missing'), server.url('/report.pdf'), server.url('/story/good-two')];
    const r = await runCli(['get', ...urls, ...FAST]);
    expect(r.code).toBe(1);
    const records = ndjson(r.stdout);
    expect(records.map((rec) => rec.url)).toEqual(urls);
    expect(records[1]).toMatchObject({ url: urls[1], error: { code: 'HTTP_STATUS', stage: 'fetch', status: 404 } });
    expect(records[2]).toMatchObject({ error: { code: 'NOT_HTML' } });
    expect(records[0]?.title).toBe('Good one');
    expect(records[3]?.title).toBe('Good two');
    // Messages for people go to stderr, never a stack trace anywhere.
    expect(r.stderr).toContain('HTTP_STATUS');
    expect(r.stderr).toContain('2 of 4 pages failed');
    expect(r.stdout + r.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
  });

  it('extracts on the jsdom reference with --dom jsdom: the same record as the light DOM', async () => {
    const url = server.url('/story/harbour-reopens');
    const [light, reference] = await Promise.all([runCli(['get', url, ...FAST]), runCli(['get', url, '--dom', 'jsdom', ...FAST])]);
    expect(reference.code).toBe(0);
    const strip = (record: Record<string, unknown> | undefined): Record<string, unknown> => ({ ...record, fetchedAt: null });
    expect(strip(ndjson(reference.stdout)[0])).toEqual(strip(ndjson(light.stdout)[0]));
    const bad = await runCli(['get', url, '--dom', 'htmlparser2']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('light, jsdom');
  });

  it('offers --dom on every command that extracts', async () => {
    for (const command of ['get', 'extract', 'crawl']) {
      const r = await runCli([command, '--help']);
      // Help text wraps to the terminal width: compare with the line breaks folded.
      expect(r.stdout.replace(/\s+/g, ' ')).toMatch(/--dom <kind> .*\(choices: "light", "jsdom", default: "light"\)/);
    }
  });

  it('gives an error record for an address that is not a URL', async () => {
    const r = await runCli(['get', 'not a url', ...FAST]);
    expect(r.code).toBe(1);
    const [record] = ndjson(r.stdout);
    expect(record).toMatchObject({ url: 'not a url', error: { stage: 'input' } });
    expect(JSON.stringify(record)).not.toContain('    at ');
  });

  it('writes a header (title, byline, address) and the body with --format text, and nothing but the note for a failed page', async () => {
    const r = await runCli(['get', server.url('/story/harbour-reopens'), server.url('/missing'), '--format', 'text', ...FAST]);
    expect(r.code).toBe(1);
    expect(r.stdout.startsWith(`Harbour reopens\nBy Ada Lovelace\n${server.url('/canonical/harbour-reopens')}\n\nHarbour reopens was confirmed`)).toBe(true);
    expect(r.stdout).not.toContain('{');
    expect(r.stderr).toContain('/missing: HTTP_STATUS');
  });

  it('writes Markdown with --format markdown, links absolute, articles separated by a rule', async () => {
    const r = await runCli(['get', server.url('/story/first-story'), server.url('/story/second-story'), '-f', 'markdown', ...FAST]);
    expect(r.code).toBe(0);
    expect(r.stdout.startsWith('---\ntitle: "First story"\nauthors: ["Ada Lovelace"]\n')).toBe(true);
    expect(r.stdout).toContain('\n---\n\n# First story\n\n');
    expect(r.stdout).toContain(`[the full report](${server.origin}/docs/report.html)`);
    expect(r.stdout).toContain('\n---\n\n---\ntitle: "Second story"');
  });

  it('exits 2 on an unknown flag, with the message on stderr and nothing on stdout', async () => {
    const r = await runCli(['get', '--no-such-flag', server.url('/story/x')]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('--no-such-flag');
  });

  it('exits 2 on a bad option value', async () => {
    const r = await runCli(['get', '--concurrency', 'zero', server.url('/story/x')]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
  });

  it('exits 2 when the input file cannot be read, before fetching anything', async () => {
    const before = server.requests.length;
    const dir = tempDir();
    mkdirSync(join(dir, 'a-directory'));
    for (const file of ['no-such-file.txt', 'a-directory']) {
      const r = await runCli(['get', '--input', file, server.url('/story/x')], { cwd: dir });
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toContain(`cannot read input file ${file}`);
    }
    expect(server.requests.length).toBe(before);
  });

  it('exits 2 when given nothing to fetch', async () => {
    const r = await runCli(['get']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
  });
});

describe('help and version', () => {
  it('--version prints the version and exits 0', async () => {
    const r = await runCli(['--version']);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe(VERSION);
  });

  it('--help lists the commands, examples and exit codes, and exits 0', async () => {
    const r = await runCli(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/get \[options\]/);
    expect(r.stdout).toMatch(/extract \[options\]/);
    expect(r.stdout).toContain('Examples:');
    expect(r.stdout).toContain('Exit codes:');
  });

  it('get --help lists options with their defaults and an example', async () => {
    const r = await runCli(['get', '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/--per-host <n>.*\(default: 1\)/);
    expect(r.stdout).toMatch(/--concurrency <n>.*\(default: 8\)/);
    expect(r.stdout).toMatch(/--format <format>/);
    expect(r.stdout).toContain('$ copydesk get');
  });

  it('extract --help exits 0', async () => {
    const r = await runCli(['extract', '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('--url <url>');
  });
});
