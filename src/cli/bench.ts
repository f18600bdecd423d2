/**
 * `copydesk bench accuracy`: score copydesk and plain Readability on a dataset of saved
 * pages with human-checked bodies (the zyte article-extraction-benchmark layout), side by
 * side. The report goes to stdout; progress and verdicts to stderr.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Command, Option } from 'commander';
import { PACKAGE_ROOT, defaultDatasetDir, hasDataset, loadDataset } from '../bench/dataset.js';
import type { CommandContext } from './context.js';
import { write } from './io.js';
import { intArg } from './options.js';

/** The floor kept in the repository; raised as the score rises, never lowered quietly. */
export const DEFAULT_FLOOR_FILE = join(PACKAGE_ROOT, 'bench', 'accuracy-floor.json');

interface AccuracyFlags {
  dataset?: string;
  floor?: string | false;
  worst: number;
  ids?: string;
  quiet?: boolean;
}

function accuracyCommand(ctx: CommandContext): Command {
  const cmd = new Command('accuracy')
    .description('score copydesk beside plain Readability on a dataset of pages with known article bodies')
    .addOption(new Option('--dataset <dir>', 'dataset folder (ground-truth.json, html/<id>.html.gz); default: ../shared/datasets/zyte-article-bench beside the package, or under $COPYDESK_SHARED'))
    .addOption(new Option('--floor <file>', 'JSON floor {"f1": …}; exit 1 when copydesk falls below it (default: bench/accuracy-floor.json when present)'))
    .addOption(new Option('--no-floor', 'report only, never fail'))
    .addOption(new Option('--worst <n>', 'pages listed where copydesk scores below Readability').argParser(intArg(0)).default(15))
    .addOption(new Option('--ids <ids>', 'only these page ids (comma-separated)'))
    .addOption(new Option('-q, --quiet', 'no progress on stderr').default(false));
  cmd.addHelpText('after', `
Examples:
  $ copydesk bench accuracy
  $ copydesk bench accuracy --dataset ../shared/datasets/zyte-article-bench --worst 30

Exit codes: 0 scored (or no dataset found), 1 copydesk below the floor, 2 usage error.
`);
  cmd.action(async (flags: AccuracyFlags) => {
    const { io } = ctx;
    const dir = flags.dataset ? resolve(io.cwd, flags.dataset) : defaultDatasetDir(io.env);
    if (!hasDataset(dir)) {
      await write(io.stderr, `copydesk bench accuracy: no dataset at ${dir} (ground-truth.json missing); nothing to score\n`);
      ctx.exitCode = 0;
      return;
    }
    const floorFile = flags.floor === false ? null : flags.floor ? resolve(io.cwd, flags.floor) : existsSync(DEFAULT_FLOOR_FILE) ? DEFAULT_FLOOR_FILE : null;
    // The benchmark loads both extractors and their DOMs: only when it runs.
    const { belowFloor, formatReport, readFloor, runAccuracy } = await import('../bench/accuracy.js');
    const floor = floorFile ? readFloor(floorFile) : null;
    const dataset = loadDataset(dir);
    const ids = flags.ids?.split(',').map((s) => s.trim()).filter(Boolean);
    const step = Math.max(1, Math.round(dataset.entries.length / 10));
    const result = runAccuracy(dataset, {
      ...(ids ? { ids } : {}),
      onPage: (done, total) => {
        if (!flags.quiet && (done % step === 0 || done === total)) io.stderr.write(`copydesk bench accuracy: ${done}/${total} pages\n`);
      },
    });
    await write(io.stdout, formatReport(result, { worst: flags.worst }));
    const problems = floor ? belowFloor(result, floor) : [];
    if (problems.length) {
      await write(io.stderr, `copydesk bench accuracy: below the floor in ${floorFile}: ${problems.join('; ')}\n`);
      ctx.exitCode = 1;
      return;
    }
    if (!flags.quiet) {
      await write(io.stderr, `copydesk bench accuracy: ${result.pages.length} pages in ${result.seconds.toFixed(1)} s${floor ? `, at or above the floor (F1 ${floor.f1})` : ''}\n`);
    }
    ctx.exitCode = 0;
  });
  return cmd;
}

export function benchCommand(ctx: CommandContext): Command {
  const bench = new Command('bench').description('measure copydesk on local datasets');
  const accuracy = accuracyCommand(ctx);
  // Nested commands do not inherit the program's output and exit handling: set them here.
  accuracy
    .configureOutput({ writeOut: (s) => void ctx.io.stdout.write(s), writeErr: (s) => void ctx.io.stderr.write(s) })
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride();
  bench.addCommand(accuracy);
  return bench;
}
