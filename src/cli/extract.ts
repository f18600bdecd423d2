/**
 * `copydesk extract <inputs...>`: extract from saved HTML files, web archives (WARC) or
 * folders of them, with no network. Records come out in input order, an archive's in
 * archive order. Several pages run on a worker pool sized to the cores (`--workers N`,
 * `--no-workers`); one page runs in-process. Archives are read as streams (src/warc/), on a
 * thread of their own when pages go to the pool (src/warc/thread.ts), and the pool's workers
 * hand records back ready for output (src/record/prepared.ts): the main thread only passes
 * pages on and writes.
 *
 * The pipeline, the DOM libraries and the pool are imported when the command runs, so
 * `--help` and `--version` load none of them.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { Command, Option } from 'commander';
import { resolveOptions } from '../config.js';
import { CopydeskError } from '../errors.js';
import { defaultFormat } from '../record/serialize.js';
import type { CopydeskRecord } from '../record/types.js';
import { isPrepared, summaryOf } from '../record/prepared.js';
import type { Preparation, PreparedRecord } from '../record/prepared.js';
// The light parts of src/warc; the archive reader (warcio) is loaded when an archive is read.
import { isArchivePath, sniffArchive } from '../warc/detect.js';
import { archiveFilter } from '../warc/filter.js';
import { langFilter } from '../record/lang-filter.js';
import { emptyTally, tallyLine } from '../warc/tally.js';
import type { ArchivedPage, ArchiveItem } from '../warc/read.js';
import type { ArchiveResume } from '../warc/resume.js';
import type { CommandContext } from './context.js';
import { signalExit, stateFailureExit } from './exit.js';
import { extractHint } from './hints.js';
import { watchInterrupt } from './interrupt.js';
import { addOutputOptions, collect, domOption, intArg, maxBytesOption, outOption, pageTimeoutOption, toOptions } from './options.js';
import type { CommonFlags } from './options.js';
import { Progress } from './progress.js';
import { openOutDir, RecordSink } from './sink.js';
import { pagesInFolder } from './walk.js';
import type { FolderPages } from './walk.js';

function skippedNote(folder: string, found: FolderPages): string {
  const parts = [];
  if (found.skipped) parts.push(`${found.skipped} file${found.skipped === 1 ? '' : 's'} that are not saved pages or archives`);
  if (found.skippedFolders) parts.push(`${found.skippedFolders} subfolder${found.skippedFolders === 1 ? '' : 's'}`);
  return `copydesk: ${folder}: ${found.files.length} page${found.files.length === 1 ? '' : 's'}; skipped ${parts.join(' and ')}`;
}

interface ExtractFlags extends CommonFlags {
  url?: string;
  /** Walk subfolders of a folder given (default true; --no-recursive). */
  recursive?: boolean;
  /** A number of threads, false for --no-workers, undefined for automatic. */
  workers?: number | false;
  /** Archives: only pages of these hosts (and their subdomains). */
  host?: string[];
  /** Archives: only pages whose URI matches this regular expression. */
  urlPattern?: string;
  /** Archives: skip pages this state holds as written, and record those written now. */
  state?: string;
}

/**
 * One unit of work: a saved page file, a page out of an archive, or a record already made
 * (archive damage). A page read on the reader thread holds its bytes in a buffer of its own,
 * which goes on to the worker (`movable`).
 */
type Task = { file: string } | { page: ArchivedPage; movable: boolean } | { record: CopydeskRecord };

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
    if (!found.files.length) throw new CopydeskError('USAGE', `no .html, .html.gz, .warc or .warc.gz files in folder ${arg}${found.skippedFolders ? ' (subfolders not read: --no-recursive)' : ''}`);
    if (found.skipped || found.skippedFolders) note(skippedNote(arg, found));
    out.push(...found.files);
  }
  return out;
}

