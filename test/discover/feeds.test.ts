import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { parseDocument, readOpml } from '../../src/discover/index.js';
import { discoverFeedLinks } from '../../src/discover/html.js';
import { isCopydeskError } from '../../src/errors.js';
import { REPO_ROOT } from '../helpers/shared.js';

const ORIGIN = 'https://courier.example';
const site = (name: string): Buffer => Buffer.from(readFileSync(join(REPO_ROOT, 'fixtures', 'crawl', 'site', name), 'utf8').replaceAll('{{origin}}', ORIGIN));
const parse = (name: string, type: string | null = null) => parseDocument(site(name), type, `${ORIGIN}/${name}`, 10_000_000);

describe('feed formats', () => {
  it('reads RSS 2.0: links with tracking params, guids, RFC 822 dates, dc:creator, "email (Name)" authors, categories', () => {
    const doc = parse('feed.xml');
    expect(doc.kind).toBe('rss');
    expect(doc.title).toBe('Wenmouth Courier & District');
    expect(doc.items.map((i) => i.url)).toEqual([
      `${ORIGIN}/news/market-returns.html?utm_source=rss&utm_medium=feed`,
      `${ORIGIN}/news/bridge-vote.html`,
      `${ORIGIN}/news/library-late-hours.html#comments`,
      `${ORIGIN}/news/harbour-reopens.html`,
    ]);
    expect(doc.items[0]).toMatchObject({ guid: 'courier-1004', publishedAt: '2026-11-23T07:15:00Z', author: 'Lena Faro', categories: ['Town', 'Shopping'] });
    expect(doc.items[1]?.author).toBe('Mara Quill');
    expect(doc.items[1]?.publishedAt).toBe('2026-11-22T16:45:00+00:00');
  });

  it('reads Atom: the alternate link (relative, resolved), published/updated, entry and feed authors, category terms', () => {
    const doc = parse('atom.xml');
    expect(doc.kind).toBe('atom');
    expect(doc.items).toEqual([
      { url: `${ORIGIN}/news/bridge-vote.html`, title: 'Council delays vote on the old rail bridge', guid: 'tag:courier.example,2026:1003', publishedAt: '2026-11-22T16:45:00Z', updatedAt: '2026-11-22T18:00:00Z', author: 'Mara Quill', categories: ['Council'] },
      { url: `${ORIGIN}/news/harbour-reopens.html`, title: 'Harbour reopens after storm repairs', guid: 'tag:courier.example,2026:1001', publishedAt: '2026-11-20T08:30:00Z', updatedAt: '2026-11-20T08:30:00Z', author: 'Courier newsdesk', categories: [] },
    ]);
  });

  it('resolves Atom links against xml:base, on the feed, the entry and the link, each relative to the one above', () => {
    const atom = `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom" xml:base="${ORIGIN}/e/"><title>t</title>
      <entry><title>One</title><link href="3.html"/></entry>
      <entry xml:base="archive/"><title>Two</title><link href="4.html"/></entry>
      <entry><title>Three</title><link xml:base="/other/" href="5.html"/></entry>
      <entry><title>Four</title><link href="/news/6.html"/></entry></feed>`;
    const doc = parseDocument(Buffer.from(atom), 'application/atom+xml', `${ORIGIN}/feeds/atom.xml`, 10_000_000);
    expect(doc.items.map((i) => i.url)).toEqual([`${ORIGIN}/e/3.html`, `${ORIGIN}/e/archive/4.html`, `${ORIGIN}/other/5.html`, `${ORIGIN}/news/6.html`]);
  });

  it('reads RFC 822 dates with a zone name or a two-digit year with their offset, whatever the machine\'s zone', () => {
    const dates = ['Mon, 02 Nov 2026 10:00:00 EST', 'Mon, 02 Nov 2026 10:00 PDT', '2 Nov 2026 10:00:00 UT', 'Mon, 02 Nov 26 10:00:00 GMT', 'Mon, 02 Nov 2026 10:00:00 +0100', 'Mon, 02 Nov 2026 10:00:00'];
    const items = dates.map((d, i) => `<item><link>${ORIGIN}/d/${i}</link><pubDate>${d}</pubDate></item>`).join('');
    const doc = parseDocument(Buffer.from(`<rss version="2.0"><channel>${items}</channel></rss>`), 'application/rss+xml', `${ORIGIN}/feed.xml`, 1e6);
    expect(doc.items.map((i) => i.publishedAt)).toEqual(['2026-11-02T10:00:00-05:00', '2026-11-02T10:00:00-07:00', '2026-11-02T10:00:00Z', '2026-11-02T10:00:00Z', '2026-11-02T10:00:00+01:00', '2026-11-02T10:00:00']);
  });

  it('takes an RSS item\'s own <link> over an <atom:link> it carries, and a guid as its address only when it is one', () => {
    const rss = `<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel>
      <item><title>a</title><atom:link rel="self" href="${ORIGIN}/api/items/1.json"/><link>${ORIGIN}/news/1.html</link></item>
      <item><title>b</title><atom:link rel="replies" href="${ORIGIN}/news/2/comments.xml"/><guid>${ORIGIN}/news/2.html</guid></item>
      <item><title>c</title><atom:link rel="alternate" href="${ORIGIN}/news/3.html"/></item>
      <item><title>d</title><guid>12345</guid></item>
      <item><title>e</title><guid>post-6</guid></item>
      <item><title>f</title><guid>/news/7.html</guid></item>
      <item><title>g</title><guid isPermaLink="true">news/8.html</guid></item>
      <item><title>h</title><guid isPermaLink="false">${ORIGIN}/news/9.html</guid></item></channel></rss>`;
    const doc = parseDocument(Buffer.from(rss), 'application/rss+xml', `${ORIGIN}/feeds/main.xml`, 1e6);
    expect(doc.items.map((i) => `${i.title} ${i.url}`)).toEqual([
      `a ${ORIGIN}/news/1.html`,
      `b ${ORIGIN}/news/2.html`,
      `c ${ORIGIN}/news/3.html`,
      `f ${ORIGIN}/news/7.html`,
      `g ${ORIGIN}/feeds/news/8.html`,
    ]);
  });

  it('gives item titles as plain text: HTML entities and markup escaped in RSS and in Atom type="html" are decoded and dropped', () => {
    const rss = `<rss version="2.0"><channel>
      <item><title>Caf&eacute; owners &hellip; protest</title><link>${ORIGIN}/1</link></item>
      <item><title>It&amp;#8217;s &lt;em&gt;live&lt;/em&gt;&nbsp;now</title><link>${ORIGIN}/2</link></item>
      <item><title><![CDATA[Tom &amp; Jerry <b>return</b>]]></title><link>${ORIGIN}/3</link></item></channel></rss>`;
    expect(parseDocument(Buffer.from(rss), 'application/rss+xml', `${ORIGIN}/feed.xml`, 1e6).items.map((i) => i.title)).toEqual(['Café owners … protest', 'It’s live now', 'Tom & Jerry return']);
    const atom = `<feed xmlns="http://www.w3.org/2005/Atom"><entry><title type="html">AT&amp;amp;T &amp;lt;b&amp;gt;wins&amp;lt;/b&amp;gt;</title><link href="${ORIGIN}/4"/></entry></feed>`;
    expect(parseDocument(Buffer.from(atom), 'application/atom+xml', `${ORIGIN}/atom.xml`, 1e6).items[0]?.title).toBe('AT&T wins');
  });

  it('reads RSS 1.0 (RDF) with Dublin Core dates and subjects', () => {
    const doc = parse('rdf.xml');
    expect(doc.kind).toBe('rdf');
    expect(doc.items).toHaveLength(2);
    expect(doc.items[0]).toMatchObject({ url: `${ORIGIN}/news/library-late-hours.html`, publishedAt: '2026-11-21T10:00:00Z', author: 'Tomas Reyl', categories: ['Libraries'] });
  });

  it('reads JSON Feed 1.1 (numeric ids, relative urls, authors, tags)', () => {
    const doc = parse('feed.json', 'application/feed+json');
    expect(doc.kind).toBe('json');
    expect(doc.items[0]).toMatchObject({ guid: '1004', author: 'Lena Faro', categories: ['Town', 'Shopping'] });
    expect(doc.items[1]).toMatchObject({ url: `${ORIGIN}/news/bridge-vote.html`, guid: '1003', updatedAt: '2026-11-22T18:00:00Z' });
  });

  it('reads a news sitemap, a sitemap index, and a gzipped sitemap recognised by its bytes', () => {
    const news = parse('sitemap-news.xml');
    expect(news.kind).toBe('sitemap');
    expect(news.items[0]).toMatchObject({ url: `${ORIGIN}/news/harbour-reopens.html`, title: 'Harbour reopens after storm repairs', publishedAt: '2026-11-20T08:30:00Z', categories: ['harbour', 'storms', 'ferries'] });
    expect(news.items[1]?.updatedAt).toBe('2026-11-22');
    const index = parse('sitemap-index.xml');
    expect(index.kind).toBe('sitemap-index');
    expect(index.links).toContain(`${ORIGIN}/sitemap-news.xml`);
    const gz = parseDocument(gzipSync(site('sitemap-pages.xml')), 'application/gzip', `${ORIGIN}/sitemap-pages.xml.gz`, 1_000_000);
    expect(gz.items.map((i) => i.url)).toContain(`${ORIGIN}/news/market-returns.html`);
  });

  it('finds feeds announced on a home page, and reads OPML lists', () => {
    expect(discoverFeedLinks(site('index.html').toString(), `${ORIGIN}/`)).toEqual([`${ORIGIN}/feed.xml`]);
    expect(parse('index.html', 'text/html').kind).toBe('html');
    expect(readOpml(site('subscriptions.opml').toString())).toEqual([`${ORIGIN}/feed.xml`, `${ORIGIN}/atom.xml`]);
  });

  it('reads a page as HTML when it is not well-formed XML: XHTML after an XML declaration, a page without <html>', () => {
    const xhtml = `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head><link rel="alternate" type="application/rss+xml" href="/rss.xml" />
<script>if (a && b) {}</script></head><body><p>Hi<br></p></body></html>`;
    const pages = [xhtml, '<head><link rel="alternate" type="application/rss+xml" href="/rss.xml"></head><body>x</body>', '<meta charset="utf-8"><title>x</title><link rel="alternate" type="application/rss+xml" href="/rss.xml">'];
    for (const page of pages) {
      const doc = parseDocument(Buffer.from(page), 'text/html', `${ORIGIN}/`, 1e6);
      expect(doc).toMatchObject({ kind: 'html', links: [`${ORIGIN}/rss.xml`] });
    }
    // A feed with processing instructions before its root is still a feed.
    const styled = `<?xml version="1.0"?><?xml-stylesheet type="text/xsl" href="/rss.xsl"?><!-- made by hand --><rss version="2.0"><channel><item><link>${ORIGIN}/a</link></item></channel></rss>`;
    expect(parseDocument(Buffer.from(styled), 'text/html', `${ORIGIN}/feed`, 1e6).kind).toBe('rss');
  });
});

