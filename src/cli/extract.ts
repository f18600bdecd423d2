/**
 * `copydesk extract <file.html|->`: extract from saved HTML, no network.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { Command, Option } from 'commander';
import { resolveOptions } from '../config.js';
import { CopydeskError } from '../errors.js';
import { decodeBody } from '../fetch/decode.js';
import { errorRecord, extract } from '../pipeline.js';
import { defaultFormat } from '../record/serialize.js';
import type { CommandContext } from './context.js';
import { openInputFile } from './inputs.js';
import { readAll } from './io.js';
import { addOutputOptions, toOptions } from './options.js';
import type { CommonFlags } from './options.js';
import { RecordSink } from './sink.js';

interface ExtractFlags extends CommonFlags {
  url?: string;
}

export function extractCommand(ctx: CommandContext): Command {
  const cmd = new Command('extract')
    .description('extract records from saved HTML files, with no network')
    .argument('<files...>', 'HTML files; "-" reads one page from stdin')
    .addOption(new Option('--url <url>', "the page's address: base for relative links and the record's url"));
  addOutputOptions(cmd);
  cmd.addHelpText('after', `
Examples:
  $ copydesk extract saved/story.html --url https://example.com/news/story.html
  $ curl -s https://example.com/story | copydesk extract - --url https://example.com/story --format text

Exit codes: 0 every record written, 1 some pages failed (error records written), 2 usage error.
`);
  cmd.action(async (files: string[], flags: ExtractFlags) => {
    const { io } = ctx;
    const opts = resolveOptions(toOptions(flags));
    const format = flags.format ?? defaultFormat(Boolean(io.stdout.isTTY), files.length);
    const sink = new RecordSink(io, format, Boolean(flags.quiet));
    // Files missing at the start are a usage error (exit 2) before any work is done.
    for (const file of files) {
      if (file !== '-') await openInputFile(file, io.cwd).then((s) => s.destroy());
    }
    for (const file of files) {
      const url = flags.url ?? (file === '-' ? '' : new URL(`file://${resolve(io.cwd, file)}`).href);
      let bytes: Buffer;
      try {
        bytes = file === '-' ? await readAll(io.stdin) : await readFile(resolve(io.cwd, file));
      } catch (err) {
        await sink.put(errorRecord(url || file, new CopydeskError('INPUT', `cannot read ${file}: ${(err as Error).message}`, { cause: err })));
        continue;
      }
      const html = decodeBody(bytes, null).text;
      await sink.put(extract(html, { url, markdown: format === 'markdown' }, opts));
    }
    ctx.exitCode = sink.exitCode();
  });
  return cmd;
}
