/**
 * `copydesk crawl <source>... | --sources FILE | --opml FILE`: pick up what is new on
 * feeds, sitemaps and home pages, politely, and write each new article once.
 */
import { readFile, rename, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { Command, InvalidArgumentError, Option } from 'commander';
import { resolveOptions } from '../config.js';
import { CopydeskError, isCopydeskError } from '../errors.js';
import { readOpml } from '../discover/opml.js';
import { normaliseUrl } from '../discover/url.js';
import { closeDispatchers } from '../fetch/http.js';
import { DEFAULT_DELAY_MS } from '../fetch/politeness.js';
import { OutDir } from '../crawl/output.js';
import { progressLine, summaryLine } from '../crawl/summary.js';
import type { CrawlSummary } from '../crawl/summary.js';
import { parseSince } from '../crawl/time.js';
import { isErrorRecord } from '../record/types.js';
import type { CopydeskRecord } from '../record/types.js';
import { acquireLock, describeHolder } from '../state/lock.js';
import type { Lock } from '../state/lock.js';
import { statePath } from '../state/path.js';
import { SqliteStore } from '../state/sqlite.js';
import type { CommandContext } from './context.js';
import { openInputFile, readLines } from './inputs.js';
import { write } from './io.js';
import { addFetchOptions, domOption, intArg, pageTimeoutOption, toOptions } from './options.js';
import type { CommonFlags } from './options.js';
import { EXIT } from './run.js';
import { RecordSink } from './sink.js';

interface CrawlFlags extends CommonFlags {
  sources?: string;
  opml?: string;
  out?: string;
  stdout?: boolean;
  state?: string;
  wait?: boolean;
  since?: string;
  maxPerSource?: number;
  delay?: number;
  summaryJson?: string;
  /** A number of threads, false for --no-workers, undefined for automatic. */
  workers?: number | false;
}

export function delayArg(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0) throw new InvalidArgumentError(`expected a number of seconds ≥ 0, got "${value}"`);
  return Math.round(n * 1000);
}

async function gatherSources(args: string[], flags: CrawlFlags, cwd: string): Promise<string[]> {
  const sources = [...args];
  if (flags.sources) for await (const line of readLines(await openInputFile(flags.sources, cwd))) sources.push(line);
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
  const tmp = `${path}.${process.pid}.tmp`;
  await writeFile(tmp, `${JSON.stringify(data, null, 2)}\n`);
  await rename(tmp, path);
}

