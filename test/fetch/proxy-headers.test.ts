import { createServer } from 'node:http';
import type { Server } from 'node:http';
import { connect } from 'node:net';
import type { AddressInfo, Socket } from 'node:net';
import { PassThrough } from 'node:stream';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_USER_AGENT, VERSION } from '../../src/config.js';
import { run } from '../../src/cli/run.js';
import { bypassesProxy, proxyFor } from '../../src/fetch/dispatcher.js';
import { closeDispatchers, fetchResource } from '../../src/fetch/http.js';
import { startServer } from '../helpers/server.js';
import type { TestServer } from '../helpers/server.js';
import { failure, testOptions } from './helpers.js';

/** A forward proxy speaking CONNECT (what undici's ProxyAgent uses), logging each tunnel.
 * `inside` plays the network's own DNS: names only the proxy can resolve. */
async function startProxy(inside: Readonly<Record<string, string>> = {}): Promise<{ origin: string; tunnels: string[]; close(): Promise<void> }> {
  const tunnels: string[] = [];
  const sockets = new Set<Socket>();
  const server: Server = createServer((_req, res) => void res.writeHead(405).end());
  server.on('connect', (req, client: Socket, head: Buffer) => {
    tunnels.push(req.url ?? '');
    const [host = '', port = '80'] = (req.url ?? '').split(/:(?=\d+$)/);
    const name = host.replace(/^\[|\]$/g, '');
    const upstream = connect(Number(port), inside[name] ?? name, () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.write(head);
      upstream.pipe(client).pipe(upstream);
    });
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.on('error', () => {});
      s.on('close', () => sockets.delete(s));
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    tunnels,
    close: () => new Promise((resolve) => { for (const s of sockets) s.destroy(); server.close(() => resolve()); }),
  };
}

const ARTICLE = `<!doctype html><html lang="en"><head><title>Bridge reopens - Valley Post</title></head><body><article><h1>Bridge reopens</h1>
${'<p>The old bridge over the river reopened to traffic on Tuesday morning after eight months of repairs, the county said.</p>'.repeat(6)}
</article></body></html>`;

let site: TestServer;
const seen: { ua?: string; custom?: string; accept?: string }[] = [];
beforeAll(async () => {
  site = await startServer((req, res) => {
    seen.push({ ua: req.headers['user-agent'], custom: req.headers['x-desk'] as string | undefined, accept: req.headers.accept });
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(ARTICLE);
  });
});
const savedEnv = { ...process.env };
afterEach(async () => {
  for (const k of ['HTTP_PROXY', 'http_proxy', 'HTTPS_PROXY', 'https_proxy', 'NO_PROXY', 'no_proxy']) {
    if (savedEnv[k] === undefined) delete process.env[k];
    else process.env[k] = savedEnv[k];
  }
  await closeDispatchers();
});
afterAll(async () => {
  await site.close();
});

describe('request headers', () => {
  it('sends the default User-Agent naming copydesk and its version', async () => {
    await fetchResource(site.url('/'), testOptions());
    expect(DEFAULT_USER_AGENT).toMatch(new RegExp(`^copydesk/${VERSION.replace(/\./g, '\\.')} \\(.+\\)$`));
    expect(seen.at(-1)?.ua).toBe(DEFAULT_USER_AGENT);
    expect(seen.at(-1)?.accept).toContain('text/html');
  });

  it('lets options replace the User-Agent and add headers, whatever their case', async () => {
    await fetchResource(site.url('/'), testOptions({ userAgent: 'NewsBot/2', headers: { 'X-Desk': 'metro' } }));
    expect(seen.at(-1)).toMatchObject({ ua: 'NewsBot/2', custom: 'metro' });
  });

  it('turns user:password in the URL into Basic authentication', async () => {
    let auth: string | undefined;
    const s = await startServer((req, res) => { auth = req.headers.authorization; res.end('<p>x</p>'); });
    await fetchResource(s.url('/').replace('http://', 'http://desk:s%40cret@'), testOptions());
    await s.close();
    expect(auth).toBe(`Basic ${Buffer.from('desk:s@cret').toString('base64')}`);
  });

  it('refuses a header it cannot send, without retrying', async () => {
    const before = seen.length;
    const { error } = await failure(fetchResource(site.url('/'), testOptions({ headers: { 'x-a': 'b\r\nx-injected: 1' } })), 'CONNECTION');
    expect(error).toMatchObject({ retryable: false });
    expect(error.message).toContain('invalid request');
    expect(seen.length).toBe(before);
  });

  it('get on the command line: --user-agent and --header reach the server, loopback allowed', async () => {
    const out = new PassThrough();
    const err = new PassThrough();
    const chunks: Buffer[] = [];
    out.on('data', (c: Buffer) => chunks.push(c));
    err.resume();
    const code = await run(['get', site.url('/news/bridge-reopens-after-repairs'), '--user-agent', 'Desk/1', '-H', 'X-Desk: sports', '--format', 'ndjson'], {
      stdout: out, stderr: err, stdin: new PassThrough(), env: {}, cwd: process.cwd(),
    });
    const record = JSON.parse(Buffer.concat(chunks).toString()) as { title?: string; error?: unknown };
    expect(record.error).toBeUndefined();
    expect(record.title).toContain('Bridge reopens');
    expect(code).toBe(0);
    expect(seen.at(-1)).toMatchObject({ ua: 'Desk/1', custom: 'sports' });
  });
});

