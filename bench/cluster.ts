/**
 * bench:cluster, the coordination ceiling: W workers claiming and completing items through
 * a PostgreSQL state, with fetching and extraction stubbed out of the measurement. What is
 * real, per item: the claim (INSERT + SELECT … FOR UPDATE SKIP LOCKED + lease), the host's
 * turn (take and end, one host_pace row per host), and the ledger (finishItem, with the
 * record in the records table under --store). The same loop through SQLite (one worker: its
 * lock admits one crawl; no claim, no shared turn) is printed beside it.
 *
 *   npm run bench:cluster [-- --workers 8] [--items 4000] [--hosts 64] [--pg postgres://…]
 *
 * It creates a throw-away database on the server (COPYDESK_TEST_PG or the local test one)
 * and drops it afterwards.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { PgStore } from '../src/state/postgres.js';
import { SqliteStore } from '../src/state/sqlite.js';
import type { StateStore } from '../src/state/store.js';

interface Args {
  workers: number;
  items: number;
  hosts: number;
  pg: string;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { workers: 8, items: 4000, hosts: 64, pg: process.env.COPYDESK_TEST_PG || 'postgres://postgres@127.0.0.1:5432/test' };
  for (let i = 0; i < argv.length; i++) {
    const [flag, value] = [argv[i], argv[i + 1]];
    if (flag === '--workers') args.workers = Number(value);
    else if (flag === '--items') args.items = Number(value);
    else if (flag === '--hosts') args.hosts = Number(value);
    else if (flag === '--pg') args.pg = String(value);
    else continue;
    i++;
  }
  return args;
}

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
}

const record = (url: string, i: number): { id: string; url: string; title: string; body: string } => ({ id: i.toString(16).padStart(32, '0'), url, title: `Story ${i}`, body: 'A paragraph of an article. '.repeat(40) });

interface Result {
  itemsPerSecond: number;
  claimP50: number;
  claimP99: number;
  done: number;
}

/** Each worker takes items off a shared list in order; a claim lost to another worker moves on. */
async function drive(stores: StateStore[], urls: string[], hosts: number): Promise<Result> {
  const claims: number[] = [];
  let next = 0;
  let done = 0;
  const started = performance.now();
  await Promise.all(
    stores.map(async (store) => {
      const c = store.coordination;
      while (next < urls.length) {
        const i = next++;
        const url = urls[i] as string;
        const host = `h${i % hosts}.example`;
        const t0 = performance.now();
        const won = c ? await c.claim('item', url, 60_000) : true;
        claims.push(performance.now() - t0);
        if (!won) continue;
        if (c) {
          // The host's turn: free here (each host is asked rarely), as with many hosts in a real crawl.
          while ((await c.takeTurn(host, 60_000)) > 0);
          await c.endTurn(host, 0);
        }
        await store.finishItem(url, { status: 'done', source: 'https://feed.example/', bodyHash: String(i), ...(c ? { record: record(url, i) } : {}) });
        done++;
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  claims.sort((a, b) => a - b);
  return { itemsPerSecond: done / seconds, claimP50: quantile(claims, 0.5), claimP99: quantile(claims, 0.99), done };
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const name = `copydesk_bench_${process.pid}`;
  const admin = new pg.Client({ connectionString: args.pg });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(args.pg);
  url.pathname = `/${name}`;
  const tmp = mkdtempSync(join(tmpdir(), 'copydesk-cluster-'));
  try {
    const urls = Array.from({ length: args.items }, (_, i) => `https://h${i % args.hosts}.example/news/${i}`);
    const stores = await Promise.all(Array.from({ length: args.workers }, (_, w) => PgStore.open(url.href, { owner: `w${w}`, connections: 1 })));
    // Warm-up: connections open, plans cached.
    await drive(stores, urls.slice(0, 200).map((u) => `${u}?warm`), args.hosts);
    const pgResult = await drive(stores, urls, args.hosts);
    await Promise.all(stores.map((s) => s.close()));
    const sqlite = SqliteStore.open(join(tmp, 'state.db'));
    await drive([sqlite], urls.slice(0, 200).map((u) => `${u}?warm`), args.hosts);
    const sqliteResult = await drive([sqlite], urls, args.hosts);
    await sqlite.close();
    const line = (label: string, r: Result): string => `${label.padEnd(28)} ${r.itemsPerSecond.toFixed(0).padStart(7)} items/s   claim p50 ${r.claimP50.toFixed(2)} ms, p99 ${r.claimP99.toFixed(2)} ms   (${r.done} items)`;
    process.stdout.write(`coordination ceiling, ${args.items} items on ${args.hosts} hosts, fetch and extraction stubbed\n`);
    process.stdout.write(`${line(`PostgreSQL, ${args.workers} workers`, pgResult)}\n`);
    process.stdout.write(`${line('SQLite, 1 worker (no claim)', sqliteResult)}\n`);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }
}

await main();
