/**
 * What reading archives found: pages, and everything passed over by kind, for the note on
 * stderr at the end of `copydesk extract` (stdout carries records only).
 */
export interface ArchiveTally {
  /** Archives read. */
  archives: number;
  /** WARC records seen, of every type. */
  records: number;
  /** HTML pages handed on for extraction. */
  pages: number;
  /** 2xx responses that are not HTML (images, scripts, feeds, PDFs). */
  notHtml: number;
  /** 3xx responses. */
  redirects: number;
  /** Other statuses: 1xx, 4xx, 5xx. */
  otherStatus: number;
  /** Revisit records (the same payload as an earlier capture). */
  revisits: number;
  /** Request, metadata, warcinfo, resource and other records, and responses without HTTP. */
  otherRecords: number;
  /** Pages left out by --host or --url-pattern. */
  filtered: number;
  /** Pages an earlier run (or a crawl) already wrote, passed over with --state. */
  alreadyDone: number;
  /** Records followed by more bytes than their Content-Length says (read on from the next record). */
  lengthWarnings: number;
}

export function emptyTally(): ArchiveTally {
  return { archives: 0, records: 0, pages: 0, notHtml: 0, redirects: 0, otherStatus: 0, revisits: 0, otherRecords: 0, filtered: 0, alreadyDone: 0, lengthWarnings: 0 };
}

const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

/** "2 archives: 120 HTML pages of 900 records; skipped 300 not HTML, 20 redirects, …". */
export function tallyLine(t: ArchiveTally): string {
  const skipped: [number, string][] = [
    [t.notHtml, 'not HTML'],
    [t.redirects, plural(t.redirects, 'redirect').replace(/^\d+ /, '')],
    [t.otherStatus, 'other statuses (4xx, 5xx)'],
    [t.revisits, plural(t.revisits, 'revisit').replace(/^\d+ /, '')],
    [t.otherRecords, 'request, metadata and other records'],
    [t.filtered, 'left out by --host/--url-pattern'],
    [t.alreadyDone, 'already extracted (--state)'],
  ];
  const parts = skipped.filter(([n]) => n > 0).map(([n, what]) => `${n} ${what}`);
  const warned = t.lengthWarnings ? `; ${plural(t.lengthWarnings, 'record')} longer than ${t.lengthWarnings === 1 ? 'its' : 'their'} Content-Length` : '';
  return `${plural(t.archives, 'archive')}: ${plural(t.pages, 'HTML page')} of ${plural(t.records, 'record')}${parts.length ? `; skipped ${parts.join(', ')}` : ''}${warned}`;
}
