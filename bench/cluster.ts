/**
 * bench:cluster, the coordination ceiling: W workers claiming and completing items through
 * a PostgreSQL state, with fetching and extraction stubbed out of the measurement. What is
 * real, per item: the claim (INSERT + SELECT … FOR UPDATE SKIP LOCKED + lease), the host's
 * turn (take and end, one host_pace row per host), and the ledger (finishItem, with the
 * record in the records table under --store). Measured twice: each worker with one item in
 * flight, and with --concurrency items in flight as a crawl worker has (its calls of one
 * kind made together then share a trip and a commit: src/state/postgres-batch.ts). The same
 * loop through SQLite (one worker: its lock admits one crawl; no claim, no shared turn) is
 * printed beside it.
 *
 * Then a real crawl: 1, 2 and 4 `copydesk crawl` processes (the built CLI) sharing one
 * state, against 8 local sites of 100 articles each, with a politeness delay; in the 2- and
 * 4-worker runs one worker is killed with SIGKILL mid-run and started again. Checked from
 * the sites' own request logs: every article exactly once in --out and in the records
 * table, no two requests to one site closer than the delay, refetches no more than the
 * killed worker's leases.
 *
 *   npm run bench:cluster [-- --workers 8] [--in-flight 8] [--items 4000] [--hosts 64] [--pg postgres://…]
 *                         [--sites 8] [--articles 100] [--delay 0.1] [--no-crawl]
 *
 * It creates a throw-away database on the server (COPYDESK_TEST_PG or the local test one)
 * and drops it afterwards.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import pg from 'pg';
import type * as ConfigModule from '../src/config.js';
import { PgStore } from '../src/state/postgres.js';
import { SqliteStore } from '../src/state/sqlite.js';
import type { StateStore } from '../src/state/store.js';
import { ROOT } from './pages.js';

interface Args {
  workers: number;
  items: number;
  hosts: number;
  pg: string;
  sites: number;
  articles: number;
  delay: number;
  crawl: boolean;
  inFlight: number;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { workers: 8, items: 4000, hosts: 64, pg: process.env.COPYDESK_TEST_PG || 'postgres://postgres@127.0.0.1:5432/test', sites: 8, articles: 100, delay: 0.1, crawl: true, inFlight: 0 };
  for (let i = 0; i < argv.length; i++) {
    const [flag, value] = [argv[i], argv[i + 1]];
    if (flag === '--no-crawl') {
      args.crawl = false;
      continue;
    }
    if (flag === '--workers') args.workers = Number(value);
    else if (flag === '--sites') args.sites = Number(value);
    else if (flag === '--articles') args.articles = Number(value);
    else if (flag === '--delay') args.delay = Number(value);
    else if (flag === '--items') args.items = Number(value);
    else if (flag === '--hosts') args.hosts = Number(value);
    else if (flag === '--in-flight') args.inFlight = Number(value);
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
  /** Processor time per item, ms: this process (every worker's client) and the server's backends serving it. */
  cpu: { node: number; server: number } | null;
  itemsPerSecond: number;
  claimP50: number;
  claimP99: number;
  done: number;
}

/**
 * Each worker takes items off a shared list in order, `inFlight` at a time (a crawl worker
 * works on --concurrency items at once); a claim lost to another worker moves on.
 */
