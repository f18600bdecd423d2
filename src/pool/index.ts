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
import type { CopydeskRecord } from '../record/types.js';
import type { ExtractJob } from './job.js';

export type { ExtractJob } from './job.js';

/** Pages one worker extracts before it is replaced. */
export const DEFAULT_RECYCLE_AFTER = 2000;

export interface PoolSettings {
  /** Worker threads. Default: the cores available. */
  threads?: number;
  /** Pages per worker before it is replaced; 0 never. */
  recycleAfter?: number;
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

export class ExtractPool {
  readonly threads: number;
  readonly recycleAfter: number;
  private current: Piscina | null = null;
  private dispatched = 0;
  private readonly retiring: Promise<void>[] = [];

  private constructor(
    private readonly PiscinaClass: typeof Piscina,
    private readonly filename: string,
    settings: PoolSettings,
  ) {
    this.threads = Math.max(1, settings.threads ?? defaultThreads());
    this.recycleAfter = settings.recycleAfter ?? DEFAULT_RECYCLE_AFTER;
  }

  /** A pool, or null when no compiled worker is available (see workerFile). */
  static async open(settings: PoolSettings = {}): Promise<ExtractPool | null> {
    const filename = workerFile();
    if (!filename) return null;
    // piscina is loaded only when a batch needs it.
    const { Piscina: PiscinaClass } = await import('piscina');
    return new ExtractPool(PiscinaClass, filename, settings);
  }

  private pool(): Piscina {
    if (this.current && this.recycleAfter > 0 && this.dispatched >= this.recycleAfter * this.threads) {
      // Tasks already queued finish on the old workers; close() waits for them.
      this.retiring.push(this.current.close());
      this.current = null;
    }
    if (!this.current) {
      this.current = new this.PiscinaClass({
        filename: this.filename,
        minThreads: this.threads,
        maxThreads: this.threads,
        // Threads stay up for the whole batch; close() ends them.
        idleTimeout: Infinity,
      });
      this.dispatched = 0;
    }
    return this.current;
  }

  /** Extracts one page on a worker; never rejects for a page's own failure. */
  run(job: ExtractJob): Promise<CopydeskRecord> {
    const pool = this.pool();
    this.dispatched++;
    return pool.run(job) as Promise<CopydeskRecord>;
  }

  async close(): Promise<void> {
    const closing = [...this.retiring];
    if (this.current) closing.push(this.current.close());
    this.current = null;
    await Promise.all(closing);
  }
}
