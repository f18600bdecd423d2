import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '../helpers/server.js';
import type { TestServer } from '../helpers/server.js';
import { ndjson, runCli } from './io.js';
import { articleHtml } from './pages.js';

/** Requests open at once over every server of a test, to see hosts proceed side by side. */
const overall = { open: 0, peak: 0 };

/** A server that holds each answer briefly and records how many requests were open at once. */
async function countingServer(): Promise<{ server: TestServer; peak: () => number }> {
  let open = 0;
  let peak = 0;
  const server = await startServer(async (_req, res) => {
    open++;
    overall.open++;
    peak = Math.max(peak, open);
    overall.peak = Math.max(overall.peak, overall.open);
    await new Promise((r) => setTimeout(r, 120));
    open--;
    overall.open--;
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(articleHtml('Harbour reopens'));
  });
  return { server, peak: () => peak };
}

let a: Awaited<ReturnType<typeof countingServer>>;
let b: Awaited<ReturnType<typeof countingServer>>;
beforeAll(async () => {
  a = await countingServer();
  b = await countingServer();
});
afterAll(async () => {
  await a.server.close();
  await b.server.close();
});

describe('per-host concurrency', () => {
  it('sends one request at a time to a host by default', async () => {
    const c = await countingServer();
    try {
      const r = await runCli(['get', ...[0, 1, 2].map((i) => c.server.url(`/s${i}`)), '--retries', '0', '--delay', '0']);
      expect(r.code).toBe(0);
      expect(c.peak()).toBe(1);
    } finally {
      await c.server.close();
    }
  });

  it('sends at most --per-host requests at once to one host, while other hosts proceed', async () => {
    const urls = [...Array(6).keys()].flatMap((i) => [a.server.url(`/a${i}`), b.server.url(`/b${i}`)]);
    overall.peak = 0;
    const r = await runCli(['get', ...urls, '--retries', '0', '--delay', '0', '--per-host', '2']);
    expect(r.code).toBe(0);
    expect(ndjson(r.stdout).map((rec) => rec.url)).toEqual(urls);
    expect(a.peak()).toBe(2);
    expect(b.peak()).toBe(2);
    // The limit is per host: with two hosts, more than two requests were open at once.
    expect(overall.peak).toBeGreaterThan(2);
    expect(overall.peak).toBeLessThanOrEqual(4);
  });

  it('honours --per-host and --concurrency', async () => {
    const c = await countingServer();
    try {
      const urls = [...Array(8).keys()].map((i) => c.server.url(`/c${i}`));
      await runCli(['get', ...urls, '--per-host', '4', '--retries', '0', '--delay', '0']);
      expect(c.peak()).toBe(4);
      const d = await countingServer();
      try {
        await runCli(['get', ...[...Array(6).keys()].map((i) => d.server.url(`/d${i}`)), '--per-host', '4', '--concurrency', '1', '--retries', '0', '--delay', '0']);
        expect(d.peak()).toBe(1);
      } finally {
        await d.server.close();
      }
    } finally {
      await c.server.close();
    }
  });
});
