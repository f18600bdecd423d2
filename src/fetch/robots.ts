/**
 * robots.txt, read the way RFC 9309 says: fetched once per host per run (and kept in the
 * state for a day, so the next run does not ask again), rules matched for our product
 * token with `*` as fallback, Crawl-delay honoured.
 *  - 2xx: the rules apply. Garbage is harmless: lines that are not directives are ignored.
 *  - 4xx (no robots.txt, forbidden): nothing is disallowed.
 *  - A file past 500 KiB (ROBOTS_MAX_BYTES): its first 500 KiB apply, less the line the cut
 *    falls in (RFC 9309 section 2.5 lets a crawler ignore what lies past the limit). The
 *    fetcher must cut the file there (RequestInit.truncate) rather than refuse it: a
 *    TOO_LARGE from the fetcher counts as a failure, as below.
 *  - 5xx, 429, network failure: the host is treated as fully disallowed for this run (the
 *    RFC's "unreachable" rule), unless an earlier copy is in the state, which is then used
 *    even if expired. Nothing is cached, so the next run asks again.
 *    The pages refused meanwhile carry the error that kept robots.txt out of reach
 *    (CONNECTION, DNS, BLOCKED_ADDRESS, FETCH_TIMEOUT, HTTP_STATUS …), not ROBOTS_DISALLOWED:
 *    the cause is what the user can act on, and whether a retry helps depends on it.
 */
import { createRequire } from 'node:module';
import { CopydeskError, toCopydeskError } from '../errors.js';
import type { RobotsEntry, StateStore } from '../state/store.js';
import type { FetchResult } from './http.js';

interface RobotsParser {
  isAllowed(url: string, ua?: string): boolean | undefined;
  getCrawlDelay(ua?: string): number | undefined;
  getSitemaps(): string[];
}
// robots-parser is CommonJS and its bundled typings do not describe the export; this is its shape.
const robotsParser = createRequire(import.meta.url)('robots-parser') as (url: string, contents: string) => RobotsParser;

/** RFC 9309 asks parsers to read at least 500 KiB; what a longer file holds past that is not read. */
export const ROBOTS_MAX_BYTES = 500 * 1024;
export const ROBOTS_LIFETIME_MS = 24 * 3600_000;
/** A Crawl-delay above this is capped: a host asking for more is better skipped by the user. */
const MAX_CRAWL_DELAY_MS = 60_000;

export interface RobotsRules {
  allowed(url: string): boolean;
  /** Crawl-delay for our agent, ms, or null. */
  crawlDelayMs: number | null;
  sitemaps: string[];
  /** Why everything is disallowed, when robots.txt could not be read. */
  unavailable: CopydeskError | null;
}

/** Fetches robots.txt; `trusted` carries the trust of the URL that needs the rules (a person's own, or discovered). */
export type RobotsFetcher = (url: string, trusted: boolean) => Promise<FetchResult>;

export interface RobotsOptions {
  userAgent: string;
  lifetimeMs?: number;
  now?: () => number;
}

/** The product token robots.txt groups are matched against: "copydesk" from "copydesk/1.0 (+…)". */
export function productToken(userAgent: string): string {
  return (userAgent.trim().split(/[\s/]/)[0] ?? '').toLowerCase() || '*';
}

/**
 * The text of a robots.txt body: its first ROBOTS_MAX_BYTES bytes, and when the body was cut
 * there (or by the fetcher, `truncated`), without the partial line the cut leaves at the end.
 * Line ends are looked for in the bytes, where a UTF-8 character cut in half cannot hide one.
 */
export function robotsText(body: Buffer, truncated = false): string {
  let bytes = body;
  if (bytes.length > ROBOTS_MAX_BYTES) {
    // A line that ends exactly at the limit is whole.
    const next = bytes[ROBOTS_MAX_BYTES];
    bytes = bytes.subarray(0, ROBOTS_MAX_BYTES);
    truncated ||= next !== 0x0a && next !== 0x0d;
  }
  if (truncated) bytes = bytes.subarray(0, Math.max(bytes.lastIndexOf(0x0a), bytes.lastIndexOf(0x0d)) + 1);
  return bytes.toString('utf8');
}

export function parseRobots(origin: string, body: string, userAgent: string): RobotsRules {
  const robots = robotsParser(`${origin}/robots.txt`, body);
  const token = productToken(userAgent);
  const delay = robots.getCrawlDelay(token);
  return {
    allowed: (url) => robots.isAllowed(url, token) !== false,
    crawlDelayMs: typeof delay === 'number' && Number.isFinite(delay) && delay > 0 ? Math.min(delay * 1000, MAX_CRAWL_DELAY_MS) : null,
    sitemaps: sitemapUrls(robots.getSitemaps(), origin),
    unavailable: null,
  };
}

