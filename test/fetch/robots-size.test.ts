import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { fetchResource } from '../../src/fetch/http.js';
import { RobotsCache, ROBOTS_MAX_BYTES, robotsText } from '../../src/fetch/robots.js';
import { isErrorRecord } from '../../src/record/types.js';
import { cli, startSite } from '../crawl/helpers.js';
import type { Site } from '../crawl/helpers.js';
import { startServer } from '../helpers/server.js';
import type { TestServer } from '../helpers/server.js';
import { failure, testOptions } from './helpers.js';

/**
 * A robots.txt longer than 500 KiB: RFC 9309 (section 2.5) has crawlers parse at least that
 * much and lets them ignore the rest, so its first ROBOTS_MAX_BYTES bytes apply (less the line
 * the cut falls in) instead of the whole host being refused with TOO_LARGE. Pages over the
 * size limit are still refused.
 */

const RULES = 'User-agent: *\nDisallow: /private/\n';

/** Exactly `bytes` bytes of comment lines (ASCII, so characters are bytes). */
function comments(bytes: number): string {
  let out = '';
  for (let i = 0; bytes - out.length >= 160; i++) out += `# filler line ${i} `.padEnd(79, '.') + '\n';
  return out + '#'.padEnd(bytes - out.length - 1, '.') + '\n';
}

/** About 1 MB: the rules at the top, then comments. */
const BIG = RULES + comments(1_000_000);

let server: TestServer | null = null;
let site: Site | null = null;
afterEach(async () => {
  await server?.close();
  await site?.close();
  server = null;
  site = null;
});

/** A server answering every path with `body`, whole (Content-Length), in chunks (no length) or gzipped. */
async function serve(body: string, how: 'length' | 'chunked' | 'gzip'): Promise<TestServer> {
  server = await startServer((_req, res) => {
    const bytes = Buffer.from(body);
    if (how === 'gzip') {
      res.writeHead(200, { 'content-type': 'text/plain', 'content-encoding': 'gzip' });
      res.end(gzipSync(bytes));
    } else if (how === 'length') {
      res.writeHead(200, { 'content-type': 'text/plain', 'content-length': String(bytes.length) });
      res.end(bytes);
    } else {
      res.writeHead(200, { 'content-type': 'text/plain' });
      for (let at = 0; at < bytes.length; at += 64 * 1024) res.write(bytes.subarray(at, at + 64 * 1024));
      res.end();
    }
  });
  return server;
}

function robotsCache(): RobotsCache {
  const opts = testOptions({ maxBytes: ROBOTS_MAX_BYTES, retries: 0 });
  return new RobotsCache((url, trusted) => fetchResource(url, opts, { trusted, truncate: true }), null, { userAgent: 'copydesk/1.0' });
}

describe('fetching with truncate', () => {
  for (const how of ['length', 'chunked', 'gzip'] as const) {
    it(`keeps the first maxBytes bytes of a longer body (${how}); without truncate the body is refused`, async () => {
      const s = await serve(BIG, how);
      const opts = testOptions({ maxBytes: ROBOTS_MAX_BYTES, retries: 0 });
      const res = await fetchResource(s.url('/robots.txt'), opts, { truncate: true });
      expect(res.truncated).toBe(true);
      expect(res.body.length).toBe(ROBOTS_MAX_BYTES);
      expect(res.body.equals(Buffer.from(BIG).subarray(0, ROBOTS_MAX_BYTES))).toBe(true);
      // Pages are fetched without truncate: still TOO_LARGE.
      await failure(fetchResource(s.url('/news/page.html'), opts), 'TOO_LARGE');
    });
  }

  it('leaves a body within the limit whole and unmarked', async () => {
    const s = await serve(RULES, 'chunked');
    const res = await fetchResource(s.url('/robots.txt'), testOptions({ maxBytes: ROBOTS_MAX_BYTES }), { truncate: true });
    expect(res.body.toString('utf8')).toBe(RULES);
    expect(res.truncated).toBeUndefined();
  });
});

