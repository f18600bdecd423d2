import { afterAll, describe, expect, it } from 'vitest';
import { errors as undiciErrors } from 'undici';
import { closeDispatchers, fetchResource, mapNetworkError } from '../../src/fetch/http.js';
import { startServer } from '../helpers/server.js';
import { drip, failure, startRawServer, testOptions } from './helpers.js';
import type { RawServer } from './helpers.js';

const servers: { close(): Promise<void> }[] = [];
async function raw(onSocket: Parameters<typeof startRawServer>[0]): Promise<RawServer> {
  const s = await startRawServer(onSocket);
  servers.push(s);
  return s;
}
afterAll(async () => {
  await closeDispatchers();
  await Promise.all(servers.map((s) => s.close()));
});

const OK_HEAD = 'HTTP/1.1 200 OK\r\ncontent-type: text/html\r\n';

// undici runs its headers and body timers on a clock that ticks about every half second, so
// those timeouts end up to a second late; the overall timeout is copydesk's own and exact.
describe('timeouts', () => {
  it('a server that accepts and never answers: FETCH_TIMEOUT from the headers timeout', async () => {
    const s = await raw(() => {});
    const { error, ms } = await failure(fetchResource(`${s.origin}/`, testOptions({ headersTimeout: 300, retries: 0 })), 'FETCH_TIMEOUT');
    expect(error.message).toMatch(/headers/);
    expect(ms).toBeLessThan(1_500);
  });

  it('retries a silent server as configured, each attempt on a new connection', async () => {
    const s = await raw(() => {});
    await failure(fetchResource(`${s.origin}/`, testOptions({ headersTimeout: 200, retries: 2 })), 'FETCH_TIMEOUT');
    expect(s.connections).toBe(3);
  });

  it('a body that trickles one byte a second: the overall timeout ends it, not the (never idle) body timeout', async () => {
    const s = await raw((socket) => {
      socket.write(`${OK_HEAD}content-length: 100000\r\n\r\n`);
      drip(socket, 'a', 1_000);
    });
    const { error, ms } = await failure(fetchResource(`${s.origin}/`, testOptions({ totalTimeout: 2_500, bodyTimeout: 1_800 })), 'FETCH_TIMEOUT');
    expect(error.message).toContain('overall timeout');
    expect(error.retryable).toBe(false);
    expect(ms).toBeGreaterThanOrEqual(2_450);
    expect(ms).toBeLessThan(3_500);
  });

  it('a body that stalls: FETCH_TIMEOUT from the body timeout', async () => {
    const s = await raw((socket) => socket.write(`${OK_HEAD}content-length: 1000\r\n\r\n<p>half`));
    const { error, ms } = await failure(fetchResource(`${s.origin}/`, testOptions({ bodyTimeout: 300, retries: 0 })), 'FETCH_TIMEOUT');
    expect(error.message).toMatch(/body/);
    expect(ms).toBeLessThan(1_500);
  });

  it('headers that never end: FETCH_TIMEOUT', async () => {
    const s = await raw((socket) => {
      socket.write('HTTP/1.1 200 OK\r\n');
      let i = 0;
      const t = setInterval(() => (socket.destroyed ? clearInterval(t) : socket.write(`x-filler-${i++}: y\r\n`)), 20);
      socket.on('close', () => clearInterval(t));
    });
    const { ms } = await failure(fetchResource(`${s.origin}/`, testOptions({ headersTimeout: 400, retries: 0 })), 'FETCH_TIMEOUT');
    expect(ms).toBeLessThan(1_500);
  });

  it('huge headers: CONNECTION, "headers too large", not retried', async () => {
    const s = await raw((socket) => socket.write(`${OK_HEAD}x-huge: ${'a'.repeat(200 * 1024)}\r\n\r\n<p>x</p>`));
    const { error, ms } = await failure(fetchResource(`${s.origin}/`, testOptions()), 'CONNECTION');
    expect(error.message).toContain('headers too large');
    expect(s.connections).toBe(1);
    expect(ms).toBeLessThan(1_500);
  });
});

