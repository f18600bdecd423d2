import { Agent, request } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeDispatchers, fetchResource } from '../../src/fetch/http.js';
import { embeddedIpv4, guardedConnector, internalName, isBlockedAddress } from '../../src/fetch/guard.js';
import { sameSite } from '../../src/fetch/redirect.js';
import type { Resolver } from '../../src/fetch/guard.js';
import { fetchPage } from '../../src/fetch/page.js';
import { get } from '../../src/pipeline.js';
import { startServer } from '../helpers/server.js';
import type { TestServer } from '../helpers/server.js';
import { failure, testOptions } from './helpers.js';

/** The guard's view: loopback is not allowed unless a test says so. */
const guarded = (partial = {}) => testOptions({ allowPrivate: false, ...partial });

let inside: TestServer; // stands for a service on the private network
let site: TestServer; // the site a person asked for
beforeAll(async () => {
  inside = await startServer((_req, res) => void res.writeHead(200, { 'content-type': 'text/html' }).end('<p>secret</p>'));
  site = await startServer((req, res) => {
    const u = new URL(req.url ?? '/', 'http://x');
    if (u.pathname === '/same') return void res.writeHead(302, { location: '/page' }).end();
    if (u.pathname === '/away') return void res.writeHead(302, { location: u.searchParams.get('to') ?? '' }).end();
    if (u.pathname === '/creds') return void res.writeHead(302, { location: `${inside.origin}/` }).end();
    res.writeHead(200, { 'content-type': 'text/html' }).end('<p>public page</p>');
  });
});
afterAll(async () => {
  await closeDispatchers();
  await Promise.all([inside.close(), site.close()]);
});

describe('isBlockedAddress', () => {
  it.each([
    '127.0.0.1', '127.255.255.254', '10.1.2.3', '172.16.0.1', '172.31.255.255', '192.168.1.1', '169.254.169.254',
    '100.64.0.1', '100.127.255.255', '0.0.0.0', '255.255.255.255', '224.0.0.1', '::', '::1', '[::1]', 'fc00::1',
    'fd12:3456::1', 'fe80::1', 'fe80::1%eth0', '::ffff:127.0.0.1', '::ffff:7f00:1', '::ffff:169.254.169.254',
    '::ffff:10.0.0.1', '::127.0.0.1', '64:ff9b::a00:1', '203.0.113.7', 'localhost', 'not-an-address', '',
  ])('blocks %s', (address) => expect(isBlockedAddress(address)).toBe(true));

  // Every IPv6 form that hands the connection to a private IPv4 address (here 127.0.0.1,
  // 10.0.0.1, 169.254.169.254 and 192.168.0.1).
  it.each([
    ['IPv4-mapped', '::ffff:7f00:1'],
    ['IPv4-mapped, dotted', '::ffff:169.254.169.254'],
    ['IPv4-translated', '::ffff:0:7f00:1'],
    ['IPv4-translated, dotted', '::ffff:0:10.0.0.1'],
    ['IPv4-compatible', '::a9fe:a9fe'],
    ['NAT64', '64:ff9b::c0a8:1'],
    ['NAT64, dotted', '64:ff9b::127.0.0.1'],
    ['local-use NAT64', '64:ff9b:1::a00:1'],
    ['6to4', '2002:7f00:1::'],
    ['6to4 with a host part', '2002:a00:1:5::1234'],
    ['Teredo (client 127.0.0.1 stored inverted)', '2001:0:4136:e378:8000:63bf:80ff:fffe'],
    ['Teredo (client 192.168.0.1), written in full', '2001:0000:4136:e378:8000:63bf:3f57:fffe'],
  ])('blocks %s %s', (_form, address) => {
    expect(isBlockedAddress(address)).toBe(true);
    const v4 = embeddedIpv4(address);
    if (v4 !== null) expect(isBlockedAddress(v4)).toBe(true);
  });

  it.each(['::ffff:0:808:808', '2002:808:808::1', '2001:0:4136:e378:8000:63bf:f7f7:f7f7', '64:ff9b::101:101'])('allows %s, which embeds a public address', (address) => {
    expect(isBlockedAddress(address)).toBe(false);
    expect(embeddedIpv4(address)).toMatch(/^(8\.8\.8\.8|1\.1\.1\.1)$/);
  });

  it.each(['8.8.8.8', '1.1.1.1', '172.32.0.1', '172.15.255.255', '100.128.0.1', '169.253.0.1', '2606:4700:4700::1111', '::ffff:8.8.8.8', '64:ff9b::808:808', '2001:db9::1'])(
    'allows %s',
    (address) => expect(isBlockedAddress(address)).toBe(false),
  );
});

