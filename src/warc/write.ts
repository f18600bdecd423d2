/**
 * Writing what a crawl fetched as WARC 1.1 (`copydesk crawl --warc DIR`): for each page a
 * request record and a response record, each its own gzip member (so any record can be read
 * from its offset), in files rotated once they pass a size, each opening with a warcinfo
 * record. Records are serialized by warcio, with SHA-256 block and payload digests.
 *
 * What is stored is what copydesk holds after a fetch: the body already inflated, so the
 * response's Content-Encoding and Transfer-Encoding headers are dropped and Content-Length
 * is the stored body's; the request is the one copydesk sends (its User-Agent, Accept
 * headers and -H extras; cookies set along a redirect chain are not kept). A redirected
 * page is archived under its final URL, where its body came from.
 *
 * Writes happen one at a time, in the order pages were fetched; a failed write (disk full)
 * is remembered, ends archiving for the run and is reported by close().
 */
import { open } from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';
import { STATUS_CODES } from 'node:http';
import { join } from 'node:path';
import { WARCRecord, WARCSerializer } from 'warcio';
import { CopydeskError } from '../errors.js';
import { DEFAULT_WARC_SIZE } from './detect.js';


/** Response headers that describe the wire form of a body this writer stores decoded. */
const WIRE_HEADERS = new Set(['content-encoding', 'transfer-encoding', 'content-length']);

export interface ArchivedExchange {
  /** The URL the body came from (after redirects). */
  url: string;
  /** Headers sent with the request. */
  requestHeaders: Record<string, string>;
  status: number;
  /** Response headers, names lower-cased. */
  headers: Record<string, string>;
  /** The body, inflated. */
  body: Uint8Array;
  /** When the response was received. */
  date: Date;
}

export interface WarcWriterOptions {
  /** Rotate to a new file once the current one is at least this large, bytes. */
  maxFileBytes?: number;
  /** Named in each file's warcinfo record. */
  software: string;
  /** First part of file names. Default "copydesk". */
  prefix?: string;
}

function stamp(d: Date): string {
  return d.toISOString().replace(/[-:T]/g, '').slice(0, 14);
}

export class WarcWriter {
  private file: FileHandle | null = null;
  private size = 0;
  private serial = 0;
  private chain: Promise<void> = Promise.resolve();
  /** The first write that failed; nothing is written after it. */
  failure: CopydeskError | null = null;
  /** Files written, in order. */
  readonly files: string[] = [];
  /** Request and response pairs written. */
  exchanges = 0;
  private readonly maxFileBytes: number;
  private readonly runStamp = stamp(new Date());

  constructor(
    private readonly dir: string,
    private readonly options: WarcWriterOptions,
  ) {
    this.maxFileBytes = options.maxFileBytes ?? DEFAULT_WARC_SIZE;
  }

  /** Queues one request/response pair; resolves once written (never rejects: see failure). */
  write(exchange: ArchivedExchange): Promise<void> {
    this.chain = this.chain.then(() => (this.failure ? undefined : this.writeNow(exchange))).catch((err: unknown) => {
      this.failure ??= new CopydeskError('OUTPUT', `cannot write the WARC archive in ${this.dir}: ${(err as Error).message}`, { cause: err });
    });
    return this.chain;
  }

  private async writeNow(ex: ArchivedExchange): Promise<void> {
    const date = ex.date.toISOString();
    const headers: Record<string, string> = {};
    for (const [k, v] of Object.entries(ex.headers)) if (!WIRE_HEADERS.has(k)) headers[k] = v;
    headers['content-length'] = String(ex.body.length);
    const response = WARCRecord.create(
      { url: ex.url, date, type: 'response', warcVersion: 'WARC/1.1', statusline: `HTTP/1.1 ${ex.status} ${STATUS_CODES[ex.status] ?? ''}`.trimEnd(), httpHeaders: headers },
      [ex.body],
    );
    const target = new URL(ex.url);
    const request = WARCRecord.create({
      url: ex.url,
      date,
      type: 'request',
      warcVersion: 'WARC/1.1',
      statusline: `GET ${target.pathname}${target.search} HTTP/1.1`,
      httpHeaders: { host: target.host, ...ex.requestHeaders },
      warcHeaders: { 'WARC-Concurrent-To': response.warcHeader('WARC-Record-ID') ?? '' },
    });
    const bytes = [await WARCSerializer.serialize(request, { gzip: true }), await WARCSerializer.serialize(response, { gzip: true })];
    const length = bytes.reduce((n, b) => n + b.length, 0);
    const file = await this.fileFor(length);
    for (const b of bytes) await file.write(b);
    this.size += length;
    this.exchanges++;
  }

  /** The file to append to: a new one when none is open or the current one is full. */
  private async fileFor(next: number): Promise<FileHandle> {
    if (this.file && this.size > 0 && this.size + next > this.maxFileBytes) {
      await this.file.close();
      this.file = null;
    }
    if (this.file) return this.file;
    const name = `${this.options.prefix ?? 'copydesk'}-${this.runStamp}-${process.pid}-${String(this.serial++).padStart(5, '0')}.warc.gz`;
    const path = join(this.dir, name);
    // 'wx': never append to (or overwrite) an archive another run wrote.
    this.file = await open(path, 'wx');
    this.files.push(path);
    const info = WARCRecord.createWARCInfo({ filename: name, warcVersion: 'WARC/1.1' }, { software: this.options.software, format: 'WARC File Format 1.1', conformsTo: 'https://iipc.github.io/warc-specifications/specifications/warc-format/warc-1.1/' });
    const bytes = await WARCSerializer.serialize(info, { gzip: true });
    await this.file.write(bytes);
    this.size = bytes.length;
    return this.file;
  }

  /** Waits for queued writes and closes the file; throws the first write failure, if any. */
  async close(): Promise<void> {
    await this.chain;
    await this.file?.close().catch(() => undefined);
    this.file = null;
    if (this.failure) throw this.failure;
  }
}
