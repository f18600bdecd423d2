/**
 * Reading a saved page (a file, or stdin) under the same size cap as a fetched body
 * (`maxBytes`, counted after decompression). A plain file over the cap is refused from its
 * size alone, before a byte is read; a gzip file or a stream is read in chunks and dropped
 * as soon as the cap is passed, so a 50 MB file or a gzip bomb costs about the cap in memory,
 * not the whole file (50 MB once took 40.6 s and 2.83 GB).
 */
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { Readable, pipeline } from 'node:stream';
import { constants, createGunzip } from 'node:zlib';
import { CopydeskError } from '../errors.js';

/** Decompressor output chunk size: small enough that the cap is noticed promptly. */
const CHUNK = 64 * 1024;

function isGzip(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
}

function tooLarge(name: string, maxBytes: number, inflated: boolean): CopydeskError {
  return new CopydeskError('TOO_LARGE', `${name} is larger than ${maxBytes} bytes${inflated ? ' once decompressed' : ''} (see --max-bytes)`, { stage: 'input' });
}

/** Every chunk of `source`, gunzipped when its first bytes say gzip. */
async function* inflatedIfGzip(source: AsyncIterable<Buffer>, onGzip: () => void): AsyncGenerator<Buffer> {
  const it = source[Symbol.asyncIterator]();
  const first = await it.next();
  if (first.done) return;
  const head = first.value;
  if (!isGzip(head)) {
    yield head;
    for (let next = await it.next(); !next.done; next = await it.next()) yield next.value;
    return;
  }
  onGzip();
  async function* all(): AsyncGenerator<Buffer> {
    yield head;
    for (let next = await it.next(); !next.done; next = await it.next()) yield next.value;
  }
  // Truncated gzip files are read as far as they go, as fetched bodies are.
  const gunzip = createGunzip({ chunkSize: CHUNK, finishFlush: constants.Z_SYNC_FLUSH });
  yield* pipeline(Readable.from(all()), gunzip, () => {}) as AsyncIterable<Buffer>;
}

/** All of `stream` (gunzipped when it is gzip), or TOO_LARGE as soon as it passes `maxBytes`. */
export async function readCapped(stream: Readable | AsyncIterable<Buffer>, maxBytes: number, name: string): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  let inflated = false;
  try {
    for await (const chunk of inflatedIfGzip(stream, () => (inflated = true))) {
      const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
      size += bytes.length;
      if (size > maxBytes) throw tooLarge(name, maxBytes, inflated);
      chunks.push(bytes);
    }
  } finally {
    if (stream instanceof Readable) stream.destroy();
  }
  return Buffer.concat(chunks, size);
}

/** A saved page's bytes; a plain file over the cap is refused from its size, unread. */
export async function readFileCapped(file: string, maxBytes: number): Promise<Buffer> {
  const handle = await open(file, 'r');
  try {
    const { size } = await handle.stat();
    const head = Buffer.alloc(2);
    await handle.read(head, 0, 2, 0);
    if (!isGzip(head) && size > maxBytes) throw tooLarge(file, maxBytes, false);
  } finally {
    await handle.close();
  }
  return readCapped(createReadStream(file, { highWaterMark: CHUNK }), maxBytes, file);
}
