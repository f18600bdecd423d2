/**
 * A .warc.gz inflated by Node's zlib (native code), gzip member by gzip member, with where
 * each member starts in the file: a record's offset is its member's (WarcOrigin.offset).
 * The WARC parser then reads plain bytes. Inflating with the parser's own JavaScript
 * inflate took a third of the reading time of an archive (bench:warc, profiled).
 *
 * A member is inflated in one call when it fits in SYNC_WINDOW (nearly all do: a page is a
 * few hundred kB); a larger one (a video) is inflated as a stream, so it is never held
 * whole. A member is handed on only once its checksum and length agree, so damage never
 * reaches the parser as garbage: reading stops before it and `damage` says where and why.
 * Bytes that do not start with the gzip magic are passed through as they are (plain WARC).
 */
import { createInflateRaw, crc32, inflateRawSync } from 'node:zlib';
import { sizedOutput } from '../fetch/decompress.js';
import { ByteQueue } from './bytes.js';

/** Compressed bytes gathered for a one-call inflate; a member larger than this is streamed. */
const SYNC_WINDOW = 4 * 1024 * 1024;
/** Inflated bytes one call may make; past it the member is streamed. */
const SYNC_OUTPUT = 32 * 1024 * 1024;
/** Bytes fed to a streamed member at a time. */
const STREAM_PIECE = 64 * 1024;
/** A gzip member starts with these (ID1, ID2, CM = deflate). */
const GZIP_MAGIC = Buffer.from([0x1f, 0x8b, 0x08]);
/** gzip header flags (RFC 1952). */
const FHCRC = 2;
const FEXTRA = 4;
const FNAME = 8;
const FCOMMENT = 16;

export interface MemberDamage {
  /** Where the member that could not be read starts, in the file. */
  offset: number;
  /** cut: the input ended inside a member; bad: bytes that are not a good gzip member. */
  kind: 'cut' | 'bad';
  cause?: unknown;
}

/**
 * How many bytes a member will inflate to, read from its trailer when the next member's
 * header is already in `buf` (the 4 bytes before it are this member's ISIZE), as zlib
 * options (sizedOutput); none when not known. A wrong guess (the magic bytes inside
 * compressed data) costs a buffer of the wrong size, never wrong bytes.
 */
function inflatedSize(buf: Buffer, hlen: number): { chunkSize?: number } {
  const next = buf.indexOf(GZIP_MAGIC, hlen + 1);
  return next < hlen + 8 ? {} : sizedOutput(buf.readUInt32LE(next - 4), next - hlen, SYNC_OUTPUT);
}

/** The length of the gzip header at `pos`, 0 when the bytes there are not one, null when more bytes are needed. */
function headerLength(buf: Buffer, pos: number): number | null {
  const end = buf.length;
  if (end - pos < 10) return null;
  if (buf[pos] !== 0x1f || buf[pos + 1] !== 0x8b || buf[pos + 2] !== 8) return 0;
  const flags = buf[pos + 3] ?? 0;
  let at = pos + 10;
  if (flags & FEXTRA) {
    if (end - at < 2) return null;
    at += 2 + buf.readUInt16LE(at);
  }
  for (const flag of [FNAME, FCOMMENT]) {
    if (!(flags & flag)) continue;
    const zero = buf.indexOf(0, at);
    if (zero === -1) return null;
    at = zero + 1;
  }
  if (flags & FHCRC) at += 2;
  return at > end ? null : at - pos;
}

export class GzipMembers {
  /** Set when reading stopped at damage. */
  damage: MemberDamage | null = null;
  /** Whether the input was gzip at all. */
  gzip = false;
  /** [inflated offset, file offset] of the members not yet passed, oldest first. */
  private starts: [number, number][] = [];
  private inflated = 0;

  /** @param base the file offset of the input's first byte (reading resumed after damage). */
  constructor(private readonly base = 0) {}

  /** The file offset of the member holding inflated byte `at`; `at` must not go back between calls. */
  fileOffset(at: number): number {
    if (!this.gzip) return this.base + at;
    while (this.starts.length > 1 && (this.starts[1]?.[0] ?? Infinity) <= at) this.starts.shift();
    return this.starts[0]?.[1] ?? this.base;
  }