describe('proxies from the environment', () => {
  it('chooses the proxy per scheme and honours NO_PROXY', () => {
    const env = { HTTP_PROXY: 'http://proxy:3128', https_proxy: 'http://secure-proxy:3129', NO_PROXY: 'internal.example, .corp.example:8443,[::1]' };
    expect(proxyFor(new URL('http://news.example/'), env)).toBe('http://proxy:3128');
    expect(proxyFor(new URL('https://news.example/'), env)).toBe('http://secure-proxy:3129');
    expect(proxyFor(new URL('http://internal.example/'), env)).toBeNull();
    expect(proxyFor(new URL('http://www.internal.example/'), env)).toBeNull();
    expect(proxyFor(new URL('https://a.corp.example:8443/'), env)).toBeNull();
    expect(proxyFor(new URL('https://a.corp.example/'), env)).toBe('http://secure-proxy:3129');
    expect(proxyFor(new URL('http://[::1]:8080/'), env)).toBeNull();
    expect(proxyFor(new URL('https://x.example/'), { HTTP_PROXY: 'http://proxy:3128' })).toBe('http://proxy:3128');
    expect(proxyFor(new URL('http://x.example/'), {})).toBeNull();
    expect(bypassesProxy(new URL('http://anything/'), '*')).toBe(true);
    expect(bypassesProxy(new URL('http://notinternal.example/'), 'internal.example')).toBe(false);
  });

  it('sends requests through HTTP_PROXY', async () => {
    const proxy = await startProxy();
    try {
      process.env.HTTP_PROXY = proxy.origin;
      const res = await fetchResource(site.url('/via-proxy'), testOptions());
      expect(res.body.toString()).toContain('Bridge reopens');
      expect(proxy.tunnels).toEqual([site.origin.replace('http://', '')]);
    } finally {
      await closeDispatchers();
      await proxy.close();
    }
  });

  it('goes direct for hosts in NO_PROXY', async () => {
    const proxy = await startProxy();
    try {
      process.env.HTTP_PROXY = proxy.origin;
      process.env.NO_PROXY = '127.0.0.1';
      await fetchResource(site.url('/direct'), testOptions());
      expect(proxy.tunnels).toEqual([]);
    } finally {
      await closeDispatchers();
      await proxy.close();
    }
  });

  it('still refuses private targets of untrusted URLs when proxied, without asking the proxy', async () => {
    const proxy = await startProxy();
    try {
      process.env.HTTP_PROXY = proxy.origin;
      await failure(fetchResource(site.url('/'), testOptions({ allowPrivate: false })), 'BLOCKED_ADDRESS');
      await failure(fetchResource(`http://localhost:${new URL(site.origin).port}/`, testOptions({ allowPrivate: false })), 'BLOCKED_ADDRESS');
      expect(proxy.tunnels).toEqual([]);
    } finally {
      await closeDispatchers();
      await proxy.close();
    }
  });

  it('refuses names that can only be internal, which only the proxy could resolve', async () => {
    const inside = { 'intranet.corp': '127.0.0.1', 'metadata.google.internal': '127.0.0.1', metadata: '127.0.0.1', 'nas.local': '127.0.0.1', 'router.home.arpa': '127.0.0.1', wiki: '127.0.0.1' };
    const proxy = await startProxy(inside);
    const port = new URL(site.origin).port;
    try {
      process.env.HTTP_PROXY = proxy.origin;
      for (const name of Object.keys(inside)) {
        const { error } = await failure(fetchResource(`http://${name}:${port}/`, testOptions({ allowPrivate: false })), 'BLOCKED_ADDRESS');
        expect(error.message).toContain('internal host name');
      }
      // The same forms behind the proxy as IPv6 literals that embed 127.0.0.1.
      for (const literal of ['[::ffff:0:7f00:1]', '[::ffff:7f00:1]', '[64:ff9b::7f00:1]', '[2002:7f00:1::1]']) {
        await failure(fetchResource(`http://${literal}:${port}/`, testOptions({ allowPrivate: false })), 'BLOCKED_ADDRESS');
      }
      expect(proxy.tunnels).toEqual([]);
      // A name a person typed is trusted, and the proxy then reaches it: the refusal above was the guard's.
      const res = await fetchResource(`http://intranet.corp:${port}/`, testOptions({ allowPrivate: false }), { trusted: true });
      expect(res.body.toString()).toContain('Bridge reopens');
      expect(proxy.tunnels).toEqual([`intranet.corp:${port}`]);
    } finally {
      await closeDispatchers();
      await proxy.close();
    }
  });

  it('reports a malformed proxy variable clearly, without retrying', async () => {
    process.env.HTTP_PROXY = 'not a url';
    // A retry would wait at least 1 s (half the base delay): well apart from a busy machine's slowest answer.
    const { error, ms } = await failure(fetchResource(site.url('/'), testOptions({ retries: 2, retryBaseDelay: 2_000 })), 'CONNECTION');
    expect(error.message).toContain('proxy');
    expect(ms).toBeLessThan(800);
  });

  it('reports a proxy that is down as CONNECTION', async () => {
    const proxy = await startProxy();
    await proxy.close();
    process.env.HTTP_PROXY = proxy.origin;
    await failure(fetchResource(site.url('/'), testOptions({ retries: 0 })), 'CONNECTION');
  });
});

