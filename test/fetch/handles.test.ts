import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { closeDispatchers, fetchResource } from '../../src/fetch/http.js';
import { REPO_ROOT } from '../helpers/shared.js';
import { startServer } from '../helpers/server.js';
import { drip, startRawServer, testOptions } from './helpers.js';

/** Handles that keep a process alive: sockets, servers and timers. */
function liveHandles(): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const kind of process.getActiveResourcesInfo()) {
    if (/TCP|Timeout|Immediate/.test(kind)) counts[kind] = (counts[kind] ?? 0) + 1;
  }
  return counts;
}

async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) await new Promise((r) => setImmediate(r));
  await new Promise((r) => setTimeout(r, 50));
}

describe('no leaked sockets or timers', () => {
  it('leaves nothing open after successes, failures and closeDispatchers()', async () => {
    await settle();
    const before = liveHandles();
    const site = await startServer((req, res) => {
      if (req.url === '/redirect') return void res.writeHead(302, { location: '/ok' }).end();
      if (req.url === '/500') return void res.writeHead(500).end();
      if (req.url === '/bomb') return void res.writeHead(200, { 'content-encoding': 'gzip' }).end(gzipSync(Buffer.alloc(8 * 1024 * 1024)));
      res.writeHead(200, { 'content-type': 'text/html' }).end('<p>ok</p>');
    });
    const raw = await startRawServer((socket) => {
      socket.write('HTTP/1.1 200 OK\r\ncontent-length: 100000\r\n\r\n<p>');
      drip(socket, 'x', 50);
    });
    const opts = testOptions({ bodyTimeout: 300, totalTimeout: 600, retries: 1, maxBytes: 1024 * 1024 });
    const outcomes = await Promise.allSettled([
      fetchResource(site.url('/ok'), opts),
      fetchResource(site.url('/redirect'), opts),
      fetchResource(site.url('/500'), opts),
      fetchResource(site.url('/bomb'), opts),
      fetchResource(`${raw.origin}/`, opts),
      fetchResource('http://no-such-host.invalid/', opts),
    ]);
    expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'fulfilled', 'rejected', 'rejected', 'rejected', 'rejected']);
    await closeDispatchers();
    await settle();
    // The servers are still up, so any socket left is one the client kept open.
    const after = liveHandles();
    await Promise.all([site.close(), raw.close()]);
    expect(after.TCPServerWrap).toBe((before.TCPServerWrap ?? 0) + 2);
    for (const kind of ['TCPSocketWrap', 'Timeout']) expect({ kind, n: after[kind] ?? 0 }).toEqual({ kind, n: Math.min(after[kind] ?? 0, before[kind] ?? 0) });
  });
});

const CHILD = path.join(REPO_ROOT, 'dist', 'fetch', 'http.js');

describe.skipIf(!existsSync(CHILD))('a process that fetched', () => {
  it('exits by itself promptly once done (built dist/)', async () => {
    const site = await startServer((_req, res) => void res.writeHead(200, { 'content-type': 'text/html' }).end('<p>ok</p>'));
    const script = `
      const { fetchResource, closeDispatchers } = await import(${JSON.stringify(CHILD)});
      const { resolveOptions } = await import(${JSON.stringify(path.join(REPO_ROOT, 'dist', 'config.js'))});
      const opts = resolveOptions({ allowPrivate: true });
      const res = await fetchResource(${JSON.stringify(site.url('/'))}, opts);
      await fetchResource('http://no-such-host.invalid/', { ...opts, retries: 0 }).catch(() => {});
      await closeDispatchers();
      process.stdout.write(String(res.status));
    `;
    const started = performance.now();
    const child = spawn(process.execPath, ['--input-type=module', '-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    await site.close();
    expect(out).toBe('200');
    expect(code).toBe(0);
    expect(performance.now() - started).toBeLessThan(3_000);
  });
});
