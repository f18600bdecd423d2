/**
 * An archived HTTP body as the server sent it, back to the page's bytes: chunked transfer
 * coding removed, then Content-Encoding undone with the codings and leniency of a live
 * fetch (src/fetch/decompress.ts), under the same size cap.
 *
 * The body is already whole in memory, so each coding is undone in one native call rather
 * than through a stream: the stream's objects and 16 kB pieces, made for every gzip page
 * in the reading thread, cost an archive run about 30 MB of peak memory and 2 ms of that
 * thread's time a page (3,000 pages, a third of them gzip-encoded).
 *
 * Archives disagree on what they store. Some keep the bytes off the wire (chunked,
 * gzipped); others store the decoded body but keep the headers that described the wire
 * form. Both are read: a body that is not chunked or not compressed after all is taken as
 * it stands.
 */
import { CopydeskError } from '../errors.js';
import { codingsToUndo, isZlibError, undoCoding } from '../fetch/decompress.js';

/** A chunk-size line longer than this is not one (hex digits and extensions). */
const MAX_CHUNK_LINE = 1024;
const CR = 0x0d;
const LF = 0x0a;

/** The first line ending at or after `from`, or -1. */
function lineEnd(bytes: Uint8Array, from: number): number {
  const end = Math.min(bytes.length, from + MAX_CHUNK_LINE);
  for (let i = from; i < end; i++) if (bytes[i] === LF) return i;
  return -1;
}

/**
 * Removes chunked transfer coding; null when the bytes are not chunked (stored decoded).
 * A body cut inside a chunk keeps what arrived: a partial page is still worth reading.
 */
export function dechunk(bytes: Uint8Array): Uint8Array | null {
  const parts: Uint8Array[] = [];
  let at = 0;
  while (at < bytes.length) {
    const eol = lineEnd(bytes, at);
    if (eol === -1) return parts.length ? Buffer.concat(parts) : null;
    const line = Buffer.from(bytes.buffer, bytes.byteOffset + at, eol - at).toString('latin1');
    const m = /^\s*([0-9a-fA-F]{1,8})\s*(?:;.*)?\r?$/.exec(line);
    if (!m?.[1]) return parts.length ? Buffer.concat(parts) : null;
    const size = parseInt(m[1], 16);
    if (size === 0) break;
    const start = eol + 1;
    parts.push(bytes.subarray(start, Math.min(bytes.length, start + size)));
    at = start + size;
    if (bytes[at] === CR) at++;
    if (bytes[at] === LF) at++;
  }
  return Buffer.concat(parts);
}

function looksLikeGzip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x1f && bytes[1] === 0x8b;
}

/** Markup at the start: a body stored decoded under a Content-Encoding header. */
function looksLikeText(bytes: Uint8Array): boolean {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 512)).toString('latin1').trimStart();
  return head.startsWith('<') || head.startsWith('\ufeff') || /^\xef\xbb\xbf/.test(head);
}

/**
 * The page's bytes from an archived body. Throws CopydeskError: BAD_ENCODING when a
 * compressed body cannot be inflated, TOO_LARGE past maxBytes once inflated.
 */
export function decodePayload(raw: Uint8Array, headers: { transferEncoding: string | null; contentEncoding: string | null }, maxBytes: number, url: string): Uint8Array {
  let bytes = raw;
  if (/\bchunked\b/i.test(headers.transferEncoding ?? '')) bytes = dechunk(bytes) ?? bytes;
  const codings = codingsToUndo(headers.contentEncoding ?? undefined);
  if (!codings.length || bytes.length === 0) return bytes;
  // gzip has magic bytes; a gzip label over bytes without them was stored inflated.
  if ((codings[0] === 'gzip' || codings[0] === 'x-gzip') && !looksLikeGzip(bytes)) return bytes;
  const stored = bytes;
  try {
    for (const coding of codings) bytes = undoCoding(coding, bytes, maxBytes);
    return bytes;
  } catch (err) {
    if ((err as { code?: unknown } | null)?.code === 'ERR_BUFFER_TOO_LARGE') {
      throw new CopydeskError('TOO_LARGE', `body larger than ${maxBytes} bytes once decompressed`, { url });
    }
    if (!(err instanceof CopydeskError) && !isZlibError(err)) throw err;
    if (looksLikeText(stored)) return stored;
    if (err instanceof CopydeskError) throw new CopydeskError(err.code, err.message, { url });
    throw new CopydeskError('BAD_ENCODING', `cannot decompress body (${headers.contentEncoding ?? 'none'}): ${(err as Error).message}`, { url, cause: err });
  }
}
