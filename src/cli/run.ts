/**
 * run(argv, io) → exit code. The bin is a thin wrapper around this, and tests call it
 * in-process.
 */
import { CommanderError } from 'commander';
import { isCopydeskError } from '../errors.js';
import type { CommandContext } from './context.js';
import type { Io } from './io.js';
import { ignoreStreamErrors, processIo, write } from './io.js';
import { EXIT } from './exit.js';
import { commandHint } from './hints.js';
import { buildProgram } from './program.js';

/** argv without the node and script entries: run(['get', url]). */
export async function run(argv: string[], io: Io = processIo()): Promise<number> {
  const ctx: CommandContext = { io, exitCode: EXIT.OK };
  const program = await buildProgram(ctx, argv[0]);
  program.exitOverride();
  for (const cmd of program.commands) cmd.exitOverride();
  // A reader that stops early (`| head -1`) closes the pipe: the write fails with EPIPE,
  // which ends the run quietly. Without a listener the stream's 'error' event would crash.
  ignoreStreamErrors(io.stdout);
  const first = argv[0];
  if (first && !first.startsWith('-') && !program.commands.some((c) => c.name() === first)) {
    const hint = commandHint(first, io.cwd);
    if (hint) {
      await write(io.stderr, `copydesk: ${hint}\n`);
      return EXIT.USAGE;
    }
  }
  try {
    await program.parseAsync(argv, { from: 'user' });
    return ctx.exitCode;
  } catch (err) {
    if ((err as NodeJS.ErrnoException | null)?.code === 'EPIPE') return ctx.exitCode;
    if (err instanceof CommanderError) {
      // --help and --version end through here with code 0.
      return err.exitCode === 0 ? EXIT.OK : EXIT.USAGE;
    }
    if (isCopydeskError(err) && (err.code === 'USAGE' || err.stage === 'input')) {
      await write(io.stderr, `copydesk: ${err.message}\n`);
      return EXIT.USAGE;
    }
    // A failure named by its code (OUTPUT: a full disk under --out) is no surprise.
    if (isCopydeskError(err) && err.code !== 'INTERNAL') {
      await write(io.stderr, `copydesk: ${err.code}: ${err.message}\n`);
      return EXIT.SOME_FAILED;
    }
    const message = err instanceof Error ? err.message : String(err);
    await write(io.stderr, `copydesk: unexpected error: ${message}\n`);
    if (io.env.COPYDESK_DEBUG && err instanceof Error && err.stack) await write(io.stderr, `${err.stack}\n`);
    return EXIT.SOME_FAILED;
  }
}
