/**
 * `copydesk extract <inputs...>`: extract from saved HTML files or folders of them, with no
 * network. Records come out in input order. Several pages run on a worker pool sized to the
 * cores (`--workers N`, `--no-workers`); one page runs in-process.
 *
 * The pipeline, the DOM libraries and the pool are imported when the command runs, so
 * `--help` and `--version` load none of them.
 */
import { readdir, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { Command, Option } from 'commander';
import { resolveOptions } from '../config.js';
import { CopydeskError } from '../errors.js';
import { defaultFormat } from '../record/serialize.js';
import type { CopydeskRecord } from '../record/types.js';
import type { CommandContext } from './context.js';
import { addOutputOptions, domOption, intArg, maxBytesOption, pageTimeoutOption, toOptions } from './options.js';
import type { CommonFlags } from './options.js';
import { RecordSink } from './sink.js';

interface ExtractFlags extends CommonFlags {
  url?: string;
  /** A number of threads, false for --no-workers, undefined for automatic. */
  workers?: number | false;
}

/** Files taken from a folder: saved pages, plain or gzip-compressed. */
const PAGE_FILE = /\.(?:html?|xhtml)(?:\.gz)?$/i;

/** Expands folders (their page files, sorted by name) and checks every file exists. */
async function expandInputs(args: string[], cwd: string): Promise<string[]> {
  const out: string[] = [];
  for (const arg of args) {
    if (arg === '-') {
      out.push(arg);
      continue;
    }
    const full = resolve(cwd, arg);
    let info;
    try {
      info = await stat(full);
    } catch (err) {
      throw new CopydeskError('USAGE', `cannot read input file ${arg}: ${(err as Error).message}`, { cause: err });
    }
    if (!info.isDirectory()) {
      out.push(full);
      continue;
    }
    const names = (await readdir(full)).filter((name) => PAGE_FILE.test(name)).sort();
    if (!names.length) throw new CopydeskError('USAGE', `no .html or .html.gz files in folder ${arg}`);
    out.push(...names.map((name) => join(full, name)));
  }
  return out;
}

export function extractCommand(ctx: CommandContext): Command {
  const cmd = new Command('extract')
    .description('extract records from saved HTML files or folders of them, with no network')
    .argument('<inputs...>', 'HTML files (.gz too) or folders of them; "-" reads one page from stdin')
    .addOption(new Option('--url <url>', "the page's address: base for relative links and the record's url"))
    .addOption(new Option('--workers <n>', 'worker threads for several pages (default: one per core)').argParser(intArg(1)))
    .addOption(new Option('--no-workers', 'extract every page in this process'))
    .addOption(domOption())
    .addOption(pageTimeoutOption())
    .addOption(maxBytesOption());
  addOutputOptions(cmd);
  cmd.addHelpText('after', `
Examples:
  $ copydesk extract saved/story.html --url https://example.com/news/story.html
  $ copydesk extract saved/ > records.ndjson
  $ curl -s https://example.com/story | copydesk extract - --url https://example.com/story --format text

Exit codes: 0 every record written, 1 some pages failed (error records written), 2 usage error.
`);
  cmd.action(async (args: string[], flags: ExtractFlags) => {
    const { io } = ctx;
    const opts = resolveOptions(toOptions(flags));
    // Missing files are a usage error (exit 2) before any work is done.
    const files = await expandInputs(args, io.cwd);
    const format = flags.format ?? defaultFormat(Boolean(io.stdout.isTTY), files.length);
    const sink = new RecordSink(io, format, Boolean(flags.quiet));
    const markdown = format === 'markdown';
    const urlOf = (file: string): string => flags.url ?? (file === '-' ? '' : pathToFileURL(file).href);

    const [{ ExtractPool, defaultThreads }, { batchThreads }] = await Promise.all([import('../pool/index.js'), import('../pool/extractor.js')]);
    const threads = batchThreads(flags.workers, files.length, defaultThreads());
    const pool = threads ? await ExtractPool.open({ threads }) : null;

    const extractOne = async (file: string): Promise<CopydeskRecord> => {
      const input = { url: urlOf(file), markdown };
      if (pool && file !== '-') return pool.run({ file, input, options: opts });
      // In this thread: the pipeline loads here, and only here.
      const { runJob } = await import('../pool/job.js');
      if (file === '-') {
        const [{ decodeBody }, { readCapped }] = await Promise.all([import('../fetch/decode.js'), import('../pool/read.js')]);
        let bytes: Buffer;
        try {
          bytes = await readCapped(io.stdin, opts.maxBytes, 'stdin');
        } catch (err) {
          const { errorRecord } = await import('../pipeline.js');
          return errorRecord(input.url, err);
        }
        return runJob({ html: decodeBody(bytes, null).text, input, options: opts });
      }
      const record = await runJob({ file, input, options: opts });
      // Let the event loop turn between pages: freed DOMs are then collected.
      await nextTurn();
      return record;
    };

    try {
      if (!pool) {
        for (const file of files) await sink.put(await extractOne(file));
      } else {
        const { mapOrdered } = await import('../batch.js');
        const records = mapOrdered(files, extractOne, { concurrency: pool.threads * 2, ahead: pool.threads * 8 });
        for await (const record of records) await sink.put(record);
      }
    } finally {
      await pool?.close();
    }
    ctx.exitCode = sink.exitCode();
  });
  return cmd;
}
