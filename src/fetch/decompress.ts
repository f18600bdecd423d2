/**
 * Reading a response body: Content-Encoding undone (gzip, deflate in both its zlib-wrapped
 * and raw forms, br), the size cap applied to the inflated bytes, and the stream torn down
 * as soon as the cap is passed, so a compression bomb costs about maxBytes of memory and
 * stops within a moment.
 */
import { Readable, pipeline } from 'node:stream';
import type { Transform } from 'node:stream';
import { brotliDecompressSync, constants, createBrotliDecompress, createGunzip, createInflate, createInflateRaw, gunzipSync, inflateRawSync, inflateSync } from 'node:zlib';
import { CopydeskError } from '../errors.js';
import { mapNetworkError } from './neterrors.js';

/** Decompressor output chunk size: small enough that the cap is noticed promptly. */
const CHUNK = 16 * 1024;

type Stage = Transform | ((source: AsyncIterable<Buffer>) => AsyncGenerator<Buffer>);

/** The codings named in a Content-Encoding header, in the order to undo them. */
export function codingsToUndo(header: string | undefined): string[] {
  return (header ?? '')
    .toLowerCase()
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s && s !== 'identity')
    .reverse();
}

/** A zlib stream begins with CMF (method 8 in the low nibble) and FLG making CMF*256+FLG divisible by 31. */
function looksLikeZlib(first: Uint8Array): boolean {
  const cmf = first[0];
  const flg = first[1];
  if (cmf === undefined || flg === undefined) return false;
  return (cmf & 0x0f) === 8 && (cmf * 256 + flg) % 31 === 0;
}

/** "deflate" is zlib-wrapped by the spec but raw from some servers: the first bytes tell which. */
function inflateEither(): Stage {
  return async function* (source: AsyncIterable<Buffer>) {
    const it = source[Symbol.asyncIterator]();
    const first = await it.next();
    if (first.done) return;
    const head = first.value;
    const inflater = looksLikeZlib(head) ? createInflate({ chunkSize: CHUNK }) : createInflateRaw({ chunkSize: CHUNK });
    async function* all(): AsyncGenerator<Buffer> {
      yield head;
      for (let next = await it.next(); !next.done; next = await it.next()) yield next.value;
    }
    const out = pipeline(Readable.from(all()), inflater, () => {});
    yield* out as AsyncIterable<Buffer>;
  };
}

function stageFor(coding: string): Stage {
  // Truncated streams are common on the web; a partial page is still worth reading, and the
  // size cap bounds what a lie about length can cost.
  const lenient = { chunkSize: CHUNK, finishFlush: constants.Z_SYNC_FLUSH };
  switch (coding) {
    case 'gzip':
    case 'x-gzip':
      return createGunzip(lenient);
    case 'deflate':
      return inflateEither();
    case 'br':
      return createBrotliDecompress({ chunkSize: CHUNK, finishFlush: constants.BROTLI_OPERATION_FLUSH });
    default:
      throw new CopydeskError('BAD_ENCODING', `unsupported content-encoding: ${coding}`);
  }
}

/** More than this many bytes out per byte in is not a size hint to trust (deflate reaches about 1,000). */
const MAX_RATIO = 64;

/**
 * zlib's output buffer for an inflated size known in advance (a gzip trailer's ISIZE): one
 * buffer of that size instead of 16 kB pieces joined at the end, which halves what inflating
 * allocates. Only a hint: a wrong size costs a buffer of the wrong size, never wrong bytes;
 * a size past `limit`, or past what deflate can reach from `inputBytes`, is not used.
 */
export function sizedOutput(size: number, inputBytes: number, limit: number): { chunkSize?: number } {
  // One byte over: a buffer filled exactly would make zlib allocate another before it sees the end.
  return size > 0 && size < limit && size <= inputBytes * MAX_RATIO ? { chunkSize: Math.max(size + 1, 64) } : {};
}

/**
 * Undoes one content coding of a body already whole in memory (an archived one), in one
 * native call, with the leniency of stageFor; past `maxBytes` of output zlib stops with
 * ERR_BUFFER_TOO_LARGE.
 */
