/**
 * The commander program: one file per command, wired here. Only argument parsing lives in
 * src/cli; the work is done by the pipeline stages.
 */
import { Command } from 'commander';
import { VERSION } from '../config.js';
import type { CommandContext } from './context.js';

type MakeCommand = (ctx: CommandContext) => Command;

/**
 * Every command, one per line: add yours at the end. A command's module (and what it imports:
 * the HTTP client, the state stores, the feed parser) is loaded only when that command runs,
 * or for the overall help. Loading all of them cost every run 18 MB of memory in the main
 * thread (70 against 52 MB resident for `extract`), which also holds the worker pool's
 * pages in flight.
 */
const COMMANDS: readonly { name: string; load: () => Promise<MakeCommand> }[] = [
  { name: 'get', load: async () => (await import('./get.js')).getCommand },
  { name: 'extract', load: async () => (await import('./extract.js')).extractCommand },
  { name: 'crawl', load: async () => (await import('./crawl.js')).crawlCommand },
  { name: 'state', load: async () => (await import('./state.js')).stateCommand },
  { name: 'quotes', load: async () => (await import('./quotes.js')).quotesCommand },
  { name: 'bench', load: async () => (await import('./bench.js')).benchCommand },
  { name: 'export', load: async () => (await import('./export.js')).exportCommand },
];

/** The program with every command, or only `only` when it names one (the others are not loaded). */
export async function buildProgram(ctx: CommandContext, only?: string): Promise<Command> {
  const program = new Command('copydesk')
    .description('Turn news pages into clean JSON records: title, authors, dates, body text and quotes.')
    .version(VERSION, '-V, --version')
    .showHelpAfterError('(run with --help for usage)')
    .configureOutput({
      writeOut: (s) => void ctx.io.stdout.write(s),
      writeErr: (s) => void ctx.io.stderr.write(s),
    });
  program.addHelpText('after', `
Examples:
  $ copydesk get https://example.com/news/story.html
  $ copydesk extract page.html --url https://example.com/news/story.html --format text
  $ copydesk get --input urls.txt > records.ndjson

Exit codes: 0 all records written, 1 some pages failed (error records written), 2 usage error, 3 the state cannot be trusted (nothing done), 130 stopped by Ctrl-C (143 by SIGTERM).
`);
  const chosen = COMMANDS.filter((c) => c.name === only);
  const makers = await Promise.all((chosen.length ? chosen : COMMANDS).map((c) => c.load()));
  for (const make of makers) program.addCommand(make(ctx));
  // Every command parses strictly and reports problems through the same output.
  for (const cmd of program.commands) {
    cmd.configureOutput({ writeOut: (s) => void ctx.io.stdout.write(s), writeErr: (s) => void ctx.io.stderr.write(s) }).showHelpAfterError('(run with --help for usage)');
  }
  return program;
}