describe('a robots.txt past 500 KiB', () => {
  for (const how of ['length', 'chunked'] as const) {
    it(`applies the rules at its top (${how})`, async () => {
      const s = await serve(BIG, how);
      const robots = robotsCache();
      await expect(robots.assertAllowed(s.url('/news/harbour.html'), true)).resolves.toBeTruthy();
      await expect(robots.assertAllowed(s.url('/private/plans.html'), true)).rejects.toMatchObject({ code: 'ROBOTS_DISALLOWED', message: 'disallowed by robots.txt' });
      expect(s.requests).toEqual(['/robots.txt']);
    });
  }

  it('drops the line the cut falls in', async () => {
    // The cut leaves "Disallow: /" of "Disallow: /archive/": read whole, it would refuse every path.
    const before = RULES + comments(ROBOTS_MAX_BYTES - RULES.length - 'Disallow: /'.length);
    const s = await serve(`${before}Disallow: /archive/\n${comments(300_000)}`, 'length');
    const robots = robotsCache();
    await expect(robots.assertAllowed(s.url('/news/harbour.html'), true)).resolves.toBeTruthy();
    await expect(robots.assertAllowed(s.url('/private/plans.html'), true)).rejects.toMatchObject({ code: 'ROBOTS_DISALLOWED' });
  });

  it('still reads a small robots.txt as before', async () => {
    const s = await serve(`${RULES}Crawl-delay: 2\n`, 'length');
    const robots = robotsCache();
    const rules = await robots.assertAllowed(s.url('/news/harbour.html'), true);
    expect(rules.crawlDelayMs).toBe(2000);
    await expect(robots.assertAllowed(s.url('/private/plans.html'), true)).rejects.toMatchObject({ code: 'ROBOTS_DISALLOWED' });
  });
});

describe('robotsText', () => {
  it('cuts at ROBOTS_MAX_BYTES and drops a partial last line, but keeps a line that ends at the limit', () => {
    const whole = RULES + comments(ROBOTS_MAX_BYTES - RULES.length);
    expect(robotsText(Buffer.from(`${whole}Disallow: /\n`))).toBe(whole);
    expect(robotsText(Buffer.from(`${whole.slice(0, -1)}xDisallow: /\n`))).toBe(whole.slice(0, whole.lastIndexOf('\n', whole.length - 2) + 1));
    expect(robotsText(Buffer.from('Disallow: /a\nDisallow: /b'), true)).toBe('Disallow: /a\n');
    expect(robotsText(Buffer.from('Disallow: /a\nDisallow: /b'))).toBe('Disallow: /a\nDisallow: /b');
  });
});

describe('copydesk get with several URLs on a host with a robots.txt past 500 KiB', () => {
  const paths = ['/news/harbour-reopens.html', '/private/secret-plans.html'];
  const codes = (records: Awaited<ReturnType<typeof cli>>['records']): string[] => records.map((r) => (isErrorRecord(r) ? r.error.code : 'ok'));

  it('reads the page under / and refuses the one under /private/ with ROBOTS_DISALLOWED', async () => {
    site = await startSite({
      override: (path, _req, res) => {
        if (path !== '/robots.txt') return false;
        res.writeHead(200, { 'content-type': 'text/plain', 'content-length': String(Buffer.byteLength(BIG)) });
        res.end(BIG);
        return true;
      },
    });
    const res = await cli(['get', ...paths.map((p) => (site as Site).url(p)), '--delay', '0', '--allow-private', '--format', 'ndjson']);
    expect(codes(res.records)).toEqual(['ok', 'ROBOTS_DISALLOWED']);
  });

  it('and with the site’s small robots.txt, the same', async () => {
    site = await startSite();
    const res = await cli(['get', ...paths.map((p) => (site as Site).url(p)), '--delay', '0', '--allow-private', '--format', 'ndjson']);
    expect(codes(res.records)).toEqual(['ok', 'ROBOTS_DISALLOWED']);
  });
});