export function extractCommand(ctx: CommandContext): Command {
  const cmd = new Command('extract')
    .description('extract records from saved HTML files, WARC archives or folders of them, with no network')
    .argument('<inputs...>', 'HTML files (.gz too), WARC archives (.warc, .warc.gz) or folders of them; "-" reads one page or an archive from stdin')
    .addOption(new Option('--url <url>', "the page's address: base for relative links and the record's url"))
    .addOption(new Option('--host <host>', 'archives: only pages of this host and its subdomains (repeatable)').argParser(collect))
    .addOption(new Option('--url-pattern <regex>', 'archives: only pages whose URI matches this regular expression (case-insensitive, unanchored)'))
    .addOption(new Option('--state <path>', 'archives: skip the pages this state database holds as written (by an earlier run or a crawl) and add those written now'))
    .addOption(new Option('--no-recursive', 'read only the pages directly in a folder, not its subfolders'))
    .addOption(new Option('--workers <n>', 'worker threads for several pages (default: one per core)').argParser(intArg(1)))
    .addOption(new Option('--no-workers', 'extract every page in this process'))
    .addOption(domOption())
    .addOption(pageTimeoutOption())
    .addOption(maxBytesOption())
    .addOption(outOption());
  addOutputOptions(cmd);
  cmd.addHelpText('after', `
Examples:
  $ copydesk extract saved/story.html --url https://example.com/news/story.html
  $ copydesk extract saved/ > records.ndjson
  $ copydesk extract CC-NEWS-20261101.warc.gz --out articles/
  $ curl -s https://example.com/story | copydesk extract - --url https://example.com/story --format text
  $ copydesk extract CC-NEWS-20261101.warc.gz --host bbc.co.uk --lang en > bbc.ndjson

From an archive, every HTTP response holding HTML with a 2xx status becomes a record: its url
is the WARC-Target-URI, fetchedAt the WARC-Date, and "warc" says where it came from (file,
record id, offset). Other records are skipped and counted in a note on stderr.

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
    // One address for several pages would give them all one url (and one --out file).
    if (flags.url !== undefined && files.length > 1) throw new CopydeskError('USAGE', `--url is the address of one page, and ${files.length} were given: extract them one at a time, or leave --url out`);
    const out = await openOutDir(flags.out, io.cwd);
    const accept = archiveFilter({ hosts: flags.host ?? [], ...(flags.urlPattern !== undefined ? { urlPattern: flags.urlPattern } : {}) });
    // A stream is an archive when its first bytes say so; otherwise it is one page.
    let stdin: AsyncIterable<Buffer> = io.stdin;
    let stdinArchive = false;
    if (files.includes('-')) ({ archive: stdinArchive, source: stdin } = await sniffArchive(io.stdin));
    const isArchive = (file: string): boolean => (file === '-' ? stdinArchive : isArchivePath(file));
    const archives = files.some(isArchive);
    const tally = emptyTally();
    let resume: ArchiveResume | null = null;
    let closeState = async (): Promise<void> => undefined;
    if (flags.state && archives) {
      const [{ openState }, { ArchiveResume }] = await Promise.all([import('../state/open.js'), import('../warc/resume.js')]);
      try {
        const { store, lock } = await openState(resolve(io.cwd, flags.state), {});
        resume = new ArchiveResume(store);
        closeState = async () => {
          await store.close().catch(() => undefined);
          lock.release();
        };
      } catch (err) {
        io.stderr.write(`copydesk: ${(err as Error).message}\n`);
        ctx.exitCode = stateFailureExit(err);
        return;
      }
    }

    const format = flags.format ?? defaultFormat(Boolean(io.stdout.isTTY), archives ? null : files.length);
    const progress: Progress = new Progress(io.stderr, (): string => (archives ? sink.tally() : `${sink.tally()} of ${files.length}`), { quiet: Boolean(flags.quiet) });
    const sink = new RecordSink(io, format, Boolean(flags.quiet), { progress, out, keepLang: langFilter(flags.lang) });
    const markdown = format === 'markdown';
    const html = format === 'html' || Boolean(flags.html);
    const urlOf = (file: string): string => flags.url ?? (file === '-' ? '' : pathToFileURL(file).href);

    const [{ ExtractPool, defaultThreads }, { batchThreads }] = await Promise.all([import('../pool/index.js'), import('../pool/extractor.js')]);
    // An archive's page count is not known before it is read.
    const threads = batchThreads(flags.workers, archives ? null : files.length, defaultThreads());
    const pool = threads ? await ExtractPool.open({ threads }) : null;
    const thread = pool && archives ? await import('../warc/thread.js') : null;

    async function* tasks(): AsyncGenerator<Task> {
      for (const file of files) {
        if (!isArchive(file)) {
          yield { file };
          continue;
        }
        tally.archives++;
        let items: AsyncIterable<ArchiveItem>;
        const onThread = thread !== null && file !== '-';
        if (onThread) {
          // On the pool, the main thread only hands pages on and writes records: the archive is read on a thread of its own (src/warc/thread.ts).
          items = thread.readArchiveOnThread({ file, maxBytes: opts.maxBytes, hosts: flags.host ?? [], ...(flags.urlPattern !== undefined ? { urlPattern: flags.urlPattern } : {}) }, accept, tally);
        } else {
          const { readArchive } = await import('../warc/read.js');
          items = readArchive(file === '-' ? stdin : createReadStream(file), file, { maxBytes: opts.maxBytes, ...(accept ? { accept } : {}) }, tally);
        }
        for await (const item of items) {
          if ('error' in item) yield { record: item.error };
          else if (resume && (await resume.done(item.page.url))) tally.alreadyDone++;
          else yield { page: item.page, movable: onThread };
        }
      }
    }

    // Pool workers hand records back ready for output in this format (src/record/prepared.ts).
    const prepare: Preparation = { format, out: Boolean(out) };
    const extractOne = async (task: Task): Promise<CopydeskRecord | PreparedRecord> => {
      if ('record' in task) return task.record;
      if ('page' in task) {
        const { page } = task;
        const job = { bytes: page.bytes, contentType: page.contentType, input: { url: page.url, finalUrl: page.url, fetchedAt: page.fetchedAt, markdown, html }, options: opts };
        let record: CopydeskRecord | PreparedRecord;
        if (pool) {
          const handover = task.movable && thread ? { reread: () => thread.rereadPage(page.origin, opts.maxBytes) } : undefined;
          record = await pool.run({ ...job, prepare, warc: page.origin }, undefined, handover);
        } else record = await (await import('../pool/job.js')).runJob(job);
        // A record the worker did not finish (its error record, or the page extracted again here).
        if (!isPrepared(record)) record.warc = page.origin;
        if (!pool) await nextTurn();
        return record;
      }
      const { file } = task;
      const input = { url: urlOf(file), markdown, html };
      if (pool && file !== '-') return pool.run({ file, input, options: opts, prepare });
      // In this thread: the pipeline loads here, and only here.
      const { runJob } = await import('../pool/job.js');
      if (file === '-') {
        const { readCapped } = await import('../pool/read.js');
        let bytes: Buffer;
        try {
          bytes = await readCapped(stdin, opts.maxBytes, 'stdin');
        } catch (err) {
          const { errorRecord } = await import('../pipeline.js');
          return errorRecord(input.url, err);
        }
        // Judged like a file whose name says nothing: it must be markup.
        return runJob({ file: '-', bytes, input, options: opts });
      }
      const record = await runJob({ file, input, options: opts });
      // Let the event loop turn between pages: freed DOMs are then collected.
      await nextTurn();
      return record;
    };
    /** Writes a record (the sink leaves out other languages, --lang); with --state, then marks its page done. */
    const put = async (record: CopydeskRecord | PreparedRecord): Promise<void> => {
      await sink.put(record);
      if (resume) await resume.mark(isPrepared(record) ? record.summary : summaryOf(record));
    };

    const interrupt = watchInterrupt((sig) => {
      progress.clear();
      if (!flags.quiet) io.stderr.write(`copydesk: ${sig}: finishing the page in hand, then stopping (again to stop at once)\n`);
    });
    if (files.length > 1 || archives) progress.start();
    try {
      if (!pool) {
        for await (const task of tasks()) {
          await put(await extractOne(task));
          if (interrupt.signal) break;
        }
      } else {
        const { mapOrdered } = await import('../batch.js');
        // After Ctrl-C, the pages already extracted beside the one in hand are written too.
        const records = mapOrdered(tasks(), extractOne, { concurrency: pool.threads * 2, ahead: pool.threads * 8, stop: () => interrupt.signal !== null });
        for await (const record of records) await put(record);
      }
      await sink.finish();
      if (archives && !flags.quiet) io.stderr.write(`copydesk: ${tallyLine(tally)}\n`);
    } finally {
      interrupt.dispose();
      progress.stop();
      await pool?.close();
      await closeState();
    }
    ctx.exitCode = interrupt.signal ? signalExit(interrupt.signal) : sink.exitCode();
  });
  return cmd;
}
