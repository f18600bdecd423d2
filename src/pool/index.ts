/**
 * The extraction pool: worker threads (piscina) running the same pipeline, one page per task.
 * Sized to the cores by default. Batches use it; a single page does not, since starting a
 * worker costs more than it saves.
 *
 * Workers are replaced after `recycleAfter` pages each: V8 heaps fragment over tens of
 * thousands of DOMs and the jsdom builder holds on to memory, so a fresh thread every few
 * thousand pages keeps the resident size flat at a start-up cost of a fraction of a second.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { Piscina } from 'piscina';
import { errorRecord } from '../record/error-record.js';
import type { CopydeskRecord, ErrorRecord } from '../record/types.js';
import type { ExtractJob } from './job.js';

export type { ExtractJob } from './job.js';

/** Pages one worker extracts before it is replaced. */
export const DEFAULT_RECYCLE_AFTER = 2000;
/**
 * Heap caps per worker, MB. Without them V8 lets each worker's heap grow well past what one
 * page needs before collecting: two uncapped workers peaked at 458 MB over 3,000 pages.
 * The young generation is where a page's DOM is born and dies; at 16 or 24 MB much of it
 * outlives a scavenge and is promoted, and the pool ran 12–15% slower than at 32 MB (pools
 * alternating in one process over the development pages: 52 and 54 against 59 pages/s).
 * The old-generation cap is what holds memory flat: 10,000 pages peaked at 280 MB with
 * 32/80, 290 MB with 32/96 (young/old), over 400 MB with no old-generation cap. A page too
 * big for the cap ends its worker; the pool then extracts that page in the main thread,
 * without a cap, so its text is not lost.
 */
export const DEFAULT_YOUNG_GENERATION_MB = 32;
export const DEFAULT_OLD_GENERATION_MB = 80;

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
  /** Pages extracted in this thread after their worker died. */
  retriedHere = 0;
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
    await workers.close();
    this.generations.live--;
  }

  private start(): Piscina {
    const pool = new this.PiscinaClass({
      filename: this.filename,
      minThreads: this.threads,
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

  /**
   * Extracts one page on a worker. Never rejects. A page that ends its worker (over the heap
   * cap, a native crash) is extracted again in this thread; piscina replaces the worker.
   */
  run(job: ExtractJob): Promise<CopydeskRecord> {
    const pool = this.pool();
    const pending = this.pending;
    this.dispatched++;
    const task = pool.then((workers) => workers.run(job) as Promise<CopydeskRecord>);
    pending.add(task);
    return task.catch((err: unknown) => this.retryHere(job, err)).finally(() => pending.delete(task));
  }

  private async retryHere(job: ExtractJob, workerError: unknown): Promise<CopydeskRecord> {
    this.retriedHere++;
    try {
      const { runJob } = await import('./job.js');
      return await runJob(job);
    } catch {
      return crashRecord(job, workerError);
    }
  }

  async close(): Promise<void> {
    const current = this.current;
    this.current = null;
    if (current) await this.retire(current, this.pending);
  }
}
