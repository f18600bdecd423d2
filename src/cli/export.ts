/**
 * `copydesk export [--since WHEN]`: the records a crawl kept in a PostgreSQL state
 * (`crawl --store`), as NDJSON on stdout, in the order they were written. Each item's
 * record went in with its "done", so the export holds every written article exactly once.
 */
import { Command, Option } from 'commander';
import { CopydeskError } from '../errors.js';
import { parseSince } from '../crawl/time.js';
import { selectState } from '../state/select.js';
import type { CommandContext } from './context.js';
import { write } from './io.js';
import { EXIT, stateFailureExit } from './exit.js';

interface ExportFlags {
  state?: string;
  since?: string;
}

export function exportCommand(ctx: CommandContext): Command {
  const { io } = ctx;
  const cmd = new Command('export')
    .description('write the records kept in a PostgreSQL state (crawl --store) as NDJSON, oldest first')
    .addOption(new Option('--state <url>', 'the state: postgres://user@host:port/db (default: $COPYDESK_STATE)'))
    .addOption(new Option('--since <when>', 'only records written since: a duration (2d, 12h) or a date (2026-11-01)'));
  cmd.addHelpText('after', `
Examples:
  $ copydesk export --state postgres://crawler@db.example/news > all.ndjson
  $ COPYDESK_STATE=postgres://crawler@db.example/news copydesk export --since 1d | jq -r .title
`);
  cmd.action(async (flags: ExportFlags) => {
    const spec = selectState(flags.state, io.env, io.cwd);
    if (spec.kind !== 'postgres') throw new CopydeskError('USAGE', 'export reads the records a crawl kept with --store in a PostgreSQL state: give --state postgres://user@host:port/db (or COPYDESK_STATE)');
    const since = flags.since !== undefined ? parseSince(flags.since) : null;
    const { PgStore } = await import('../state/postgres.js');
    let n = 0;
    try {
      const store = await PgStore.open(spec.url, { migrate: false, connections: 1 });
      try {
        for await (const json of store.exportRecords(since)) {
          await write(io.stdout, `${json}\n`);
          n++;
        }
      } finally {
        await store.close();
      }
    } catch (err) {
      await write(io.stderr, `copydesk: ${(err as Error).message}\n`);
      ctx.exitCode = stateFailureExit(err);
      return;
    }
    await write(io.stderr, `copydesk: exported ${n} record${n === 1 ? '' : 's'}\n`);
    ctx.exitCode = EXIT.OK;
  });
  return cmd;
}
