/**
 * `copydesk crawl <source>... | --sources FILE | --opml FILE`: pick up what is new on
 * feeds, sitemaps and home pages, politely, and write each new article once.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { Command, Option } from 'commander';
import { resolveOptions, VERSION } from '../config.js';
import { CopydeskError, isCopydeskError } from '../errors.js';
import { readOpml } from '../discover/opml.js';
import { normaliseUrl } from '../discover/url.js';
import { closeDispatchers } from '../fetch/http.js';
import type { FetchResult } from '../fetch/http.js';
import { pageRequestHeaders } from '../fetch/headers.js';
import { DEFAULT_WARC_SIZE } from '../warc/detect.js';
import type { WarcWriter } from '../warc/write.js';
import { DEFAULT_DELAY_MS } from '../fetch/politeness.js';
import { OutDir } from '../record/outdir.js';
import { DEFAULT_MAX_ATTEMPTS } from '../crawl/failure-policy.js';
import { DEFAULT_FOLLOW_DEPTH, DEFAULT_FOLLOW_MAX_PAGES } from '../crawl/follow-settings.js';
import { progressLine, summaryLine } from '../crawl/summary.js';
import type { CrawlSummary } from '../crawl/summary.js';
import { parseSince } from '../crawl/time.js';
import { isErrorRecord } from '../record/types.js';
import type { CopydeskRecord } from '../record/types.js';
import { describeHolder } from '../state/lock.js';
import type { Lock } from '../state/lock.js';
import { openState } from '../state/open.js';
import { selectState } from '../state/select.js';
import { DEFAULT_LEASE_MS } from '../state/store.js';
import type { StateStore } from '../state/store.js';
import type { CommandContext } from './context.js';
import { checkOutputFile, openUrlList, readLines } from './inputs.js';
import { write } from './io.js';
import { EXIT, signalExit, stateFailureExit } from './exit.js';
import { addFetchOptions, delayArg, domOption, intArg, langOption, outOption, pageTimeoutOption, secondsArg, sizeArg, toOptions } from './options.js';
import { langFilter, parseLangs } from '../record/lang-filter.js';
import type { CommonFlags } from './options.js';
import { Progress } from './progress.js';
import { RecordSink } from './sink.js';

interface CrawlFlags extends CommonFlags {
  sources?: string;
  opml?: string;
  stdout?: boolean;
  state?: string;
  wait?: boolean;
  fresh?: boolean;
  since?: string;
  maxPerSource?: number;
  maxAttempts?: number;
  delay?: number;
  summaryJson?: string;
  /** Keep records in the (PostgreSQL) state. */
  store?: boolean;
  /** Seconds a claim on a source or an item lasts (shared state). */
  lease?: number;
  /** A number of threads, false for --no-workers, undefined for automatic. */
  workers?: number | false;
  /** Write what was fetched as WARC files in this folder. */
  warc?: string;
  /** Rotate WARC files past this size, bytes. */
  warcSize?: number;
  /** Follow each site's links to its stories. */
  follow?: boolean;
  followHosts?: string;
  depth?: number;
  maxPages?: number;
}

/** The filters items are judged with; a source read under other ones is read again in full. */
function filterFingerprint(flags: CrawlFlags): string {
  return JSON.stringify({ since: flags.since?.trim() ?? null, maxPerSource: flags.maxPerSource ?? null, ...(flags.lang?.length ? { lang: parseLangs(flags.lang) } : {}) });
}

const CLOSED_PIPE = 'stdout was closed by the reader';
const CLOSED_PIPE_CODES = new Set(['EPIPE', 'ERR_STREAM_DESTROYED', 'ERR_STREAM_WRITE_AFTER_END']);

/** A write to stdout that failed: a closed pipe (`| head`) or a full disk, as an OUTPUT error. */
function outputError(err: unknown): CopydeskError {
  if (isCopydeskError(err)) return err;
  const code = (err as NodeJS.ErrnoException | null)?.code;
  const why = CLOSED_PIPE_CODES.has(code ?? '') ? CLOSED_PIPE : `cannot write to stdout: ${(err as Error).message}`;
  return new CopydeskError('OUTPUT', why, { cause: err });
}

