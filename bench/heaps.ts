/**
 * bench:heaps: pages per second of the worker pool under different per-worker heap caps,
 * measured in one process so every setting sees the same machine load.
 *
 *   npm run bench:heaps [-- <folder>] [--rounds 4] [--threads 2] [young/old ...]
 *
 * Each setting is "young/old" in MB (0 for V8's default), e.g. `16/96 32/80 0/0`. One pool is
 * opened per setting; after a warm-up pass on each, every round gives every pool one pass
 * over the folder's pages, in turn. Printed per setting: pages per second (mean and each
 * round) and pages per CPU second of the process. Memory is not measured here (the pools
 * share one process): `npm run bench:speed -- --memory-pages 10000` does that for the default.
 */
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as PoolModule from '../src/pool/index.js';
import { defaultFolder, loadPages, ROOT } from './pages.js';

interface Setting {
  label: string;
  young: number;
  old: number;
}

function parseArgs(argv: string[]): { folder: string | null; rounds: number; threads: number; settings: Setting[] } {
  let folder: string | null = null;
  let rounds = 4;
  let threads = 2;
  const settings: Setting[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] ?? '';
    if (a === '--rounds') rounds = Math.max(1, Number(argv[++i]));
    else if (a === '--threads') threads = Math.max(1, Number(argv[++i]));
    else if (/^\d+\/\d+$/.test(a)) {
      const [young, old] = a.split('/').map(Number) as [number, number];
      settings.push({ label: a, young, old });
    } else if (!a.startsWith('--')) folder = resolve(a);
    else throw new Error(`unknown option ${a}`);
  }
  if (!settings.length) settings.push({ label: '16/96', young: 16, old: 96 }, { label: '32/80', young: 32, old: 80 }, { label: '0/0', young: 0, old: 0 });
  return { folder, rounds, threads, settings };
}



const cpuSeconds = (): number => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
};

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const folder = args.folder ?? defaultFolder();
  if (!folder) {
    process.stderr.write('bench:heaps: no folder given and no development set at ../shared (set COPYDESK_SHARED); nothing to measure.\n');
    return;
  }
  const pages = loadPages(folder);
  if (!pages.length) {
    process.stderr.write(`bench:heaps: no .html or .html.gz files in ${folder}\n`);
    return;
  }
  const { ExtractPool } = (await import(pathToFileURL(join(ROOT, 'dist', 'pool', 'index.js')).href)) as typeof PoolModule;
  const pools: PoolModule.ExtractPool[] = [];
  for (const s of args.settings) {
    const pool = await ExtractPool.open({ threads: args.threads, youngGenerationMb: s.young, oldGenerationMb: s.old, recycleAfter: 0 });
    if (!pool) throw new Error('no compiled worker: run npm run build');
    pools.push(pool);
  }
  const pass = async (pool: PoolModule.ExtractPool): Promise<{ pps: number; perCpu: number }> => {
    const start = performance.now();
    const cpu = cpuSeconds();
    await Promise.all(pages.map((p) => pool.run({ html: p.html, input: { url: `https://example.invalid/${p.name}` }, options: {} })));
    return { pps: pages.length / ((performance.now() - start) / 1000), perCpu: pages.length / (cpuSeconds() - cpu) };
  };
  process.stdout.write(`bench:heaps — ${pages.length} pages from ${folder}, ${args.rounds} rounds, ${args.threads} workers per pool, node ${process.version}\n`);
  for (const pool of pools) await pass(pool);
  const results: { pps: number; perCpu: number }[][] = pools.map(() => []);
  for (let round = 0; round < args.rounds; round++) {
    for (let i = 0; i < pools.length; i++) results[i]?.push(await pass(pools[i] as PoolModule.ExtractPool));
  }
  for (const pool of pools) await pool.close();
  const mean = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;
  process.stdout.write('\n| young/old MB | pages/s, mean | each round | pages per CPU second |\n|---|---|---|---|\n');
  args.settings.forEach((s, i) => {
    const r = results[i] ?? [];
    process.stdout.write(`| ${s.label} | ${mean(r.map((x) => x.pps)).toFixed(1)} | ${r.map((x) => x.pps.toFixed(0)).join(', ')} | ${mean(r.map((x) => x.perCpu)).toFixed(1)} |\n`);
  });
}

await main();
