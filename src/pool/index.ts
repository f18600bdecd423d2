/**
 * The extraction pool: worker threads (piscina) running the same pipeline, one page per task.
 * Sized to the cores by default. Batches use it; a single page does not, since starting a
 * worker costs more than it saves.
 *
 * Workers are replaced after `recycleAfter` pages each: V8 heaps fragment over tens of
 * thousands of DOMs and the jsdom builder holds on to memory, so a fresh thread every few
 * thousand pages keeps the resident size flat at a start-up cost of a fraction of a second.
 *
 * Every page has a time budget (`pageTimeout`): past it the task is aborted, which ends the
 * worker running it (piscina terminates the thread, whatever the page is doing; the next
 * page starts another), and the page becomes a PAGE_TIMEOUT error record. Only as many tasks
 * as there are threads are handed to piscina at once, so the budget counts a page's own
 * running time, not time spent queued behind others. An outer signal (a crawl told to abort) ends
 * the pages in hand the same way.
 */
import { existsSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { Piscina } from 'piscina';
import { DEFAULTS } from '../config.js';
import { CopydeskError } from '../errors.js';
import { errorRecord } from '../record/error-record.js';
import type { PreparedRecord } from '../record/prepared.js';
import type { CopydeskRecord, ErrorRecord } from '../record/types.js';
import type { ExtractJob, PreparedJob } from './job.js';
import { loadedThread } from './loaded.js';

export type { ExtractJob, PreparedJob } from './job.js';

/**
 * Pages one worker extracts before it is replaced. A worker's resident size creeps up over its
 * life: 10,000 pages through two workers replaced every 2,000 pages each peaked at 309 MB (RSS
 * 264 MB after the first 1,000 pages, 300 MB after 8,000), every 1,000 at 289 MB (258 to 279).
 */
export const DEFAULT_RECYCLE_AFTER = 1000;
/**
 * Heap caps per worker, MB. Without them V8 lets each worker's heap grow well past what one
 * page needs before collecting: two uncapped workers peaked at 458 MB over 3,000 pages.
 * The young generation is where a page's DOM is born and dies; at 16 or 24 MB much of it
 * outlives a scavenge and is promoted, and the pool ran 12–15% slower than at 32 MB (pools
 * alternating in one process over the development pages: 52 and 54 against 59 pages/s).
 * The old-generation cap is what holds memory flat: 10,000 pages peaked at 280 MB with
 * 32/80, 290 MB with 32/96 (young/old), over 400 MB with no old-generation cap; with today's
 * rules and workers replaced every 1,000 pages, 289 MB with 32/80 and 313 MB with 32/96.
 * The cap costs speed: every full collection drops the optimised code of closures made for
 * an earlier page, which is compiled again (rule functions are module-level for that reason),
 * and a worker at 32/80 collects every dozen pages or so. Pools alternating in one process
 * over the Zyte pages ran 1.11 times as fast with 32/96 and 1.15 with 32/112 as with 32/80. A page too
 * big for the cap ends its worker; the pool then extracts that page in the main thread, so
 * its text is not lost, unless the page is over RETRY_HERE_MAX_BYTES: then TOO_LARGE.
 */
export const DEFAULT_YOUNG_GENERATION_MB = 32;
export const DEFAULT_OLD_GENERATION_MB = 80;

/**
 * Largest page extracted again in the main thread after its worker ran out of heap. Smaller
 * pages are worth their text (a 1 MB page of 15,000 paragraphs over a tight cap); past this,
 * the main thread would need hundreds of MB for one page, with no cap and no time budget.
 */
const RETRY_HERE_MAX_BYTES = 2 * 1024 * 1024;

/** A job's page size in bytes (its text, or its file on disk; 0 when unknown). */
function pageBytes(job: ExtractJob): number {
  if (job.html !== undefined) return Buffer.byteLength(job.html);
  try {
    return job.file ? statSync(job.file).size : 0;
  } catch {
    return 0;
  }
}

/** How long a worker may take to start a page before its time budget begins anyway, ms. */
const START_UP_ALLOWANCE_MS = 30_000;
/** How often a page not yet started is looked at again, ms. */
const START_POLL_MS = 100;
/** How often close() looks whether the threads still loading have loaded, ms. */
const LOAD_POLL_MS = 10;

export interface PoolSettings {
  /** Worker threads. Default: the cores available. */
  threads?: number;
  /** Pages per worker before it is replaced; 0 never. */
  recycleAfter?: number;
  /** Cap on each worker's young generation, MB; 0 for V8's default. */
  youngGenerationMb?: number;
  /** Cap on each worker's old generation, MB; 0 for V8's default. */
  oldGenerationMb?: number;
}

/**
 * A job whose page bytes (in a buffer of their own) are moved to the worker rather than
 * copied: this thread then holds no page buffer waiting for its collector. Should the worker
 * die, the page is extracted again here from the bytes read once more.
 */
export interface BytesHandover {
  reread: () => Promise<Uint8Array>;
}

/** Whether `bytes` fill their buffer, which can then be moved to another thread whole. */
function ownBuffer(bytes: Uint8Array | undefined): bytes is Uint8Array {
  return bytes !== undefined && bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && !(bytes.buffer instanceof SharedArrayBuffer);
}

export function defaultThreads(): number {
  return Math.max(1, availableParallelism());
}

/**
 * The compiled worker beside this module, or null when running from TypeScript sources
 * (tests), where worker threads cannot load it: callers then extract in-process.
 */
export function workerFile(): string | null {
  const url = new URL('./worker.js', import.meta.url);
  const path = fileURLToPath(url);
  return import.meta.url.endsWith('.js') && existsSync(path) ? path : null;
}

/** The error record for a job whose worker died (from src/record, so the pipeline stays unloaded here). */
function crashRecord(job: ExtractJob, err: unknown): ErrorRecord {
  return errorRecord(job.input.url || job.file || '', err, job.input.fetchedAt);
}

export class ExtractPool {
  readonly threads: number;
  readonly recycleAfter: number;
  private readonly resourceLimits: { maxYoungGenerationSizeMb?: number; maxOldGenerationSizeMb?: number };
  /** The workers taking tasks now; a promise while the previous ones finish before them. */
  private current: Promise<Piscina> | null = null;
  /** Tasks of the current workers not yet settled: a retired pool closes after them. */
  private pending = new Set<Promise<unknown>>();
  private dispatched = 0;
  /** Tasks handed to piscina and not settled; at most `threads`. */
  private running = 0;
  /** Tasks waiting for a thread, first come first served. */
  private readonly waiting: (() => void)[] = [];
  /** Set by close(): pages still waiting for a thread are not started on new workers. */
  private closed = false;
  /** Pages ended for running past their budget. */
  timedOut = 0;
  /** Pages extracted in this thread after their worker died. */
  retriedHere = 0;
  /** Threads whose worker module has loaded (loaded.ts): only those may be ended. */
  private readonly loaded = new Set<number>();
  /** How many threads have loaded their module so far (for tests and diagnostics). */
  get threadsLoaded(): number {
    return this.loaded.size;
  }
  /** Sets of workers started, and the most alive at one time (recycling keeps that at one). */
  readonly generations = { started: 0, live: 0, peakLive: 0 };

  private constructor(
    private readonly PiscinaClass: typeof Piscina,
    private readonly filename: string,
    settings: PoolSettings,
  ) {
    this.threads = Math.max(1, settings.threads ?? defaultThreads());
    this.recycleAfter = settings.recycleAfter ?? DEFAULT_RECYCLE_AFTER;
    const young = settings.youngGenerationMb ?? DEFAULT_YOUNG_GENERATION_MB;
    const old = settings.oldGenerationMb ?? DEFAULT_OLD_GENERATION_MB;
    this.resourceLimits = { ...(young > 0 ? { maxYoungGenerationSizeMb: young } : {}), ...(old > 0 ? { maxOldGenerationSizeMb: old } : {}) };
  }

  /** A pool, or null when no compiled worker is available (see workerFile). */
  static async open(settings: PoolSettings = {}): Promise<ExtractPool | null> {
    const filename = workerFile();
    if (!filename) return null;
    // piscina is loaded only when a batch needs it.
    const { Piscina: PiscinaClass } = await import('piscina');
    return new ExtractPool(PiscinaClass, filename, settings);
  }

  /** Closes a pool once the tasks already given to it have settled (close() would drop queued ones). */
  private async retire(pool: Promise<Piscina>, pending: Set<Promise<unknown>>): Promise<void> {
    const workers = await pool;
    await Promise.allSettled([...pending]);
    await this.whenLoaded(workers);
    await workers.close();
    this.generations.live--;
  }

  /**
   * Waits until no thread of `workers` is still loading its module (loaded.ts), for at most
   * a start-up allowance: closing the pool then ends none in the middle of loading.
   */
  private async whenLoaded(workers: Piscina): Promise<void> {
    const until = Date.now() + START_UP_ALLOWANCE_MS;
    const loading = (): boolean => workers.threads.some((w) => w.threadId >= 0 && !this.loaded.has(w.threadId));
    while (loading() && Date.now() < until) await new Promise((r) => setTimeout(r, LOAD_POLL_MS));
  }

  private start(): Piscina {
    const pool = new this.PiscinaClass({
      filename: this.filename,
      // Threads are started as pages arrive, and piscina gives a page only to a thread that
      // has loaded. With a minimum, it would mark its first threads ready before they load
      // and start a replacement for every page aborted, both of which a close() soon after
      // would end while they load (loaded.ts).
      minThreads: 0,
      maxThreads: this.threads,
      // Threads stay up for the whole batch; close() ends them.
      idleTimeout: Infinity,
      // Waiting for the next task with Atomics.waitAsync lets the worker's event loop turn
      // between pages ('sync' blocks it), so timers and finalisers of a page run.
      atomics: 'async',
      resourceLimits: this.resourceLimits,
    });
    // A worker that dies with no task left (its page already retried here) is reported as
    // an 'error' event; unhandled, that event would end the whole run.
    pool.on('error', () => undefined);
    pool.on('message', (message: unknown) => {
      const thread = loadedThread(message);
      if (thread !== null) this.loaded.add(thread);
    });
    const g = this.generations;
    g.started++;
    g.peakLive = Math.max(g.peakLive, ++g.live);
    return pool;
  }

  private pool(): Promise<Piscina> {
    if (this.current && this.recycleAfter > 0 && this.dispatched >= this.recycleAfter * this.threads) {
      // The old workers finish their pages and exit before the new ones start, so two sets
      // of heaps are never alive at once (overlapping them raised the peak by 20–30 MB).
      const retired = this.retire(this.current, this.pending);
      this.current = retired.then(() => this.start());
      this.pending = new Set();
      this.dispatched = 0;
    }
    this.current ??= Promise.resolve(this.start());
    return this.current;
  }

  /** Waits for a free thread. */
  private async slot(): Promise<void> {
    if (this.running < this.threads) {
      this.running++;
      return;
    }
    // The slot is handed over by release(), so `running` stays counted.
    await new Promise<void>((resolve) => this.waiting.push(resolve));
  }

  private release(): void {
    const next = this.waiting.shift();
    if (next) next();
    else this.running--;
  }

  /**
   * Extracts one page on a worker. Never rejects. A page past its time budget, or stopped by
   * `signal`, ends its worker and comes back as an error record (PAGE_TIMEOUT, or the
   * signal's reason). A page that ends its worker otherwise (over the heap cap, a native
   * crash) is extracted again in this thread; piscina replaces the worker.
   *
   * A PreparedJob comes back ready for output (src/record/prepared.ts), except when the
   * worker did not finish it: the error record, or the record extracted again here, comes
   * back as a record.
   */
  run(job: PreparedJob, signal?: AbortSignal, handover?: BytesHandover): Promise<CopydeskRecord | PreparedRecord>;
  run(job: ExtractJob, signal?: AbortSignal): Promise<CopydeskRecord>;
  async run(job: ExtractJob | PreparedJob, signal?: AbortSignal, handover?: BytesHandover): Promise<CopydeskRecord | PreparedRecord> {
    await this.slot();
    // Stopped while waiting for a thread: no worker is started for it.
    if (signal?.aborted || this.closed) {
      this.release();
      const reason: unknown = signal?.aborted ? signal.reason : new CopydeskError('CANCELLED', 'the worker pool was closed before this page was extracted', { url: job.input.url || job.file });
      return crashRecord(job, reason);
    }
    const budget = job.options.pageTimeout ?? DEFAULTS.pageTimeout;
    const abort = new AbortController();
    // Made only when the budget runs out: an error per page, with its stack, is garbage the main thread need not make.
    let timeout: CopydeskError | null = null;
    const onAbort = (): void => abort.abort(signal?.reason);
    // The budget runs from when the worker starts the page, not from the hand-over: a worker
    // just started (after a recycle, or replacing one that timed out) loads its modules first.
    const clock = new BigInt64Array(new SharedArrayBuffer(8));
    const handedOver = Date.now();
    let timer: NodeJS.Timeout | undefined;
    const check = (): void => {
      const started = Number(Atomics.load(clock, 0));
      const now = Date.now();
      // A worker that never starts the page at all is ended too, once a start-up has had ample time.
      const left = started ? started + budget - now : handedOver + budget + START_UP_ALLOWANCE_MS - now;
      if (left <= 0) abort.abort((timeout = new CopydeskError('PAGE_TIMEOUT', `extraction took longer than ${budget / 1000} s (see --page-timeout); its worker was replaced`, { url: job.input.url || job.file })));
      else timer = setTimeout(check, started ? left : Math.min(left, START_POLL_MS));
    };
    const pool = this.pool();
    const pending = this.pending;
    this.dispatched++;
    const moved = handover && ownBuffer(job.bytes) ? (job.bytes.buffer as ArrayBuffer) : null;
    const task = pool.then((workers) => {
      if (signal?.aborted) throw signal.reason as Error;
      signal?.addEventListener('abort', onAbort, { once: true });
      timer = setTimeout(check, budget);
      return workers.run({ ...job, clock }, { signal: abort.signal, ...(moved ? { transferList: [moved] } : {}) }) as Promise<CopydeskRecord | PreparedRecord>;
    });
    pending.add(task);
    try {
      return await task;
    } catch (err) {
      if (abort.signal.aborted || signal?.aborted) {
        const reason: unknown = abort.signal.aborted ? abort.signal.reason : signal?.reason;
        if (timeout && reason === timeout) this.timedOut++;
        return crashRecord(job, reason);
      }
      // A big page that needs more heap than a worker may have would need as much here, where
      // nothing caps it (four 9 MB pages once took 2 GB and 98 s this way): refused instead.
      if ((err as { code?: unknown } | null)?.code === 'ERR_WORKER_OUT_OF_MEMORY' && pageBytes(job) > RETRY_HERE_MAX_BYTES) {
        const over = new CopydeskError('TOO_LARGE', `extraction needs more memory than a worker's ${this.resourceLimits.maxOldGenerationSizeMb ?? 'default'} MB heap`, { url: job.input.url || job.file, stage: 'extract', cause: err });
        return crashRecord(job, over);
      }
      return await this.retryHere(job, err, moved ? handover : undefined);
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      pending.delete(task);
      this.release();
    }
  }

  private async retryHere(job: ExtractJob, workerError: unknown, handover?: BytesHandover): Promise<CopydeskRecord> {
    this.retriedHere++;
    try {
      const { runJob } = await import('./job.js');
      return await runJob(handover ? { ...job, bytes: await handover.reread() } : job);
    } catch {
      return crashRecord(job, workerError);
    }
  }

  /**
   * Ends the workers once the pages they hold are done. Pages still waiting for a thread
   * come back as CANCELLED records; no worker is started for them.
   */
  async close(): Promise<void> {
    this.closed = true;
    const current = this.current;
    this.current = null;
    if (current) await this.retire(current, this.pending);
  }
}