export function crawlCommand(ctx: CommandContext): Command {
  const cmd = new Command('crawl')
    .description('fetch what is new on feeds, sitemaps and sites, and write one record per new article')
    .argument('[sources...]', 'feed, sitemap or home page URLs')
    .addOption(new Option('--sources <file>', 'read sources from a file, one per line'))
    .addOption(new Option('--opml <file>', 'read sources from an OPML subscription list'))
    .addOption(new Option('--out <dir>', 'write one JSON file per article: DIR/<host>/<yyyy-mm-dd>/<slug>-<hash>.json'))
    .addOption(new Option('--stdout', 'with --out, also write NDJSON on stdout').default(false))
    .addOption(new Option('--state <path>', 'state database (default: $XDG_STATE_HOME/copydesk/state.db)'))
    .addOption(new Option('--wait', 'wait for another crawl using the same state instead of exiting').default(false))
    .addOption(new Option('--since <when>', 'only items published since: a duration (2d, 12h) or a date (2026-11-01)'))
    .addOption(new Option('--max-per-source <n>', 'at most N new items per source per run').argParser(intArg(1)))
    .addOption(new Option('--delay <seconds>', 'quiet time between requests to one host').argParser(delayArg).default(DEFAULT_DELAY_MS, String(DEFAULT_DELAY_MS / 1000)))
    .addOption(new Option('--summary-json <file>', 'write the run summary as JSON (for monitoring)'))
    .addOption(new Option('--workers <n>', 'worker threads that extract the fetched pages (default: one per core)').argParser(intArg(1)))
    .addOption(new Option('--no-workers', 'extract every page in this process'))
    .addOption(new Option('--keep-non-articles', 'write records for pages judged not to be articles').default(false))
    .addOption(new Option('--no-quotes', 'skip quote extraction'))
    .addOption(domOption())
    .addOption(pageTimeoutOption())
    .addOption(new Option('-q, --quiet', 'no messages on stderr').default(false));
  addFetchOptions(cmd);
  cmd.addHelpText('after', `
Examples:
  $ copydesk crawl https://example.com/feed.xml > new.ndjson
  $ copydesk crawl --sources sources.txt --out archive/ --since 2d
  $ copydesk crawl --opml subscriptions.opml --max-per-source 20 --summary-json last-run.json

Each article is written once: what was seen before is skipped, using the state database
(see "copydesk state"). Exit codes: 0 all went well, 1 some items or sources failed (or
another crawl holds the state), 2 usage error.
`);
  cmd.action(async (args: string[], flags: CrawlFlags) => {
    const { io } = ctx;
    // One request at a time per host unless asked otherwise: crawls run unattended.
    const opts = resolveOptions(toOptions(flags));
    const sources = await gatherSources(args, flags, io.cwd);
    if (!sources.length) {
      cmd.error('copydesk crawl: give at least one source URL, --sources FILE or --opml FILE', { exitCode: 2, code: 'copydesk.usage' });
    }
    const since = flags.since ? parseSince(flags.since) : null;
    const quiet = Boolean(flags.quiet);
    const dbPath = statePath(flags.state, io.env, io.cwd);
    const showProgress = Boolean(io.stderr.isTTY) && !quiet;
    let progressShown = false;
    const say = (message: string): void => {
      if (quiet) return;
      io.stderr.write(`${progressShown ? '\r\x1b[K' : ''}copydesk: ${message}\n`);
    };

    let lock: Lock;
    let store: SqliteStore;
    try {
      lock = await acquireLock(dbPath, { wait: Boolean(flags.wait), onWait: (h) => say(`waiting for the crawl using ${dbPath} (${describeHolder(h)})`) });
    } catch (err) {
      await write(io.stderr, `copydesk: ${(err as Error).message}\n`);
      ctx.exitCode = EXIT.SOME_FAILED;
      return;
    }
    try {
      store = SqliteStore.open(dbPath);
    } catch (err) {
      lock.release();
      await write(io.stderr, `copydesk: ${(err as Error).message}\n`);
      ctx.exitCode = EXIT.SOME_FAILED;
      return;
    }

    const startedAt = new Date();
    const writeStdout = !flags.out || Boolean(flags.stdout);
    const sink = new RecordSink(io, 'ndjson', quiet);
    const emit = async (record: CopydeskRecord): Promise<void> => {
      if (writeStdout) return sink.put(record);
      if (isErrorRecord(record)) say(`${record.url}: ${record.error.code}: ${record.error.message}`);
    };
    const outDir = flags.out ? new OutDir(resolve(io.cwd, flags.out)) : null;
    // The crawler pulls in the extractor and its DOM: loaded only when a crawl runs.
    const { Crawler } = await import('../crawl/crawler.js');
    // Fetched pages are extracted on a worker pool; fetching, state and output stay here.
    const { batchThreads, openPoolExtractor } = await import('../pool/extractor.js');
    const pool = openPoolExtractor(batchThreads(flags.workers, null, availableParallelism()));
    const crawler = new Crawler({
      ...(pool ? { extract: pool.extract } : {}),
      options: opts,
      politeness: { concurrency: opts.concurrency, perHost: opts.perHostConcurrency, delayMs: flags.delay ?? DEFAULT_DELAY_MS },
      store,
      out: outDir,
      emit,
      since,
      maxPerSource: flags.maxPerSource ?? null,
      log: say,
    });
    const onSignal = (sig: NodeJS.Signals): void => {
      say(crawler.interrupted ? `${sig} again: aborting requests in flight` : `${sig}: finishing the records in hand, then stopping (again to abort)`);
      crawler.stop();
    };
    // A closed stdout (crawl | head) fails the write in hand, which stops the run; the event itself is not fatal.
    const onStdoutError = (): void => crawler.stop();
    io.stdout.on('error', onStdoutError);
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
    const timer = showProgress
      ? setInterval(() => {
          progressShown = true;
          io.stderr.write(`\r\x1b[K${progressLine(crawler.counters)}`);
        }, 250)
      : null;
    try {
      await (outDir ? outDir.prepare() : Promise.resolve())
        .then(() => crawler.run(sources))
        .catch((err: unknown) => {
          crawler.fatal = isCopydeskError(err) ? err : new CopydeskError('INTERNAL', String(err), { cause: err });
        });
    } finally {
      if (timer) clearInterval(timer);
      if (progressShown) io.stderr.write('\r\x1b[K');
      progressShown = false;
      process.off('SIGINT', onSignal);
      io.stdout.off('error', onStdoutError);
      process.off('SIGTERM', onSignal);
      await pool?.close();
      await store.close().catch(() => undefined);
      lock.release();
      await closeDispatchers();
    }
    const c = crawler.counters;
    const ok = !crawler.fatal && !crawler.interrupted && c.failed === 0 && c.sourcesFailed === 0 && c.documentsFailed === 0;
    const exitCode = ok ? EXIT.OK : EXIT.SOME_FAILED;
    const finishedAt = new Date();
    const summary: CrawlSummary = {
      startedAt: startedAt.toISOString(),
      finishedAt: finishedAt.toISOString(),
      durationMs: finishedAt.getTime() - startedAt.getTime(),
      state: dbPath,
      interrupted: crawler.interrupted,
      fatal: crawler.fatal ? { code: crawler.fatal.code, message: crawler.fatal.message } : null,
      exitCode,
      counters: { ...c },
    };
    if (crawler.fatal) say(`stopped: ${crawler.fatal.code}: ${crawler.fatal.message}`);
    if (!quiet) await write(io.stderr, `${summaryLine(summary)}\n`);
    if (flags.summaryJson) await writeJsonAtomic(resolve(io.cwd, flags.summaryJson), summary);
    ctx.exitCode = exitCode;
  });
  return cmd;
}