describe('internalName', () => {
  it.each(['intranet', 'metadata', 'instance-data', 'intranet.corp', 'INTRANET.CORP.', 'metadata.google.internal', 'ip-10-0-0-1.ec2.internal', 'printer.local', 'app.localhost', 'router.lan', 'nas.home', 'nas.home.arpa', 'db.svc', 'host.localdomain'])(
    'refuses %s',
    (host) => expect(internalName(host)).not.toBeNull(),
  );
  it.each(['news.example', 'corp.example.com', 'local.news', 'lan.com', 'home.co.uk', '127.0.0.1', '[::1]'])('leaves %s to the address checks', (host) => expect(internalName(host)).toBeNull());
});

describe('URLs not given by a person', () => {
  it.each(['127.0.0.1', 'localhost', '[::1]', '[::ffff:127.0.0.1]', '[::ffff:0:7f00:1]', '[::7f00:1]', '[2002:7f00:1::]', 'intranet.corp', 'metadata.google.internal', '0.0.0.0', '169.254.169.254', '127.1', '2130706433', '0x7f000001', '0177.0.0.1'])(
    'refuses %s with BLOCKED_ADDRESS before any request is sent',
    async (host) => {
      const port = new URL(inside.origin).port;
      const before = inside.requests.length;
      const { error, ms } = await failure(fetchResource(`http://${host}:${port}/`, guarded()), 'BLOCKED_ADDRESS');
      expect(error.retryable).toBe(false);
      expect(error.message).toContain('--allow-private');
      expect(inside.requests.length).toBe(before);
      expect(ms).toBeLessThan(1_000);
    },
  );

  it('are fetched from loopback with allowPrivate', async () => {
    const res = await fetchResource(inside.url('/'), guarded({ allowPrivate: true }));
    expect(res.body.toString()).toBe('<p>secret</p>');
  });

  it('come back from get() as BLOCKED_ADDRESS error records', async () => {
    const record = await get(inside.url('/'), guarded());
    expect(record).toMatchObject({ error: { code: 'BLOCKED_ADDRESS', stage: 'fetch' } });
  });
});