async function drive(stores: StateStore[], urls: string[], hosts: number, inFlight: number): Promise<Result> {
  const claims: number[] = [];
  let next = 0;
  let done = 0;
  const backends = await backendPids(stores);
  const cpu0 = process.cpuUsage();
  const server0 = cpuTicks(backends);
  const started = performance.now();
  await Promise.all(
    stores.flatMap((store) => Array.from({ length: inFlight }, () => store)).map(async (store) => {
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
  const cpu1 = process.cpuUsage(cpu0);
  const server1 = cpuTicks(backends);
  const cpu = server0 === null || server1 === null ? null : { node: (cpu1.user + cpu1.system) / 1000 / done, server: ((server1 - server0) * 10) / done };
  claims.sort((a, b) => a - b);
  return { cpu, itemsPerSecond: done / seconds, claimP50: quantile(claims, 0.5), claimP99: quantile(claims, 0.99), done };
}

/** The server processes serving the stores (PostgreSQL only): every connection to their database, opened by the warm-up. */
async function backendPids(stores: StateStore[]): Promise<number[]> {
  const store = stores[0];
  if (!(store instanceof PgStore)) return [];
  const r = await store.db.query<{ pid: number }>('SELECT pid FROM pg_stat_activity WHERE datname = current_database()');
  return r.rows.map((row) => row.pid);
}

/** User and system time of processes, in clock ticks (1/100 s on Linux); null where /proc cannot be read. */
function cpuTicks(pids: number[]): number | null {
  if (!pids.length) return null;
  let ticks = 0;
  for (const pid of pids) {
    try {
      const fields = (readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1] ?? '').split(' ');
      ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      return null;
    }
  }
  return ticks;
}

// ---- the real crawl ---------------------------------------------------------------------

interface Hit {
  path: string;
  start: number;
  end: number;
}

interface Site {
  origin: string;
  hits: Hit[];
  close(): Promise<void>;
}

async function startSite(articles: number, latencyMs: number): Promise<Site> {
  const hits: Hit[] = [];
  let origin = '';
  const server: Server = createServer((req, res) => {
    const hit: Hit = { path: req.url ?? '/', start: Date.now(), end: 0 };
    hits.push(hit);
    // The end is taken as the answer is handed over: the client cannot have it any earlier.
    const end = (): number => (hit.end = Date.now());
    if (hit.path === '/feed.xml') {
      const items = Array.from({ length: articles }, (_, i) => `<item><title>Story ${i}</title><link>${origin}/news/${i}.html</link></item>`).join('');
      end();
      res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(`<rss><channel><title>site</title>${items}</channel></rss>`);
      return;
    }
    const m = /^\/news\/(\d+)\.html$/.exec(hit.path);
    if (!m) {
      end();
      res.writeHead(404).end();
      return;
    }
    const i = Number(m[1]);
    const paras = Array.from({ length: 5 }, (_, p) => `<p>${origin} story ${i}, part ${p}: the council met for the ${p + 1}th time this year and agreed that the works on road ${i * 7 + p} would go on until the spring, at a cost shared by the town and the county.</p>`).join('');
    setTimeout(() => {
      end();
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(`<!doctype html><html lang="en"><head><title>Story ${i}</title><meta property="og:type" content="article"></head><body><article><h1>Story ${i}</h1>${paras}</article></body></html>`);
    }, latencyMs);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { origin, hits, close: () => new Promise((r) => server.close(() => r())) };
}

function crawlProcess(args: string[], onLine: (n: number) => void): { code: Promise<number | null>; pid: number; kill(): void } {
  const proc = spawn(process.execPath, [join(ROOT, 'bin', 'copydesk.js'), 'crawl', ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
  let n = 0;
  let buffer = '';
  proc.stdout.on('data', (chunk: Buffer) => {
    buffer += chunk.toString('utf8');
    let nl: number;
    while ((nl = buffer.indexOf('\n')) >= 0) {
      buffer = buffer.slice(nl + 1);
      onLine(++n);
    }
  });
  return { code: new Promise((r) => proc.on('exit', (code) => r(code))), pid: proc.pid ?? 0, kill: () => proc.kill('SIGKILL') };
}

async function realCrawl(args: Args, dbUrl: (label: string) => Promise<{ url: string; drop(): Promise<void> }>): Promise<void> {
  const LEASE_S = 3;
  process.stdout.write(`\nreal crawl: ${args.sites} sites x ${args.articles} articles, --delay ${args.delay} s, 20 ms per page, --lease ${LEASE_S} s\n`);
  for (const workers of [1, 2, 4]) {
    const sites = await Promise.all(Array.from({ length: args.sites }, () => startSite(args.articles, 20)));
    const db = await dbUrl(`crawl${workers}`);
    const tmp = mkdtempSync(join(tmpdir(), 'copydesk-cluster-crawl-'));
    try {
      const out = join(tmp, 'out');
      const argv = [...sites.map((s) => `${s.origin}/feed.xml`), '--state', db.url, '--out', out, '--store', '--stdout', '--delay', String(args.delay), '--lease', String(LEASE_S), '--allow-private', '--retries', '0', '--workers', '1', '-q'];
      const kill = workers > 1;
      let killed = false;
      // The item leases the killed worker held when it died (its name in a lease carries its pid): each may cost one refetch.
      let lostLeases: Promise<number> = Promise.resolve(0);
      const started = performance.now();
      const runs: Promise<number | null>[] = [];
      for (let w = 0; w < workers; w++) {
        const p = crawlProcess(argv, (n) => {
          if (kill && w === 0 && n === Math.floor((args.sites * args.articles) / (2 * workers)) && !killed) {
            killed = true;
            p.kill();
          }
        });
        runs.push(
          p.code.then(async (code) => {
            if (code !== null || !killed || w !== 0) return code;
            lostLeases = leasesOf(db.url, p.pid);
            // Started again after the kill: it and the others take over the dead worker's leases once they expire.
            await new Promise((r) => setTimeout(r, LEASE_S * 1000 + 300));
            const again = crawlProcess(argv, () => undefined);
            return again.code;
          }),
        );
        // Workers started a little apart, as on a real cluster: the first claims its sources before the next asks.
        await new Promise((r) => setTimeout(r, 200));
      }
      await Promise.all(runs);
      const lost = await lostLeases;
      // One more pass: it must find nothing left to write.
      let leftover = 0;
      await crawlProcess(argv, () => leftover++).code;
      const seconds = (performance.now() - started) / 1000;
      const files = readdirRecursive(out);
      const urls = files.map((f) => (JSON.parse(readFileSync(f, 'utf8')) as { url: string }).url);
      const client = new pg.Client({ connectionString: db.url });
      await client.connect();
      const rec = await client.query<{ n: string; d: string }>('SELECT count(*) AS n, count(DISTINCT url) AS d FROM records');
      // What the database holds per article: the items row with its indexes, and the stored record.
      const size = await client.query<{ item: string; record: string; text: string }>(
        `SELECT pg_total_relation_size('items') / greatest(count(*), 1) AS item,
                (SELECT pg_total_relation_size('records') / greatest(count(*), 1) FROM records) AS record,
                (SELECT avg(length(record::text))::int FROM records) AS text FROM items`,
      );
      await client.end();
      let minGap = Infinity;
      let requests = 0;
      let refetches = 0;
      let most = 0;
      for (const s of sites) {
        const sorted = [...s.hits].sort((a, b) => a.start - b.start);
        requests += sorted.length;
        for (let i = 1; i < sorted.length; i++) minGap = Math.min(minGap, (sorted[i] as Hit).start - (sorted[i - 1] as Hit).end);
        const per = new Map<string, number>();
        for (const h of s.hits) if (h.path.startsWith('/news/')) per.set(h.path, (per.get(h.path) ?? 0) + 1);
        for (const n of per.values()) {
          refetches += n - 1;
          most = Math.max(most, n);
        }
      }
      const total = args.sites * args.articles;
      // The bound: each site answers one request at a time, the delay after each (feed and robots.txt too).
      const bound = args.sites / (args.delay + 0.02);
      process.stdout.write(
        `${String(workers).padStart(2)} worker${workers > 1 ? 's' : ' '}${kill ? ' (1 killed, restarted)' : '                    '}  ${(total / seconds).toFixed(1).padStart(6)} articles/s (politeness bound ${bound.toFixed(0)})  ${seconds.toFixed(1)} s incl. leftover pass  ` +
          `--out ${urls.length}/${total} (${new Set(urls).size} distinct)  records ${rec.rows[0]?.n}/${total} (${rec.rows[0]?.d} distinct)  min gap ${minGap} ms  requests ${requests}  refetches ${refetches}${kill ? ` for ${lost} leases lost in the kill (${refetches <= lost && most <= 2 ? 'bound held' : 'BOUND BROKEN'})` : ''} (at most ${most} fetches of one article)  left for a later pass ${leftover}\n`,
      );
      const z = size.rows[0];
      if (workers === 1 && z) process.stdout.write(`   per article: items ${z.item} bytes (row and indexes), records ${z.record} bytes (a ${z.text}-character record as JSON)\n`);
    } finally {
      rmSync(tmp, { recursive: true, force: true });
      await db.drop();
      await Promise.all(sites.map((s) => s.close()));
    }
  }
}

/** Item leases a worker process holds now, read once the process is gone and before its leases are taken over. */
async function leasesOf(url: string, pid: number): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const r = await client.query<{ n: number }>("SELECT count(*)::int AS n FROM items WHERE status = 'pending' AND lease_owner LIKE $1", [`%:${pid}:%`]);
    return r.rows[0]?.n ?? 0;
  } finally {
    await client.end();
  }
}

function readdirRecursive(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (e.name === '.copydesk-tmp') continue;
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...readdirRecursive(p));
    else out.push(p);
  }
  return out;
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  // The crawl's own --concurrency default (read from the build: src/config.ts finds package.json from there).
  const { DEFAULTS } = (await import(pathToFileURL(join(ROOT, 'dist', 'config.js')).href)) as typeof ConfigModule;
  if (!args.inFlight) args.inFlight = DEFAULTS.concurrency;
  const name = `copydesk_bench_${process.pid}`;
  const admin = new pg.Client({ connectionString: args.pg });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(args.pg);
  url.pathname = `/${name}`;
  const dbUrl = async (label: string): Promise<{ url: string; drop(): Promise<void> }> => {
    const n = `${name}_${label}`;
    await admin.query(`CREATE DATABASE ${n}`);
    const u = new URL(args.pg);
    u.pathname = `/${n}`;
    return { url: u.href, drop: async () => void (await admin.query(`DROP DATABASE IF EXISTS ${n} WITH (FORCE)`)) };
  };
  const tmp = mkdtempSync(join(tmpdir(), 'copydesk-cluster-'));
  try {
    const urls = Array.from({ length: args.items }, (_, i) => `https://h${i % args.hosts}.example/news/${i}`);
    const stores = await Promise.all(Array.from({ length: args.workers }, (_, w) => PgStore.open(url.href, { owner: `w${w}`, connections: 1 })));
    // Warm-up: connections open, plans cached.
    await drive(stores, urls.slice(0, 200).map((u) => `${u}?warm`), args.hosts, 1);
    const pgAlone = await drive(stores, urls, args.hosts, 1);
    const pgResult = await drive(stores, urls.map((u) => `${u}?again`), args.hosts, args.inFlight);
    await Promise.all(stores.map((s) => s.close()));
    const sqlite = SqliteStore.open(join(tmp, 'state.db'));
    await drive([sqlite], urls.slice(0, 200).map((u) => `${u}?warm`), args.hosts, 1);
    const sqliteResult = await drive([sqlite], urls, args.hosts, 1);
    await sqlite.close();
    const line = (label: string, r: Result): string => `${label.padEnd(48)} ${r.itemsPerSecond.toFixed(0).padStart(7)} items/s   claim p50 ${r.claimP50.toFixed(2)} ms, p99 ${r.claimP99.toFixed(2)} ms   (${r.done} items)${r.cpu ? `   cpu per item ${r.cpu.node.toFixed(2)} ms here + ${r.cpu.server.toFixed(2)} ms server` : ''}`;
    process.stdout.write(`coordination ceiling, ${args.items} items on ${args.hosts} hosts, fetch and extraction stubbed\n`);
    process.stdout.write(`${line(`PostgreSQL, ${args.workers} workers, 1 item in flight each`, pgAlone)}\n`);
    process.stdout.write(`${line(`PostgreSQL, ${args.workers} workers, ${args.inFlight} items in flight each`, pgResult)}\n`);
    process.stdout.write(`${line('SQLite, 1 worker (no claim)', sqliteResult)}\n`);
    if (args.crawl) await realCrawl(args, dbUrl);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }
}

await main();
