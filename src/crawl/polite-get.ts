/**
 * Politeness for `copydesk get` with many URLs: robots.txt read once per host (kept in
 * memory for the run; get has no state), disallowed pages become ROBOTS_DISALLOWED error
 * records, and requests to one host are spaced by the delay or the host's Crawl-delay.
 */
import type { Options } from '../config.js';
import { normaliseUrl } from '../discover/url.js';
import { CopydeskError } from '../errors.js';
import { fetchResource } from '../fetch/http.js';
import type { RequestInit } from '../fetch/http.js';
import { Politeness } from '../fetch/politeness.js';
import { RobotsCache, ROBOTS_MAX_BYTES } from '../fetch/robots.js';
import { errorRecord, get } from '../pipeline.js';
import type { Extractor } from '../extractor.js';
import type { CopydeskRecord } from '../record/types.js';

export interface PoliteGetOptions {
  delayMs: number;
  markdown?: boolean;
  html?: boolean;
  /** Where pages are extracted (default: this thread). */
  extract?: Extractor;
}

export function politeGet(opts: Options, polite: PoliteGetOptions): (url: string) => Promise<CopydeskRecord> {
  const politeness = new Politeness({ concurrency: opts.concurrency, perHost: opts.perHostConcurrency, delayMs: polite.delayMs, maxPauseMs: opts.retryMaxDelay });
  const robotsOptions: Options = { ...opts, maxBytes: ROBOTS_MAX_BYTES, retries: Math.min(opts.retries, 1) };
  // The pages were named by the person running get, so their robots.txt is fetched under the same trust.
  // A robots.txt past ROBOTS_MAX_BYTES is cut there, not refused (RFC 9309 section 2.5).
  const init: RequestInit & { trusted?: boolean } = { headers: { accept: 'text/plain, */*;q=0.5' }, trusted: true, truncate: true };
  const robots = new RobotsCache((url) => politeness.run(url, () => fetchResource(url, robotsOptions, init)), null, { userAgent: opts.userAgent });
  return async (url) => {
    // Checked before robots.txt is looked up for it: a bad address is the input's fault, not an internal one.
    if (!normaliseUrl(url)) return errorRecord(url, new CopydeskError('INVALID_URL', `not an http(s) URL: ${url}`, { url }));
    try {
      const rules = await robots.assertAllowed(url, true);
      politeness.setCrawlDelay(url, rules.crawlDelayMs);
    } catch (err) {
      return errorRecord(url, err);
    }
    return politeness.run(url, () => get(url, opts, { markdown: polite.markdown ?? false, html: polite.html ?? false, trusted: true, ...(polite.extract ? { extract: polite.extract } : {}) }));
  };
}