export function undoCoding(coding: string, bytes: Uint8Array, maxBytes: number): Buffer {
  const gzip = coding === 'gzip' || coding === 'x-gzip';
  // A gzip body ends with its inflated size (of its last member: the whole body for the usual one).
  const hint = gzip && bytes.length >= 18 ? sizedOutput(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).readUInt32LE(bytes.length - 4), bytes.length, maxBytes) : {};
  const lenient = { finishFlush: constants.Z_SYNC_FLUSH, maxOutputLength: maxBytes, ...hint };
  switch (coding) {
    case 'gzip':
    case 'x-gzip':
      return gunzipSync(bytes, lenient);
    case 'deflate':
      return looksLikeZlib(bytes) ? inflateSync(bytes, lenient) : inflateRawSync(bytes, lenient);
    case 'br':
      return brotliDecompressSync(bytes, { finishFlush: constants.BROTLI_OPERATION_FLUSH, maxOutputLength: maxBytes });
    default:
      throw new CopydeskError('BAD_ENCODING', `unsupported content-encoding: ${coding}`);
  }
}

export function isZlibError(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' && (code.startsWith('Z_') || code.startsWith('ERR_BROTLI') || code.startsWith('ERR__ERROR_FORMAT'));
}

/**
 * Reads the whole body, inflated, refusing more than maxBytes. Errors are CopydeskErrors:
 * TOO_LARGE, BAD_ENCODING (undecodable content), or the mapped network failure.
 */
export async function readBody(body: Readable, contentEncoding: string | undefined, maxBytes: number, url: string): Promise<Buffer> {
  return (await readBodyUpTo(body, contentEncoding, maxBytes, url, false)).body;
}

/** A body read by readBodyUpTo; `truncated` when it was cut at maxBytes. */
export interface BodyRead {
  body: Buffer;
  truncated: boolean;
}

/**
 * readBody, with a choice for a body past maxBytes (counted once inflated): with `cut`, its
 * first maxBytes bytes are kept, the rest is not read (the connection is dropped) and the
 * result says truncated; without, TOO_LARGE as readBody. Other errors as readBody.
 */
export async function readBodyUpTo(body: Readable, contentEncoding: string | undefined, maxBytes: number, url: string, cut: boolean): Promise<BodyRead> {
  let stages: Stage[];
  try {
    stages = codingsToUndo(contentEncoding).map(stageFor);
  } catch (err) {
    body.on('error', () => {});
    body.destroy();
    throw err instanceof CopydeskError ? new CopydeskError(err.code, err.message, { url }) : err;
  }
  // pipeline() ties the stages together: an error anywhere (a reset socket, a corrupt
  // stream) destroys them all and surfaces on the last, where it is caught below.
  const out: Readable = stages.length
    ? (pipeline as (...streams: unknown[]) => Readable)(body, ...stages, () => {})
    : body;
  const chunks: Buffer[] = [];
  let size = 0;
  let truncated = false;
  const drop = (): void => {
    for (const s of [out, body]) {
      s.on('error', () => {});
      s.destroy();
    }
  };
  try {
    for await (const chunk of out as AsyncIterable<Buffer>) {
      if (size + chunk.length > maxBytes) {
        if (!cut) throw new CopydeskError('TOO_LARGE', `body larger than ${maxBytes} bytes${stages.length ? ' once decompressed' : ''}`, { url });
        chunks.push(chunk.subarray(0, maxBytes - size));
        size = maxBytes;
        truncated = true;
        break;
      }
      size += chunk.length;
      chunks.push(chunk);
    }
  } catch (err) {
    drop();
    if (err instanceof CopydeskError) throw err;
    if (isZlibError(err)) {
      throw new CopydeskError('BAD_ENCODING', `cannot decompress body (${contentEncoding ?? 'none'}): ${(err as Error).message}`, { url, cause: err });
    }
    throw mapNetworkError(err, url);
  }
  // The rest of a cut body is not wanted: dropping the stream closes the connection, as for a refused one.
  if (truncated) drop();
  return { body: Buffer.concat(chunks, size), truncated };
}
