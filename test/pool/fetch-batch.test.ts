/**
 * `get` with many URLs and `crawl` extract fetched pages on the worker pool: the records must
 * be the same as extracting in-process. Runs the built CLI (workers need compiled JavaScript)
 * against a local site.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '../helpers/server.js';
import type { TestServer } from '../helpers/server.js';
import { BIN, ensureBuilt, page } from './build.js';

const run = promisify(execFile);
const TOPICS = ['harbour', 'library', 'bridge', 'school', 'market'];

let site: TestServer;
let dir = '';

beforeAll(async () => {
  ensureBuilt();
  dir = mkdtempSync(join(tmpdir(), 'copydesk-fetch-batch-'));
  site = await startServer((req, res) => {
    const path = req.url ?? '/';
    if (path === '/feed.xml') {
      const items = TOPICS.map((t, i) => `<item><title>${t}</title><link>${site.url(`/news/${t}-plan-agreed.html`)}</link><pubDate>Mon, 23 Nov 2026 0${i}:00:00 GMT</pubDate></item>`);
      return void res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(`<rss><channel><title>Local news</title>${items.join('')}</channel></rss>`);
    }
    const topic = /^\/news\/(\w+)-plan-agreed\.html$/.exec(path)?.[1];
    // A page with no article at all: its error record must match too.
    if (path === '/news/empty.html') return void res.writeHead(200, { 'content-type': 'text/html' }).end('<html><body></body></html>');
    if (topic && TOPICS.includes(topic)) return void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page(topic));
    res.writeHead(404).end();
  });
}, 60_000);

afterAll(async () => {
  await site?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** NDJSON records without the fields that differ from run to run. */
function records(stdout: string): Record<string, unknown>[] {
  return stdout
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as Record<string, unknown>)
    .map(({ fetchedAt: _f, ...rest }) => rest);
}

/** Runs the CLI; a non-zero exit (some pages failed) still hands back its output. */
async function cli(args: string[]): Promise<string> {
  try {
    return (await run(process.execPath, [BIN, ...args])).stdout;
  } catch (err) {
    return (err as { stdout: string }).stdout;
  }
}

describe('get with many URLs', () => {
  it('gives the same records, in input order, on the pool and in-process', async () => {
    const urls = [...TOPICS.map((t) => site.url(`/news/${t}-plan-agreed.html`)), site.url('/news/empty.html')];
    const common = ['get', ...urls, '--delay', '0', '--format', 'ndjson'];
    const pooled = records(await cli([...common, '--workers', '2']));
    const inline = records(await cli([...common, '--no-workers']));
    expect(pooled.map((r) => r.title ?? (r.error as { code: string }).code)).toEqual([...TOPICS.map((t) => `${t} plan agreed`), 'EMPTY_ARTICLE']);
    expect(pooled).toEqual(inline);
  });
});

describe('crawl', () => {
  it('gives the same records on the pool and in-process', async () => {
    const crawl = async (name: string, workers: string[]): Promise<Record<string, unknown>[]> => {
      const out = await cli(['crawl', site.url('/feed.xml'), '--state', join(dir, `${name}.db`), '--delay', '0', '--allow-private', '--retries', '0', ...workers]);
      // Items are fetched concurrently: compare them by address.
      return records(out).sort((a, b) => String(a.url).localeCompare(String(b.url)));
    };
    const pooled = await crawl('pooled', ['--workers', '2']);
    const inline = await crawl('inline', ['--no-workers']);
    expect(pooled.map((r) => r.title)).toEqual([...TOPICS].sort().map((t) => `${t} plan agreed`));
    expect(pooled.every((r) => typeof r.feed === 'object')).toBe(true);
    expect(pooled).toEqual(inline);
  });
});
