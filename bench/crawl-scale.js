#!/usr/bin/env node
// Crawl scale check (run after `npm run build`):
//  1. seen-URL look-ups with 1,000,000 URLs in the state;
//  2. a crawl of HOSTS local hosts × PER_HOST articles (default 50 × 100 = 5,000), sampling
//     memory as it goes, with time per thousand articles against the politeness lower bound.
// Usage: node --expose-gc bench/crawl-scale.js [--urls 1000000] [--hosts 50] [--per-host 100] [--delay 0.02] [--workers N]
// Pages are extracted on the worker pool, one thread per core, as `copydesk crawl` does
// (--workers 0: in the main thread).
// (with --expose-gc the memory samples also give the live heap after a collection).
/* global setInterval, clearInterval, gc */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { resolveOptions } from '../dist/config.js';
import { Crawler } from '../dist/crawl/crawler.js';
import { extractArticle } from '../dist/pipeline.js';
import { closeDispatchers } from '../dist/fetch/http.js';
import { SqliteStore } from '../dist/state/sqlite.js';
import { batchThreads, openPoolExtractor } from '../dist/pool/extractor.js';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const URLS = arg('urls', 1_000_000);
const HOSTS = arg('hosts', 50);
const PER_HOST = arg('per-host', 100);
const DELAY_MS = Math.round(arg('delay', 0.02) * 1000);
const CONCURRENCY = arg('concurrency', 16);
const WORKERS = arg('workers', availableParallelism());
const mb = (n) => `${(n / 1024 / 1024).toFixed(1)} MB`;
const dir = mkdtempSync(join(tmpdir(), 'copydesk-bench-'));

async function seenLookups() {
  const path = join(dir, 'seen.db');
  const store = SqliteStore.open(path);
  const started = performance.now();
  const batch = 50_000;
  for (let b = 0; b < URLS; b += batch) {
    const rows = [];
    for (let i = b; i < Math.min(URLS, b + batch); i++) rows.push({ url: `https://news${i % 997}.example/section/${i}/story-${i}.html`, status: 'done', attempts: 1, firstSeen: i, updatedAt: i });
    store.insertItems(rows);
  }
  const insertS = (performance.now() - started) / 1000;
  const lookups = 200_000;
  let hits = 0;
  let t = performance.now();
  for (let k = 0; k < lookups; k++) {
    const i = (k * 7_919_017) % (URLS * 2);
    if (store.getItemSync(`https://news${i % 997}.example/section/${i}/story-${i}.html`)) hits++;
  }
  const syncUs = ((performance.now() - t) * 1000) / lookups;
  t = performance.now();
  for (let k = 0; k < 50_000; k++) {
    const i = (k * 7_919_017) % (URLS * 2);
    await store.getItem(`https://news${i % 997}.example/section/${i}/story-${i}.html`);
  }
  const asyncUs = ((performance.now() - t) * 1000) / 50_000;
  await store.close();
  console.log(`seen URLs: ${URLS.toLocaleString('en')} inserted in ${insertS.toFixed(1)} s; look-up ${syncUs.toFixed(1)} µs (sync), ${asyncUs.toFixed(1)} µs (through the async interface); ${hits} of ${lookups} hits (half expected); state ${mb(statSync(path).size)}`);
}

function page(host, i) {
  const p = Array.from({ length: 6 }, (_, k) => `<p>Host ${host}, story ${i}, paragraph ${k}: the council said the works on the ${['harbour', 'bridge', 'library', 'market'][k % 4]} would take ${i + k} weeks, and residents asked for the plans to be published before the meeting on day ${(i * 7 + k) % 28}.</p>`).join('');
  return `<!doctype html><html lang="en"><head><title>Story ${host}-${i}</title><meta property="og:type" content="article"></head><body><article><h1>Story ${host}-${i}</h1>${p}</article></body></html>`;
}

async function startHosts() {
  const servers = [];
  for (let h = 0; h < HOSTS; h++) {
    let origin = '';
    const server = createServer((req, res) => {
      if (req.url === '/robots.txt') return void res.writeHead(404).end();
      if (req.url === '/feed.xml') {
        const items = Array.from({ length: PER_HOST }, (_, i) => `<item><title>Story ${h}-${i}</title><link>${origin}/s/${i}.html</link></item>`).join('');
        return void res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(`<rss><channel><title>h${h}</title>${items}</channel></rss>`);
      }
      const m = /^\/s\/(\d+)\.html$/.exec(req.url ?? '');
      if (!m) return void res.writeHead(404).end();
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page(h, Number(m[1])));
    });
    await new Promise((r) => server.listen(0, '127.0.0.1', r));
    origin = `http://127.0.0.1:${server.address().port}`;
    servers.push({ server, feed: `${origin}/feed.xml` });
  }
  return servers;
}

