/**
 * Small WARC files built by hand for the tests: records with the exact bytes a test needs
 * (chunked bodies, brotli, a record cut short), gzipped per record or not.
 */
import { randomUUID } from 'node:crypto';
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
