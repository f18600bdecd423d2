/**
 * One options object for the CLI and the library. Defaults are defined here once; the CLI
 * maps its flags onto this shape in one function (src/cli/options.ts).
 */
import { readFileSync } from 'node:fs';
import { CopydeskError } from './errors.js';

/** DOM builders (src/extract/dom.ts), listed here so the CLI can name them without loading one. */
export const DOM_KINDS = ['light', 'jsdom'] as const;
export type DomKind = (typeof DOM_KINDS)[number];

export type OutputFormat = 'json' | 'ndjson' | 'text' | 'markdown' | 'html' | 'csv';

export interface FetchOptions {
  /** Time to open the TCP/TLS connection, ms. Default 10 000. */
  connectTimeout: number;
  /** Time until the response headers arrive, ms. Default 15 000. */
  headersTimeout: number;
  /** Longest silence while the body streams, ms. Default 15 000. */
  bodyTimeout: number;
  /** Whole request, redirects and retries included, ms. Default 60 000. */
  totalTimeout: number;
  /** Most redirects followed. Default 10. */
  maxRedirects: number;
  /** Largest body accepted, counted after decompression, bytes. Default 10 MB. */
  maxBytes: number;
  /** Retries on network errors, 429 and 5xx. Default 2. */
  retries: number;
  /** First back-off delay, ms; doubles each retry, with jitter. Default 500. */
  retryBaseDelay: number;
  /** Longest wait honoured from Retry-After or back-off, ms. Default 30 000. */
  retryMaxDelay: number;
  /** User-Agent header. Default `copydesk/<version> (+https://www.npmjs.com/package/copydesk)`. */
  userAgent: string;
  /** Extra request headers. */
  headers: Record<string, string>;
  /** Allow private, loopback and link-local addresses for discovered URLs. Default false. */
  allowPrivate: boolean;
}

export interface ExtractOptions {
  /** Keep pages judged not to be articles instead of reporting NOT_AN_ARTICLE. Default false. */
  keepNonArticles: boolean;
  /** Extract quotes into the record. Default true. */
  quotes: boolean;
  /** DOM builder: 'light' (parse5 tree in linkedom, default) or 'jsdom' (the reference). */
  dom: DomKind;
  /**
   * Time one page's extraction may take on the worker pool, ms; past it the page becomes a
   * PAGE_TIMEOUT error record and its worker is replaced. Default 10 000. Extraction in the
   * main thread (one page, --no-workers) is not interrupted: see README, Limits.
   */
  pageTimeout: number;
}

export interface Options extends FetchOptions, ExtractOptions {
  /** Pages fetched at once overall. Default 8. */
  concurrency: number;
  /** Pages fetched at once from one host. Default 1: politeness first; raise it for your own sites. */
  perHostConcurrency: number;
}

/** The package version, read once from package.json (one level above src/ and dist/). */
export const VERSION: string = (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version;
export const DEFAULT_USER_AGENT = `copydesk/${VERSION} (+https://www.npmjs.com/package/copydesk)`;

export const DEFAULTS: Readonly<Options> = Object.freeze({
  connectTimeout: 10_000,
  headersTimeout: 15_000,
  bodyTimeout: 15_000,
  totalTimeout: 60_000,
  maxRedirects: 10,
  maxBytes: 10 * 1024 * 1024,
  retries: 2,
  retryBaseDelay: 500,
  retryMaxDelay: 30_000,
  userAgent: DEFAULT_USER_AGENT,
  headers: {},
  allowPrivate: false,
  keepNonArticles: false,
  quotes: true,
  dom: 'light',
  pageTimeout: 10_000,
  concurrency: 8,
  perHostConcurrency: 1,
});

/** The longest time a timer holds (2^31 - 1 ms, about 24.8 days); a longer one fires at once in Node. */
export const MAX_TIMER_MS = 2 ** 31 - 1;
/** Options in milliseconds, each waited for with a timer. */
const TIMER_OPTIONS = ['connectTimeout', 'headersTimeout', 'bodyTimeout', 'totalTimeout', 'pageTimeout', 'retryBaseDelay', 'retryMaxDelay'] as const satisfies readonly (keyof Options)[];

const POSITIVE_INTS = [
  'connectTimeout', 'headersTimeout', 'bodyTimeout', 'totalTimeout', 'maxBytes', 'concurrency', 'perHostConcurrency', 'pageTimeout',
] as const satisfies readonly (keyof Options)[];
const NON_NEGATIVE_INTS = ['maxRedirects', 'retries', 'retryBaseDelay', 'retryMaxDelay'] as const satisfies readonly (keyof Options)[];

/** Fills defaults and validates; throws a USAGE error naming the bad option. */
export function resolveOptions(given: Partial<Options> | null = {}): Options {
  // A caller in JavaScript may pass null for "no options".
  const partial = given ?? {};
  const opts: Options = { ...DEFAULTS, ...stripUndefined(partial), headers: { ...DEFAULTS.headers, ...(partial.headers ?? {}) } };
  if (!(DOM_KINDS as readonly string[]).includes(opts.dom)) throw new CopydeskError('USAGE', `option dom must be one of ${DOM_KINDS.join(', ')}, got ${String(opts.dom)}`);
  for (const key of POSITIVE_INTS) {
    if (!Number.isInteger(opts[key]) || opts[key] <= 0) throw new CopydeskError('USAGE', `option ${key} must be a positive integer, got ${String(opts[key])}`);
  }
  for (const key of NON_NEGATIVE_INTS) {
    if (!Number.isInteger(opts[key]) || opts[key] < 0) throw new CopydeskError('USAGE', `option ${key} must be a non-negative integer, got ${String(opts[key])}`);
  }
  for (const key of TIMER_OPTIONS) {
    if (opts[key] > MAX_TIMER_MS) throw new CopydeskError('USAGE', `option ${key} must be at most ${MAX_TIMER_MS} ms (about 24.8 days), got ${String(opts[key])}`);
  }
  return opts;
}

function stripUndefined<T extends object>(obj: T): Partial<T> {
  return Object.fromEntries(Object.entries(obj).filter(([, v]) => v !== undefined)) as Partial<T>;
}
