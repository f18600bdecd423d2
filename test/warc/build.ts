/**
 * Small WARC files built by hand for the tests: records with the exact bytes a test needs
 * (chunked bodies, brotli, a record cut short), gzipped per record or not.
 */
import { randomUUID } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface HttpPart {
  status?: number;
  headers?: Record<string, string>;
  body: Buffer | string;
}

export function warcRecord(type: string, url: string, block: Buffer, extra: Record<string, string> = {}): Buffer {
  const id = `<urn:uuid:${randomUUID()}>`;
  const lines = [
    'WARC/1.1',
    `WARC-Type: ${type}`,
    `WARC-Record-ID: ${id}`,
    'WARC-Date: 2026-11-01T08:30:00Z',
    ...(url ? [`WARC-Target-URI: ${url}`] : []),
    ...Object.entries(extra).map(([k, v]) => `${k}: ${v}`),
    `Content-Type: ${type === 'request' ? 'application/http;msgtype=request' : type === 'response' || type === 'revisit' ? 'application/http;msgtype=response' : 'application/warc-fields'}`,
    `Content-Length: ${block.length}`,
  ];
  return Buffer.concat([Buffer.from(`${lines.join('\r\n')}\r\n\r\n`, 'latin1'), block, Buffer.from('\r\n\r\n')]);
}

export function httpBlock(part: HttpPart): Buffer {
  const status = part.status ?? 200;
  const body = typeof part.body === 'string' ? Buffer.from(part.body) : part.body;
  const head = [`HTTP/1.1 ${status} X`, ...Object.entries(part.headers ?? { 'Content-Type': 'text/html; charset=utf-8' }).map(([k, v]) => `${k}: ${v}`)].join('\r\n');
  return Buffer.concat([Buffer.from(`${head}\r\n\r\n`, 'latin1'), body]);
}

export function response(url: string, part: HttpPart, extra: Record<string, string> = {}): Buffer {
  return warcRecord('response', url, httpBlock(part), extra);
}

export function request(url: string): Buffer {
  return warcRecord('request', url, Buffer.from(`GET ${new URL(url).pathname} HTTP/1.1\r\nHost: ${new URL(url).host}\r\n\r\n`));
}

/** Records joined into one archive: gzip per record (.warc.gz), or plain. */
export function archive(records: Buffer[], gzip: boolean): Buffer {
  return Buffer.concat(gzip ? records.map((r) => gzipSync(r)) : records);
}

/**
 * Three damaged copies of `good` (two records) in `dir`: cut.warc.gz and cut.warc end inside
 * the last record; bad.warc.gz has its second member's bytes overwritten and the first
 * member again after it. Returns the gzip members and the broken one, for byte offsets.
 */
export function writeDamagedArchives(dir: string, good: Buffer[]): { members: Buffer[]; broken: Buffer } {
  const whole = archive(good, true);
  writeFileSync(join(dir, 'cut.warc.gz'), whole.subarray(0, whole.length - 60));
  const plain = archive(good, false);
  writeFileSync(join(dir, 'cut.warc'), plain.subarray(0, plain.length - 200));
  const members = good.map((g) => gzipSync(g));
  const broken = Buffer.from(members[1] ?? Buffer.alloc(0));
  broken.fill(7, 20, 60);
  writeFileSync(join(dir, 'bad.warc.gz'), Buffer.concat([members[0] ?? Buffer.alloc(0), broken, members[0] ?? Buffer.alloc(0)]));
  return { members, broken };
}

/** A body in chunked transfer coding, in chunks of `size` bytes. */
export function chunked(body: Buffer, size = 50): Buffer {
  const parts: Buffer[] = [];
  for (let i = 0; i < body.length; i += size) {
    const piece = body.subarray(i, i + size);
    parts.push(Buffer.from(`${piece.length.toString(16)}\r\n`), piece, Buffer.from('\r\n'));
  }
  parts.push(Buffer.from('0\r\n\r\n'));
  return Buffer.concat(parts);
}
