/**
 * `copydesk extract <inputs...>`: extract from saved HTML files or folders of them, with no
 * network. Records come out in input order. Several pages run on a worker pool sized to the
 * cores (`--workers N`, `--no-workers`); one page runs in-process.
 *
 * The pipeline, the DOM libraries and the pool are imported when the command runs, so
 * `--help` and `--version` load none of them.
 */
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { Command, Option } from 'commander';
import { resolveOptions } from '../config.js';
import { CopydeskError } from '../errors.js';
import { defaultFormat } from '../record/serialize.js';
import type { CopydeskRecord } from '../record/types.js';
import type { CommandContext } from './context.js';
import { signalExit } from './exit.js';
import { extractHint } from './hints.js';
import { watchInterrupt } from './interrupt.js';
import { addOutputOptions, domOption, intArg, maxBytesOption, pageTimeoutOption, toOptions } from './options.js';
import type { CommonFlags } from './options.js';
import { Progress } from './progress.js';
import { RecordSink } from './sink.js';
import { pagesInFolder } from './walk.js';
import type { FolderPages } from './walk.js';

function skippedNote(folder: string, found: FolderPages): string {
  const parts = [];
  if (found.skipped) parts.push(`${found.skipped} file${found.skipped === 1 ? '' : 's'} that are not saved pages`);
  if (found.skippedFolders) parts.push(`${found.skippedFolders} subfolder${found.skippedFolders === 1 ? '' : 's'}`);
  return `copydesk: ${folder}: ${found.files.length} page${found.files.length === 1 ? '' : 's'}; skipped ${parts.join(' and ')}`;
}

interface ExtractFlags extends CommonFlags {
  url?: string;
  /** Walk subfolders of a folder given (default true; --no-recursive). */
  recursive?: boolean;
  /** A number of threads, false for --no-workers, undefined for automatic. */
  workers?: number | false;
}

/** Expands folders (their page files, sorted by name; subfolders too when recursive) and checks every file exists. */
async function expandInputs(args: string[], cwd: string, recursive = true, note: (message: string) => void = () => undefined): Promise<string[]> {
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
    const found = await pagesInFolder(full, recursive);
    if (!found.files.length) throw new CopydeskError('USAGE', `no .html or .html.gz files in folder ${arg}${found.skippedFolders ? ' (subfolders not read: --no-recursive)' : ''}`);
    if (found.skipped || found.skippedFolders) note(skippedNote(arg, found));
    out.push(...found.files);
  }
  return out;
}

export function extractCommand(ctx: CommandContext): Command {
  const cmd = new Command('extract')
    .description('extract records from saved HTML files or folders of them, with no network')
    .argument('<inputs...>', 'HTML files (.gz too) or folders of them; "-" reads one page from stdin')
    .addOption(new Option('--url <url>', "the page's address: base for relative links and the record's url"))
    .addOption(new Option('--no-recursive', 'read only the pages directly in a folder, not its subfolders'))
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
    for (const arg of args) {
      const hint = extractHint(arg, io.cwd);
      if (hint) throw new CopydeskError('USAGE', hint);
    }
    // Missing files are a usage error (exit 2) before any work is done.
    const notes: string[] = [];
    const files = await expandInputs(args, io.cwd, flags.recursive !== false, (m) => notes.push(m));
    if (!flags.quiet) for (const m of notes) io.stderr.write(`${m}\n`);
    const format = flags.format ?? defaultFormat(Boolean(io.stdout.isTTY), files.length);
    const progress: Progress = new Progress(io.stderr, (): string => `${sink.tally()} of ${files.length}`, { quiet: Boolean(flags.quiet) });
    const sink = new RecordSink(io, format, Boolean(flags.quiet), { progress });
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

    const interrupt = watchInterrupt((sig) => {
      progress.clear();
      if (!flags.quiet) io.stderr.write(`copydesk: ${sig}: finishing the page in hand, then stopping (again to stop at once)\n`);
    });
    if (files.length > 1) progress.start();
    try {
      if (!pool) {
        for (const file of files) {
          await sink.put(await extractOne(file));
          if (interrupt.signal) break;
        }
      } else {
        const { mapOrdered } = await import('../batch.js');
        const records = mapOrdered(files, extractOne, { concurrency: pool.threads * 2, ahead: pool.threads * 8 });
        for await (const record of records) {
          await sink.put(record);
          if (interrupt.signal) break;
        }
      }
      await sink.finish();
    } finally {
      interrupt.dispose();
      progress.stop();
      await pool?.close();
    }
    ctx.exitCode = interrupt.signal ? signalExit(interrupt.signal) : sink.exitCode();
  });
  return cmd;
}
