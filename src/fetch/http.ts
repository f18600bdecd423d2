/**
 * The HTTP client. One GET: redirects followed by hand (redirect.ts), each hop routed through
 * the address guard unless trusted (guard.ts, dispatcher.ts), the body inflated under the
 * size cap (decompress.ts); around it, retries with back-off that honour Retry-After and
 * stop at the overall deadline (retry.ts).
 *
 * Trust: a URL a person typed (command line, --input) is fetched even when it is on a
 * private network, and so are redirects that stay on its origin. Any other host a redirect
 * leads to, and every URL found in pages, feeds or sitemaps, must be a public address;
 * `allowPrivate` lifts the rule for everything.
 */
import { request } from 'undici';
import type { Dispatcher } from 'undici';
import type { FetchOptions } from '../config.js';
import { CopydeskError } from '../errors.js';
import { readBodyUpTo } from './decompress.js';
import { routeFor } from './dispatcher.js';
import { CookieJar } from './cookies.js';
import { DEFAULT_HEADERS, credentialsOf, flattenHeaders, lowerKeys, withCookies } from './headers.js';
import { checkHostBeforeProxy } from './guard.js';
import { mapNetworkError } from './neterrors.js';
import { FETCHABLE_SCHEMES, REDIRECT_STATUSES, headersForHop, nextHop, sameSite } from './redirect.js';
import { parseRetryAfter, planRetry, sleep } from './retry.js';

export { closeDispatchers, dispatcherFor } from './dispatcher.js';
export { mapNetworkError } from './neterrors.js';
export { parseRetryAfter, retryDelay } from './retry.js';

export interface FetchResult {
  /** The URL asked for. */
  url: string;
  /** The URL of the last response, after redirects. */
  finalUrl: string;
  status: number;
  headers: Record<string, string>;
  contentType: string | null;
  /** The decompressed body (empty for 304). */
  body: Buffer;
  /** Every URL visited before finalUrl. */
  redirects: string[];
  /** The body is only the first maxBytes bytes of a longer one (asked for with RequestInit.truncate). */
  truncated?: boolean;
}

export interface RequestInit {
  /** Extra headers for this request only (If-None-Match, Accept …). */
  headers?: Record<string, string>;
  /** Return 304 Not Modified as a result instead of an error. */
  allowNotModified?: boolean;
  /** Abort from outside (SIGINT, a run deadline). */
  signal?: AbortSignal;
  /**
   * The URL was given by a person (command line, --input): its origin may be private.
   * Leave unset for URLs discovered in pages, feeds, sitemaps.
   */
  trusted?: boolean;
  /**
   * Keep the first maxBytes bytes of a longer body (the result says `truncated`) instead of
   * failing with TOO_LARGE. For robots.txt, which RFC 9309 lets a crawler cut at 500 KiB; not
   * for pages, which would be extracted as if the part were the whole.
   */
  truncate?: boolean;
}

/** Statuses worth another try: rate limiting and server trouble. */
const RETRY_STATUSES = new Set([408, 425, 429, 500, 502, 503, 504]);

/** Drops a body unread; destroying it tears down the connection, which is the point. */
function discard(body: Dispatcher.ResponseData['body']): void {
  body.on('error', () => {});
  body.destroy();
}

/** Settles with the promise, or rejects as soon as the signal aborts. */
function untilAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason as Error);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason as Error);
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

function startUrl(raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new CopydeskError('INVALID_URL', `not a valid URL: ${raw}`, { url: raw });
  }
  if (!FETCHABLE_SCHEMES.has(url.protocol)) {
    throw new CopydeskError('INVALID_URL', `unsupported scheme ${url.protocol} (only http and https)`, { url: raw });
  }
  url.hash = '';
  return url;
}