async function gatherSources(args: string[], flags: CrawlFlags, cwd: string): Promise<string[]> {
  const sources = [...args];
  if (flags.sources) for await (const line of readLines(await openUrlList(flags.sources, cwd), flags.sources)) sources.push(line);
  if (flags.opml) {
    const text = await readFile(resolve(cwd, flags.opml), 'utf8').catch((err: unknown) => {
      throw new CopydeskError('USAGE', `cannot read OPML file ${flags.opml}: ${(err as Error).message}`);
    });
    try {
      sources.push(...readOpml(text, new URL(`file://${resolve(cwd, flags.opml)}`).href));
    } catch (err) {
      throw new CopydeskError('USAGE', `cannot use OPML file ${flags.opml}: ${(err as Error).message}`);
    }
  }
  const out: string[] = [];
  const keys = new Set<string>();
  for (const s of sources) {
    const key = normaliseUrl(s);
    if (!key) throw new CopydeskError('USAGE', `not an http(s) URL: ${s}`);
    if (!keys.has(key)) {
      keys.add(key);
      out.push(s.trim());
    }
  }
  return out;
}

async function writeJsonAtomic(path: string, data: unknown): Promise<void> {
  // Not the process id: in a container every run may be PID 1.
  const tmp = `${path}.${randomBytes(6).toString('hex')}.tmp`;
  await writeFile(tmp, `${JSON.stringify(data, null, 2)}\n`);
  await rename(tmp, path);
}

