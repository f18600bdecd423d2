/**
 * The hostile-server cases measured: outcome, time and peak memory (RSS growth, sampled
 * every 2 ms) of each, printed as a Markdown table. Opt-in, because the bombs are built
 * from a gigabyte of zeros:
 *   COPYDESK_MEASURE=1 npx vitest run test/fetch/hostile-table.test.ts
 */
import { Readable } from 'node:stream';
import { constants, createBrotliCompress, createDeflateRaw, createGzip } from 'node:zlib';
import { expect, it } from 'vitest';
import { closeDispatchers, fetchResource } from '../../src/fetch/http.js';
import { fetchPage } from '../../src/fetch/page.js';
import { startServer } from '../helpers/server.js';
import { drip, startRawServer, testOptions } from './helpers.js';

const MB = 1 << 20;

async function zeros(make: () => NodeJS.ReadWriteStream, bytes: number): Promise<Buffer> {
  const block = Buffer.alloc(MB);
  const chunks: Buffer[] = [];
  const src = Readable.from((function* () { for (let i = 0; i < bytes / MB; i++) yield block; })());
  for await (const c of src.pipe(make())) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

it.skipIf(!process.env.COPYDESK_MEASURE)('hostile servers: outcome, time, peak memory', async () => {
  const bombs = {
    gzip: await zeros(() => createGzip({ level: 9 }), 1024 * MB),
    br: await zeros(() => createBrotliCompress({ params: { [constants.BROTLI_PARAM_QUALITY]: 5 } }), 1024 * MB),
    deflate: await zeros(() => createDeflateRaw({ level: 9 }), 1024 * MB),
  };
  const binary = Buffer.alloc(5 * MB);
  for (let i = 0; i < binary.length; i++) binary[i] = (i * 2654435761) >>> 24;
  const site = await startServer((req, res) => {
    const coding = req.url?.slice(1) as keyof typeof bombs;
    if (bombs[coding]) return void res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': coding }).end(bombs[coding]);
    res.writeHead(200, { 'content-type': 'text/html' });
    if (req.url === '/binary') return void res.end(binary);
    const chunk = Buffer.alloc(MB, 'p');
    let sent = 0;
    const limit = req.url === '/fifty' ? 50 : Infinity;
    const pump = () => {
      while (sent < limit && res.write(chunk)) sent++;
      if (sent >= limit) res.end();
    };
    res.on('drain', pump);
    pump();
  });
  const trickle = await startRawServer((socket) => {
    socket.write('HTTP/1.1 200 OK\r\ncontent-length: 1000\r\n\r\n');
    drip(socket, 'a', 1_000);
  });
  const silent = await startRawServer(() => {});
  const cap = testOptions({ maxBytes: 10 * MB });
  const cases: [string, string, () => Promise<unknown>][] = [
    ['gzip bomb (1 GB of zeros), cap 10 MB', 'TOO_LARGE', () => fetchResource(site.url('/gzip'), cap)],
    ['br bomb (1 GB of zeros), cap 10 MB', 'TOO_LARGE', () => fetchResource(site.url('/br'), cap)],
    ['deflate bomb (1 GB of zeros), cap 10 MB', 'TOO_LARGE', () => fetchResource(site.url('/deflate'), cap)],
    ['endless body, cap 10 MB', 'TOO_LARGE', () => fetchResource(site.url('/endless'), cap)],
    ['50 MB page, cap 10 MB', 'TOO_LARGE', () => fetchResource(site.url('/fifty'), cap)],
    ['5 MB binary served as text/html', 'NOT_HTML', () => fetchPage(site.url('/binary'), testOptions())],
    ['one byte a second, overall timeout 3 s', 'FETCH_TIMEOUT', () => fetchResource(`${trickle.origin}/`, testOptions({ totalTimeout: 3_000 }))],
    ['never answers, headers timeout 1 s, 2 retries', 'FETCH_TIMEOUT', () => fetchResource(`${silent.origin}/`, testOptions({ headersTimeout: 1_000 }))],
  ];
  const rows = ['| case | outcome | time | peak RSS growth |', '|---|---|---|---|'];
  for (const [name, expected, run] of cases) {
    const base = process.memoryUsage().rss;
    let peak = base;
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 2);
    const started = performance.now();
    const outcome = await run().then(() => 'ok', (e: { code?: string }) => e.code ?? 'thrown');
    const ms = performance.now() - started;
    clearInterval(sampler);
    peak = Math.max(peak, process.memoryUsage().rss);
    rows.push(`| ${name} | ${outcome} | ${ms.toFixed(0)} ms | ${((peak - base) / MB).toFixed(1)} MB |`);
    expect(outcome).toBe(expected);
  }
  process.stderr.write(`${rows.join('\n')}\n`);
  await closeDispatchers();
  await Promise.all([site.close(), trickle.close(), silent.close()]);
}, 60_000);