/**
 * The Sitemap lines as absolute http(s) URLs, each once. RFC 9309 wants them absolute, but
 * "Sitemap: /sitemap.xml" is common and means the site's own; it is read against robots.txt.
 */
function sitemapUrls(lines: string[], origin: string): string[] {
  const out: string[] = [];
  for (const line of lines) {
    let url: URL;
    try {
      url = new URL(line.trim(), `${origin}/robots.txt`);
    } catch {
      continue;
    }
    if ((url.protocol === 'http:' || url.protocol === 'https:') && !out.includes(url.href)) out.push(url.href);
  }
  return out;
}

function allowAll(): RobotsRules {
  return { allowed: () => true, crawlDelayMs: null, sitemaps: [], unavailable: null };
}

function disallowAll(reason: CopydeskError): RobotsRules {
  return { allowed: () => false, crawlDelayMs: null, sitemaps: [], unavailable: reason };
}

export function originOf(url: string): string {
  return new URL(url).origin;
}

export class RobotsCache {
  private readonly perRun = new Map<string, Promise<RobotsRules>>();
  private readonly lifetime: number;
  private readonly now: () => number;

  constructor(
    private readonly fetcher: RobotsFetcher,
    private readonly store: StateStore | null,
    private readonly options: RobotsOptions,
  ) {
    this.lifetime = options.lifetimeMs ?? ROBOTS_LIFETIME_MS;
    this.now = options.now ?? Date.now;
  }

  /** The rules for a URL's origin; concurrent callers share one fetch. */
  rulesFor(url: string, trusted = false): Promise<RobotsRules> {
    const origin = originOf(url);
    const key = `${trusted ? 'trusted' : 'found'} ${origin}`;
    let p = this.perRun.get(key);
    if (!p) {
      p = this.load(origin, trusted);
      this.perRun.set(key, p);
    }
    return p;
  }

  /**
   * Throws ROBOTS_DISALLOWED when robots.txt keeps us out of url, or, when robots.txt could
   * not be fetched, the error that stopped it, saying so.
   */
  async assertAllowed(url: string, trusted = false): Promise<RobotsRules> {
    const rules = await this.rulesFor(url, trusted);
    if (!rules.allowed(url)) {
      const why = rules.unavailable;
      if (why) {
        // An unreachable robots.txt is a passing state (unless the address itself is refused): the page may be allowed next run.
        throw new CopydeskError(why.code, `while fetching ${originOf(url)}/robots.txt (the host is treated as disallowed until it can be read): ${why.message}`, {
          url,
          status: why.status,
          stage: why.stage,
          retryable: why.code !== 'BLOCKED_ADDRESS',
          retryAfter: why.retryAfter,
          cause: why,
        });
      }
      throw new CopydeskError('ROBOTS_DISALLOWED', 'disallowed by robots.txt', { url });
    }
    return rules;
  }

  private fromEntry(e: RobotsEntry): RobotsRules {
    return e.status >= 200 && e.status < 300 ? parseRobots(e.origin, e.body, this.options.userAgent) : allowAll();
  }

  private async load(origin: string, trusted: boolean): Promise<RobotsRules> {
    const cached = this.store ? await this.store.getRobots(origin) : undefined;
    if (cached && cached.expiresAt > this.now()) return this.fromEntry(cached);
    let res: FetchResult;
    try {
      res = await this.fetcher(`${origin}/robots.txt`, trusted);
    } catch (err) {
      const e = toCopydeskError(err, { url: `${origin}/robots.txt` });
      const status = e.status ?? 0;
      if (e.code === 'HTTP_STATUS' && status >= 400 && status < 500 && status !== 429) {
        await this.save({ origin, status, body: '', fetchedAt: this.now(), expiresAt: this.now() + this.lifetime });
        return allowAll();
      }
      if (cached) return this.fromEntry(cached);
      return disallowAll(e);
    }
    const body = robotsText(res.body, res.truncated === true);
    const entry: RobotsEntry = { origin, status: res.status, body, fetchedAt: this.now(), expiresAt: this.now() + this.lifetime };
    await this.save(entry);
    return this.fromEntry(entry);
  }

  private async save(entry: RobotsEntry): Promise<void> {
    if (this.store) await this.store.putRobots(entry);
  }
}
