import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isErrorRecord } from '../../src/record/types.js';
import type { ArticleRecord, ErrorRecord } from '../../src/record/types.js';
import { cli, fast, startSite, tempDir } from './helpers.js';
import type { Site } from './helpers.js';
import { startServer } from '../helpers/server.js';

const articles = (records: (ArticleRecord | ErrorRecord)[]): string[] =>
  records.filter((r): r is ArticleRecord => !isErrorRecord(r)).map((r) => new URL(r.url).pathname).sort();
const errors = (records: (ArticleRecord | ErrorRecord)[]): string[] =>
  records.filter(isErrorRecord).map((r) => `${r.error.code} ${new URL(r.url).pathname}`).sort();

describe('sources of every kind', () => {
  let site: Site;
  let tmp: ReturnType<typeof tempDir>;
  let state: string;
  /** robots.txt names its sitemap by a path, as many sites write it. */
  let relativeSitemap = false;
  beforeEach(async () => {
    relativeSitemap = false;
    site = await startSite({
      override: (path, _req, res) => {
        if (path === '/robots.txt' && relativeSitemap) {
          res.writeHead(200, { 'content-type': 'text/plain' });
          res.end('User-agent: *\nDisallow: /private/\n\nSitemap: /sitemap-index.xml\nSitemap: javascript:alert(1)\n');
          return true;
        }
        if (path === '/plain/') {
          res.writeHead(200, { 'content-type': 'text/html' });
          res.end('<!doctype html><html><head><title>No feeds here</title></head><body>hello</body></html>');
          return true;
        }
        if (path === '/syndicated.xml') {
          const o = site.origin;
          res.writeHead(200, { 'content-type': 'application/rss+xml' });
          res.end(`<rss><channel><title>s</title>
            <item><link>${o}/news/wire-harbour-copy.html</link><pubDate>Tue, 24 Nov 2026 08:00:00 GMT</pubDate></item>
            <item><link>${o}/news/harbour-reopens.html</link><pubDate>Fri, 20 Nov 2026 08:30:00 GMT</pubDate></item></channel></rss>`);
          return true;
        }
        // Three stories a publisher has filed with one placeholder text under their headlines.
        const placeholder = /^\/developing\/(\d)\.html$/.exec(path);
        if (placeholder) {
          const headline = ['Council approves the harbour budget', 'Farmers warn of drought losses', 'Rail union calls a strike'][Number(placeholder[1]) - 1] ?? 'None';
          res.writeHead(200, { 'content-type': 'text/html' });
          res.end(`<!doctype html><html lang="en"><head><title>${headline}</title><link rel="canonical" href="${site.origin}${path}"></head><body><article><h1>${headline}</h1>
            <p>This is a breaking news story and will be updated as more information becomes available. Our correspondents are gathering details from officials and witnesses.</p>
            <p>Refresh this page for the latest, or follow our live coverage through the day.</p></article></body></html>`);
          return true;
        }
        if (path === '/developing.xml') {
          res.writeHead(200, { 'content-type': 'application/rss+xml' });
          res.end(`<rss><channel><title>d</title>${[1, 2, 3].map((i) => `<item><link>${site.origin}/developing/${i}.html</link></item>`).join('')}</channel></rss>`);
          return true;
        }
        if (path === '/dups.xml') {
          const o = site.origin;
          res.writeHead(200, { 'content-type': 'application/rss+xml' });
          res.end(`<rss><channel><title>d</title>
            <item><link>${o}/news/harbour-reopens.html</link></item>
            <item><link>${o.replace('http://', 'HTTP://')}/news/harbour-reopens.html?utm_source=x&amp;fbclid=abc</link></item>
            <item><link>${o}/news/harbour-reopens.html#top</link></item>
            <item><link>${o}/news/wire-harbour-copy.html</link></item></channel></rss>`);
          return true;
        }
        return false;
      },
    });
    tmp = tempDir();
    state = join(tmp.dir, 'state.db');
  });
  afterEach(async () => {
    await site.close();
    tmp.cleanup();
  });

  it('finds the feed on a home page, and next time goes straight to it', async () => {
    const first = await cli(['crawl', site.url('/'), ...fast(state)]);
    expect(first.code).toBe(0);
    expect(articles(first.records)).toHaveLength(4);
    expect(site.hits().slice(0, 3)).toEqual(['200 /robots.txt', '200 /index.html'.replace('/index.html', '/'), '200 /feed.xml']);
    const before = site.log.length;
    const second = await cli(['crawl', site.url('/'), ...fast(state)]);
    expect(second.code).toBe(0);
    expect(second.records).toEqual([]);
    expect(site.log.slice(before).map((r) => `${r.status} ${r.path}`)).toEqual(['304 /feed.xml']);
  });

  it('reads a sitemap index that lists itself, a news sitemap and a gzipped one; robots.txt keeps it out of /private/', async () => {
    const res = await cli(['crawl', site.url('/sitemap-index.xml'), ...fast(state)]);
    expect(articles(res.records)).toEqual(['/news/bridge-vote.html', '/news/harbour-reopens.html', '/news/market-returns.html']);
    expect(errors(res.records)).toEqual(['ROBOTS_DISALLOWED /private/secret-plans.html']);
    expect(res.code).toBe(1);
    expect(site.hits('/sitemap-index.xml')).toHaveLength(1);
    expect(site.hits('/sitemap-pages.xml.gz')).toEqual(['200 /sitemap-pages.xml.gz']);
    expect(site.hits('/private/')).toEqual([]);
    const harbour = res.records.find((r): r is ArticleRecord => !isErrorRecord(r) && r.url.includes('harbour'));
    expect(harbour?.feed).toMatchObject({ title: 'Harbour reopens after storm repairs', categories: ['harbour', 'storms', 'ferries'], source: site.url('/sitemap-news.xml') });
  });

  it('falls back to the sitemaps robots.txt lists when a page announces no feed', async () => {
    const res = await cli(['crawl', site.url('/plain/'), ...fast(state)]);
    expect(articles(res.records)).toHaveLength(3);
    expect(site.hits('/sitemap-index.xml')).toHaveLength(1);
  });

  it('reads a sitemap robots.txt names by its path ("Sitemap: /sitemap-index.xml")', async () => {
    relativeSitemap = true;
    const res = await cli(['crawl', site.url('/plain/'), ...fast(state)]);
    expect(res.stderr).not.toContain('NO_FEED');
    expect(articles(res.records)).toHaveLength(3);
    expect(site.hits('/sitemap-index.xml')).toHaveLength(1);
    // The sitemap lists a page robots.txt keeps us out of: its error, and nothing else.
    expect(errors(res.records)).toEqual(['ROBOTS_DISALLOWED /private/secret-plans.html']);
  });

  it('reads Atom, RSS 1.0, JSON Feed and OPML sources', async () => {
    for (const [name, expected] of [['atom.xml', 2], ['rdf.xml', 2], ['feed.json', 2]] as const) {
      const res = await cli(['crawl', site.url(`/${name}`), ...fast(join(tmp.dir, `${name}.db`))]);
      expect(articles(res.records), name).toHaveLength(expected);
      expect(res.code, name).toBe(0);
    }
    const opml = join(tmp.dir, 'subs.opml');
    const { readFileSync, writeFileSync } = await import('node:fs');
    writeFileSync(opml, readFileSync(join(import.meta.dirname, '../../fixtures/crawl/site/subscriptions.opml'), 'utf8').replaceAll('{{origin}}', site.origin));
    const res = await cli(['crawl', '--opml', opml, ...fast(join(tmp.dir, 'opml.db'))]);
    // The Atom feed lists two stories the RSS feed has too: each is written once.
    expect(articles(res.records)).toHaveLength(4);
    expect(res.stderr).toMatch(/2 sources/);
  });

  it('writes a story once whatever tracking parameters, case or fragment its URL carries, and once when syndicated verbatim', async () => {
    const res = await cli(['crawl', site.url('/dups.xml'), ...fast(state)]);
    expect(articles(res.records)).toHaveLength(1);
    expect(site.hits('/news/harbour-reopens.html')).toHaveLength(1);
    expect(res.stderr).toMatch(/2 items · 1 written · 0 seen · 1 duplicates/);
    const again = await cli(['crawl', site.url('/feed.xml'), ...fast(state)]);
    // harbour is known: only the three others are new.
    expect(articles(again.records)).toHaveLength(3);
  });

  it('writes stories that share a text under different headlines each once', async () => {
    const res = await cli(['crawl', site.url('/developing.xml'), ...fast(state)]);
    expect(articles(res.records)).toEqual(['/developing/1.html', '/developing/2.html', '/developing/3.html']);
    expect(res.stderr).toMatch(/3 items · 3 written · 0 seen · 0 duplicates/);
  });

  it('keeps --out to one copy of a syndicated story even after a run was killed between writing and marking', async () => {
    const out = join(tmp.dir, 'out');
    // What a killed run leaves: the harbour story written under --out, planned but not marked done.
    const { SqliteStore } = await import('../../src/state/sqlite.js');
    const { mkdirSync, writeFileSync, readdirSync } = await import('node:fs');
    const store = SqliteStore.open(state);
    const rel = 'left/over/harbour-reopens-0000000000.json';
    await store.planItem(site.url('/news/harbour-reopens.html'), site.url('/syndicated.xml'), rel);
    await store.close();
    mkdirSync(join(out, 'left', 'over'), { recursive: true });
    writeFileSync(join(out, rel), '{}');
    const res = await cli(['crawl', site.url('/syndicated.xml'), ...fast(state), '--out', out]);
    expect(res.code).toBe(0);
    expect(res.stderr).toMatch(/1 written · 0 seen · 1 duplicates/);
    const files = readdirSync(out, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
    expect(files.map((f) => f.name)).toEqual([expect.stringMatching(/^wire-harbour-copy-[0-9a-f]{10}\.json$/)]);
  });

  it('filters with --since and --max-per-source before fetching anything', async () => {
    const since = await cli(['crawl', site.url('/feed.xml'), ...fast(state), '--since', '2026-11-22']);
    expect(articles(since.records)).toEqual(['/news/bridge-vote.html', '/news/market-returns.html']);
    expect(site.hits('/news/harbour')).toEqual([]);
    const state2 = join(tmp.dir, 'max.db');
    const one = await cli(['crawl', site.url('/feed.xml'), ...fast(state2), '--max-per-source', '1']);
    expect(articles(one.records)).toEqual(['/news/market-returns.html']);
    // The feed was not fully taken, so its validators were not saved: the next run reads it again.
    const two = await cli(['crawl', site.url('/feed.xml'), ...fast(state2), '--max-per-source', '1']);
    expect(articles(two.records)).toEqual(['/news/bridge-vote.html']);
    expect(await cli(['crawl', site.url('/feed.xml'), ...fast(state2), '--since', 'x'])).toMatchObject({ code: 2 });
  });

  it('reads --sources FILE (comments and blank lines skipped) and keeps quiet with --quiet', async () => {
    const { writeFileSync } = await import('node:fs');
    const list = join(tmp.dir, 'sources.txt');
    writeFileSync(list, `# local news\n\n${site.url('/atom.xml')}\n  ${site.url('/rdf.xml')}  \n`);
    const res = await cli(['crawl', '--sources', list, ...fast(state), '--quiet']);
    expect(res.code).toBe(0);
    expect(res.stderr).toBe('');
    // Atom lists bridge and harbour, RDF library and market.
    expect(articles(res.records)).toHaveLength(4);
    expect((await cli(['crawl', '--sources', join(tmp.dir, 'missing.txt'), ...fast(state)])).code).toBe(2);
  });

  it('refuses bad usage with exit code 2', async () => {
    expect((await cli(['crawl', ...fast(state)])).code).toBe(2);
    expect((await cli(['crawl', 'ftp://example.com/feed', ...fast(state)])).code).toBe(2);
    expect((await cli(['crawl', site.url('/feed.xml'), ...fast(state), '--max-per-source', '0'])).code).toBe(2);
  });

  it('reports a source that is no feed, and writes --summary-json', async () => {
    const summary = join(tmp.dir, 'summary.json');
    // A host with no robots.txt (404) and a page that announces no feed.
    const bare = await startServer((req, res) => {
      if (req.url === '/robots.txt') res.writeHead(404).end();
      else res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><html><head><title>x</title></head><body>hi</body></html>');
    });
    const res = await cli(['crawl', bare.url('/page.html'), site.url('/missing.xml'), ...fast(state), '--summary-json', summary]);
    await bare.close();
    expect(res.code).toBe(1);
    expect(res.stderr).toMatch(/page\.html: NO_FEED/);
    expect(res.stderr).toMatch(/missing\.xml: HTTP_STATUS: HTTP 404/);
    const { readFileSync } = await import('node:fs');
    const json = JSON.parse(readFileSync(summary, 'utf8')) as { exitCode: number; counters: { sources: number; sourcesFailed: number } };
    expect(json).toMatchObject({ exitCode: 1, counters: { sources: 2, sourcesFailed: 2 } });
  });
});

describe('a robots.txt longer than 500 KiB', () => {
  it('is read to its first 500 KiB: its rules apply and the host is not refused', async () => {
    const site = await startSite({
      override: (path, _req, res) => {
        if (path !== '/robots.txt') return false;
        res.writeHead(200, { 'content-type': 'text/plain' });
        res.end(`User-agent: *\nDisallow: /private/\n\nSitemap: ${site.url('/sitemap-index.xml')}\n${'# the same comment, line after line, past the limit\n'.repeat(20_000)}`);
        return true;
      },
    });
    const tmp = tempDir();
    try {
      const res = await cli(['crawl', site.url('/sitemap-index.xml'), ...fast(join(tmp.dir, 'state.db'))]);
      expect(articles(res.records)).toEqual(['/news/bridge-vote.html', '/news/harbour-reopens.html', '/news/market-returns.html']);
      expect(errors(res.records)).toEqual(['ROBOTS_DISALLOWED /private/secret-plans.html']);
    } finally {
      await site.close();
      tmp.cleanup();
    }
  });
});