export function crawlCommand(ctx: CommandContext): Command {
  const cmd = new Command('crawl')
    .description('fetch what is new on feeds, sitemaps and sites, and write one record per new article')
    .argument('[sources...]', 'feed, sitemap or home page URLs')
    .addOption(new Option('--sources <file>', 'read sources from a file, one per line'))
    .addOption(new Option('--opml <file>', 'read sources from an OPML subscription list'))
    .addOption(outOption(false))
    .addOption(new Option('--stdout', 'with --out or --store, also write NDJSON on stdout').default(false))
    .addOption(new Option('--state <path|url>', 'state: an SQLite file, or postgres://user@host:port/db shared by many workers (default: $COPYDESK_STATE, else $XDG_STATE_HOME/copydesk/state.db)'))
    .addOption(new Option('--store', 'with a PostgreSQL state: keep each record in its records table, with the item marked done in the same transaction ("copydesk export" reads them)').default(false))
    .addOption(new Option('--lease <seconds>', 'with a PostgreSQL state: how long a claim on a source or an item outlives a worker that stops renewing it').argParser(secondsArg).default(DEFAULT_LEASE_MS, String(DEFAULT_LEASE_MS / 1000)))
    .addOption(new Option('--wait', 'wait for another crawl using the same state instead of exiting').default(false))
    .addOption(new Option('--fresh', 'start over: set the existing state aside (kept, renamed) and begin a new one').default(false))
    .addOption(new Option('--since <when>', 'only items published since: a duration (2d, 12h) or a date (2026-11-01)'))
    .addOption(new Option('--max-per-source <n>', 'at most N new items per source per run').argParser(intArg(1)))
    .addOption(new Option('--max-attempts <n>', 'runs that try an item failing with a transient error (503, 429, timeout) before it is given up').argParser(intArg(1)).default(DEFAULT_MAX_ATTEMPTS))
    .addOption(new Option('--delay <seconds>', 'quiet time between requests to one host').argParser(delayArg).default(DEFAULT_DELAY_MS, String(DEFAULT_DELAY_MS / 1000)))
    .addOption(new Option('--follow', "for sites with no feed: follow each source's links to its stories, and read its sections again on later runs").default(false))
    .addOption(new Option('--follow-hosts <hosts>', 'with --follow: other hosts whose links may be followed, comma-separated (subdomains included)'))
    .addOption(new Option('--depth <n>', 'with --follow: links followed from the source to a page of stories').argParser(intArg(0)).default(DEFAULT_FOLLOW_DEPTH))
    .addOption(new Option('--max-pages <n>', 'with --follow: pages of stories read per source per run').argParser(intArg(1)).default(DEFAULT_FOLLOW_MAX_PAGES))
    .addOption(new Option('--summary-json <file>', 'write the run summary as JSON (for monitoring)'))
    .addOption(new Option('--warc <dir>', 'also write the pages fetched, request and response, as WARC 1.1 files in DIR (gzip per record)'))
    .addOption(new Option('--warc-size <size>', 'start a new WARC file once one passes this size').argParser(sizeArg).default(DEFAULT_WARC_SIZE, '1G'))
    .addOption(new Option('--workers <n>', 'worker threads that extract the fetched pages (default: one per core)').argParser(intArg(1)))
    .addOption(new Option('--no-workers', 'extract every page in this process'))
    .addOption(new Option('--keep-non-articles', 'write records for pages judged not to be articles').default(false))
    .addOption(new Option('--no-quotes', 'skip quote extraction'))
    .addOption(new Option('--html', 'also put the article as safe HTML in the record (field html)').default(false))
    .addOption(langOption())
    .addOption(domOption())
    .addOption(pageTimeoutOption())
    .addOption(new Option('-q, --quiet', 'no messages on stderr').default(false));
  addFetchOptions(cmd);
  cmd.addHelpText('after', `
Examples:
  $ copydesk crawl https://example.com/feed.xml > new.ndjson
  $ copydesk crawl --sources sources.txt --out archive/ --since 2d
  $ copydesk crawl --opml subscriptions.opml --max-per-source 20 --summary-json last-run.json
  $ copydesk crawl https://example.com/ --follow --depth 2 --max-pages 50

Each article is written once: what was seen before is skipped, using the state database
(see "copydesk state"). What was not written is remembered with its reason and tried again
when it may now work: transient failures on later runs (with back-off, --max-attempts),
refusals when a setting such as --allow-private or --keep-non-articles now allows them.
"copydesk state failed" lists them, "copydesk state retry" puts them back in line.
Exit codes: 0 all went well, 1 some items or sources failed (or another crawl holds the
state), 2 usage error, 3 the state cannot be trusted (damaged, or it lost what it held: see
"copydesk state check"; --fresh starts over on purpose), 130 stopped by Ctrl-C (143 by SIGTERM).
`);
  cmd.action(async (args: string[], flags: CrawlFlags) => {
    const { io } = ctx;
    // One request at a time per host unless asked otherwise: crawls run unattended.
    const opts = resolveOptions(toOptions(flags));
    const sources = await gatherSources(args, flags, io.cwd);
    if (!sources.length) {
      cmd.error('copydesk crawl: give at least one source URL, --sources FILE or --opml FILE', { exitCode: 2, code: 'copydesk.usage' });
    }
    const since = flags.since !== undefined ? parseSince(flags.since) : null;
    if (flags.summaryJson) await checkOutputFile(flags.summaryJson, io.cwd, '--summary-json');
    if (flags.warc) {
      await mkdir(resolve(io.cwd, flags.warc), { recursive: true }).catch((err: unknown) => {
        throw new CopydeskError('USAGE', `cannot create the --warc folder ${flags.warc}: ${(err as Error).message}`, { cause: err });
      });
    }
    const quiet = Boolean(flags.quiet);
    const spec = selectState(flags.state, io.env, io.cwd);
    const dbPath = spec.kind === 'sqlite' ? spec.path : spec.url;
    let crawlerCounters: (() => string) | null = null;
    const progress = new Progress(io.stderr, () => crawlerCounters?.() ?? '', { quiet });
    // Once the reader has closed stdout, the records in flight fail quietly: no message each.
    let pipeClosed = false;
    const say = (message: string): void => {
      if (quiet || pipeClosed) return;
      progress.clear();
      io.stderr.write(`copydesk: ${message}\n`);
    };

    if (spec.kind === 'sqlite' && flags.store) throw new CopydeskError('USAGE', '--store keeps records in a PostgreSQL state: give --state postgres://user@host:port/db (an SQLite state keeps records with --out)');
    if (spec.kind === 'postgres' && flags.fresh) throw new CopydeskError('USAGE', '--fresh sets an SQLite state aside; a PostgreSQL state is shared by every worker and is not started over from one of them');
    // An SQLite state admits one crawl (its lock); a PostgreSQL one is shared, its work claimed with leases.
    let lock: Lock | null = null;
    let store: StateStore;
    let where = dbPath;
    try {
      if (spec.kind === 'postgres') {
        const { PgStore } = await import('../state/postgres.js');
        const pgStore = await PgStore.open(spec.url);
        store = pgStore;
        where = pgStore.path;
      } else {
        const opened = await openState(dbPath, { wait: Boolean(flags.wait), fresh: Boolean(flags.fresh), onWait: (h) => say(`waiting for the crawl using ${dbPath} (${describeHolder(h)})`) });
        ({ lock, store } = opened);
        if (opened.setAside) say(`starting with a fresh state; the old one is kept as ${opened.setAside}`);
      }
    } catch (err) {
      await write(io.stderr, `copydesk: ${(err as Error).message}\n`);
      ctx.exitCode = stateFailureExit(err);
      return;
    }

    const startedAt = new Date();
    const writeStdout = (!flags.out && !flags.store) || Boolean(flags.stdout);
    const sink = new RecordSink(io, 'ndjson', quiet, { progress });
    const emit = async (record: CopydeskRecord): Promise<void> => {
      if (writeStdout) {
        return sink.put(record).catch((err: unknown) => {
          const e = outputError(err);
          if (e.message === CLOSED_PIPE) pipeClosed = true;
          throw e;
        });
      }
      if (isErrorRecord(record)) say(`${record.url}: ${record.error.code}: ${record.error.message}`);
    };
    const outDir = flags.out ? new OutDir(resolve(io.cwd, flags.out)) : null;
    let warc: WarcWriter | null = null;
    let onResponse: ((res: FetchResult) => void) | undefined;
    if (flags.warc) {
      const dir = resolve(io.cwd, flags.warc);
      const { WarcWriter } = await import('../warc/write.js');
      const writer = new WarcWriter(dir, { maxFileBytes: flags.warcSize ?? DEFAULT_WARC_SIZE, software: `copydesk/${VERSION}` });
      const requestHeaders = pageRequestHeaders(opts);
      onResponse = (res) => void writer.write({ url: res.finalUrl, requestHeaders, status: res.status, headers: res.headers, body: res.body, date: new Date() });
      warc = writer;
    }
    // The crawler pulls in the extractor and its DOM: loaded only when a crawl runs.
    const { Crawler } = await import('../crawl/crawler.js');
    // Fetched pages are extracted on a worker pool; fetching, state and output stay here.
    const { batchThreads, openPoolExtractor } = await import('../pool/extractor.js');
    const pool = openPoolExtractor(batchThreads(flags.workers, null, availableParallelism()));
    const crawler = new Crawler({
      ...(pool ? { extract: pool.extract } : {}),
      ...(onResponse ? { onResponse } : {}),
      options: opts,
      politeness: { concurrency: opts.concurrency, perHost: opts.perHostConcurrency, delayMs: flags.delay ?? DEFAULT_DELAY_MS },
      store,
      out: outDir,
      emit,
      since,
      maxPerSource: flags.maxPerSource ?? null,
      maxAttempts: flags.maxAttempts ?? DEFAULT_MAX_ATTEMPTS,
      filters: filterFingerprint(flags),
      leaseMs: flags.lease ?? DEFAULT_LEASE_MS,
      storeRecords: Boolean(flags.store),
      follow: flags.follow ? { depth: flags.depth ?? DEFAULT_FOLLOW_DEPTH, maxPages: flags.maxPages ?? DEFAULT_FOLLOW_MAX_PAGES, hosts: (flags.followHosts ?? '').split(',').map((h) => h.trim()).filter(Boolean) } : null,
      keepLang: langFilter(flags.lang),
      html: Boolean(flags.html),
      log: say,
    });
    crawlerCounters = () => progressLine(crawler.counters);
    let signal: NodeJS.Signals | null = null;
    const onSignal = (sig: NodeJS.Signals): void => {
      signal ??= sig;
      say(crawler.interrupted ? `${sig} again: aborting requests in flight` : `${sig}: finishing the records in hand, then stopping (again to abort)`);
      crawler.stop();
    };
    // A closed stdout (crawl | head) fails the write in hand, which stops the run; the event itself is not fatal.
    const onStdoutError = (): void => crawler.stop();
    io.stdout.on('error', onStdoutError);
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
    progress.start();
    try {
      await (outDir ? outDir.prepare() : Promise.resolve())
        .then(() => crawler.run(sources))
        .catch((err: unknown) => {
          crawler.fatal = isCopydeskError(err) ? err : new CopydeskError('INTERNAL', String(err), { cause: err });
        });
    } finally {
      progress.stop();
      process.off('SIGINT', onSignal);
      io.stdout.off('error', onStdoutError);
      process.off('SIGTERM', onSignal);
      await pool?.close();
      await warc?.close().catch((err: unknown) => {
        crawler.fatal ??= isCopydeskError(err) ? err : new CopydeskError('OUTPUT', String(err), { cause: err });
      });
      await store.close().catch(() => undefined);
      lock?.release();
      await closeDispatchers();
    }
    const c = crawler.counters;
    const ok = !crawler.fatal && !crawler.interrupted && c.failed === 0 && c.sourcesFailed === 0 && c.documentsFailed === 0;
    const exitCode = signal ? signalExit(signal) : ok ? EXIT.OK : EXIT.SOME_FAILED;
    const finishedAt = new Date();
    const summary: CrawlSummary = {
      startedAt: startedAt.toISOString(),
      finishedAt: finishedAt.toISOString(),
      durationMs: finishedAt.getTime() - startedAt.getTime(),
      state: where,
      interrupted: crawler.interrupted,
      fatal: crawler.fatal ? { code: crawler.fatal.code, message: crawler.fatal.message } : null,
      exitCode,
      counters: { ...c },
      failures: { sources: crawler.failedSources, items: crawler.failedItems },
    };
    if (crawler.fatal) say(`stopped: ${crawler.fatal.code}: ${crawler.fatal.message}`);
    if (!quiet) await write(io.stderr, `${summaryLine(summary)}\n`);
    if (flags.summaryJson) await writeJsonAtomic(resolve(io.cwd, flags.summaryJson), summary);
    ctx.exitCode = exitCode;
  });
  return cmd;
}
