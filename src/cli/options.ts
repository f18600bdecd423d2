/**
 * CLI flags to the one options object (src/config.ts), in one place.
 */
import { InvalidArgumentError, Option } from 'commander';
import type { Command } from 'commander';
import { DEFAULTS, DOM_KINDS, MAX_TIMER_MS } from '../config.js';
import type { DomKind, Options, OutputFormat } from '../config.js';

export function intArg(min: number) {
  return (value: string): number => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < min) throw new InvalidArgumentError(`expected an integer ≥ ${min}, got "${value}"`);
    return n;
  };
}

/** The longest wait a timer can hold (2^31 - 1 ms, about 24.8 days): past it Node fires at once, over and over. */
const MAX_WAIT_SECONDS = Math.floor(MAX_TIMER_MS / 1000);

/** --delay: seconds (0 allowed, fractions too) to milliseconds. */
export function delayArg(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0 || n > MAX_WAIT_SECONDS) throw new InvalidArgumentError(`expected a number of seconds from 0 to ${MAX_WAIT_SECONDS}, got "${value}"`);
  return Math.round(n * 1000);
}

const SIZE_UNITS: Record<string, number> = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3, t: 1024 ** 4 };

/** A size in bytes, with an optional unit: 500M, 1G, 1.5g, 200000. */
export function sizeArg(value: string): number {
  const m = /^\s*(\d+(?:\.\d+)?)\s*([kmgt]?)i?b?\s*$/i.exec(value);
  const n = m?.[1] ? Math.round(Number(m[1]) * (SIZE_UNITS[(m[2] ?? '').toLowerCase()] ?? 1)) : NaN;
  if (!Number.isFinite(n) || n < 1) throw new InvalidArgumentError(`expected a size such as 500M or 1G, got "${value}"`);
  return n;
}

export function secondsArg(value: string): number {
  const n = Number(value);
  const ms = Math.round(n * 1000);
  if (!Number.isFinite(n) || ms < 1 || n > MAX_WAIT_SECONDS) throw new InvalidArgumentError(`expected a number of seconds from 0.001 to ${MAX_WAIT_SECONDS}, got "${value}"`);
  return ms;
}

function headerArg(value: string, previous: Record<string, string> = {}): Record<string, string> {
  const i = value.indexOf(':');
  if (i <= 0) throw new InvalidArgumentError(`expected "Name: value", got "${value}"`);
  return { ...previous, [value.slice(0, i).trim().toLowerCase()]: value.slice(i + 1).trim() };
}

const FORMATS: OutputFormat[] = ['json', 'ndjson', 'text', 'markdown', 'html', 'csv'];

/** Flags shared by every command that fetches. */
export function addFetchOptions(cmd: Command): Command {
  return cmd
    .addOption(new Option('--concurrency <n>', 'pages fetched at once').argParser(intArg(1)).default(DEFAULTS.concurrency))
    .addOption(new Option('--per-host <n>', 'pages fetched at once from one host').argParser(intArg(1)).default(DEFAULTS.perHostConcurrency))
    .addOption(new Option('--timeout <seconds>', 'overall time for one page, retries included').argParser(secondsArg).default(DEFAULTS.totalTimeout, `${DEFAULTS.totalTimeout / 1000}`))
    .addOption(new Option('--connect-timeout <seconds>', 'time to connect').argParser(secondsArg).default(DEFAULTS.connectTimeout, `${DEFAULTS.connectTimeout / 1000}`))
    .addOption(new Option('--headers-timeout <seconds>', 'time to the response headers').argParser(secondsArg).default(DEFAULTS.headersTimeout, `${DEFAULTS.headersTimeout / 1000}`))
    .addOption(new Option('--body-timeout <seconds>', 'longest pause while the body arrives').argParser(secondsArg).default(DEFAULTS.bodyTimeout, `${DEFAULTS.bodyTimeout / 1000}`))
    .addOption(new Option('--retries <n>', 'retries on network errors, 429 and 5xx').argParser(intArg(0)).default(DEFAULTS.retries))
    .addOption(new Option('--max-redirects <n>', 'redirects followed').argParser(intArg(0)).default(DEFAULTS.maxRedirects))
    .addOption(maxBytesOption())
    .addOption(new Option('--user-agent <ua>', 'User-Agent header').default(DEFAULTS.userAgent))
    .addOption(new Option('-H, --header <header>', 'extra request header "Name: value" (repeatable)').argParser(headerArg))
    .addOption(new Option('--allow-private', 'allow private and loopback addresses for discovered URLs').default(false));
}

