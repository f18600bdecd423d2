/**
 * What a failed item's error means for later runs. Three kinds:
 *  - transient (a 503, a 429, a timeout, a reset connection): tried again on later runs
 *    after a back-off that doubles, until --max-attempts, then given up (and said so);
 *  - refused because of a setting (a private address without --allow-private, robots.txt,
 *    a page judged not to be an article): tried again when a run's settings, or the
 *    robots.txt rules, would now let it through;
 *  - anything else (404, an empty page): kept as failed until `copydesk state retry`.
 */
import type { Options } from '../config.js';
import type { CopydeskError, ErrorCode } from '../errors.js';
import type { FailureEntry } from '../state/failures.js';

/** The run's settings that can turn a refusal into a page. */
export interface RunSettings {
  allowPrivate: boolean;
  keepNonArticles: boolean;
  userAgent: string;
  maxBytes: number;
}

export function runSettings(o: Options): RunSettings {
  return { allowPrivate: o.allowPrivate, keepNonArticles: o.keepNonArticles, userAgent: o.userAgent, maxBytes: o.maxBytes };
}

/** Attempts before a transient failure is given up (--max-attempts). */
export const DEFAULT_MAX_ATTEMPTS = 5;
/** First wait before a transient failure is tried again: the next hourly cron run picks it up. */
const RETRY_BASE_MS = 30 * 60_000;
/** Longest wait between two attempts. */
const RETRY_MAX_MS = 24 * 3600_000;

/** Codes that say "come back later" whatever the request's own retry flag said. */
const TRANSIENT_CODES: ReadonlySet<ErrorCode> = new Set(['FETCH_TIMEOUT', 'CONNECTION', 'DNS']);
/** HTTP statuses that say the same: rate limits and server trouble. */
const TRANSIENT_STATUS = (status: number): boolean => status === 408 || status === 429 || status >= 500;

/**
 * Refusals a setting decides: which setting, and whether its value now could let the item
 * through where its value then did not. robots.txt is also looked at again each run (its
 * rules change); see the crawler.
 */
const SETTING_RULES: Partial<Record<ErrorCode, { setting: keyof RunSettings; mayNowPass: (then: unknown, now: RunSettings[keyof RunSettings]) => boolean }>> = {
  BLOCKED_ADDRESS: { setting: 'allowPrivate', mayNowPass: (then, now) => now === true && then !== true },
  NOT_AN_ARTICLE: { setting: 'keepNonArticles', mayNowPass: (then, now) => now === true && then !== true },
  ROBOTS_DISALLOWED: { setting: 'userAgent', mayNowPass: (then, now) => then !== now },
  TOO_LARGE: { setting: 'maxBytes', mayNowPass: (then, now) => typeof then !== 'number' || (typeof now === 'number' && now > then) },
};

/** Tried again on later runs with back-off. The request's retry flag counts too (a robots.txt that could not be read). */
export function isTransient(e: CopydeskError): boolean {
  if (e.code === 'HTTP_STATUS') return TRANSIENT_STATUS(e.status ?? 0);
  if (e.code === 'BLOCKED_ADDRESS') return false;
  return TRANSIENT_CODES.has(e.code) || e.retryable;
}

/** The settings a refusal depended on, as they are in this run; null when none. */
export function settingsFor(code: string, s: RunSettings): Record<string, unknown> | null {
  const rule = SETTING_RULES[code as ErrorCode];
  return rule ? { [rule.setting]: s[rule.setting] } : null;
}

/** When a transient failure may be tried again: 30 min doubling per attempt, at most a day, never before Retry-After. */
export function nextAttemptAt(attempts: number, now: number, retryAfterSeconds?: number): number {
  const wait = Math.min(RETRY_BASE_MS * 2 ** Math.max(0, Math.min(attempts - 1, 20)), RETRY_MAX_MS);
  return now + Math.max(wait, (retryAfterSeconds ?? 0) * 1000);
}

/**
 * due: try it in this run; waiting: a transient failure whose time has not come; kept: stays
 * failed (given up, a setting still refuses it, or nothing would change the answer);
 * robots: refused by robots.txt under the same User-Agent, due only if the rules now allow it.
 */
export type Verdict = 'due' | 'waiting' | 'kept' | 'robots';

export function judge(f: FailureEntry, s: RunSettings, now: number): Verdict {
  if (f.forced) return 'due';
  if (f.transient) {
    if (f.givenUp) return 'kept';
    return (f.nextAttemptAt ?? 0) <= now ? 'due' : 'waiting';
  }
  const rule = SETTING_RULES[f.code as ErrorCode];
  if (!rule) return 'kept';
  if (rule.mayNowPass(f.settings?.[rule.setting], s[rule.setting])) return 'due';
  return f.code === 'ROBOTS_DISALLOWED' ? 'robots' : 'kept';
}
