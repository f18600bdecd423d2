/**
 * Reading a WARC archive (.warc, .warc.gz, or a stream of either) as pages: every HTTP
 * response record with a 2xx status that holds HTML, in archive order. The archive is read
 * once, as a stream, one record at a time: only the record in hand is in memory.
 *
 * Parsing is warcio's (the webrecorder project's reader: gzip member by member, plain
 * WARC when the bytes are not gzip). Two things it leaves to its caller are done here:
 *  - a body is decoded as a live fetch decodes it (payload.ts), so brotli works too;
 *  - damage is noticed. warcio ends quietly at a truncated or corrupt gzip member and at a
 *    record cut short, so the bytes it consumed are compared with the bytes it was given and
 *    with the lengths the records declared; a shortfall becomes an ARCHIVE_CORRUPT error,
 *    and a file is read on from the next record after the damage (resync.ts).
 */
import { createReadStream } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { WARCParser } from 'warcio';
import type { WARCRecord } from 'warcio';
import { CopydeskError, toCopydeskError } from '../errors.js';
import { pageTypeOf } from '../fetch/mime.js';
import { errorRecord } from '../record/error-record.js';
import type { ErrorRecord, WarcOrigin } from '../record/types.js';
import { decodePayload } from './payload.js';
import { nextRecordOffset } from './resync.js';
import type { ArchiveTally } from './tally.js';
import { decodeHtml } from '../fetch/sniff.js';

/** A page read out of an archive, its body decompressed but not yet decoded to text. */
export interface ArchivedPage {
  /** WARC-Target-URI. */
  url: string;
  /** WARC-Date. */
  fetchedAt: Date;
  /** The archived response's Content-Type, for the charset. */
  contentType: string | null;
  bytes: Uint8Array;
  origin: WarcOrigin;
}

export type ArchiveItem = { page: ArchivedPage } | { error: ErrorRecord };

export interface ReadArchiveOptions {
  /** Bodies larger than this, stored or once inflated, are refused (TOO_LARGE). */
  maxBytes: number;
  /** Whether a target URI is wanted (--host, --url-pattern); default all. */
  accept?: (url: string) => boolean;
}

/** Statuses whose records are redirects, counted apart from other non-2xx answers. */
const REDIRECT = (status: number): boolean => status >= 300 && status < 400;

/** The position, in the decoded stream, where the record in hand should end. */
function blockEnd(parser: WARCParser, record: WARCRecord): number {
  return parser._warcHeadersLength + record.warcContentLength;
}

function targetOf(record: WARCRecord): string {
  // Some WARC 1.0 writers put the URI in angle brackets.
  return (record.warcTargetURI ?? '').replace(/^<(.*)>$/, '$1');
}

function dateOf(record: WARCRecord): Date {
  const d = new Date(record.warcDate ?? '');
  return Number.isNaN(d.getTime()) ? new Date() : d;
}

/** Where reading stopped on damage, and why. */
interface Damage {
  offset: number;
  why: string;
  cause?: unknown;
}

function corrupt(file: string, damage: Damage, resumedAt: number | null): { error: ErrorRecord } {
  const where = file === '-' ? 'stdin' : file;
  const then = resumedAt === null ? 'the rest of the archive cannot be read' : `reading resumed at byte ${resumedAt}`;
  const e = new CopydeskError('ARCHIVE_CORRUPT', `${where}: ${damage.why} at byte ${damage.offset}; ${then}`, { cause: damage.cause });
  return { error: errorRecord(file === '-' ? '' : pathToFileURL(file).href, e) };
}

