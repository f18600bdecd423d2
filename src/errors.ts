/**
 * Typed errors. Every failure copydesk reports carries a stable `code` that users and
 * scripts match on, the pipeline `stage` it happened in, and whether a retry may help.
 * Errors are never disguised as results: a failed page becomes an error record built
 * from one of these.
 */

export const ERROR_CODES = {
  // fetch stage
  FETCH_TIMEOUT: { stage: 'fetch', retryable: true },
  DNS: { stage: 'fetch', retryable: true },
  TLS: { stage: 'fetch', retryable: false },
  CONNECTION: { stage: 'fetch', retryable: true },
  HTTP_STATUS: { stage: 'fetch', retryable: false },
  TOO_MANY_REDIRECTS: { stage: 'fetch', retryable: false },
  REDIRECT_LOOP: { stage: 'fetch', retryable: false },
  BAD_REDIRECT: { stage: 'fetch', retryable: false },
  TOO_LARGE: { stage: 'fetch', retryable: false },
  NOT_HTML: { stage: 'fetch', retryable: false },
  BAD_ENCODING: { stage: 'fetch', retryable: false },
  BLOCKED_ADDRESS: { stage: 'fetch', retryable: false },
  ROBOTS_DISALLOWED: { stage: 'fetch', retryable: false },
  INVALID_URL: { stage: 'input', retryable: false },
  // extract stage
  PARSE: { stage: 'extract', retryable: false },
  EMPTY_ARTICLE: { stage: 'extract', retryable: false },
  NOT_AN_ARTICLE: { stage: 'extract', retryable: false },
  // a page whose extraction ran past --page-timeout: its worker was ended and replaced
  PAGE_TIMEOUT: { stage: 'extract', retryable: false },
  // a page still waiting for a worker when its pool was closed (a run stopped): not extracted
  CANCELLED: { stage: 'extract', retryable: true },
  // discover stage: feeds, sitemaps, OPML, home pages
  FEED_PARSE: { stage: 'discover', retryable: false },
  NO_FEED: { stage: 'discover', retryable: false },
  // state database and output files
  STATE_CORRUPT: { stage: 'state', retryable: false },
  // the state lost what it held: empty file, no schema, commits gone (see src/state/integrity.ts)
  STATE_LOST: { stage: 'state', retryable: false },
  STATE_LOCKED: { stage: 'state', retryable: false },
  STATE: { stage: 'state', retryable: false },
  // a state on a database server that cannot be reached (refused, timed out, authentication)
  STATE_UNREACHABLE: { stage: 'state', retryable: true },
  OUTPUT: { stage: 'output', retryable: false },
  // input / usage
  USAGE: { stage: 'input', retryable: false },
  INPUT: { stage: 'input', retryable: false },
  // a WARC archive cut short or damaged: what follows the damage cannot be read
  ARCHIVE_CORRUPT: { stage: 'input', retryable: false },
  // anything we did not foresee: still a record, never a crash
  INTERNAL: { stage: 'internal', retryable: false },
} as const satisfies Record<string, { stage: string; retryable: boolean }>;

export type ErrorCode = keyof typeof ERROR_CODES;
export type Stage = 'input' | 'fetch' | 'extract' | 'discover' | 'state' | 'output' | 'internal';

export interface CopydeskErrorOptions {
  url?: string | undefined;
  status?: number | undefined;
  stage?: Stage | undefined;
  retryable?: boolean | undefined;
  /** Seconds the server asked us to wait (Retry-After), when it said so. */
  retryAfter?: number | undefined;
  cause?: unknown;
}

export class CopydeskError extends Error {
  override readonly name = 'CopydeskError';
  readonly code: ErrorCode;
  readonly stage: Stage;
  readonly url: string | undefined;
  readonly status: number | undefined;
  readonly retryable: boolean;
  readonly retryAfter: number | undefined;

  constructor(code: ErrorCode, message: string, options: CopydeskErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    const spec = ERROR_CODES[code];
    this.code = code;
    this.stage = options.stage ?? (spec.stage as Stage);
    this.url = options.url;
    this.status = options.status;
    this.retryable = options.retryable ?? spec.retryable;
    this.retryAfter = options.retryAfter;
  }
}

export function isCopydeskError(err: unknown): err is CopydeskError {
  return err instanceof CopydeskError;
}

/** Wraps anything thrown into a CopydeskError, keeping typed ones as they are. */
export function toCopydeskError(err: unknown, fallback: { url?: string; stage?: Stage } = {}): CopydeskError {
  if (err instanceof CopydeskError) return err;
  const message = err instanceof Error ? err.message : String(err);
  return new CopydeskError('INTERNAL', message, { url: fallback.url, stage: fallback.stage ?? 'internal', cause: err });
}
