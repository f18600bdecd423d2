import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeDispatchers, fetchResource } from '../../src/fetch/http.js';
import { startServer } from '../helpers/server.js';
import type { TestServer } from '../helpers/server.js';
import { failure, testOptions } from './helpers.js';

let server: TestServer;

beforeAll(async () => {
  server = await startServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const p = url.pathname;
    const hop = (status: number, location: string) => {
      res.writeHead(status, { location });
      res.end();
    };
    if (p === '/a') return hop(301, '/b');
    if (p === '/b') return hop(302, 'c?x=1'); // relative to /b
    if (p === '/c') return hop(303, `${server.origin}/d#frag`);
    if (p === '/d') return hop(307, '//127.0.0.1:' + new URL(server.origin).port + '/final');
    if (p === '/final') {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end('<p>arrived</p>');
      return;
    }
    if (p === '/loop1') return hop(302, '/loop2');
    if (p === '/loop2') return hop(302, '/loop1');
    if (p === '/self') return hop(308, '/self');
    const chain = /^\/chain\/(\d+)$/.exec(p);
    if (chain) {
      const n = Number(chain[1]);
      if (n > 0) return hop(302, `/chain/${n - 1}`);
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end('<p>end</p>');
      return;
    }
    if (p === '/to') return hop(302, url.searchParams.get('l') ?? '');
    if (p === '/nolocation') {
      res.writeHead(302);
      res.end();
      return;
    }
    res.writeHead(404);
    res.end();
  });
});
afterAll(async () => {
  await closeDispatchers();
  await server.close();
});

describe('redirects', () => {
  it('follows a chain of 301, relative 302, 303 with a fragment and a scheme-relative 307', async () => {
    const res = await fetchResource(server.url('/a'), testOptions());
    expect(res.status).toBe(200);
    expect(res.finalUrl).toBe(server.url('/final'));
    expect(res.redirects).toEqual([server.url('/a'), server.url('/b'), server.url('/c?x=1'), server.url('/d')]);
    expect(res.body.toString()).toBe('<p>arrived</p>');
  });

  it('detects a two-step loop and a self-redirect', async () => {
    const loop = await failure(fetchResource(server.url('/loop1'), testOptions()), 'REDIRECT_LOOP');
    expect(loop.error.message).toContain('/loop1');
    await failure(fetchResource(server.url('/self'), testOptions()), 'REDIRECT_LOOP');
  });

  it('follows exactly maxRedirects and refuses one more', async () => {
    const ok = await fetchResource(server.url('/chain/10'), testOptions());
    expect(ok.redirects).toHaveLength(10);
    const before = server.requests.length;
    const { error } = await failure(fetchResource(server.url('/chain/11'), testOptions()), 'TOO_MANY_REDIRECTS');
    expect(error.message).toContain('10');
    expect(server.requests.length - before).toBe(11);
  });

  it('stops a chain of 100 redirects after the default cap of 10, quickly', async () => {
    const before = server.requests.length;
    const { ms } = await failure(fetchResource(server.url('/chain/100'), testOptions()), 'TOO_MANY_REDIRECTS');
    expect(server.requests.length - before).toBe(11);
    expect(ms).toBeLessThan(2_000);
  });

  it('follows all 100 when allowed to', async () => {
    const res = await fetchResource(server.url('/chain/100'), testOptions({ maxRedirects: 100 }));
    expect(res.redirects).toHaveLength(100);
  });

  it.each(['file:///etc/passwd', 'data:text/html,<p>hi</p>', 'ftp://127.0.0.1/x', 'javascript:alert(1)', 'gopher://127.0.0.1:6379/_INFO'])(
    'refuses a redirect to %s',
    async (target) => {
      const { error } = await failure(fetchResource(server.url(`/to?l=${encodeURIComponent(target)}`), testOptions()), 'BAD_REDIRECT');
      expect(error.status).toBe(302);
    },
  );

  it('refuses a redirect without Location or to an unparsable one', async () => {
    await failure(fetchResource(server.url('/nolocation'), testOptions()), 'BAD_REDIRECT');
    await failure(fetchResource(server.url(`/to?l=${encodeURIComponent('http://[::1')}`), testOptions()), 'BAD_REDIRECT');
  });

  it('rejects non-http start URLs as INVALID_URL', async () => {
    await failure(fetchResource('file:///etc/passwd', testOptions()), 'INVALID_URL');
    await failure(fetchResource('not a url', testOptions()), 'INVALID_URL');
  });
});
