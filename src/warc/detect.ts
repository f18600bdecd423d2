/**
 * Telling an archive from a page: by name for files (.warc, .warc.gz), by content for a
 * stream (the first bytes read "WARC/", gzipped or not), so `cat x.warc.gz | copydesk
 * extract -` works without a flag.
 */
import { constants, inflateRawSync } from 'node:zlib';

/** Archive files, by name: plain or gzip-compressed WARC. */
export const ARCHIVE_FILE = /\.warc(?:\.gz)?$/i;

/** Default --warc-size: archives are rotated once they pass 1 GB, as CC-NEWS files are about that size. */
export const DEFAULT_WARC_SIZE = 1024 ** 3;

const WARC_MAGIC = 'WARC/';
/** Bytes gathered from a stream before judging it: a gzip header and the start of its first member. */
const SNIFF_BYTES = 64 * 1024;

export function isArchivePath(path: string): boolean {
  return ARCHIVE_FILE.test(path);
}

/** Whether bytes begin a WARC record, plain or as a gzip member. */
export function startsWarc(head: Buffer): boolean {
  return plainStart(head) === WARC_MAGIC;
}

/** The first bytes, inflated when gzip (raw deflate after the 10-byte header and its optional fields). */
function plainStart(head: Buffer): string {
  if (head[0] !== 0x1f || head[1] !== 0x8b) return head.subarray(0, WARC_MAGIC.length).toString('latin1');
  try {
    const flags = head[3] ?? 0;
    let at = 10;
    if (flags & 4) at += 2 + head.readUInt16LE(at);
    if (flags & 8) at = head.indexOf(0, at) + 1;
    if (flags & 16) at = head.indexOf(0, at) + 1;
    if (flags & 2) at += 2;
    return inflateRawSync(head.subarray(at), { finishFlush: constants.Z_SYNC_FLUSH }).subarray(0, WARC_MAGIC.length).toString('latin1');
  } catch {
    // A header cut short or a stream that does not inflate: not an archive we can read.
    return '';
  }
}

/** Reads the start of a stream and says whether it is an archive; `source` yields every byte, the start included. */
export async function sniffArchive(stream: AsyncIterable<Uint8Array>): Promise<{ archive: boolean; source: AsyncIterable<Buffer> }> {
  const it = stream[Symbol.asyncIterator]();
  const head: Buffer[] = [];
  let size = 0;
  let done = false;
  while (size < SNIFF_BYTES) {
    const next = await it.next();
    if (next.done) {
      done = true;
      break;
    }
    const chunk = Buffer.from(next.value);
    head.push(chunk);
    size += chunk.length;
  }
  const start = Buffer.concat(head);
  const source = (async function* (): AsyncGenerator<Buffer> {
    if (start.length) yield start;
    if (done) return;
    for (let next = await it.next(); !next.done; next = await it.next()) yield Buffer.from(next.value);
  })();
  return { archive: startsWarc(start), source };
}
