/**
 * bench:speed: pages per second and memory of copydesk against plain Readability on jsdom,
 * measured in one run so both see the same machine load.
 *
 *   npm run bench:speed [-- <folder>] [--rounds 3] [--workers N] [--memory-pages 10000]
 *
 * <folder> holds .html or .html.gz files (default: the development set under ../shared,
 * or COPYDESK_SHARED). Files are read and decompressed into memory first.
 *
 * Each round visits every page, alternating page by page between: plain Readability 0.6 on
 * jsdom 27 (one core), copydesk in this thread (cleaning, metadata and quotes included), and
 * the parse-only floors (htmlparser2, parse5). Then copydesk runs the same pages on its
 * worker pool. A warm-up pass comes first. Ratios are per round; the spread over rounds is
 * printed with them. Peak memory is measured in child processes, one per extractor, so one
 * does not inflate the other; with --memory-pages the copydesk child cycles through the
 * folder until that many pages are done and prints its resident size every 1000 pages.
 */
import { fork } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { setImmediate as nextTurn } from 'node:timers/promises';
import type * as PipelineModule from '../src/pipeline.js';
import type * as PoolModule from '../src/pool/index.js';
import { defaultFolder, loadPages, pageFiles, readPage, ROOT } from './pages.js';
import type { Page } from './pages.js';

// ---- set-up --------------------------------------------------------------------------

interface Args {
  folder: string | null;
  rounds: number;
  workers: number | null;
  memoryPages: number;
  child: 'copydesk' | 'readability' | null;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { folder: null, rounds: 3, workers: null, memoryPages: 0, child: null };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] ?? '';
    const value = (): string => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    if (a === '--rounds') args.rounds = Math.max(1, Number(value()));
    else if (a === '--workers') args.workers = Math.max(1, Number(value()));
    else if (a === '--memory-pages') args.memoryPages = Math.max(0, Number(value()));
    else if (a === '--child') args.child = value() === 'readability' ? 'readability' : 'copydesk';
    else if (!a.startsWith('--')) args.folder = resolve(a);
    else throw new Error(`unknown option ${a}`);
  }
  return args;
}



/** The built package: what users run. `npm run bench:speed` builds it first. */
async function loadCopydesk(): Promise<{ pipeline: typeof PipelineModule; pool: typeof PoolModule }> {
  const dist = (p: string): string => pathToFileURL(join(ROOT, 'dist', p)).href;
  if (!existsSync(join(ROOT, 'dist', 'pipeline.js'))) throw new Error('dist/ is missing: run npm run build');
  return {
    pipeline: (await import(dist('pipeline.js'))) as typeof PipelineModule,
    pool: (await import(dist('pool/index.js'))) as typeof PoolModule,
  };
}

// ---- the contestants -------------------------------------------------------------------

type Run = (page: Page) => void;

async function plainReadability(): Promise<Run> {
  const { JSDOM, VirtualConsole } = await import('jsdom');
  const { Readability } = await import('@mozilla/readability');
  return (page) => {
    const dom = new JSDOM(page.html, { url: 'https://example.invalid/', virtualConsole: new VirtualConsole() });
    try {
      new Readability(dom.window.document).parse();
    } finally {
      dom.window.close();
    }
  };
}

async function parseFloors(): Promise<{ htmlparser2: Run; parse5: Run }> {
  const { parseDocument } = await import('htmlparser2');
  const { parse } = await import('parse5');
  return { htmlparser2: (page) => void parseDocument(page.html), parse5: (page) => void parse(page.html) };
}

// ---- measuring -------------------------------------------------------------------------

const fmt = (n: number, digits = 1): string => n.toFixed(digits);

function spread(values: number[]): string {
  const min = Math.min(...values);
  const max = Math.max(...values);
  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  return `${fmt(mean, 2)} (${fmt(min, 2)}–${fmt(max, 2)})`;
}

function timed(fn: () => void): number {
  const start = performance.now();
  try {
    fn();
  } catch {
    // A page an extractor fails on still counts its time.
  }
  return performance.now() - start;
}

