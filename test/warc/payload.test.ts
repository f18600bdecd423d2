import { Readable } from 'node:stream';
import { brotliCompressSync, deflateRawSync, deflateSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { readBody } from '../../src/fetch/decompress.js';
import { decodePayload } from '../../src/warc/payload.js';
import { chunked } from './build.js';

/** A page that compresses as pages do (a few times, not a hundred): numbered paragraphs. */
const PAGE = Buffer.from(`<!doctype html><html><body>${Array.from({ length: 3000 }, (_, i) => `<p id="p${i}">Ferry ${(i * 7919) % 10007} left pier ${(i * 104729) % 997} at ${i % 24}:${(i * 13) % 60}.</p>`).join('\n')}</body></html>`);
const MAX = 10 * 1024 * 1024;

const decode = (body: Uint8Array, contentEncoding: string | null, transferEncoding: string | null = null, maxBytes = MAX): Uint8Array =>
  decodePayload(body, { transferEncoding, contentEncoding }, maxBytes, 'https://news.example/a');

describe('archived bodies decoded in one call', () => {
  const gz = gzipSync(PAGE);
  const bodies: [string, Buffer][] = [
    ['gzip', gz],
    ['x-gzip', gz],
    ['deflate', deflateSync(PAGE)],
    ['deflate', deflateRawSync(PAGE)],
    ['br', brotliCompressSync(PAGE)],
    ['gzip', Buffer.concat([gzipSync(PAGE.subarray(0, 5000)), gzipSync(PAGE.subarray(5000))])],
    ['gzip', gz.subarray(0, gz.length >> 1)],
  ];
  for (const [coding, body] of bodies) {
    it(`gives what a live fetch reads from the same body (${coding}, ${body.length} bytes)`, async () => {
      const live = await readBody(Readable.from([body]), coding, MAX, 'https://news.example/a');
      expect(Buffer.from(decode(body, coding)).equals(live)).toBe(true);
    });
  }

  it('takes chunked transfer coding off first, and a gzip body comes out in one buffer of its size', () => {
    const out = decode(chunked(gz, 1000), 'gzip', 'chunked');
    expect(Buffer.from(out).equals(PAGE)).toBe(true);
    expect(out.buffer.byteLength).toBe(PAGE.length + 1);
  });

  it('refuses past the cap (TOO_LARGE), undecodable bytes (BAD_ENCODING), and keeps a body stored decoded under a gzip label', () => {
    expect(() => decode(gz, 'gzip', null, 1000)).toThrow(expect.objectContaining({ code: 'TOO_LARGE' }));
    const broken = Buffer.from(gz);
    broken.fill(0xaa, 20, 200);
    expect(() => decode(broken, 'gzip')).toThrow(expect.objectContaining({ code: 'BAD_ENCODING' }));
    expect(decode(PAGE, 'gzip')).toBe(PAGE);
    expect(decode(PAGE, 'br')).toBe(PAGE);
    expect(() => decode(gz, 'compress')).toThrow(expect.objectContaining({ code: 'BAD_ENCODING' }));
  });
});
