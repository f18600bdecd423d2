/**
 * What the crawl's parts share: options, the store, politeness, robots, counters and the
 * stop switch.
 */
import type { Options } from '../config.js';
import type { Politeness } from '../fetch/politeness.js';
import type { RobotsCache } from '../fetch/robots.js';
import type { RequestInit } from '../fetch/http.js';
import type { StateStore } from '../state/store.js';
import type { CrawlCounters } from './summary.js';

/**
 * Request options with the trust flag: URLs a person gave are trusted, URLs found in
 * feeds, sitemaps and pages are not (the fetch client refuses private addresses for
 * those unless allowPrivate is set). Kept as a separate type so this compiles whether or
 * not the client already declares the flag.
 */
export type CrawlRequestInit = RequestInit & { trusted?: boolean };

export interface CrawlShared {
  options: Options;
  store: StateStore;
  politeness: Politeness;
  robots: RobotsCache;
  counters: CrawlCounters;
  /** Hard stop: aborts requests in flight (second signal). */
  abort: AbortController;
  /** Soft stop: no new work starts. */
  isStopping(): boolean;
  now(): number;
  log(message: string): void;
}
