/**
 * `copydesk bench accuracy`: score copydesk and plain Readability on a dataset of saved
 * pages with human-checked bodies (the zyte article-extraction-benchmark layout), side by
 * side. The report goes to stdout; progress and verdicts to stderr.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Command, Option } from 'commander';
import { DATASET_FORMATS, PACKAGE_ROOT, defaultDatasetDirs, detectFormat, loadDataset, metadataFileFor, withMetadata } from '../bench/dataset.js';
import type { Dataset, DatasetFormat } from '../bench/dataset.js';
import type { Disguise } from '../bench/accuracy.js';
import { RULE_GROUP_NAMES } from '../clean/switches.js';
import type { RuleGroup } from '../clean/switches.js';
import { CopydeskError } from '../errors.js';
import type { CommandContext } from './context.js';
import { checkOutputFile } from './inputs.js';
import { write } from './io.js';
import { intArg } from './options.js';

/** The floors kept in the repository, one per dataset; raised as scores rise, never lowered quietly. */
export const DEFAULT_FLOOR_FILE = join(PACKAGE_ROOT, 'bench', 'accuracy-floor.json');

/** A dataset folder, with the metadata labelled by hand for it in the repository when there is some. */
function load(dir: string, format: DatasetFormat | undefined): Dataset {
  const dataset = loadDataset(dir, format ?? detectFormat(dir));
  const labels = metadataFileFor(dir);
  return existsSync(labels) ? withMetadata(dataset, labels) : dataset;
}

interface AccuracyFlags {
  dataset?: string[];
  format?: DatasetFormat;
  floor?: string | false;
  readability: boolean;
  worst: number;
  ids?: string;
  pages?: string;
  quiet?: boolean;
  ablate?: string | true;
  every: number;
  hideNames?: boolean;
  plainTags?: boolean;
  hideMetadata?: boolean;
}

/** The line that says how the pages were disguised, or nothing when they were not. */
function disguiseNote(disguise: Disguise): string {
  const parts = [disguise.hideNames ? 'class and id names hidden' : '', disguise.plainTags ? 'sectioning tags made plain' : '', disguise.hideMetadata ? 'declared metadata removed' : ''].filter(Boolean);
  return parts.length ? `(${parts.join(', ')})\n` : '';
}

function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}