/** A response record to a page, an error, or null when it is not a page (counted in the tally). */
async function readResponse(record: WARCRecord, parser: WARCParser, origin: WarcOrigin, opts: ReadArchiveOptions, tally: ArchiveTally): Promise<ArchiveItem | null> {
  const http = record.httpHeaders;
  const url = targetOf(record);
  if (!http) {
    tally.otherRecords++;
    return null;
  }
  const status = Number(http.statusCode);
  if (REDIRECT(status)) {
    tally.redirects++;
    return null;
  }
  if (!(status >= 200 && status < 300)) {
    tally.otherStatus++;
    return null;
  }
  const header = (name: string): string | null => http.headers.get(name) ?? null;
  const contentType = header('content-type');
  const kind = pageTypeOf(contentType);
  if (kind === 'not') {
    tally.notHtml++;
    return null;
  }
  if (opts.accept && !opts.accept(url)) {
    tally.filtered++;
    return null;
  }
  const fetchedAt = dateOf(record);
  const fail = (err: unknown): ArchiveItem => ({ error: { ...errorRecord(url, toCopydeskError(err, { url, stage: 'input' }), fetchedAt), warc: origin } });
  if (record.warcContentLength > opts.maxBytes) {
    return fail(new CopydeskError('TOO_LARGE', `archived response of ${record.warcContentLength} bytes is larger than the ${opts.maxBytes} allowed`, { url, status }));
  }
  const raw = await record.readFully(false);
  if (parser._reader.getReadOffset() < blockEnd(parser, record)) {
    return fail(new CopydeskError('ARCHIVE_CORRUPT', `record cut short: ${raw.length} bytes of body where the record declares more`, { url }));
  }
  let bytes: Uint8Array;
  try {
    bytes = await decodePayload(raw, { transferEncoding: header('transfer-encoding'), contentEncoding: header('content-encoding') }, opts.maxBytes, url);
    // Mislabelled types are looked inside.
    if (kind === 'maybe') decodeHtml(bytes, contentType, url);
  } catch (err) {
    if (err instanceof CopydeskError && err.code === 'NOT_HTML') {
      tally.notHtml++;
      return null;
    }
    return fail(err);
  }
  tally.pages++;
  return { page: { url, fetchedAt, contentType, bytes, origin } };
}

/** One pass over an archive from byte `base`: its pages, then where it stopped on damage (null at a clean end). */
async function* readPass(source: AsyncIterable<Uint8Array>, base: number, file: string, opts: ReadArchiveOptions, tally: ArchiveTally): AsyncGenerator<ArchiveItem, Damage | null> {
  let given = 0;
  const counted = (async function* (): AsyncGenerator<Uint8Array> {
    for await (const chunk of source) {
      given += chunk.length;
      yield chunk;
    }
  })();
  const parser = new WARCParser(counted);
  let end = 0;
  let offset = 0;
  let records = 0;
  try {
    for await (const record of parser) {
      offset = base + parser.offset;
      // warcio takes any header block as a record; one that is not WARC is where damage begins.
      if (!record.warcHeaders.statusline.startsWith('WARC/')) return { offset, why: 'a record that does not start with WARC/' };
      end = blockEnd(parser, record);
      records++;
      tally.records++;
      const type = record.warcType;
      if (type === 'revisit') tally.revisits++;
      else if (type !== 'response') tally.otherRecords++;
      else {
        const origin: WarcOrigin = { file, recordId: record.warcHeader('WARC-Record-ID') ?? '', offset };
        const item = await readResponse(record, parser, origin, opts, tally);
        // A record cut short: the damage is reported once, for the archive.
        if (item && 'error' in item && item.error.error.code === 'ARCHIVE_CORRUPT') return { offset, why: 'a record cut short' };
        if (item) yield item;
      }
    }
  } catch (err) {
    return { offset: base + parser.offset, why: `an unreadable record (${err instanceof Error ? err.message : String(err)})`, cause: err };
  }
  const reader = parser._reader;
  if (reader.getReadOffset() < end) return { offset, why: 'the archive cut short inside a record' };
  if (reader.getRawOffset() < given) return { offset: base + parser.offset, why: records ? 'damage after a good record' : 'bytes that are not a WARC record' };
  return null;
}

/**
 * The pages of one archive, in order. Never throws for damage: it yields an ARCHIVE_CORRUPT
 * error and, for a file, goes on from the next record that can be read (the next gzip member
 * or record line after the damage); a stream ends there.
 */
export async function* readArchive(source: AsyncIterable<Uint8Array>, file: string, opts: ReadArchiveOptions, tally: ArchiveTally): AsyncGenerator<ArchiveItem> {
  let from = 0;
  let input = source;
  for (;;) {
    const damage = yield* readPass(input, from, file, opts, tally);
    if (!damage) return;
    const next = file === '-' ? null : await nextRecordOffset(file, Math.max(damage.offset, from) + 1).catch(() => null);
    yield corrupt(file, damage, next);
    if (next === null) return;
    from = next;
    input = createReadStream(file, { start: next });
  }
}