/** One response, redirects followed, no retries. */
async function fetchOnce(url: string, opts: FetchOptions, init: RequestInit, signal: AbortSignal): Promise<FetchResult> {
  const start = startUrl(url);
  const baseHeaders = { 'user-agent': opts.userAgent, ...DEFAULT_HEADERS, ...credentialsOf(start), ...lowerKeys(opts.headers), ...lowerKeys(init.headers) };
  start.username = '';
  start.password = '';
  const visited: string[] = [];
  const jar = new CookieJar();
  const keyOf = (u: URL) => `${u.href} ${jar.header(u)}`;
  const seen = new Set<string>();
  let current = start;
  for (;;) {
    visited.push(current.href);
    seen.add(keyOf(current));
    const guarded = !opts.allowPrivate && !(init.trusted && sameSite(start, current));
    const route = routeFor(current, opts, guarded);
    let res: Dispatcher.ResponseData;
    try {
      if (guarded && route.proxy) await untilAborted(checkHostBeforeProxy(current.hostname), signal);
      res = await request(current, { method: 'GET', dispatcher: route.dispatcher, signal, headers: withCookies(headersForHop(baseHeaders, start, current), jar.header(current)) });
    } catch (err) {
      const e = mapNetworkError(err, url);
      if (e.code !== 'BLOCKED_ADDRESS' || visited.length === 1) throw e;
      throw new CopydeskError('BLOCKED_ADDRESS', `redirect to ${current.href} not followed: ${e.message}`, { url, cause: e });
    }
    const headers = flattenHeaders(res.headers);
    const status = res.statusCode;
    if (REDIRECT_STATUSES.has(status)) {
      // The body of a redirect is never read: a hostile one could be endless.
      discard(res.body);
      jar.store(res.headers['set-cookie'], current);
      current = nextHop(current, status, headers.location, { visited, seen, keyOf, maxRedirects: opts.maxRedirects, url });
      continue;
    }
    const result = { url, finalUrl: current.href, status, headers, contentType: headers['content-type'] ?? null, redirects: visited.slice(0, -1) };
    if (status === 304 && init.allowNotModified) {
      discard(res.body);
      return { ...result, body: Buffer.alloc(0) };
    }
    if (status < 200 || status >= 300) {
      discard(res.body);
      throw new CopydeskError('HTTP_STATUS', `HTTP ${status} from ${current.href}`, {
        url,
        status,
        retryable: RETRY_STATUSES.has(status),
        retryAfter: parseRetryAfter(headers['retry-after']),
      });
    }
    const declared = Number(headers['content-length']);
    if (!init.truncate && !headers['content-encoding'] && Number.isFinite(declared) && declared > opts.maxBytes) {
      discard(res.body);
      throw new CopydeskError('TOO_LARGE', `body of ${declared} bytes is larger than the ${opts.maxBytes} allowed`, { url, status });
    }
    const { body, truncated } = await readBodyUpTo(res.body, headers['content-encoding'], opts.maxBytes, url, init.truncate === true);
    return truncated ? { ...result, body, truncated } : { ...result, body };
  }
}

/** A deadline for the whole fetch that also follows an outside signal; clean up with done(). */
function deadline(ms: number, outer: AbortSignal | undefined): { signal: AbortSignal; expired: () => boolean; done: () => void } {
  const controller = new AbortController();
  let expired = false;
  const timer = setTimeout(() => {
    expired = true;
    controller.abort(new CopydeskError('FETCH_TIMEOUT', `no complete answer within ${ms} ms (overall timeout)`, { retryable: false }));
  }, ms);
  const follow = () => controller.abort(outer?.reason);
  if (outer?.aborted) follow();
  else outer?.addEventListener('abort', follow, { once: true });
  return {
    signal: controller.signal,
    expired: () => expired,
    done: () => {
      clearTimeout(timer);
      outer?.removeEventListener('abort', follow);
    },
  };
}

/** GET with retries on network errors, 429 and 5xx; throws CopydeskError on failure. */
export async function fetchResource(url: string, opts: FetchOptions, init: RequestInit = {}): Promise<FetchResult> {
  const startedAt = Date.now();
  const limit = deadline(opts.totalTimeout, init.signal);
  try {
    for (let attempt = 0; ; attempt++) {
      const tryStarted = Date.now();
      try {
        return await fetchOnce(url, opts, init, limit.signal);
      } catch (err) {
        if (limit.expired()) {
          throw new CopydeskError('FETCH_TIMEOUT', `no complete answer within ${opts.totalTimeout} ms (overall timeout${attempt ? `, ${attempt + 1} attempts` : ''})`, { url, retryable: false, cause: err });
        }
        const e = mapNetworkError(err, url);
        if (limit.signal.aborted) throw e;
        const now = Date.now();
        const plan = planRetry(attempt, e.retryable, e.retryAfter, opts, opts.totalTimeout - (now - startedAt), undefined, now - tryStarted);
        if (!plan.retry) {
          if (!plan.reason) throw e;
          throw new CopydeskError(e.code, `${e.message} (${plan.reason})`, { url, status: e.status, retryable: e.retryable, retryAfter: e.retryAfter, cause: e.cause });
        }
        await sleep(plan.delay, limit.signal).catch(() => {
          throw e;
        });
      }
    }
  } finally {
    limit.done();
  }
}