describe('hostile feeds', () => {
  const url = `${ORIGIN}/evil.xml`;
  const expectCode = (fn: () => unknown, code: string): void => {
    try {
      fn();
    } catch (err) {
      expect(isCopydeskError(err) && err.code).toBe(code);
      return;
    }
    throw new Error('expected an error');
  };

  it('never expands entities declared in a DOCTYPE (billion laughs)', () => {
    const lol = ['<!ENTITY lol0 "lollollollollollollollollollol">'];
    for (let i = 1; i <= 9; i++) lol.push(`<!ENTITY lol${i} "${`&lol${i - 1};`.repeat(10)}">`);
    const xml = `<?xml version="1.0"?><!DOCTYPE rss [${lol.join('')}]><rss><channel><title>&lol9;</title><item><title>&lol9;</title><link>${ORIGIN}/a</link></item></channel></rss>`;
    const started = performance.now();
    const doc = parseDocument(Buffer.from(xml), 'application/xml', url, 1_000_000);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(doc.items[0]?.title).toBe('&lol9;');
    expect(doc.title).toBe('&lol9;');
  });

  it('never reads external entities', () => {
    const xml = `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><rss><channel><item><title>&xxe;</title><link>${ORIGIN}/a</link></item></channel></rss>`;
    const doc = parseDocument(Buffer.from(xml), 'application/xml', url, 1_000_000);
    expect(doc.items[0]?.title).toBe('&xxe;');
    expect(JSON.stringify(doc)).not.toContain('root:');
  });

  it('reads 100,000 items in bounded time, keeping the first 50,000', () => {
    const items = Array.from({ length: 100_000 }, (_, i) => `<url><loc>${ORIGIN}/n/${i}</loc></url>`).join('');
    const started = performance.now();
    const doc = parseDocument(Buffer.from(`<urlset>${items}</urlset>`), 'application/xml', url, 50_000_000);
    expect(doc.items).toHaveLength(50_000);
    expect(doc.truncated).toBe(true);
    expect(performance.now() - started).toBeLessThan(8000);
  });

  it('reports malformed XML, gzip that is not gzip, and bombs as typed errors', () => {
    expectCode(() => parseDocument(Buffer.from('<rss><channel><item><title>x</item></rss>'), 'application/xml', url, 1e6), 'FEED_PARSE');
    expectCode(() => parseDocument(Buffer.from('<rss><channel><item><link>http://a/b'), 'application/xml', url, 1e6), 'FEED_PARSE');
    expectCode(() => parseDocument(Buffer.from('<urlset><url><loc>'), 'application/xml', url, 1e6), 'FEED_PARSE');
    expectCode(() => parseDocument(Buffer.from('just some words'), 'text/plain', url, 1e6), 'FEED_PARSE');
    expectCode(() => parseDocument(Buffer.from('<html-ish><x/></html-ish>'), 'application/xml', url, 1e6), 'FEED_PARSE');
    expectCode(() => parseDocument(Buffer.from([0x1f, 0x8b, 0x08, 0x00, 1, 2, 3, 4, 5, 6, 7]), 'application/gzip', url, 1e6), 'BAD_ENCODING');
    expectCode(() => parseDocument(gzipSync(Buffer.alloc(5_000_000, 0x20)), 'application/gzip', url, 1_000_000), 'TOO_LARGE');
    // Named .gz but plain XML: read as XML.
    expect(parseDocument(site('sitemap-news.xml'), 'application/gzip', `${ORIGIN}/s.xml.gz`, 1e6).items).toHaveLength(2);
    expectCode(() => parseDocument(Buffer.from('{"items": 3}'), 'application/json', url, 1e6), 'FEED_PARSE');
  });
});
