import { Readable } from 'node:stream';
import { brotliCompressSync, constants, createBrotliCompress, createDeflateRaw, createGzip, deflateRawSync, deflateSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULTS } from '../../src/config.js';
import { closeDispatchers, fetchResource } from '../../src/fetch/http.js';
import { readBody } from '../../src/fetch/decompress.js';
import { startServer } from '../helpers/server.js';
import type { TestServer } from '../helpers/server.js';
import { failure, testOptions } from './helpers.js';

const PAGE = Buffer.from(`<!doctype html><title>Zipped</title>${'<p>Compressed news, compressed views.</p>'.repeat(200)}`);
const MB = 1024 * 1024;
/** 200 MB of zeros, compressed once (about 200 KB as gzip, a few hundred bytes as br). */
const ZEROS = 200 * MB;
let gzipBomb: Buffer;
let brBomb: Buffer;
let deflateBomb: Buffer;
let server: TestServer;

async function compressZeros(make: () => NodeJS.ReadWriteStream, bytes: number): Promise<Buffer> {
  const block = Buffer.alloc(MB);
  const src = Readable.from((function* () { for (let i = 0; i < bytes / MB; i++) yield block; })());
  const chunks: Buffer[] = [];
  for await (const c of src.pipe(make())) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

beforeAll(async () => {
  gzipBomb = await compressZeros(() => createGzip({ level: 9 }), ZEROS);
  deflateBomb = await compressZeros(() => createDeflateRaw({ level: 9 }), ZEROS);
  brBomb = await compressZeros(() => createBrotliCompress({ params: { [constants.BROTLI_PARAM_QUALITY]: 5 } }), ZEROS);
  server = await startServer((req, res) => {
    const send = (encoding: string, body: Buffer) => {
      res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': encoding });
      res.end(body);
    };
    switch (req.url) {
      case '/gzip': return send('gzip', gzipSync(PAGE));
      case '/x-gzip': return send('x-gzip', gzipSync(PAGE));
      case '/deflate-zlib': return send('deflate', deflateSync(PAGE));
      case '/deflate-raw': return send('deflate', deflateRawSync(PAGE));
      case '/br': return send('br', brotliCompressSync(PAGE));
      case '/double': return send('deflate, gzip', gzipSync(deflateSync(PAGE)));
      case '/gzip-bomb': return send('gzip', gzipBomb);
      case '/br-bomb': return send('br', brBomb);
      case '/deflate-bomb': return send('deflate', deflateBomb);
      case '/lying-gzip': return send('gzip', PAGE);
      case '/lying-br': return send('br', PAGE);
      case '/zstd': return send('zstd', PAGE);
      case '/truncated-gzip': return send('gzip', gzipSync(PAGE).subarray(0, 200));
      case '/endless': {
        res.writeHead(200, { 'content-type': 'text/html' });
        const chunk = Buffer.alloc(64 * 1024, 'a');
        const pump = () => { while (res.write(chunk)) { /* fill the socket */ } };
        res.on('drain', pump);
        res.on('close', () => res.off('drain', pump));
        return pump();
      }
      case '/fifty-mb': {
        res.writeHead(200, { 'content-type': 'text/html' });
        const chunk = Buffer.alloc(MB, 'p');
        let sent = 0;
        const pump = () => { while (sent < 50 && res.write(chunk)) sent++; if (sent >= 50) res.end(); };
        res.on('drain', pump);
        return pump();
      }
      case '/big-declared':
        res.writeHead(200, { 'content-type': 'text/html', 'content-length': String(50 * MB) });
        res.write('<p>starts</p>');
        return;
      default:
        res.writeHead(404);
        res.end();
    }
  });
}, 20_000);
afterAll(async () => {
  await closeDispatchers();
  await server.close();
});

describe('content encodings', () => {
  it.each(['/gzip', '/x-gzip', '/deflate-zlib', '/deflate-raw', '/br', '/double'])('inflates %s', async (path) => {
    const res = await fetchResource(server.url(path), testOptions());
    expect(res.body.equals(PAGE)).toBe(true);
  });

  it('sends Accept-Encoding for the codings it can undo', async () => {
    let seen = '';
    const s = await startServer((req, res) => { seen = String(req.headers['accept-encoding']); res.end('<p>x</p>'); });
    await fetchResource(s.url('/'), testOptions());
    await s.close();
    expect(seen).toBe('gzip, deflate, br');
  });

  it('reads what arrived of a truncated gzip stream', async () => {
    const res = await fetchResource(server.url('/truncated-gzip'), testOptions());
    expect(res.body.length).toBeGreaterThan(0);
    expect(PAGE.subarray(0, res.body.length).equals(res.body)).toBe(true);
  });

  it.each(['/lying-gzip', '/lying-br'])('reports BAD_ENCODING when %s is not what the header says', async (path) => {
    const { error } = await failure(fetchResource(server.url(path), testOptions()), 'BAD_ENCODING');
    expect(error.message).toMatch(/decompress/);
  });

  it('reports BAD_ENCODING for a coding it cannot undo', async () => {
    await failure(fetchResource(server.url('/zstd'), testOptions()), 'BAD_ENCODING');
  });
});

describe('size cap', () => {
  it.each(['/gzip-bomb', '/br-bomb', '/deflate-bomb'])('stops %s at the cap, fast and without inflating it all', async (path) => {
    const heapBefore = process.memoryUsage().heapUsed + process.memoryUsage().arrayBuffers;
    const { error, ms } = await failure(fetchResource(server.url(path), testOptions({ maxBytes: 2 * MB })), 'TOO_LARGE');
    const grown = process.memoryUsage().heapUsed + process.memoryUsage().arrayBuffers - heapBefore;
    expect(error.message).toContain('decompressed');
    expect(ms).toBeLessThan(2_000);
    // 200 MB would be inflated without the cap; a few MB of buffers is the budget.
    expect(grown).toBeLessThan(40 * MB);
  });

  it('stops an endless body at the cap', async () => {
    const { ms } = await failure(fetchResource(server.url('/endless'), testOptions({ maxBytes: 4 * MB })), 'TOO_LARGE');
    expect(ms).toBeLessThan(3_000);
  });

  it('stops a 50 MB page at the default 10 MB cap', async () => {
    const { ms } = await failure(fetchResource(server.url('/fifty-mb'), testOptions({ maxBytes: DEFAULTS.maxBytes })), 'TOO_LARGE');
    expect(ms).toBeLessThan(3_000);
  });

  it('refuses a declared Content-Length over the cap before reading', async () => {
    const { ms } = await failure(fetchResource(server.url('/big-declared'), testOptions({ maxBytes: MB })), 'TOO_LARGE');
    expect(ms).toBeLessThan(1_000);
  });

  it('counts the cap after decompression, not before', async () => {
    const res = await fetchResource(server.url('/gzip'), testOptions({ maxBytes: PAGE.length }));
    expect(res.body.length).toBe(PAGE.length);
    await failure(fetchResource(server.url('/gzip'), testOptions({ maxBytes: PAGE.length - 1 })), 'TOO_LARGE');
  });
});

describe('readBody', () => {
  it('maps a stream that fails mid-way to CONNECTION', async () => {
    const src = new Readable({ read() { this.push(Buffer.from('abc')); this.destroy(Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' })); } });
    await failure(readBody(src, undefined, MB, 'http://x/'), 'CONNECTION');
  });

  it('maps a gzip source that fails mid-way to CONNECTION, not a hang', async () => {
    const gz = gzipSync(PAGE);
    let sent = false;
    const src = new Readable({ read() {
      if (!sent) { sent = true; this.push(gz.subarray(0, 100)); return; }
      this.destroy(Object.assign(new Error('other side closed'), { code: 'UND_ERR_SOCKET' }));
    } });
    await failure(readBody(src, 'gzip', MB, 'http://x/'), 'CONNECTION');
  });

  it('reads an empty deflate body as empty', async () => {
    const body = await readBody(Readable.from([]), 'deflate', MB, 'http://x/');
    expect(body.length).toBe(0);
  });
});
