/**
 * A feed that answers with an HTML page (a maintenance or error page, HTTP 200) is a feed that
 * failed, not a site's home page: the crawl does not turn to the sitemaps robots.txt lists, and
 * reads the feed again on the next run.
 */
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isErrorRecord } from '../../src/record/types.js';
import type { ArticleRecord, CopydeskRecord } from '../../src/record/types.js';
import { STORY_SENTENCES } from '../helpers/story.js';
import { startServer } from '../helpers/server.js';
import type { TestServer } from '../helpers/server.js';
import { cli, fast, tempDir } from './helpers.js';

const paths = (records: CopydeskRecord[]): string[] =>
  records.filter((r): r is ArticleRecord => !isErrorRecord(r)).map((r) => new URL(r.url).pathname).sort();

function story(name: string): string {
  const paras = STORY_SENTENCES.map((s) => `<p>${s} (${name})</p>`).join('');
  return `<!doctype html><html lang="en"><head><title>Story ${name}</title><meta property="og:type" content="article"></head><body><article><h1>Story ${name}</h1>${paras}</article></body></html>`;
}

const MAINTENANCE = '<!doctype html><html><head><title>Down for maintenance</title></head><body><p>Back soon.</p></body></html>';

describe('an HTML page where a feed was', () => {
  let server: TestServer;
  let tmp: ReturnType<typeof tempDir>;
  /** What the feed gives: its items, or the maintenance page. */
  let feed: string[] | 'maintenance' = [];
  beforeEach(async () => {
    tmp = tempDir();
    server = await startServer((req, res) => {
      const path = new URL(req.url ?? '/', 'http://x').pathname;
      if (path === '/robots.txt') return void res.writeHead(200, { 'content-type': 'text/plain' }).end(`Sitemap: ${server.origin}/sitemap.xml\n`);
      if (path === '/sitemap.xml') return void res.writeHead(200, { 'content-type': 'application/xml' }).end(`<urlset>${[1, 2, 3].map((i) => `<url><loc>${server.origin}/archive/${i}.html</loc></url>`).join('')}</urlset>`);
      if (path === '/') return void res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><html><head><link rel="alternate" type="application/rss+xml" href="/section/feed.xml"></head><body></body></html>');
      if (path === '/section/feed.xml') {
        if (feed === 'maintenance') return void res.writeHead(200, { 'content-type': 'text/html' }).end(MAINTENANCE);
        return void res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(`<rss><channel>${feed.map((p) => `<item><link>${server.origin}${p}</link></item>`).join('')}</channel></rss>`);
      }
      const m = /^\/(?:archive|news\/2026\/11)\/(\w+)\.html$/.exec(path);
      if (m?.[1]) return void res.writeHead(200, { 'content-type': 'text/html' }).end(story(m[1]));
      res.writeHead(404).end();
    });
  });
  afterEach(async () => {
    await server.close();
    tmp.cleanup();
  });

  it('a feed source that answers with a page fails, and is read again next run; the site\'s sitemaps are left alone', async () => {
    const args = ['crawl', server.url('/section/feed.xml'), ...fast(join(tmp.dir, 'state.db')), '--no-workers'];
    feed = ['/news/2026/11/a.html'];
    const first = await cli(args);
    expect(paths(first.records), first.stderr).toEqual(['/news/2026/11/a.html']);
    feed = 'maintenance';
    const down = await cli(args);
    expect(down.records).toEqual([]);
    expect(down.stderr).toContain('FEED_PARSE');
    expect(down.code).toBe(1);
    feed = ['/news/2026/11/a.html', '/news/2026/11/b.html'];
    const back = await cli(args);
    expect(paths(back.records)).toEqual(['/news/2026/11/b.html']);
    expect(server.requests.filter((r) => r.startsWith('/sitemap') || r.startsWith('/archive'))).toEqual([]);
  });

  it('a feed a home page announces that answers with a page fails; the site\'s sitemaps are left alone', async () => {
    feed = 'maintenance';
    const res = await cli(['crawl', server.url('/'), ...fast(join(tmp.dir, 'state.db'))]);
    expect(res.records).toEqual([]);
    expect(res.stderr).toContain('FEED_PARSE');
    expect(res.code).toBe(1);
    expect(server.requests.filter((r) => r.startsWith('/sitemap') || r.startsWith('/archive'))).toEqual([]);
  });
});
