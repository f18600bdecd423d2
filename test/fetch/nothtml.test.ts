import { deflateSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeDispatchers } from '../../src/fetch/http.js';
import { fetchPage } from '../../src/fetch/page.js';
import { decodeHtml } from '../../src/fetch/sniff.js';
import { get } from '../../src/pipeline.js';
import { startServer } from '../helpers/server.js';
import type { TestServer } from '../helpers/server.js';
import { failure, testOptions } from './helpers.js';

/** A deterministic pseudo-random byte string (xorshift), standing in for any binary file. */
function noise(n: number, seed = 7): Buffer {
  const out = Buffer.alloc(n);
  let x = seed;
  for (let i = 0; i < n; i++) {
    x ^= x << 13; x ^= x >>> 17; x ^= x << 5;
    out[i] = x & 0xff;
  }
  return out;
}

const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), noise(2000)]);
const PDF = Buffer.concat([Buffer.from('%PDF-1.7\n'), noise(2000)]);
const ANSWERS: Record<string, [string | null, Buffer]> = {
  '/pdf': ['application/pdf', PDF],
  '/png': ['image/png', PNG],
  '/json': ['application/json', Buffer.from('{"title":"not a page"}')],
  '/pdf-as-html': ['text/html', PDF],
  '/png-as-html': ['text/html; charset=utf-8', PNG],
  '/noise-as-html': ['text/html', noise(8000)],
  '/deflated-as-html': ['text/html', deflateSync(noise(8000))],
  '/json-as-html': ['text/html', Buffer.from('[{"id":1,"title":"an API answer"}]')],
  '/json-with-markup-as-html': ['text/html', Buffer.from('{"title":"an API answer","body":"<p>markup in a string</p>"}')],
  '/sitemap-as-html': ['text/html', Buffer.from('<?xml version="1.0"?><urlset><url><loc>http://x/a</loc></url></urlset>')],
  '/untyped-noise': [null, noise(4000)],
  '/plain-text': ['text/plain', Buffer.from('User-agent: *\nDisallow: /\n')],
  '/plain-html': ['text/plain', Buffer.from('<!doctype html><html><body><p>mislabelled page</p></body></html>')],
  '/untyped-html': [null, Buffer.from('<html><body><p>no type at all</p></body></html>')],
  '/untyped-fragment': [null, Buffer.from('Breaking: <b>the body has <p>no html element</p></b>')],
  '/rss-as-xml': ['application/xml', Buffer.from('<?xml version="1.0"?><rss version="2.0"><channel><title>News</title><link>http://x/</link><item><title>a</title></item></channel></rss>')],
  '/xhtml-as-xml': ['text/xml', Buffer.from('<?xml version="1.0"?><!DOCTYPE html><html xmlns="http://www.w3.org/1999/xhtml"><body><p>x</p></body></html>')],
  '/nul-page': ['text/html', Buffer.concat([Buffer.from('<html><body><p>a NUL'), Buffer.from([0]), Buffer.from(' inside</p></body></html>')])],
};

let server: TestServer;
beforeAll(async () => {
  server = await startServer((req, res) => {
    const answer = ANSWERS[req.url ?? ''];
    if (!answer) return void res.writeHead(404).end();
    const [type, body] = answer;
    // Node adds no Content-Type of its own, so "untyped" answers really have none.
    res.writeHead(200, type ? { 'content-type': type } : {});
    res.end(body);
  });
});
afterAll(async () => {
  await closeDispatchers();
  await server.close();
});

describe('answers that are not pages', () => {
  it.each(['/pdf', '/png', '/json', '/pdf-as-html', '/png-as-html', '/noise-as-html', '/deflated-as-html', '/json-as-html', '/json-with-markup-as-html', '/sitemap-as-html', '/untyped-noise', '/plain-text', '/rss-as-xml'])(
    '%s is NOT_HTML',
    async (path) => {
      await failure(fetchPage(server.url(path), testOptions()), 'NOT_HTML');
    },
  );

  it('names what it found', async () => {
    expect((await failure(fetchPage(server.url('/pdf-as-html'), testOptions()), 'NOT_HTML')).error.message).toContain('PDF');
    expect((await failure(fetchPage(server.url('/json'), testOptions()), 'NOT_HTML')).error.message).toContain('application/json');
  });

  it('becomes an error record through get(), not a crash', async () => {
    const record = await get(server.url('/png-as-html'), testOptions(), { trusted: true });
    expect(record).toMatchObject({ url: server.url('/png-as-html'), error: { code: 'NOT_HTML', stage: 'fetch' } });
  });
});

describe('pages with odd labels', () => {
  it.each(['/plain-html', '/untyped-html', '/nul-page', '/untyped-fragment', '/xhtml-as-xml'])('%s is read as a page', async (path) => {
    const page = await fetchPage(server.url(path), testOptions());
    expect(page.html).toContain('<p>');
  });

  it('reads a UTF-16 page (half its bytes are NUL) as a page', () => {
    const body = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('<html><body><p>wide</p></body></html>', 'utf16le')]);
    expect(decodeHtml(body, 'text/html', 'u').text).toContain('<p>wide</p>');
  });
});
