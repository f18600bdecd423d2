/**
 * Reading a WARC archive (.warc, .warc.gz, or a stream of either) as pages: every HTTP
 * response record with a 2xx status that holds HTML, in archive order. The archive is read
 * once, as a stream, one record at a time: only the record in hand is in memory.
 *
 * Parsing is warcio's (the webrecorder project's reader) over plain bytes: the gzip members
 * are inflated before it by Node's zlib (members.ts), which also knows where each member
 * starts. What warcio leaves to its caller is done here:
 *  - a body is decoded as a live fetch decodes it (payload.ts), so brotli works too;
 *  - damage is noticed. A gzip member that is cut short or corrupt stops the inflater, and
 *    warcio ends quietly at a record cut short, so the bytes it consumed are compared with
 *    the bytes it was given and with the lengths the records declared; a shortfall becomes
 *    an ARCHIVE_CORRUPT error, and a file is read on from the next record after the damage
 *    (resync.ts);
 *  - warcio's own warnings (a record longer than its Content-Length says) would go to the
 *    console; they are counted in the tally instead, for copydesk's closing note.
 */
import { createReadStream } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { AsyncIterReader, WARCParser } from 'warcio';
import type { WARCRecord } from 'warcio';
import { CopydeskError, toCopydeskError } from '../errors.js';
import { pageTypeOf } from '../fetch/mime.js';
import { errorRecord } from '../record/error-record.js';
import type { ErrorRecord, WarcOrigin } from '../record/types.js';
import { GzipMembers } from './members.js';
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
    bytes = decodePayload(raw, { transferEncoding: header('transfer-encoding'), contentEncoding: header('content-encoding') }, opts.maxBytes, url);
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

/** warcio's one warning, about a record that runs on past its Content-Length. */
const LENGTH_WARNING = /^Content-Length Too Small/;

/**
 * Runs `read` with warcio's console warnings counted instead of printed; any other console
 * output passes through untouched. Archives are read one at a time, so one hook suffices.
 */
async function* countingWarnings<T, R>(read: AsyncGenerator<T, R>, onWarning: () => void): AsyncGenerator<T, R> {
  const original = console.warn;
  console.warn = (...args: unknown[]): void => {
    if (typeof args[0] === 'string' && LENGTH_WARNING.test(args[0])) onWarning();
    else original(...args);
  };
  try {
    return yield* read;
  } finally {
    console.warn = original;
  }
}

/**
 * Reads past what is left of a record nobody read (a request, an image, a page the filters
 * leave out). warcio would skip it itself before the next record, but in a loop that never
 * ends when the archive stops inside that record (its skip asks for the missing bytes again
 * and again, without yielding, so not even a signal gets through): here the bytes run out,
 * the loop ends, and the pass reports the archive cut short.
 */
async function skipUnread(record: WARCRecord): Promise<void> {
  if (record.consumed) return;
  for await (const chunk of record.reader) void chunk;
  record.consumed = 'skipped';
}

/** One pass over an archive from byte `base`: its pages, then where it stopped on damage (null at a clean end). */
async function* readPass(source: AsyncIterable<Uint8Array>, base: number, file: string, opts: ReadArchiveOptions, tally: ArchiveTally): AsyncGenerator<ArchiveItem, Damage | null> {
  const members = new GzipMembers(base);
  let given = 0;
  const counted = (async function* (): AsyncGenerator<Uint8Array> {
    for await (const chunk of members.inflate(source)) {
      given += chunk.length;
      yield chunk;
    }
  })();
  // Plain bytes: warcio's own (JavaScript) inflate is not asked to look at them.
  const parser = new WARCParser(new AsyncIterReader(counted, null));
  let end = 0;
  let offset = 0;
  let records = 0;
  const inflateDamage = (): Damage | null => {
    const d = members.damage;
    if (!d) return null;
    const why = d.kind === 'cut' ? 'the archive cut short inside a gzip member' : records ? 'damage after a good record' : 'bytes that are not a WARC record';
    return { offset: d.offset, why, ...(d.cause !== undefined ? { cause: d.cause } : {}) };
  };
  try {
    for await (const record of parser) {
      offset = members.fileOffset(parser.offset);
      // warcio takes any header block as a record; one that is not WARC is where damage begins.
      if (!record.warcHeaders.statusline.startsWith('WARC/')) return inflateDamage() ?? { offset, why: 'a record that does not start with WARC/' };
      // Every record declares its length; a header block without one is one the archive's end cut off.
      if (!record.warcHeader('Content-Length')) return inflateDamage() ?? { offset, why: 'a record whose header is cut short' };
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
        if (item && 'error' in item && item.error.error.code === 'ARCHIVE_CORRUPT') return inflateDamage() ?? { offset, why: 'a record cut short' };
        if (item) yield item;
      }
      await skipUnread(record);
    }
  } catch (err) {
    return inflateDamage() ?? { offset: members.fileOffset(parser.offset), why: `an unreadable record (${err instanceof Error ? err.message : String(err)})`, cause: err };
  }
  const damage = inflateDamage();
  if (damage) return damage;
  const reader = parser._reader;
  if (reader.getReadOffset() < end) return { offset, why: 'the archive cut short inside a record' };
  if (reader.getRawOffset() < given) return { offset: members.fileOffset(parser.offset), why: records ? 'damage after a good record' : 'bytes that are not a WARC record' };
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
    const damage = yield* countingWarnings(readPass(input, from, file, opts, tally), () => tally.lengthWarnings++);
    if (!damage) return;
    const next = file === '-' ? null : await nextRecordOffset(file, Math.max(damage.offset, from) + 1).catch(() => null);
    yield corrupt(file, damage, next);
    if (next === null) return;
    from = next;
    input = createReadStream(file, { start: next });
  }
}
