import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ndjson, runCli, tempDir } from './io.js';
import { articleHtml } from './pages.js';

describe('copydesk extract', () => {
  it('extracts a saved page with --url as its address: url, canonical and links resolve against it', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'story.html'), articleHtml('Harbour reopens', '<meta property="og:image" content="img/lead.jpg">'));
    const url = 'https://coast.example/news/2024/harbour.html';
    const r = await runCli(['extract', 'story.html', '--url', url], { cwd: dir });
    expect(r.code).toBe(0);
    const [record] = ndjson(r.stdout);
    expect(record).toMatchObject({
      url,
      finalUrl: url,
      canonicalUrl: 'https://coast.example/canonical/harbour-reopens',
      image: 'https://coast.example/news/2024/img/lead.jpg',
      title: 'Harbour reopens',
    });
    const md = await runCli(['extract', 'story.html', '--url', url, '--format', 'markdown'], { cwd: dir });
    expect(md.stdout).toContain('[the full report](https://coast.example/news/docs/report.html)');
  });

  it('reads the page from stdin with "-"', async () => {
    const r = await runCli(['extract', '-', '--url', 'https://coast.example/a', '--format', 'text'], { stdin: articleHtml('From stdin') });
    expect(r.code).toBe(0);
    expect(r.stdout.startsWith('From stdin\nBy Ada Lovelace\nhttps://coast.example/canonical/from-stdin\n\nFrom stdin was confirmed')).toBe(true);
  });

  it('without --url, uses the file URL and leaves http-only fields empty', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'story.html'), articleHtml('Local file'));
    const r = await runCli(['extract', 'story.html'], { cwd: dir });
    const [record] = ndjson(r.stdout);
    expect(record?.url).toMatch(/^file:\/\/.*story\.html$/);
    expect(record?.canonicalUrl).toBeNull();
    const md = await runCli(['extract', '-', '--format', 'markdown'], { stdin: articleHtml('Local file') });
    expect(md.stdout).toContain('The council published the full report on Tuesday');
    expect(md.stdout).not.toContain('.invalid');
  });

  it('exits 2 for a missing file, writing nothing to stdout', async () => {
    const r = await runCli(['extract', 'nope.html'], { cwd: tempDir() });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('nope.html');
  });

  it('writes an error record for a page with no article and exits 1', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'empty.html'), '<html><body><nav><a href="/">Home</a></nav></body></html>');
    const r = await runCli(['extract', 'empty.html', '--url', 'https://coast.example/empty'], { cwd: dir });
    expect(r.code).toBe(1);
    const [record] = ndjson(r.stdout);
    expect(record).toMatchObject({ url: 'https://coast.example/empty', error: { stage: 'extract' } });
  });

  it('refuses files that are not pages: NOT_HTML for binary data and for text with no markup, the run going on', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'notes.txt'), 'Notes for Tuesday.\nThe council said the plan was "final".\n');
    writeFileSync(join(dir, 'program.bin'), Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]), Buffer.alloc(200, 3)]));
    writeFileSync(join(dir, 'story.html'), articleHtml('Still read'));
    const r = await runCli(['extract', 'notes.txt', 'program.bin', 'story.html', '--no-workers'], { cwd: dir });
    expect(r.code).toBe(1);
    const [notes, binary, story] = ndjson(r.stdout);
    expect(notes).toMatchObject({ error: { code: 'NOT_HTML' } });
    expect(JSON.stringify(notes)).toContain('copydesk quotes');
    expect(binary).toMatchObject({ error: { code: 'NOT_HTML' } });
    expect(story?.title).toBe('Still read');
  });

  it('refuses JSON and a sitemap saved under an .html name, and what is no page on stdin', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'api.html'), JSON.stringify({ title: 'An API answer', html: '<p>markup inside a string</p>' }));
    writeFileSync(join(dir, 'sitemap.html'), '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>https://coast.example/a</loc></url></urlset>');
    const r = await runCli(['extract', 'api.html', 'sitemap.html', '--no-workers'], { cwd: dir });
    expect(r.code).toBe(1);
    const [api, sitemap] = ndjson(r.stdout);
    expect(api).toMatchObject({ error: { code: 'NOT_HTML' } });
    expect(JSON.stringify(api)).toContain('JSON');
    expect(sitemap).toMatchObject({ error: { code: 'NOT_HTML' } });
    const text = await runCli(['extract', '-', '--url', 'https://coast.example/a'], { stdin: 'Notes for Tuesday.\nThe council met.\n' });
    expect(text.code).toBe(1);
    expect(ndjson(text.stdout)[0]).toMatchObject({ error: { code: 'NOT_HTML' } });
    expect(text.stdout).toContain('copydesk quotes -');
  });
});