function accuracyCommand(ctx: CommandContext): Command {
  const cmd = new Command('accuracy')
    .description('score copydesk beside plain Readability on datasets of pages with human-checked truth')
    .addOption(new Option('--dataset <dir>', 'dataset folder, repeatable (default: the zyte-article-bench and wcxb-dev folders in ../shared/datasets beside the package, or under $COPYDESK_SHARED)').argParser(collect))
    .addOption(new Option('--format <layout>', 'dataset layout (default: detected from the truth file)').choices([...DATASET_FORMATS]))
    .addOption(new Option('--floor <file>', 'JSON floors per dataset; exit 1 when copydesk falls below one (default: bench/accuracy-floor.json when present)'))
    .addOption(new Option('--no-floor', 'report only, never fail'))
    .addOption(new Option('--no-readability', 'score copydesk alone (faster)'))
    .addOption(new Option('--worst <n>', 'article pages listed where copydesk scores below Readability').argParser(intArg(0)).default(15))
    .addOption(new Option('--ids <ids>', 'only these page ids (comma-separated)'))
    .addOption(new Option('--pages <file>', 'also write every page\'s predictions and truth as NDJSON to this file'))
    .addOption(new Option('--ablate [groups]', `switch each rule group off in turn (or only these, comma-separated) and print what F1 and the verdict lose without it: ${RULE_GROUP_NAMES.join(', ')}`))
    .addOption(new Option('--every <n>', 'score only every n-th page of each dataset (quicker; the ablation of every group takes a while)').argParser(intArg(1)).default(1))
    .addOption(new Option('--hide-names', 'replace every class and id name by a meaningless one (as hashed CSS-module names look) before both extractors read the page: what the scores owe to class names'))
    .addOption(new Option('--plain-tags', 'write the sectioning tags (article, main, nav, aside, header, footer, section) as plain <div>s and drop ARIA roles before both extractors read the page, as templates of nested <div>s look: what the scores owe to those tags (with --hide-names: to neither names nor tags)'))
    .addOption(new Option('--hide-metadata', 'remove the JSON-LD, the <meta> fields and the microdata before both extractors read the page, as older and smaller sites\' pages come: what title, date and author owe to declared metadata'))
    .addOption(new Option('-q, --quiet', 'no progress on stderr').default(false));
  cmd.addHelpText('after', `
Examples:
  $ copydesk bench accuracy
  $ copydesk bench accuracy --dataset ../shared/datasets/wcxb-dev --worst 30
  $ copydesk bench accuracy --dataset ../shared/datasets/wcxb-dev --no-readability --pages pages.ndjson
  $ copydesk bench accuracy --ablate
  $ copydesk bench accuracy --ablate lines:headings,verdict:address
  $ copydesk bench accuracy --hide-names
  $ copydesk bench accuracy --hide-names --plain-tags --no-readability
  $ copydesk bench accuracy --hide-metadata --no-readability

Exit codes: 0 scored (or no dataset found), 1 copydesk below a floor, 2 usage error.
`);
  cmd.action(async (flags: AccuracyFlags) => {
    if (flags.pages) await checkOutputFile(flags.pages, ctx.io.cwd, '--pages');
    const { io } = ctx;
    const named = flags.dataset?.map((d) => resolve(io.cwd, d));
    const dirs = (named ?? defaultDatasetDirs(io.env)).filter((dir) => {
      if (flags.format ?? detectFormat(dir)) return true;
      void io.stderr.write(`copydesk bench accuracy: no dataset at ${dir}; nothing to score there\n`);
      return false;
    });
    if (!dirs.length) {
      ctx.exitCode = 0;
      return;
    }
    const floorFile = flags.floor === false ? null : flags.floor ? resolve(io.cwd, flags.floor) : existsSync(DEFAULT_FLOOR_FILE) ? DEFAULT_FLOOR_FILE : null;
    // The benchmark loads both extractors and their DOMs: only when it runs.
    const { belowFloor, formatAblation, formatReport, readFloor, runAblation, runAccuracy } = await import('../bench/accuracy.js');
    const disguise = { hideNames: flags.hideNames === true, plainTags: flags.plainTags === true, hideMetadata: flags.hideMetadata === true };
    const note = disguiseNote(disguise);
    if (flags.ablate !== undefined) {
      const groups = flags.ablate === true ? RULE_GROUP_NAMES : flags.ablate.split(',').map((g) => g.trim()).filter(Boolean);
      const unknown = groups.filter((g) => !(RULE_GROUP_NAMES as string[]).includes(g));
      if (unknown.length) throw new CopydeskError('USAGE', `unknown rule group ${unknown.join(', ')}; groups: ${RULE_GROUP_NAMES.join(', ')}`);
      const datasets = dirs.map((dir) => load(dir, flags.format));
      const rows = await runAblation(datasets, groups as RuleGroup[], (label) => {
        if (!flags.quiet) io.stderr.write(`copydesk bench accuracy: ablation, ${label}\n`);
      }, flags.every, disguise);
      if (flags.every > 1) await write(io.stdout, `(every ${flags.every}-th page of each dataset)\n`);
      if (note) await write(io.stdout, note);
      await write(io.stdout, formatAblation(rows));
      ctx.exitCode = 0;
      return;
    }
    if (note) await write(io.stdout, note);
    const ids = flags.ids?.split(',').map((s) => s.trim()).filter(Boolean);
    const problems: string[] = [];
    const dump: string[] = [];
    for (const [i, dir] of dirs.entries()) {
      const dataset = load(dir, flags.format);
      const floor = floorFile ? readFloor(floorFile, dataset.name) : null;
      const step = Math.max(1, Math.round(dataset.entries.length / 10));
      const result = await runAccuracy(dataset, {
        ...(ids ? { ids } : {}),
        readability: flags.readability,
        every: flags.every,
        ...disguise,
        onPage: (done, total) => {
          if (!flags.quiet && (done % step === 0 || done === total)) io.stderr.write(`copydesk bench accuracy: ${dataset.name} ${done}/${total} pages\n`);
        },
      });
      await write(io.stdout, `${i ? '\n' : ''}${formatReport(result, { worst: flags.worst })}`);
      if (flags.pages) for (const p of result.pages) dump.push(JSON.stringify({ dataset: dataset.name, ...p }));
      const below = floor ? belowFloor(result, floor) : [];
      problems.push(...below.map((b) => `${dataset.name}: ${b}`));
      if (!flags.quiet) await write(io.stderr, `copydesk bench accuracy: ${dataset.name}, ${result.pages.length} pages in ${result.seconds.toFixed(1)} s${floor && !below.length ? ', at or above its floor' : ''}\n`);
    }
    if (flags.pages) writeFileSync(resolve(io.cwd, flags.pages), dump.length ? `${dump.join('\n')}\n` : '');
    if (problems.length) {
      await write(io.stderr, `copydesk bench accuracy: below the floor in ${floorFile}: ${problems.join('; ')}\n`);
      ctx.exitCode = 1;
      return;
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
