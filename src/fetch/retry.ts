/**
 * When to try again: exponential back-off with jitter (so many clients that failed together
 * do not return together), the server's Retry-After when it gives one, and never past the
 * request's overall deadline.
 */
import type { FetchOptions } from '../config.js';

/** Longest Retry-After taken literally (a year); larger values are treated as this. */
const MAX_RETRY_AFTER_SECONDS = 365 * 24 * 3600;

/**
 * Retry-After in seconds, from delta-seconds ("120") or an HTTP-date
 * ("Wed, 21 Oct 2015 07:28:00 GMT"); undefined when absent or unreadable. Dates in the
 * past mean "now" (0).
 */
export function parseRetryAfter(value: string | undefined | null, now = Date.now()): number | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Math.min(Number(trimmed), MAX_RETRY_AFTER_SECONDS);
  // Every HTTP-date form names the day or month; this keeps Date.parse from reading "1.5"
  // or "7" as a calendar date.
  if (!/[a-z]{3}/i.test(trimmed) || trimmed.length > 64) return undefined;
  const date = Date.parse(trimmed);
  if (!Number.isFinite(date)) return undefined;
  return Math.min(Math.max(0, Math.ceil((date - now) / 1000)), MAX_RETRY_AFTER_SECONDS);
}

/** Exponential back-off with ±50% jitter for retry number `attempt` (0 = first retry), capped. */
export function backoffDelay(attempt: number, opts: Pick<FetchOptions, 'retryBaseDelay' | 'retryMaxDelay'>, random: () => number = Math.random): number {
  const exp = opts.retryBaseDelay * 2 ** Math.min(attempt, 30);
  return Math.min(Math.round(exp * (0.5 + random())), opts.retryMaxDelay);
}

/** The delay before a retry: the server's Retry-After if it sent one, else back-off; capped. */
export function retryDelay(attempt: number, opts: Pick<FetchOptions, 'retryBaseDelay' | 'retryMaxDelay'>, retryAfterSeconds?: number, random?: () => number): number {
  if (retryAfterSeconds !== undefined) return Math.min(retryAfterSeconds * 1000, opts.retryMaxDelay);
  return backoffDelay(attempt, opts, random);
}

export interface RetryPlan {
  /** Wait this long, then try again. */
  retry: boolean;
  delay: number;
  /** Why not, when not: for the error message. */
  reason?: string;
}

/**
 * A try needs at least this long, in ms, or as long as the last one took: a retry that would
 * start with less time than that before the deadline is not made, and the run reports the
 * server's answer rather than a timeout of its own making.
 */
export const RETRY_MIN_TRY_MS = 100;

/**
 * Decides whether a failed attempt is tried again. A server asking to wait longer than
 * retryMaxDelay is taken at its word (no retry sooner than it asked), and no retry starts
 * that could not finish before the deadline: after its delay there must be time left for a
 * try as long as the last one took (`lastTryMs`, at least RETRY_MIN_TRY_MS).
 */
export function planRetry(
  attempt: number,
  retryable: boolean,
  retryAfterSeconds: number | undefined,
  opts: Pick<FetchOptions, 'retries' | 'retryBaseDelay' | 'retryMaxDelay'>,
  msLeft: number,
  random?: () => number,
  lastTryMs = 0,
): RetryPlan {
  if (!retryable) return { retry: false, delay: 0 };
  if (attempt >= opts.retries) return { retry: false, delay: 0, reason: opts.retries ? `gave up after ${opts.retries} retries` : undefined };
  if (retryAfterSeconds !== undefined && retryAfterSeconds * 1000 > opts.retryMaxDelay) {
    return { retry: false, delay: 0, reason: `server asked to retry after ${retryAfterSeconds}s, longer than the ${opts.retryMaxDelay / 1000}s allowed` };
  }
  const delay = retryDelay(attempt, opts, retryAfterSeconds, random);
  if (delay + Math.max(lastTryMs, RETRY_MIN_TRY_MS) >= msLeft) return { retry: false, delay: 0, reason: 'no time left for another try' };
  return { retry: true, delay };
}

export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason instanceof Error ? signal.reason : new Error('aborted'));
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason instanceof Error ? signal.reason : new Error('aborted'));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
