/**
 * `copydesk state stats|failed|retry|forget|prune|check|rebuild`: look into and look after
 * the crawl state. Data (stats, failures, check results) goes to stdout as JSON; messages
 * to stderr.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { CopydeskError } from '../errors.js';
import { Command, Option } from 'commander';
import { parseDuration } from '../crawl/time.js';
import type { FailureListing } from '../state/failures.js';
import { assess, checkState, lostAdvice } from '../state/integrity.js';
import type { Problem } from '../state/integrity.js';
import { acquireLock } from '../state/lock.js';
import type { Lock } from '../state/lock.js';
import { markPath, readMark } from '../state/mark.js';
import { openState } from '../state/open.js';
import { rebuildDatabase } from '../state/rebuild.js';
import { selectState } from '../state/select.js';
import { SqliteStore } from '../state/sqlite.js';
import type { StateStore } from '../state/store.js';
import type { CommandContext } from './context.js';
import { write } from './io.js';
import { EXIT, stateFailureExit } from './exit.js';

interface StateFlags {
  state?: string;
  from?: string;
  to?: string;
  olderThan?: string;
  wait?: boolean;
}

const stateOption = (): Option => new Option('--state <path|url>', 'state: an SQLite file or postgres://user@host:port/db (default: $COPYDESK_STATE, else $XDG_STATE_HOME/copydesk/state.db)');

function isoDate(ms: number | null): string | null {
  return ms === null ? null : new Date(ms).toISOString();
}

function noDatabase(path: string): string {
  return `there is no state database at ${path} (a crawl creates it; --state PATH names another)`;
}

/** A failure as one JSON line: times as ISO dates. */
function listingJson(f: FailureListing): Record<string, unknown> {
  if (f.kind === 'source') return { ...f, failedAt: isoDate(f.failedAt), backoffUntil: isoDate(f.backoffUntil) };
  return { ...f, nextAttemptAt: isoDate(f.nextAttemptAt), firstFailedAt: isoDate(f.firstFailedAt), updatedAt: isoDate(f.updatedAt) };
}

/**
 * What to say of a state that lost its schema (an empty file, a database without copydesk's
 * tables), and the first problem found in it either way (stats warns of one it can count past).
 */
function schemaLost(db: SqliteStore['database'], path: string): { lost: string | null; problem: Problem | undefined } {
  const problem = assess(db, path, readMark(markPath(path)))[0];
  const gone = problem?.code === 'STATE_LOST' && db.prepare("SELECT 1 FROM sqlite_master WHERE name = 'items'").get() === undefined;
  return { lost: gone ? `${problem.message}. ${lostAdvice(path)}` : null, problem };
}

/** schemaLost for a state not open yet, read without writing; null when it cannot be read (the caller says why). */
async function lostSchema(path: string): Promise<string | null> {
  let probe: SqliteStore;
  try {
    probe = SqliteStore.open(path, { readonly: true });
  } catch {
    return null;
  }
  try {
    return schemaLost(probe.database, path).lost;
  } finally {
    await probe.close();
  }
}

