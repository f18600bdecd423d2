/**
 * `copydesk get <url>...`: fetch pages and write their records.
 */
import { availableParallelism } from 'node:os';
import { Command, Option } from 'commander';
import { mapOrdered } from '../batch.js';
import { resolveOptions } from '../config.js';
import { closeDispatchers } from '../fetch/http.js';
import { DEFAULT_DELAY_MS } from '../fetch/politeness.js';
import { langFilter } from '../record/lang-filter.js';
import { defaultFormat } from '../record/serialize.js';
import type { CommandContext } from './context.js';
import { isErrorRecord } from '../record/types.js';
import type { CopydeskRecord } from '../record/types.js';
import { getHint } from './hints.js';
import { signalExit } from './exit.js';
import { openUrlList, urlsFrom } from './inputs.js';
import { watchInterrupt } from './interrupt.js';
import { addFetchOptions, addOutputOptions, delayArg, domOption, intArg, outOption, pageTimeoutOption, toOptions } from './options.js';
import type { CommonFlags } from './options.js';
import { Progress } from './progress.js';
import { openOutDir, RecordSink } from './sink.js';

interface GetFlags extends CommonFlags {
  input?: string;
  delay?: number;
  /** A number of threads, false for --no-workers, undefined for automatic. */
  workers?: number | false;
}

/** An INVALID_URL record says what was probably meant (a missing https://, a saved file). */
function withHint(record: CopydeskRecord, url: string, cwd: string): CopydeskRecord {
  if (!isErrorRecord(record) || record.error.code !== 'INVALID_URL') return record;
  const hint = getHint(url, cwd);
  return hint ? { ...record, error: { ...record.error, message: `${record.error.message}; ${hint}` } } : record;
}

export function getCommand(ctx: CommandContext): Command {
  const cmd = new Command('get')
    .description('fetch news pages and write one clean record per page')
    .argument('[urls...]', 'page URLs; "-" reads URLs from stdin, one per line')
    .option('-i, --input <file>', 'read URLs from a file ("-" for stdin), one per line (# comments and blank lines skipped)')
    .addOption(new Option('--delay <seconds>', 'with many URLs: quiet time between requests to one host (robots.txt is obeyed too)').argParser(delayArg).default(DEFAULT_DELAY_MS, String(DEFAULT_DELAY_MS / 1000)))
    .addOption(new Option('--workers <n>', 'with many URLs: worker threads that extract the fetched pages (default: one per core)').argParser(intArg(1)))
    .addOption(new Option('--no-workers', 'extract every page in this process'))
    .addOption(domOption())
    .addOption(pageTimeoutOption())
    .addOption(outOption());
  addOutputOptions(addFetchOptions(cmd));
  cmd.addHelpText('after', `
Examples:
  $ copydesk get https://example.com/news/story.html
  $ copydesk get --input urls.txt --format ndjson > records.ndjson
  $ cat urls.txt | copydesk get - | jq -r .title
  $ copydesk get --input urls.txt --out pages/

Exit codes: 0 every record written, 1 some pages failed (error records written), 2 usage error.
`);
  cmd.action(async (urls: string[], flags: GetFlags) => {
    const { io } = ctx;
    const opts = resolveOptions(toOptions(flags));
    // `--input -` is stdin, as in most tools.
    const inputFile = flags.input === '-' ? io.stdin : flags.input ? await openUrlList(flags.input, io.cwd) : null;
    if (!urls.length && !inputFile) {
      cmd.error('copydesk get: give at least one URL, "-" for stdin, or --input FILE', { exitCode: 2, code: 'copydesk.usage' });
    }
    const knownCount = !inputFile && !urls.includes('-') ? urls.length : null;
    const format = flags.format ?? defaultFormat(Boolean(io.stdout.isTTY), knownCount);
    const progress: Progress = new Progress(io.stderr, (): string => sink.tally(), { quiet: Boolean(flags.quiet) });
    const out = await openOutDir(flags.out, io.cwd);
    const sink = new RecordSink(io, format, Boolean(flags.quiet), { progress, out, keepLang: langFilter(flags.lang) });
    const rendered = { markdown: format === 'markdown', html: format === 'html' || Boolean(flags.html) };
    // The pipeline (and its DOM libraries) load only when there is work: --help stays light.
    const [{ get }, { politeGet }, { batchThreads, openPoolExtractor }] = await Promise.all([import('../pipeline.js'), import('../crawl/polite-get.js'), import('../pool/extractor.js')]);
    // Pages of a batch are extracted on a worker pool while the fetching stays here.
    const pool = openPoolExtractor(batchThreads(flags.workers, knownCount, availableParallelism()));
    const interrupt = watchInterrupt((sig) => {
      progress.clear();
      if (!flags.quiet) io.stderr.write(`copydesk: ${sig}: finishing the page in hand, then stopping (again to stop at once)\n`);
    });
    if (knownCount !== 1) progress.start();
    try {
      // One page named by hand is fetched as asked; many pages get robots.txt and per-host spacing.
      const fetchOne = knownCount === 1 ? (url: string) => get(url, opts, { ...rendered, trusted: true }) : politeGet(opts, { delayMs: flags.delay ?? DEFAULT_DELAY_MS, ...rendered, ...(pool ? { extract: pool.extract } : {}) });
      const fetchWithHint = async (url: string): Promise<CopydeskRecord> => withHint(await fetchOne(url), url, io.cwd);
      // politeGet limits requests per host and overall; one URL needs no limit.
      // After Ctrl-C, the pages already fetched are written too, then the run ends.
      const records = mapOrdered(urlsFrom(urls, io.stdin, inputFile), fetchWithHint, { ahead: opts.concurrency * 4, stop: () => interrupt.signal !== null });
      for await (const record of records) await sink.put(record);
      await sink.finish();
    } finally {
      interrupt.dispose();
      progress.stop();
      await pool?.close();
      await closeDispatchers();
    }
    ctx.exitCode = interrupt.signal ? signalExit(interrupt.signal) : sink.exitCode();
  });
  return cmd;
}
