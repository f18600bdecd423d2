/**
 * The commander program: one file per command, wired here. Only argument parsing lives in
 * src/cli; the work is done by the pipeline stages.
 */
import { Command } from 'commander';
import { VERSION } from '../config.js';
import { benchCommand } from './bench.js';
import type { CommandContext } from './context.js';
import { extractCommand } from './extract.js';
import { getCommand } from './get.js';
import { quotesCommand } from './quotes.js';
import { crawlCommand } from './crawl.js';
import { stateCommand } from './state.js';
import { exportCommand } from './export.js';

/** Every command, one per line: add yours at the end. */
const COMMANDS: readonly ((ctx: CommandContext) => Command)[] = [
  getCommand,
  extractCommand,
  crawlCommand,
  stateCommand,
  quotesCommand,
  benchCommand,
  exportCommand,
];

export function buildProgram(ctx: CommandContext): Command {
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

Exit codes: 0 all records written, 1 some pages failed (error records written), 2 usage error.
`);
  for (const make of COMMANDS) program.addCommand(make(ctx));
  // Every command parses strictly and reports problems through the same output.
  for (const cmd of program.commands) {
    cmd.configureOutput({ writeOut: (s) => void ctx.io.stdout.write(s), writeErr: (s) => void ctx.io.stderr.write(s) }).showHelpAfterError('(run with --help for usage)');
  }
  return program;
}
