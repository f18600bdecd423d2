/**
 * What a crawl did, counted as it goes: for the progress display, the one-line summary
 * on stderr and --summary-json.
 */

export interface CrawlCounters {
  /** Sources given. */
  sources: number;
  /** Sources read to the end (including those whose documents had not changed). */
  sourcesRead: number;
  /** Sources whose documents all answered 304 Not Modified. */
  sourcesUnchanged: number;
  sourcesFailed: number;
  /** Sources skipped because they keep failing (back-off across runs). */
  sourcesDeferred: number;
  /** Feeds, sitemaps and pages fetched to find items (304 answers included). */
  documents: number;
  documentsFailed: number;
  /** Items listed by the documents read. */
  found: number;
  /** Left out by --since or --max-per-source. */
  filtered: number;
  /** Skipped: already seen in an earlier run or earlier in this one. */
  seen: number;
  /** Articles fetched. */
  fetched: number;
  /** Records written. */
  written: number;
  /** Articles in a language --lang leaves out: fetched, remembered as seen, not written. */
  otherLang: number;
  /** Same story as one already written (canonical URL or identical body). */
  duplicates: number;
  failed: number;
  /** Skipped because their host is backed off after repeated failures. */
  deferred: number;
  /** Failed in an earlier run and tried again in this one (their reason may have gone). */
  retried: number;
  /** Failed in an earlier run with a transient error, waiting for their next attempt. */
  waiting: number;
  /** Failed for the last time allowed (--max-attempts) in this run. */
  givenUp: number;
  /** Followed story links that led to pages of stories: read as sections from then on (--follow). */
  sections: number;
}

export function emptyCounters(): CrawlCounters {
  return { sources: 0, sourcesRead: 0, sourcesUnchanged: 0, sourcesFailed: 0, sourcesDeferred: 0, documents: 0, documentsFailed: 0, found: 0, filtered: 0, seen: 0, fetched: 0, written: 0, otherLang: 0, duplicates: 0, failed: 0, deferred: 0, retried: 0, waiting: 0, givenUp: 0, sections: 0 };
}

/** Failures listed in --summary-json, each kind; the counters hold the totals. */
export const MAX_LISTED_FAILURES = 1000;

/** A source, or a document reached from it, that could not be read. */
export interface FailedSource {
  source: string;
  url: string;
  code: string;
  message: string;
  status?: number;
}

/** An item that was not written in this run. */
export interface FailedItem {
  url: string;
  source: string;
  code: string;
  message: string;
  status?: number;
  attempts: number;
  givenUp: boolean;
  /** ISO time of the next try, for transient failures not given up. */
  nextAttemptAt: string | null;
}

export interface CrawlSummary {
  startedAt: string;
  finishedAt: string;
  durationMs: number;
  state: string;
  interrupted: boolean;
  /** The error that stopped the run early (disk full, damaged state), if any. */
  fatal: { code: string; message: string } | null;
  exitCode: number;
  counters: CrawlCounters;
  failures: { sources: FailedSource[]; items: FailedItem[] };
}

/** The live line: "sources 2/3 · items 40 · fetched 12 · written 11 · seen 25 · failed 1". */
export function progressLine(c: CrawlCounters): string {
  const done = c.sourcesRead + c.sourcesFailed + c.sourcesDeferred;
  return `sources ${done}/${c.sources} · items ${c.found} · fetched ${c.fetched} · written ${c.written} · seen ${c.seen} · duplicates ${c.duplicates} · failed ${c.failed}`;
}

/** The one line always printed at the end. */
export function summaryLine(s: CrawlSummary): string {
  const c = s.counters;
  const parts = [
    `${c.sources} source${c.sources === 1 ? '' : 's'}${c.sourcesFailed ? ` (${c.sourcesFailed} failed)` : ''}${c.sourcesUnchanged ? ` (${c.sourcesUnchanged} unchanged)` : ''}${c.sourcesDeferred ? ` (${c.sourcesDeferred} backed off)` : ''}`,
    `${c.found} items`,
    `${c.written} written`,
    `${c.seen} seen`,
    `${c.duplicates} duplicates`,
    `${c.filtered} filtered`,
    `${c.failed} failed`,
  ];
  if (c.otherLang) parts.push(`${c.otherLang} in other languages (--lang)`);
  if (c.deferred) parts.push(`${c.deferred} deferred`);
  if (c.retried) parts.push(`${c.retried} retried`);
  if (c.waiting) parts.push(`${c.waiting} waiting to retry`);
  if (c.givenUp) parts.push(`${c.givenUp} given up`);
  if (c.sections) parts.push(`${c.sections} found to be sections`);
  const tail = s.fatal ? ` · stopped: ${s.fatal.message}` : s.interrupted ? ' · interrupted' : '';
  return `copydesk crawl: ${parts.join(' · ')} in ${(s.durationMs / 1000).toFixed(1)} s${tail}`;
}