describe('URLs given by a person (trusted)', () => {
  it('are fetched from loopback, and redirects on the same origin are followed', async () => {
    const page = await fetchPage(site.url('/same'), guarded(), { trusted: true });
    expect(page.html).toBe('<p>public page</p>');
    expect(page.finalUrl).toBe(site.url('/page'));
  });

  it.each([
    ['another port on loopback', () => `${inside.origin}/`],
    ['localhost by name', () => `http://localhost:${new URL(inside.origin).port}/`],
    ['the cloud metadata address', () => 'http://169.254.169.254/latest/meta-data/'],
    ['a private 10/8 address', () => 'http://10.0.0.1/admin'],
    ['IPv6 loopback', () => `http://[::1]:${new URL(inside.origin).port}/`],
  ])('do not vouch for a redirect to %s', async (_name, target) => {
    const before = inside.requests.length;
    const { error } = await failure(fetchResource(site.url(`/away?to=${encodeURIComponent(target())}`), guarded(), { trusted: true }), 'BLOCKED_ADDRESS');
    expect(error.url).toBe(site.url(`/away?to=${encodeURIComponent(target())}`));
    expect(error.message).toMatch(/^redirect to .* not followed: refused to connect/);
    expect(inside.requests.length).toBe(before);
  });

  it('with allowPrivate, the redirect to another private host is followed', async () => {
    const res = await fetchResource(site.url(`/away?to=${encodeURIComponent(inside.url('/'))}`), guarded({ allowPrivate: true }), { trusted: true });
    expect(res.body.toString()).toBe('<p>secret</p>');
  });

  it('do not hand credentials to the origin a redirect leads to', async () => {
    const seen: Record<string, string | undefined>[] = [];
    const a = await startServer((req, res) => {
      seen.push({ host: req.headers.host, authorization: req.headers.authorization, 'x-custom': String(req.headers['x-custom']) });
      if (req.url === '/start') return void res.writeHead(302, { location: `${b.origin}/end` }).end();
      res.end('<p>a</p>');
    });
    const b = await startServer((req, res) => {
      seen.push({ host: req.headers.host, authorization: req.headers.authorization, 'x-custom': String(req.headers['x-custom']) });
      res.end('<p>b</p>');
    });
    await fetchResource(a.url('/start'), testOptions({ headers: { Authorization: 'Bearer t0ken', 'X-Custom': 'kept' } }));
    await Promise.all([a.close(), b.close()]);
    expect(seen[0]).toMatchObject({ authorization: 'Bearer t0ken', 'x-custom': 'kept' });
    expect(seen[1]).toMatchObject({ authorization: undefined, 'x-custom': 'kept' });
  });
});

describe('what a trusted URL vouches for', () => {
  const u = (s: string) => new URL(s);
  it('its origin and that origin upgraded to https, nothing else', () => {
    expect(sameSite(u('http://intranet.local/a'), u('http://intranet.local/b?c'))).toBe(true);
    expect(sameSite(u('http://intranet.local/a'), u('https://intranet.local/a'))).toBe(true);
    expect(sameSite(u('http://127.0.0.1:8080/'), u('http://127.0.0.1:8080/x'))).toBe(true);
    expect(sameSite(u('http://127.0.0.1:8080/'), u('http://127.0.0.1:6379/'))).toBe(false);
    expect(sameSite(u('http://127.0.0.1:8080/'), u('https://127.0.0.1:8080/'))).toBe(false);
    expect(sameSite(u('https://intranet.local/'), u('http://intranet.local/'))).toBe(false);
    expect(sameSite(u('http://intranet.local/'), u('http://admin.intranet.local/'))).toBe(false);
    expect(sameSite(u('http://localhost/'), u('http://127.0.0.1/'))).toBe(false);
  });
});

describe('checked where the socket is opened (DNS rebinding)', () => {
  const port = () => new URL(inside.origin).port;
  async function viaResolver(resolve: Resolver): Promise<unknown> {
    const agent = new Agent({ connect: guardedConnector({ timeout: 1_000 }, resolve) });
    try {
      const res = await request(`http://news.example:${port()}/`, { dispatcher: agent });
      await res.body.dump();
      return res.statusCode;
    } catch (err) {
      return err;
    } finally {
      await agent.close();
    }
  }

  it('refuses a name whose answer, at connect time, is loopback', async () => {
    const err = await viaResolver((_h, _o, cb) => cb(null, [{ address: '127.0.0.1', family: 4 }]));
    expect(err).toMatchObject({ code: 'BLOCKED_ADDRESS' });
  });

  it('refuses a name that answers with a public and a private address', async () => {
    const err = await viaResolver((_h, _o, cb) => cb(null, [{ address: '93.184.216.34', family: 4 }, { address: '::ffff:10.0.0.5', family: 6 }]));
    expect(err).toMatchObject({ code: 'BLOCKED_ADDRESS' });
  });

  it('looks the name up again for every new connection, so a changed answer is seen', async () => {
    const answers = ['127.0.0.1', '127.0.0.1'];
    let lookups = 0;
    const resolve: Resolver = (_h, _o, cb) => cb(null, [{ address: answers[lookups++] ?? '127.0.0.1', family: 4 }]);
    await viaResolver(resolve);
    await viaResolver(resolve);
    expect(lookups).toBe(2);
  });
});
