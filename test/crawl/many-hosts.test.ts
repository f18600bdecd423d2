import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '../helpers/server.js';
import type { TestServer } from '../helpers/server.js';
import { articleHtml } from '../cli/pages.js';
import { cli, fast, tempDir } from './helpers.js';

const HOSTS = 12;
let servers: TestServer[] = [];

/** A host with a slow feed of one story: every feed is in flight at once. */
function host(n: number): Promise<TestServer> {
  let origin = '';
  const started = startServer(async (req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    if (path === '/feed.xml') {
      await new Promise((r) => setTimeout(r, 300));
      res.writeHead(200, { 'content-type': 'application/rss+xml' });
      res.end(`<?xml version="1.0"?><rss version="2.0"><channel><title>Host ${n}</title><item><title>Story ${n}</title><link>${origin}/story-${n}.html</link><pubDate>Mon, 23 Nov 2026 08:00:00 GMT</pubDate></item></channel></rss>`);
    } else if (path === `/story-${n}.html`) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(articleHtml(`Harbour story number ${n}`));
    } else {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
    }
  });
  return started.then((server) => {
    origin = server.origin;
    return server;
  });
}

beforeAll(async () => {
  servers = await Promise.all(Array.from({ length: HOSTS }, (_, n) => host(n)));
});
afterAll(async () => {
  await Promise.all(servers.map((s) => s.close()));
});

describe('copydesk crawl over many hosts at once', () => {
  it('writes every story and prints no listener warning with more than ten requests in flight', async () => {
    const warnings: string[] = [];
    const onWarning = (w: Error): void => void warnings.push(`${w.name}: ${w.message}`);
    process.on('warning', onWarning);
    const tmp = tempDir();
    try {
      const r = await cli(['crawl', ...servers.map((s) => s.url('/feed.xml')), ...fast(join(tmp.dir, 'state.db')), '--concurrency', '16', '--no-workers']);
      expect(r.code).toBe(0);
      expect(r.records.map((rec) => ('title' in rec ? rec.title : rec.error.code)).sort()).toEqual(
        Array.from({ length: HOSTS }, (_, n) => `Harbour story number ${n}`).sort(),
      );
      // Warnings are emitted on the next tick.
      await new Promise((r) => setImmediate(r));
      expect(warnings.filter((w) => w.startsWith('MaxListenersExceededWarning'))).toEqual([]);
    } finally {
      process.off('warning', onWarning);
      tmp.cleanup();
    }
  });
});