export function stateCommand(ctx: CommandContext): Command {
  const { io } = ctx;
  const fail = async (message: string, exitCode: number = EXIT.SOME_FAILED): Promise<void> => {
    await write(io.stderr, `copydesk: ${message}\n`);
    ctx.exitCode = exitCode;
  };
  /**
   * Runs fn with the store open. Writing, the crawl lock is held and a state that cannot be
   * trusted is refused; `upgrade` opens it writable without the lock, so an older database
   * is brought up to date first.
   */
  const withStore = async (flags: StateFlags, writes: boolean | 'upgrade', fn: (store: StateStore, path: string, sqlite: SqliteStore | null) => Promise<void>): Promise<void> => {
    const spec = selectState(flags.state, io.env, io.cwd);
    if (spec.kind === 'postgres') {
      // A shared state: no lock (workers claim their work), and its schema is brought up to date when it is written.
      try {
        const { PgStore } = await import('../state/postgres.js');
        const store = await PgStore.open(spec.url, { migrate: writes !== false });
        try {
          await fn(store, store.path, null);
        } finally {
          await store.close();
        }
      } catch (err) {
        await fail((err as Error).message, stateFailureExit(err));
      }
      return;
    }
    const path = spec.path;
    let lock: Lock | null = null;
    try {
      if (!existsSync(path) && !existsSync(markPath(path))) throw new Error(noDatabase(path));
      let store: SqliteStore;
      if (writes === true) {
        const opened = await openState(path, { wait: Boolean(flags.wait) });
        lock = opened.lock;
        store = opened.store;
      } else {
        store = SqliteStore.open(path, { readonly: !writes });
      }
      try {
        await fn(store, path, store);
      } finally {
        await store.close();
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
  $ copydesk state failed | jq -r 'select(.code == "BLOCKED_ADDRESS") | .url'
  $ copydesk state retry https://example.com/news/
  $ copydesk state forget https://example.com/news/
  $ copydesk state prune --older-than 90d
  $ copydesk state check && echo healthy
`);

  cmd.command('stats')
    .description('counts of seen items, sources, hosts and the database size (JSON on stdout)')
    .addOption(stateOption())
    .action(async (flags: StateFlags) => {
      await withStore(flags, false, async (store, path, sqlite) => {
        // A state that lost its schema has nothing to count: say so rather than "no such table".
        const { lost, problem } = sqlite ? schemaLost(sqlite.database, path) : { lost: null, problem: undefined };
        if (lost) {
          await fail(lost, EXIT.STATE_UNUSABLE);
          return;
        }
        const stats = await store.stats();
        await write(io.stdout, `${JSON.stringify({ ...stats, oldestItem: isoDate(stats.oldestItem), newestItem: isoDate(stats.newestItem) }, null, 2)}\n`);
        if (problem) await write(io.stderr, `copydesk: warning: ${problem.message}. ${lostAdvice(path)}\n`);
      });
    });

  cmd.command('failed')
    .description('list what was not written or read, and why: one JSON line each (sources, then items)')
    .argument('[url-prefix]', 'only URLs starting with this')
    .addOption(stateOption())
    .action(async (prefix: string | undefined, flags: StateFlags) => {
      // Opened for writing (an older database gets its failures table), which would give a
      // state that lost its schema an empty new one: such a state is refused first, as by stats.
      const spec = selectState(flags.state, io.env, io.cwd);
      const lost = spec.kind === 'sqlite' && existsSync(spec.path) ? await lostSchema(spec.path) : null;
      if (lost) {
        await fail(lost, EXIT.STATE_UNUSABLE);
        return;
      }
      await withStore(flags, 'upgrade', async (store) => {
        for (const f of await store.failures.list(prefix)) await write(io.stdout, `${JSON.stringify(listingJson(f))}\n`);
      });
    });

  cmd.command('retry')
    .description('put what failed back in line: tried on the next crawl whatever the reason (given up, a setting, a back-off)')
    .argument('[url-prefix]', 'only URLs starting with this (default: everything that failed)')
    .addOption(stateOption())
    .addOption(new Option('--wait', 'wait for a running crawl').default(false))
    .action(async (prefix: string | undefined, flags: StateFlags) => {
      await withStore(flags, true, async (store) => {
        const n = await store.failures.retry(prefix, Date.now());
        await write(io.stderr, `copydesk: ${n.items} item${n.items === 1 ? '' : 's'} and ${n.sources} source${n.sources === 1 ? '' : 's'} will be tried on the next crawl\n`);
      });
    });

  cmd.command('forget')
    .description('forget items, sources and robots.txt entries whose URL starts with a prefix, so they are fetched again')
    .argument('<url-prefix>', 'e.g. https://example.com/news/')
    .addOption(stateOption())
    .addOption(new Option('--wait', 'wait for a running crawl').default(false))
    .action(async (prefix: string, flags: StateFlags) => {
      // An empty prefix (an unset variable in a script) would match every URL in the state.
      if (!prefix.trim()) throw new CopydeskError('USAGE', 'state forget: the URL prefix is empty; it would forget everything');
      await withStore(flags, true, async (store) => {
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
      await withStore(flags, true, async (store) => {
        const n = await store.prune(Date.now() - age);
        await write(io.stderr, `copydesk: pruned ${n} entr${n === 1 ? 'y' : 'ies'} older than ${flags.olderThan}\n`);
      });
    });

  cmd.command('check')
    .description('verify the database file; exit 1 when it is damaged')
    .addOption(stateOption())
    .action(async (flags: StateFlags) => {
      const spec = selectState(flags.state, io.env, io.cwd);
      if (spec.kind === 'postgres') {
        await withStore(flags, false, async (store, where) => {
          const result = await store.check();
          await write(io.stdout, `${JSON.stringify(result)}\n`);
          if (!result.ok) await fail(`state database ${where}: ${result.problems.join('; ')}`);
        });
        return;
      }
      const path = spec.path;
      if (!existsSync(path) && !existsSync(markPath(path))) {
        await fail(noDatabase(path));
        return;
      }
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
      const spec = selectState(flags.state, io.env, io.cwd);
      if (spec.kind === 'postgres') {
        await fail('rebuild is for an SQLite state file; a PostgreSQL state is looked after by the server (backups, "copydesk state check")');
        return;
      }
      const path = spec.path;
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
  cmd.command('migrate')
    .description('create or bring up to date the schema of a state; with --from PATH.db --to postgres://…, copy an SQLite state into PostgreSQL')
    .addOption(stateOption())
    .addOption(new Option('--from <path>', 'an SQLite state to copy from'))
    .addOption(new Option('--to <url>', 'the PostgreSQL state to copy into'))
    .action(async (flags: StateFlags) => {
      if (flags.from || flags.to) {
        if (!flags.from || !flags.to) throw new CopydeskError('USAGE', 'state migrate: give both --from PATH.db and --to postgres://…');
        const to = selectState(flags.to, {}, io.cwd);
        if (to.kind !== 'postgres') throw new CopydeskError('USAGE', `state migrate: --to must be a postgres:// URL, got ${flags.to}`);
        const from = resolve(io.cwd, flags.from);
        if (!existsSync(from)) {
          await fail(noDatabase(from));
          return;
        }
        await withStore({ state: to.url }, true, async (store, where) => {
          const { importSqlite } = await import('../state/postgres-import.js');
          const { PgStore } = await import('../state/postgres.js');
          if (!(store instanceof PgStore)) return;
          const copied = await importSqlite(from, store);
          await write(io.stderr, `copydesk: copied ${from} into ${where}: ${Object.entries(copied).map(([t, n]) => `${n} ${t}`).join(', ')}\n`);
        });
        return;
      }
      const spec = selectState(flags.state, io.env, io.cwd);
      if (spec.kind === 'postgres') {
        await withStore(flags, false, async (store, where) => {
          const { PgStore } = await import('../state/postgres.js');
          if (!(store instanceof PgStore)) return;
          const { from, to } = await store.migrate();
          await write(io.stderr, `copydesk: ${where}: ${from === to ? `schema up to date (version ${to})` : `schema migrated from version ${from} to ${to}`}\n`);
        });
        return;
      }
      // An SQLite state is brought up to date whenever it is opened for writing.
      await withStore(flags, true, async (_store, path) => {
        await write(io.stderr, `copydesk: ${path}: schema up to date\n`);
      });
    });
  // Subcommands parse strictly and report through the same streams as the rest of the CLI.
  for (const sub of cmd.commands) {
    sub.exitOverride().configureOutput({ writeOut: (t) => void io.stdout.write(t), writeErr: (t) => void io.stderr.write(t) }).showHelpAfterError('(run with --help for usage)');
  }
  return cmd;
}
