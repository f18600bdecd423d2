/**
 * `copydesk state stats|forget|prune|check|rebuild`: look into and look after the crawl
 * state. Data (stats, check results) goes to stdout as JSON; messages to stderr.
 */
import { Command, Option } from 'commander';
import { parseDuration } from '../crawl/time.js';
import { assess, checkState, lostAdvice } from '../state/integrity.js';
import { acquireLock } from '../state/lock.js';
import type { Lock } from '../state/lock.js';
import { markPath, readMark } from '../state/mark.js';
import { openState } from '../state/open.js';
import { statePath } from '../state/path.js';
import { rebuildDatabase } from '../state/rebuild.js';
import { SqliteStore } from '../state/sqlite.js';
import type { CommandContext } from './context.js';
import { write } from './io.js';
import { EXIT, stateFailureExit } from './run.js';

interface StateFlags {
  state?: string;
  olderThan?: string;
  wait?: boolean;
}

const stateOption = (): Option => new Option('--state <path>', 'state database (default: $XDG_STATE_HOME/copydesk/state.db)');

export function stateCommand(ctx: CommandContext): Command {
  const { io } = ctx;
  const fail = async (message: string, exitCode: number = EXIT.SOME_FAILED): Promise<void> => {
    await write(io.stderr, `copydesk: ${message}\n`);
    ctx.exitCode = exitCode;
  };
  /** Runs fn with the store open for writing: the crawl lock held, a state it cannot trust refused. */
  const withWritableStore = async (flags: StateFlags, fn: (store: SqliteStore) => Promise<void>): Promise<void> => {
    const path = statePath(flags.state, io.env, io.cwd);
    let lock: Lock | null = null;
    try {
      const opened = await openState(path, { wait: Boolean(flags.wait) });
      lock = opened.lock;
      try {
        await fn(opened.store);
      } finally {
        await opened.store.close();
      }
    } catch (err) {
      await fail((err as Error).message, stateFailureExit(err));
    } finally {
      lock?.release();
    }
  };

  const cmd = new Command('state').description('inspect and manage the crawl state database');
  cmd.addHelpText('after', `
Examples:
  $ copydesk state stats
  $ copydesk state forget https://example.com/news/
  $ copydesk state prune --older-than 90d
  $ copydesk state check && echo healthy
`);

  cmd.command('stats')
    .description('counts of seen items, sources, hosts and the database size (JSON on stdout)')
    .addOption(stateOption())
    .action(async (flags: StateFlags) => {
      const path = statePath(flags.state, io.env, io.cwd);
      try {
        const mark = readMark(markPath(path));
        const store = SqliteStore.open(path, { readonly: true });
        try {
          // A state that lost its schema has nothing to count: say so rather than "no such table".
          const problem = assess(store.database, path, mark)[0];
          if (problem?.code === 'STATE_LOST' && !store.database.prepare("SELECT 1 FROM sqlite_master WHERE name = 'items'").get()) {
            await fail(`${problem.message}. ${lostAdvice(path)}`, EXIT.STATE_UNUSABLE);
            return;
          }
          await write(io.stdout, `${JSON.stringify(await store.stats(), null, 2)}\n`);
          if (problem) await write(io.stderr, `copydesk: warning: ${problem.message}. ${lostAdvice(path)}\n`);
        } finally {
          await store.close();
        }
      } catch (err) {
        await fail((err as Error).message, stateFailureExit(err));
      }
    });

  cmd.command('forget')
    .description('forget items, sources and robots.txt entries whose URL starts with a prefix, so they are fetched again')
    .argument('<url-prefix>', 'e.g. https://example.com/news/')
    .addOption(stateOption())
    .addOption(new Option('--wait', 'wait for a running crawl').default(false))
    .action(async (prefix: string, flags: StateFlags) => {
      await withWritableStore(flags, async (store) => {
        const n = await store.forget(prefix);
        await write(io.stderr, `copydesk: forgot ${n} entr${n === 1 ? 'y' : 'ies'} under ${prefix}\n`);
      });
    });

  cmd.command('prune')
    .description('drop items not seen for a while (they may be fetched again if a feed still lists them)')
    .requiredOption('--older-than <duration>', 'e.g. 90d, 12w')
    .addOption(stateOption())
    .addOption(new Option('--wait', 'wait for a running crawl').default(false))
    .action(async (flags: StateFlags) => {
      const age = parseDuration(flags.olderThan ?? '');
      await withWritableStore(flags, async (store) => {
        const n = await store.prune(Date.now() - age);
        await write(io.stderr, `copydesk: pruned ${n} entr${n === 1 ? 'y' : 'ies'} older than ${flags.olderThan}\n`);
      });
    });

  cmd.command('check')
    .description('verify the database: exit 1 when it is damaged or lost what it held (empty, no schema, commits gone)')
    .addOption(stateOption())
    .action(async (flags: StateFlags) => {
      const path = statePath(flags.state, io.env, io.cwd);
      const result = checkState(path);
      await write(io.stdout, `${JSON.stringify(result)}\n`);
      for (const note of result.notes) await write(io.stderr, `copydesk: note: ${note}\n`);
      if (result.code === 'STATE_CORRUPT') await fail(`state database ${path} is damaged; "copydesk state rebuild --state ${path}" saves what can be read into a fresh one`);
      else if (result.code === 'STATE_LOST') await fail(`${result.problems[0] ?? 'state lost'}. ${lostAdvice(path)}`);
      else if (result.code) await fail(result.problems[0] ?? `cannot check ${path}`);
    });

  cmd.command('rebuild')
    .description('move a damaged database aside and copy every readable row into a fresh one')
    .addOption(stateOption())
    .addOption(new Option('--wait', 'wait for a running crawl').default(false))
    .action(async (flags: StateFlags) => {
      const path = statePath(flags.state, io.env, io.cwd);
      let lock: Lock | null = null;
      try {
        lock = await acquireLock(path, { wait: Boolean(flags.wait) });
        const r = await rebuildDatabase(path);
        const rows = Object.entries(r.salvaged).map(([t, n]) => `${n} ${t}`).join(', ') || 'nothing readable';
        await write(io.stderr, `copydesk: rebuilt ${path}: saved ${rows}${r.incomplete.length ? ` (unreadable: ${r.incomplete.join(', ')})` : ''}${r.movedTo ? `; the old file is kept as ${r.movedTo}` : ''}\n`);
      } catch (err) {
        await fail((err as Error).message);
      } finally {
        lock?.release();
      }
    });
  // Subcommands parse strictly and report through the same streams as the rest of the CLI.
  for (const sub of cmd.commands) {
    sub.exitOverride().configureOutput({ writeOut: (t) => void io.stdout.write(t), writeErr: (t) => void io.stderr.write(t) }).showHelpAfterError('(run with --help for usage)');
  }
  return cmd;
}