/** --max-bytes, for commands that fetch pages and for extract, which reads files and stdin. */
export function maxBytesOption(): Option {
  return new Option('--max-bytes <n>', 'largest page accepted (body or file), after decompression').argParser(intArg(1)).default(DEFAULTS.maxBytes);
}

/** --out, for every command that writes records: one file per article, named by src/record/paths.ts. */
export function outOption(formats = true): Option {
  const other = formats ? ' (.txt, .md, .html or .csv with --format text, markdown, html or csv)' : '';
  return new Option('--out <dir>', `write one file per article instead of stdout, atomically: DIR/<host>/<yyyy-mm-dd>/<slug>-<hash>.json${other}`);
}

/** --page-timeout, for every command that extracts pages. */
export function pageTimeoutOption(): Option {
  return new Option('--page-timeout <seconds>', "time one page's extraction may take on the worker pool; past it the page is a PAGE_TIMEOUT error record")
    .argParser(secondsArg)
    .default(DEFAULTS.pageTimeout, `${DEFAULTS.pageTimeout / 1000}`);
}

export function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}

/** --lang, for every command that writes records (its test lives in record/lang-filter.ts). */
export function langOption(): Option {
  return new Option('--lang <codes>', 'only records in these languages, e.g. de,en (en takes en-US …); others are skipped and counted (repeatable)').argParser(collect);
}

/** --dom, for every command that extracts pages. */
export function domOption(): Option {
  return new Option('--dom <kind>', 'DOM builder: light (parse5 + linkedom) or jsdom (the reference)').choices(DOM_KINDS).default('light');
}

/** Flags shared by every command that writes records. */
export function addOutputOptions(cmd: Command): Command {
  return cmd
    .addOption(new Option('-f, --format <format>', 'json (pretty), ndjson (one record per line), text (header and body), markdown (with YAML front matter), html (a safe document per article) or csv (a header, one row per article); default: json for one record on a terminal, else ndjson').choices(FORMATS))
    .addOption(new Option('--html', 'also put the article as safe HTML in the record (field html)').default(false))
    .addOption(langOption())
    .addOption(new Option('--keep-non-articles', 'write records for pages judged not to be articles').default(false))
    .addOption(new Option('--no-quotes', 'skip quote extraction'))
    .addOption(new Option('-q, --quiet', 'no messages on stderr').default(false));
}

export interface CommonFlags {
  concurrency?: number;
  perHost?: number;
  timeout?: number;
  connectTimeout?: number;
  headersTimeout?: number;
  bodyTimeout?: number;
  retries?: number;
  maxRedirects?: number;
  maxBytes?: number;
  userAgent?: string;
  header?: Record<string, string>;
  allowPrivate?: boolean;
  format?: OutputFormat;
  html?: boolean;
  lang?: string[];
  keepNonArticles?: boolean;
  quotes?: boolean;
  quiet?: boolean;
  dom?: DomKind;
  pageTimeout?: number;
  /** One file per article in this folder. */
  out?: string;
}

export function toOptions(flags: CommonFlags): Partial<Options> {
  return {
    concurrency: flags.concurrency,
    perHostConcurrency: flags.perHost,
    totalTimeout: flags.timeout,
    connectTimeout: flags.connectTimeout,
    headersTimeout: flags.headersTimeout,
    bodyTimeout: flags.bodyTimeout,
    retries: flags.retries,
    maxRedirects: flags.maxRedirects,
    maxBytes: flags.maxBytes,
    userAgent: flags.userAgent,
    headers: flags.header,
    allowPrivate: flags.allowPrivate,
    keepNonArticles: flags.keepNonArticles,
    quotes: flags.quotes,
    dom: flags.dom,
    pageTimeout: flags.pageTimeout,
  };
}