  /** The input's bytes, inflated member by member (or as they are, when not gzip). */
  async *inflate(source: AsyncIterable<Uint8Array>): AsyncGenerator<Buffer> {
    const q = new ByteQueue(source);
    await q.fill(2);
    const head = q.peek();
    this.gzip = head[0] === 0x1f && head[1] === 0x8b;
    if (!this.gzip) {
      yield* q.drain();
      return;
    }
    for (;;) {
      await q.fill(10);
      if (q.available === 0) return;
      const at = this.base + q.offset;
      let hlen = headerLength(q.peek(), 0);
      while (hlen === null && !q.done) {
        await q.fill(q.available + 1024);
        hlen = headerLength(q.peek(), 0);
      }
      if (!hlen) {
        // Zero bytes after the last member are padding some writers add.
        if (q.done && q.peek().every((b) => b === 0)) return;
        this.damage = { offset: at, kind: hlen === null ? 'cut' : 'bad' };
        return;
      }
      this.starts.push([this.inflated, at]);
      const member = await this.inflateOne(q, hlen, at);
      if (!member) return;
      for await (const piece of member) {
        this.inflated += piece.length;
        yield piece;
      }
      // A streamed member's damage shows only at its end.
      if (this.damage) return;
    }
  }

  /** One member, whole (checked) or, when large, as a stream of pieces; null on damage. */
  private async inflateOne(q: ByteQueue, hlen: number, at: number): Promise<Iterable<Buffer> | AsyncIterable<Buffer> | null> {
    for (let want = Math.min(SYNC_WINDOW, Math.max(q.available, 64 * 1024)); ; want = Math.min(SYNC_WINDOW, want * 2)) {
      await q.fill(want);
      const buf = q.peek();
      let out: Buffer;
      let used: number;
      try {
        const r = inflateRawSync(buf.subarray(hlen), { info: true, maxOutputLength: SYNC_OUTPUT, ...inflatedSize(buf, hlen) }) as unknown as { buffer: Buffer; engine: { bytesWritten: number } };
        out = r.buffer;
        used = r.engine.bytesWritten;
      } catch (err) {
        const code = (err as NodeJS.ErrnoException).code;
        if (code === 'Z_BUF_ERROR' && !q.done && q.available < SYNC_WINDOW) continue;
        if (code === 'Z_BUF_ERROR' && q.done) return this.fail(at, 'cut', err);
        if (code === 'Z_BUF_ERROR' || code === 'ERR_BUFFER_TOO_LARGE') return this.streamOne(q, hlen, at);
        return this.fail(at, 'bad', err);
      }
      const end = hlen + used + 8;
      if (buf.length < end) {
        if (q.done) return this.fail(at, 'cut');
        await q.fill(end);
        if (q.available < end) return this.fail(at, 'cut');
      }
      const trailer = q.peek().subarray(hlen + used, end);
      if (trailer.readUInt32LE(0) !== crc32(out) || trailer.readUInt32LE(4) !== out.length % 2 ** 32) return this.fail(at, 'bad', new Error('gzip checksum or length does not match'));
      q.consume(end);
      return [out];
    }
  }

  /** A member too large for one call, inflated piece by piece; its checksum is checked at its end. */
  private async *streamOne(q: ByteQueue, hlen: number, at: number): AsyncGenerator<Buffer> {
    q.consume(hlen);
    const z = createInflateRaw();
    const ready: Buffer[] = [];
    let failure: unknown = null;
    z.on('data', (d: Buffer) => ready.push(d));
    z.on('error', (err) => (failure = err));
    const ended = new Promise<void>((done) => z.once('end', done).once('error', () => done()));
    let fed = 0;
    let crc = 0;
    let size = 0;
    // Fed until the inflater takes less than it is given: the deflate data ended there.
    while (z.bytesWritten === fed && !failure) {
      await q.fill(STREAM_PIECE);
      if (q.available === 0) {
        z.destroy();
        this.fail(at, 'cut');
        return;
      }
      const piece = q.peek().subarray(0, STREAM_PIECE);
      fed += piece.length;
      // The write's callback comes once the piece is inflated; an error ends the wait too.
      await Promise.race([new Promise<void>((done) => z.write(piece, () => done())), ended]);
      // What the inflater did not take (the trailer, the next member) stays in the queue.
      q.consume(piece.length - (fed - z.bytesWritten));
      for (const d of ready.splice(0)) {
        crc = crc32(d, crc);
        size += d.length;
        yield d;
      }
    }
    if (failure) return void this.fail(at, 'bad', failure);
    await ended;
    for (const d of ready.splice(0)) {
      crc = crc32(d, crc);
      size += d.length;
      yield d;
    }
    await q.fill(8);
    const trailer = q.peek();
    if (trailer.length < 8) return void this.fail(at, 'cut');
    if (trailer.readUInt32LE(0) !== crc || trailer.readUInt32LE(4) !== size % 2 ** 32) return void this.fail(at, 'bad', new Error('gzip checksum or length does not match'));
    q.consume(8);
  }

  private fail(offset: number, kind: MemberDamage['kind'], cause?: unknown): null {
    this.damage = { offset, kind, ...(cause !== undefined ? { cause } : {}) };
    return null;
  }
}
