/**
 * Bytes from a stream, gathered as far as the reader asks and consumed from the front: the
 * gzip member reader (members.ts) looks ahead by a member, never by a file.
 */
export class ByteQueue {
  /** Bytes consumed so far: the offset of the first available byte in the stream. */
  offset = 0;
  /** The stream has ended. */
  done = false;
  private head: Buffer = Buffer.alloc(0);
  private pending: Buffer[] = [];
  private pendingBytes = 0;
  private readonly it: AsyncIterator<Uint8Array>;

  constructor(source: AsyncIterable<Uint8Array>) {
    this.it = source[Symbol.asyncIterator]();
  }

  get available(): number {
    return this.head.length + this.pendingBytes;
  }

  /** Reads until at least n bytes are available or the stream ends. */
  async fill(n: number): Promise<void> {
    while (this.available < n && !this.done) {
      const r = await this.it.next();
      if (r.done) this.done = true;
      else if (r.value.length) {
        const chunk = Buffer.isBuffer(r.value) ? r.value : Buffer.from(r.value.buffer, r.value.byteOffset, r.value.length);
        this.pending.push(chunk);
        this.pendingBytes += chunk.length;
      }
    }
  }

  /** Every available byte, as one buffer (joined once, when more arrived). */
  peek(): Buffer {
    if (this.pending.length) {
      this.head = this.head.length ? Buffer.concat([this.head, ...this.pending]) : this.pending.length === 1 ? (this.pending[0] as Buffer) : Buffer.concat(this.pending);
      this.pending = [];
      this.pendingBytes = 0;
    }
    return this.head;
  }

  consume(n: number): void {
    this.head = this.peek().subarray(n);
    this.offset += n;
  }

  /** The rest of the stream, as it comes. */
  async *drain(): AsyncGenerator<Buffer> {
    const rest = this.peek();
    this.consume(rest.length);
    if (rest.length) yield rest;
    for (;;) {
      const r = await this.it.next();
      if (r.done) break;
      this.offset += r.value.length;
      yield Buffer.isBuffer(r.value) ? r.value : Buffer.from(r.value.buffer, r.value.byteOffset, r.value.length);
    }
    this.done = true;
  }
}
