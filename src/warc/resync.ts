/**
 * Finding where reading can start again after damage in an archive file: the next gzip
 * member that inflates to "WARC/" (a .warc.gz written a member per record), or the next line
 * that starts a record ("WARC/1.0", "WARC/1.1") in a plain .warc. A stream cannot go back,
 * so this is for files only.
 */
import { open } from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';
import { startsWarc } from './detect.js';

/** Bytes read at a time while scanning. */
const BLOCK = 1024 * 1024;
/** Bytes read at a candidate to check it: a gzip header and enough deflate to reach "WARC/". */
const PROBE = 4096;
const GZIP_MAGIC = Buffer.from([0x1f, 0x8b, 0x08]);
const RECORD_LINE = Buffer.from('\nWARC/1.');

async function readAt(file: FileHandle, position: number, length: number): Promise<Buffer> {
  const buf = Buffer.alloc(length);
  const { bytesRead } = await file.read(buf, 0, length, position);
  return buf.subarray(0, bytesRead);
}

/** The offset of the next record at or after `from`, or null when none is left. */
export async function nextRecordOffset(path: string, from: number): Promise<number | null> {
  const file = await open(path, 'r');
  try {
    const gzip = (await readAt(file, 0, 2)).equals(GZIP_MAGIC.subarray(0, 2));
    const needle = gzip ? GZIP_MAGIC : RECORD_LINE;
    // The plain needle starts with the newline before the record: look one byte earlier.
    let at = gzip ? from : Math.max(0, from - 1);
    for (;;) {
      const block = await readAt(file, at, BLOCK + needle.length);
      if (block.length < needle.length) return null;
      for (let i = block.indexOf(needle); i !== -1 && i < BLOCK; i = block.indexOf(needle, i + 1)) {
        const candidate = at + i + (gzip ? 0 : 1);
        if (candidate < from) continue;
        if (startsWarc(await readAt(file, candidate, PROBE))) return candidate;
      }
      if (block.length < BLOCK + needle.length) return null;
      at += BLOCK;
    }
  } finally {
    await file.close();
  }
}