describe('broken connections', () => {
  it('a reset in the middle of the body: CONNECTION, retried', async () => {
    const s = await raw((socket) => {
      socket.write(`${OK_HEAD}content-length: 100000\r\n\r\n<p>${'x'.repeat(1000)}`);
      setTimeout(() => socket.resetAndDestroy(), 30);
    });
    const { error } = await failure(fetchResource(`${s.origin}/`, testOptions({ retries: 2 })), 'CONNECTION');
    expect(error.retryable).toBe(true);
    expect(s.connections).toBe(3);
  });

  it('a reset that clears up: the retry succeeds', async () => {
    let n = 0;
    const s = await raw((socket) => {
      if (++n === 1) return void setTimeout(() => socket.resetAndDestroy(), 10);
      socket.end(`${OK_HEAD}content-length: 9\r\nconnection: close\r\n\r\n<p>ok</p>`);
    });
    const res = await fetchResource(`${s.origin}/`, testOptions());
    expect(res.body.toString()).toBe('<p>ok</p>');
  });

  it('a closed port: CONNECTION', async () => {
    const s = await startServer(() => {});
    const origin = s.origin;
    await s.close();
    const { error } = await failure(fetchResource(`${origin}/`, testOptions({ retries: 0 })), 'CONNECTION');
    expect(error.message).toContain('ECONNREFUSED');
  });

  it('garbage instead of HTTP: CONNECTION', async () => {
    const s = await raw((socket) => socket.end('SSH-2.0-OpenSSH_9.6\r\n'));
    await failure(fetchResource(`${s.origin}/`, testOptions({ retries: 0 })), 'CONNECTION');
  });

  it('a name that does not resolve: DNS', async () => {
    const { error, ms } = await failure(fetchResource('http://no-such-host.invalid/', testOptions({ retries: 0 })), 'DNS');
    expect(error.message).toContain('no-such-host.invalid');
    expect(ms).toBeLessThan(5_000);
  });

  it('DNS failure through the guarded path too', async () => {
    await failure(fetchResource('http://no-such-host.invalid/', testOptions({ retries: 0, allowPrivate: false })), 'DNS');
  });

  it('https spoken to a plain HTTP server: TLS, not retried', async () => {
    const s = await startServer((_req, res) => void res.end('<p>plain</p>'));
    servers.push(s);
    const https = s.origin.replace('http:', 'https:');
    const { error, ms } = await failure(fetchResource(`${https}/`, testOptions({ retries: 2 })), 'TLS');
    expect(error.retryable).toBe(false);
    expect(ms).toBeLessThan(1_500);
  });

  it('a TLS handshake the server hangs up on: CONNECTION, retried', async () => {
    const s = await raw((socket) => socket.once('data', () => socket.destroy()));
    const https = s.origin.replace('http:', 'https:');
    await failure(fetchResource(`${https}/`, testOptions({ retries: 1 })), 'CONNECTION');
    expect(s.connections).toBe(2);
  });

  it('maps undici and socket errors to stable codes', () => {
    const cases: [unknown, string][] = [
      [new undiciErrors.ConnectTimeoutError(), 'FETCH_TIMEOUT'],
      [new undiciErrors.HeadersTimeoutError(), 'FETCH_TIMEOUT'],
      [new undiciErrors.BodyTimeoutError(), 'FETCH_TIMEOUT'],
      [new undiciErrors.HeadersOverflowError(), 'CONNECTION'],
      [new undiciErrors.SocketError('other side closed'), 'CONNECTION'],
      [Object.assign(new Error('getaddrinfo EAI_AGAIN x'), { code: 'EAI_AGAIN' }), 'DNS'],
      [Object.assign(new Error('self-signed certificate'), { code: 'DEPTH_ZERO_SELF_SIGNED_CERT' }), 'TLS'],
      [Object.assign(new Error('certificate has expired'), { code: 'CERT_HAS_EXPIRED' }), 'TLS'],
      [Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' }), 'CONNECTION'],
      ['a string', 'CONNECTION'],
      [null, 'CONNECTION'],
    ];
    for (const [err, code] of cases) expect(mapNetworkError(err, 'http://x/').code).toBe(code);
    expect(mapNetworkError(Object.assign(new Error('x'), { code: 'EAI_AGAIN' }), 'u').retryable).toBe(true);
    expect(mapNetworkError(Object.assign(new Error('x'), { code: 'ENOTFOUND' }), 'u').retryable).toBe(false);
  });
});
