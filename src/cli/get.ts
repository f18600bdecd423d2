/**
 * `copydesk get <url>...`: fetch pages and write their records.
 */
import { Command } from 'commander';
import { hostOf, mapOrdered } from '../batch.js';
import { resolveOptions } from '../config.js';
import { closeDispatchers } from '../fetch/http.js';
import { defaultFormat } from '../record/serialize.js';
import type { CommandContext } from './context.js';
import { openInputFile, urlsFrom } from './inputs.js';
import { addFetchOptions, addOutputOptions, toOptions } from './options.js';
import type { CommonFlags } from './options.js';
import { RecordSink } from './sink.js';

interface GetFlags extends CommonFlags {
  input?: string;
}

export function getCommand(ctx: CommandContext): Command {
  const cmd = new Command('get')
    .description('fetch news pages and write one clean record per page')
    .argument('[urls...]', 'page URLs; "-" reads URLs from stdin, one per line')
    .option('-i, --input <file>', 'read URLs from a file, one per line (# comments and blank lines skipped)');
  addOutputOptions(addFetchOptions(cmd));
  cmd.addHelpText('after', `
Examples:
  $ copydesk get https://example.com/news/story.html
  $ copydesk get --input urls.txt --format ndjson > records.ndjson
  $ cat urls.txt | copydesk get - | jq -r .title

Exit codes: 0 every record written, 1 some pages failed (error records written), 2 usage error.
`);
  cmd.action(async (urls: string[], flags: GetFlags) => {
    const { io } = ctx;
    const opts = resolveOptions(toOptions(flags));
    const inputFile = flags.input ? await openInputFile(flags.input, io.cwd) : null;
    if (!urls.length && !inputFile) {
      cmd.error('copydesk get: give at least one URL, "-" for stdin, or --input FILE', { exitCode: 2, code: 'copydesk.usage' });
    }
    const knownCount = !inputFile && !urls.includes('-') ? urls.length : null;
    const format = flags.format ?? defaultFormat(Boolean(io.stdout.isTTY), knownCount);
    const sink = new RecordSink(io, format, Boolean(flags.quiet));
    // The pipeline (and its DOM libraries) load only when there is work: --help stays light.
    const { get } = await import('../pipeline.js');
    try {
      const records = mapOrdered(urlsFrom(urls, io.stdin, inputFile), (url) => get(url, opts, { markdown: format === 'markdown' }), {
        concurrency: opts.concurrency,
        perKey: opts.perHostConcurrency,
        keyOf: hostOf,
      });
      for await (const record of records) await sink.put(record);
    } finally {
      await closeDispatchers();
    }
    ctx.exitCode = sink.exitCode();
  });
  return cmd;
}