async function crawlMany() {
  const servers = await startHosts();
  const store = SqliteStore.open(join(dir, 'crawl.db'));
  let bytesOut = 0;
  const failures = new Map();
  const pool = openPoolExtractor(batchThreads(WORKERS || false, null, availableParallelism()));
  console.log(`  extraction: ${pool ? `pool of ${WORKERS} workers` : 'main thread'}`);
  const crawler = new Crawler({
    ...(pool ? { extract: pool.extract } : {}),
    options: resolveOptions({ allowPrivate: true, concurrency: CONCURRENCY, perHostConcurrency: 1 }),
    politeness: { concurrency: CONCURRENCY, perHost: 1, delayMs: DELAY_MS },
    store,
    out: null,
    emit: async (r) => {
      bytesOut += JSON.stringify(r).length + 1;
      if (r.error) failures.set(r.error.code, (failures.get(r.error.code) ?? 0) + 1);
    },
  });
  const samples = [];
  let peak = 0;
  const started = performance.now();
  let nextMark = Math.max(100, Math.round((HOSTS * PER_HOST) / 5));
  const cpuStart = process.cpuUsage();
  const timer = setInterval(() => {
    const rss = process.memoryUsage().rss;
    peak = Math.max(peak, rss);
    const written = crawler.counters.written;
    if (written >= nextMark) {
      let heap = '';
      if (typeof gc === 'function') {
        gc();
        heap = `, live heap ${mb(process.memoryUsage().heapUsed)}`;
      }
      samples.push(`${written}: ${mb(rss)} rss${heap}, ${((performance.now() - started) / 1000).toFixed(1)} s`);
      nextMark += Math.max(100, Math.round((HOSTS * PER_HOST) / 5));
    }
  }, 200);
  await crawler.run(servers.map((s) => s.feed));
  await pool?.close();
  clearInterval(timer);
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuStart);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  peak = Math.max(peak, process.memoryUsage().rss);
  await store.close();
  await closeDispatchers();
  for (const s of servers) s.server.close();
  const c = crawler.counters;
  const total = HOSTS * PER_HOST;
  // Extraction alone on the same pages, for scale: the crawl's own overhead is the rest.
  const t = performance.now();
  const cpuExtract = process.cpuUsage();
  for (let i = 0; i < 50; i++) extractArticle(page(0, i), { url: `http://127.0.0.1/s/${i}.html` });
  const extractMs = (performance.now() - t) / 50;
  const used = process.cpuUsage(cpuExtract);
  const extractCpuMs = (used.user + used.system) / 1000 / 50;
  // Per host the requests are serial and spaced by the delay; hosts run in parallel up to the global limit.
  const lowerBound = (Math.ceil(HOSTS / CONCURRENCY) * (PER_HOST - 1) * DELAY_MS) / 1000;
  console.log(`crawl: ${HOSTS} hosts × ${PER_HOST} = ${total} articles, delay ${DELAY_MS} ms, concurrency ${CONCURRENCY}: ${c.written} written, ${c.failed} failed${failures.size ? ` (${[...failures].map(([k, v]) => `${v} ${k}`).join(', ')})` : ''} in ${seconds.toFixed(1)} s`);
  console.log(`  ${((seconds / c.written) * 1000).toFixed(2)} s per 1,000 articles; politeness lower bound ${lowerBound.toFixed(1)} s for the run (${((lowerBound / total) * 1000).toFixed(2)} s per 1,000)`);
  console.log(`  CPU ${cpuSeconds.toFixed(1)} s for the run (local servers included) = ${((cpuSeconds / c.written) * 1000).toFixed(1)} ms per article`);
  console.log(`  extraction alone on the same pages, in this thread: ${extractMs.toFixed(1)} ms wall, ${extractCpuMs.toFixed(1)} ms CPU per article; the crawl's own CPU is the rest`);
  console.log(`  peak RSS ${mb(peak)}; ${(bytesOut / 1024 / 1024).toFixed(1)} MB of NDJSON; state ${mb(statSync(join(dir, 'crawl.db')).size)}`);
  console.log(`  memory as it went: ${samples.join(' | ')}`);
}

try {
  if (URLS > 0) await seenLookups();
  if (HOSTS > 0) await crawlMany();
} finally {
  rmSync(dir, { recursive: true, force: true });
}