/** A full collection of this thread's heap, when node runs with --expose-gc (bench:speed does). */
function settle(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

/** CPU seconds used so far by this process, all threads included. */
function cpuSeconds(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
}

/** Wall milliseconds for the pages on the pool, and the cores the process got meanwhile. */
async function poolPass(pool: PoolModule.ExtractPool, pages: Page[]): Promise<{ ms: number; cores: number }> {
  // The one-thread contestants leave this thread's heap full of DOMs (jsdom's above all); its
  // collector would otherwise run during the pass, on the cores the workers are measured on.
  settle();
  const start = performance.now();
  const cpu = cpuSeconds();
  await Promise.all(pages.map((page) => pool.run({ html: page.html, input: { url: `https://example.invalid/${page.name}` }, options: {} })));
  const ms = performance.now() - start;
  return { ms, cores: (cpuSeconds() - cpu) / (ms / 1000) };
}

// ---- memory children -------------------------------------------------------------------

interface MemoryReport {
  who: string;
  pages: number;
  seconds: number;
  peakRssMb: number;
  checkpoints: { pages: number; rssMb: number }[];
}

const rssMb = (): number => process.memoryUsage().rss / 1e6;
const peakMb = (): number => (process.resourceUsage().maxRSS * 1024) / 1e6;


/**
 * One extractor over the folder's files, read one at a time as a user's batch would be (the
 * pool's workers read their own files), cycling until --memory-pages pages are done.
 */
async function memoryChild(args: Args, folder: string): Promise<void> {
  const files = pageFiles(folder).map((name) => join(folder, name));
  const total = args.memoryPages || files.length;
  const checkpoints: MemoryReport['checkpoints'] = [];
  const start = performance.now();
  let done = 0;
  const note = (): void => {
    done++;
    if (done % 1000 === 0) {
      checkpoints.push({ pages: done, rssMb: Math.round(rssMb()) });
      process.stderr.write(`  ${args.child ?? 'copydesk'}: ${done} pages, RSS ${Math.round(rssMb())} MB\n`);
    }
  };
  if (args.child === 'readability') {
    const run = await plainReadability();
    for (let i = 0; i < total; i++) {
      const file = files[i % files.length] as string;
      timed(() => run({ name: file, html: readPage(file) }));
      note();
      await nextTurn();
    }
  } else {
    const { ExtractPool } = (await import(pathToFileURL(join(ROOT, 'dist', 'pool', 'index.js')).href)) as typeof PoolModule;
    const pool = await ExtractPool.open(args.workers ? { threads: args.workers } : {});
    if (!pool) throw new Error('no compiled worker: run npm run build');
    // A bounded window of pages in flight, as the CLI keeps.
    let next = 0;
    const lane = async (): Promise<void> => {
      while (next < total) {
        const file = files[next++ % files.length] as string;
        await pool.run({ file, input: { url: pathToFileURL(file).href }, options: {} });
        note();
      }
    };
    await Promise.all(Array.from({ length: pool.threads * 2 }, lane));
    await pool.close();
    if (pool.retriedHere) process.stderr.write(`  copydesk: ${pool.retriedHere} pages retried in the main thread after their worker died\n`);
  }
  const report: MemoryReport = { who: args.child ?? 'copydesk', pages: total, seconds: (performance.now() - start) / 1000, peakRssMb: Math.round(peakMb()), checkpoints };
  if (process.send) process.send(report);
  else process.stdout.write(`${JSON.stringify(report)}\n`);
}

function runChild(who: 'copydesk' | 'readability', args: Args): Promise<MemoryReport> {
  const childArgs = ['--child', who, ...(args.folder ? [args.folder] : [])];
  if (who === 'copydesk' && args.memoryPages) childArgs.push('--memory-pages', String(args.memoryPages));
  if (args.workers) childArgs.push('--workers', String(args.workers));
  return new Promise((resolveReport, reject) => {
    const child = fork(fileURLToPath(import.meta.url), childArgs, { stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
    let report: MemoryReport | null = null;
    child.on('message', (m) => {
      report = m as MemoryReport;
    });
    child.on('error', reject);
    child.on('exit', (code) => (report ? resolveReport(report) : reject(new Error(`${who} memory run exited with ${code}`))));
  });
}

// ---- main ------------------------------------------------------------------------------

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  args.folder ??= defaultFolder();
  if (!args.folder) {
    process.stderr.write('bench:speed: no folder given and no development set at ../shared (set COPYDESK_SHARED); nothing to measure.\n');
    return;
  }
  if (args.child) return memoryChild(args, args.folder);
  const pages = loadPages(args.folder);
  if (!pages.length) {
    process.stderr.write(`bench:speed: no .html or .html.gz files in ${args.folder}\n`);
    return;
  }

  const log = (s: string): void => void process.stdout.write(`${s}\n`);
  const { pipeline, pool: poolModule } = await loadCopydesk();
  const readability = await plainReadability();
  const floors = await parseFloors();
  const copydesk: Run = (page) => void pipeline.extract(page.html, { url: `https://example.invalid/${page.name}` });
  const contestants: [string, Run][] = [
    ['readability', readability],
    ['copydesk', copydesk],
    ['htmlparser2', floors.htmlparser2],
    ['parse5', floors.parse5],
  ];
  const pool = await poolModule.ExtractPool.open(args.workers ? { threads: args.workers } : {});
  if (!pool) throw new Error('no compiled worker: run npm run build');

  log(`bench:speed — ${pages.length} pages from ${args.folder}, ${args.rounds} rounds, pool of ${pool.threads} workers, node ${process.version}`);
  // Warm-up: JIT, module caches, worker start. Each pool worker is a fresh V8 with its own
  // JIT, so the pool warms on a whole pass (about as many pages per worker as the one-thread
  // contestants have seen by the middle of the first round).
  for (const page of pages.slice(0, 40)) {
    for (const [, run] of contestants) timed(() => run(page));
    await nextTurn();
  }
  await poolPass(pool, pages);

  const rows: Record<string, number[]> = { readability: [], copydesk: [], htmlparser2: [], parse5: [], pool: [] };
  // Other work on the machine can leave the pool fewer cores than it has threads (the
  // scheduler shares CPU between sessions, not threads): printed so the pool's figure can be read.
  const poolCores: number[] = [];
  for (let round = 1; round <= args.rounds; round++) {
    const ms: Record<string, number> = {};
    for (const page of pages) {
      for (const [name, run] of contestants) {
        ms[name] = (ms[name] ?? 0) + timed(() => run(page));
        // Freed DOMs (jsdom's in particular) are collected only when the event loop turns.
        await nextTurn();
      }
    }
    const pooled = await poolPass(pool, pages);
    ms.pool = pooled.ms;
    poolCores.push(pooled.cores);
    const line: string[] = [];
    for (const name of Object.keys(rows)) {
      const pps = pages.length / ((ms[name] ?? 1) / 1000);
      rows[name]?.push(pps);
      line.push(`${name} ${fmt(pps)}`);
    }
    log(`round ${round}: pages/s ${line.join(', ')}; the pool got ${fmt(poolCores[poolCores.length - 1] ?? 0, 2)} cores`);
  }
  await pool.close();

  const base = rows.readability ?? [];
  const ratio = (name: string): number[] => (rows[name] ?? []).map((v, i) => v / (base[i] ?? 1));
  log('');
  log('| | pages/s, mean (min–max over rounds) | × plain Readability, mean (min–max) |');
  log('|---|---|---|');
  const label: Record<string, string> = {
    readability: 'plain Readability 0.6 on jsdom 27, 1 thread',
    copydesk: 'copydesk, 1 thread',
    pool: `copydesk, pool of ${pool.threads}`,
    htmlparser2: 'parse only: htmlparser2',
    parse5: 'parse only: parse5',
  };
  for (const name of ['readability', 'copydesk', 'pool', 'htmlparser2', 'parse5']) {
    log(`| ${label[name]} | ${spread(rows[name] ?? [])} | ${name === 'readability' ? '1' : spread(ratio(name))} |`);
  }

  log(`Cores the process got during the pool passes: ${spread(poolCores)} of ${pool.threads}.`);
  log('');
  log('Peak memory (child processes, one per extractor):');
  for (const who of ['copydesk', 'readability'] as const) {
    const r = await runChild(who, args);
    const marks = r.checkpoints.map((c) => `${c.pages}: ${c.rssMb}`).join(', ');
    log(`  ${who === 'copydesk' ? `copydesk, pool of ${pool.threads}` : 'plain Readability on jsdom'}: ${r.pages} pages in ${fmt(r.seconds)} s, peak RSS ${r.peakRssMb} MB${marks ? `; RSS MB after pages ${marks}` : ''}`);
  }
}

await main();
