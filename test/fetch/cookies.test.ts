import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CookieJar } from '../../src/fetch/cookies.js';
import { closeDispatchers, fetchResource } from '../../src/fetch/http.js';
import { startServer } from '../helpers/server.js';
import type { TestServer } from '../helpers/server.js';
import { failure, testOptions } from './helpers.js';

let server: TestServer;
beforeAll(async () => {
  server = await startServer((req, res) => {
    const cookie = req.headers.cookie ?? '';
    if (req.url === '/story') {
      if (cookie.includes('consent=yes')) return void res.writeHead(200, { 'content-type': 'text/html' }).end(`<p>story; cookies: ${cookie}</p>`);
      return void res.writeHead(302, { location: '/consent' }).end();
    }
    if (req.url === '/consent') return void res.writeHead(302, { location: '/story', 'set-cookie': ['consent=yes; Path=/; HttpOnly', 'seen=1; Max-Age=60'] }).end();
    // A site that sets a cookie and still sends the reader round in circles.
    if (req.url === '/circle-a') return void res.writeHead(302, { location: '/circle-b' }).end();
    if (req.url === '/circle-b') return void res.writeHead(302, { location: '/circle-a', 'set-cookie': 'tick=1' }).end();
    res.writeHead(404).end();
  });
});
afterAll(async () => {
  await closeDispatchers();
  await server.close();
});

describe('cookies along a redirect chain', () => {
  it('follows a consent redirect that comes back with a cookie, keeping the caller\'s own cookie', async () => {
    const res = await fetchResource(server.url('/story'), testOptions({ headers: { cookie: 'mine=1' } }));
    expect(res.body.toString()).toBe('<p>story; cookies: mine=1; consent=yes; seen=1</p>');
    expect(res.redirects).toEqual([server.url('/story'), server.url('/consent')]);
  });

  it('still detects a loop once the cookies stop changing', async () => {
    await failure(fetchResource(server.url('/circle-a'), testOptions()), 'REDIRECT_LOOP');
  });

  it('does not carry cookies from one fetch to the next', async () => {
    const before = server.requests.length;
    await fetchResource(server.url('/story'), testOptions());
    expect(server.requests.slice(before)).toEqual(['/story', '/consent', '/story']);
  });
});

describe('CookieJar', () => {
  const u = (s: string) => new URL(s);

  it('scopes host-only cookies to their host and Domain cookies to the domain', () => {
    const jar = new CookieJar();
    jar.store(['a=1', 'b=2; Domain=.news.example', 'c=3; Domain=other.example', 'd=4; Domain=example', 'e=5; Secure'], u('https://www.news.example/x'));
    expect(jar.header(u('https://www.news.example/y'))).toBe('a=1; b=2; e=5');
    expect(jar.header(u('http://www.news.example/y'))).toBe('a=1; b=2');
    expect(jar.header(u('https://cdn.news.example/'))).toBe('b=2');
    expect(jar.header(u('https://other.example/'))).toBe('');
  });

  it('removes cookies that expire, and ignores malformed and oversized ones', () => {
    const jar = new CookieJar();
    jar.store(['a=1', 'b=2', '=nameless', 'novalue', `big=${'x'.repeat(5000)}`], u('http://h.example/'));
    jar.store(['a=gone; Max-Age=0', 'b=gone; Expires=Thu, 01 Jan 1970 00:00:00 GMT'], u('http://h.example/'));
    expect(jar.header(u('http://h.example/'))).toBe('');
  });

  it('keeps at most 50 cookies from a flood', () => {
    const jar = new CookieJar();
    jar.store(Array.from({ length: 10_000 }, (_, i) => `c${i}=v`), u('http://h.example/'));
    expect(jar.header(u('http://h.example/')).split('; ')).toHaveLength(50);
  });
});
