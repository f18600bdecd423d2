import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '../helpers/server.js';
import type { TestServer } from '../helpers/server.js';
import { ndjson, runCli, tempDir } from './io.js';
import { articleHtml } from './pages.js';

const FAST = ['--retries', '0', '--timeout', '5', '--no-workers', '--delay', '0'];
const GERMAN_PARA = '<p>Der Hafen von Vellby ist nach sechs Wochen Reparaturarbeiten an der Kaimauer wieder geöffnet worden, teilte die Hafenbehörde am Montag mit. Die Fähren zu den Inseln fahren ab Dienstag nach dem Winterfahrplan.</p>';
/** A German article whose page declares no language: its lang comes from the text. */
const GERMAN = `<!doctype html><html><head><meta charset="utf-8"><title>Hafen wieder offen</title><meta property="og:type" content="article"></head><body><article><h1>Hafen wieder offen</h1>${GERMAN_PARA.repeat(4)}</article></body></html>`;

let server: TestServer;
beforeAll(async () => {
  server = await startServer((req, res) => {
    if (req.url === '/en') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(articleHtml('Harbour reopens', '<meta property="article:published_time" content="2026-10-02T08:30:00Z">'));
    } else if (req.url === '/de') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(GERMAN);
    } else {
      res.writeHead(404, { 'content-type': 'text/html' });
      res.end('<html><body>Not found</body></html>');
    }
  });
});
afterAll(async () => {
  await server.close();
});

describe('--lang', () => {
  it('get skips pages in other languages, counts them on stderr, and exits 0', async () => {
    const r = await runCli(['get', server.url('/en'), server.url('/de'), '--lang', 'de', ...FAST]);
    expect(r.code).toBe(0);
    expect(ndjson(r.stdout).map((x) => [x.url, x.lang])).toEqual([[server.url('/de'), 'de']]);
    expect(r.stderr).toContain('skipped 1 in other languages (--lang)');
  });

  it('takes a comma list, and region tags by their language', async () => {
    const r = await runCli(['get', server.url('/en'), server.url('/de'), '--lang', 'fr,en', ...FAST]);
    expect(ndjson(r.stdout).map((x) => x.url)).toEqual([server.url('/en')]);
  });

  it('extract applies the same option to saved pages', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.html'), articleHtml('Harbour reopens'));
    writeFileSync(join(dir, 'b.html'), GERMAN);
    const r = await runCli(['extract', dir, '--lang', 'de', '--no-workers'], { cwd: dir });
    expect(ndjson(r.stdout).map((x) => x.title)).toEqual(['Hafen wieder offen']);
    expect(r.stderr).toContain('skipped 1 in other languages (--lang)');
  });
});

describe('--format csv, html, markdown, text', () => {
  it('csv: a header and one row per article; a failed page is a note on stderr and exit 1', async () => {
    const r = await runCli(['get', server.url('/en'), server.url('/missing'), '--format', 'csv', ...FAST]);
    expect(r.code).toBe(1);
    const lines = r.stdout.split('\r\n');
    expect(lines[0]).toBe('url,title,authors,publishedAt,siteName,lang,wordCount,body');
    expect(lines[1]?.startsWith(`${server.url('/en')},Harbour reopens,Ada Lovelace,2026-10-02T08:30:00Z,Coast Gazette,en,`)).toBe(true);
    expect(r.stdout).not.toContain('/missing');
    expect(r.stderr).toContain('HTTP_STATUS');
  });

  it('csv: only the header when no page gave a row', async () => {
    const r = await runCli(['get', server.url('/missing'), '--format', 'csv', ...FAST]);
    expect(r.stdout).toBe('url,title,authors,publishedAt,siteName,lang,wordCount,body\r\n');
  });

  it('csv and json with --out: every article in its file, nothing on stdout, not even a header', async () => {
    const dir = tempDir();
    try {
      for (const format of ['csv', 'json']) {
        const r = await runCli(['get', server.url('/en'), server.url('/missing'), '--format', format, '--out', join(dir, format), ...FAST]);
        expect(r.code).toBe(1);
        expect(r.stdout).toBe('');
        expect(r.stderr).toContain('1 record written to');
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('json: an empty array when no record came', async () => {
    const r = await runCli(['get', server.url('/en'), '--lang', 'de', '--format', 'json', ...FAST]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual([]);
  });

  it('html: a whole document with the title and metadata around the safe article', async () => {
    const r = await runCli(['get', server.url('/en'), '--format', 'html', ...FAST]);
    expect(r.code).toBe(0);
    expect(r.stdout.startsWith('<!doctype html>\n<html lang="en">')).toBe(true);
    expect(r.stdout).toContain('<title>Harbour reopens</title>');
    expect(r.stdout).toContain('<p class="meta">By Ada Lovelace · <time datetime="2026-10-02T08:30:00Z">2026-10-02</time>');
    expect(r.stdout).toContain(`<a href="${server.origin}/docs/report.html">the full report</a>`);
  });

  it('--html puts the fragment in the record; without it there is none', async () => {
    const [withHtml] = ndjson((await runCli(['get', server.url('/en'), '--html', ...FAST])).stdout);
    expect(withHtml?.html).toMatch(/^<.*<p>Harbour reopens was confirmed/s);
    expect(withHtml?.html).not.toContain('<!doctype');
    const [plain] = ndjson((await runCli(['get', server.url('/en'), ...FAST])).stdout);
    expect(plain).not.toHaveProperty('html');
    expect(plain?.links).toEqual([{ href: `${server.origin}/docs/report.html`, text: 'the full report' }]);
  });

  it('markdown opens with front matter, text with a header', async () => {
    const md = await runCli(['get', server.url('/en'), '--format', 'markdown', ...FAST]);
    expect(md.stdout.startsWith('---\ntitle: "Harbour reopens"\nauthors: ["Ada Lovelace"]\ndate: "2026-10-02T08:30:00Z"\n')).toBe(true);
    const text = await runCli(['get', server.url('/en'), '--format', 'text', ...FAST]);
    expect(text.stdout.startsWith(`Harbour reopens\nBy Ada Lovelace · 2026-10-02\n${server.origin}/canonical/harbour-reopens\n\nHarbour reopens was confirmed`)).toBe(true);
  });
});
