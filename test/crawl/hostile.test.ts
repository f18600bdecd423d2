import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startServer } from '../helpers/server.js';
import type { TestServer } from '../helpers/server.js';
import { cli, fast, tempDir } from './helpers.js';

const PAGE = (i: number): string =>
  `<!doctype html><html><head><title>Item ${i}</title><meta property="og:type" content="article"></head><body><article><h1>Item ${i}</h1>${`<p>Paragraph about item ${i}: the ferry timetable changes on Monday and the council will publish the new times at the harbour office this week.</p>`.repeat(4)}</article></body></html>`;

describe('hostile feeds and sitemaps, end to end', () => {
  let server: TestServer;
  let tmp: ReturnType<typeof tempDir>;
  const hits: string[] = [];
  beforeEach(async () => {
    hits.length = 0;
    let origin = '';
    server = await startServer((req, res) => {
      const path = req.url ?? '/';
      hits.push(path);
      const xml = (body: string): void => void res.writeHead(200, { 'content-type': 'application/xml' }).end(body);
      if (path === '/robots.txt') return void res.writeHead(404).end();
      if (path === '/a.xml') return xml(`<sitemapindex><sitemap><loc>${origin}/b.xml</loc></sitemap><sitemap><loc>${origin}/urls.xml</loc></sitemap></sitemapindex>`);
      if (path.startsWith('/b.xml')) return xml(`<sitemapindex><sitemap><loc>${origin}/a.xml</loc></sitemap><sitemap><loc>${origin}/b.xml?again</loc></sitemap><sitemap><loc>${origin}/b.xml#frag</loc></sitemap></sitemapindex>`);
      if (path === '/urls.xml') return xml(`<urlset><url><loc>${origin}/p/1</loc></url><url><loc>${origin}/p/2</loc></url></urlset>`);
      if (path === '/huge.xml') return xml(`<urlset>${Array.from({ length: 100_000 }, (_, i) => `<url><loc>${origin}/p/${i}</loc><lastmod>2026-11-${String((i % 28) + 1).padStart(2, '0')}</lastmod></url>`).join('')}</urlset>`);
      if (path === '/lol.xml') {
        const ents = ['<!ENTITY a "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa">', ...Array.from({ length: 12 }, (_, i) => `<!ENTITY e${i} "${`&${i ? `e${i - 1}` : 'a'};`.repeat(12)}">`)];
        return xml(`<?xml version="1.0"?><!DOCTYPE rss [${ents.join('')}]><rss><channel><title>&e11;</title><item><title>&e11;</title><link>${origin}/p/7</link></item></channel></rss>`);
      }
      if (path === '/fake.xml.gz') return void res.writeHead(200, { 'content-type': 'application/gzip' }).end(Buffer.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3, 0xde, 0xad, 0xbe, 0xef]));
      if (path === '/broken.xml') return xml('<rss><channel><item><link>');
      const m = /^\/p\/(\d+)/.exec(path);
      if (m) return void res.writeHead(200, { 'content-type': 'text/html' }).end(PAGE(Number(m[1])));
      res.writeHead(404).end();
    });
    origin = server.origin;
    tmp = tempDir();
  });
  afterEach(async () => {
    await server.close();
    tmp.cleanup();
  });

  it('follows a sitemap index cycle once', async () => {
    const res = await cli(['crawl', server.url('/a.xml'), ...fast(join(tmp.dir, 's.db'))]);
    expect(res.code).toBe(0);
    expect(res.records).toHaveLength(2);
    expect(hits.filter((h) => h.startsWith('/a.xml'))).toHaveLength(1);
    // b.xml?again is another document by URL, but it lists the same children; nothing loops.
    expect(hits.filter((h) => h.startsWith('/b.xml')).length).toBeLessThanOrEqual(2);
  });

  it('takes a 100,000-entry sitemap in bounded time, fetching only what the filters keep', async () => {
    const started = performance.now();
    // One retry: the parse blocks this process (server included) long enough for a kept-alive socket to be reset.
    const res = await cli(['crawl', server.url('/huge.xml'), ...fast(join(tmp.dir, 's.db')), '--max-per-source', '3', '--max-bytes', '20000000', '--retries', '1']);
    expect(performance.now() - started).toBeLessThan(15_000);
    expect(res.records).toHaveLength(3);
    expect(res.stderr).toMatch(/50000 items · 3 written/);
    expect(hits.filter((h) => h.startsWith('/p/'))).toHaveLength(3);
  });

  it('does not expand entities, and reports gzip that is not gzip and broken XML as source errors', async () => {
    const res = await cli(['crawl', server.url('/lol.xml'), server.url('/fake.xml.gz'), server.url('/broken.xml'), ...fast(join(tmp.dir, 's.db'))]);
    expect(res.code).toBe(1);
    expect(res.records).toHaveLength(1);
    expect(res.stderr).toMatch(/fake\.xml\.gz: BAD_ENCODING/);
    expect(res.stderr).toMatch(/broken\.xml: FEED_PARSE: malformed XML/);
    expect(res.stdout.length).toBeLessThan(100_000);
  });
});
