/**
 * Reading an archive file on a thread of its own, with a small young generation.
 *
 * Reading churns through short-lived objects (inflated chunks, headers, slices); in the
 * main thread V8 answers that churn by growing its young generation to the default cap,
 * which over a large archive cost about 35 MB of resident memory more than extracting the
 * same pages from files (a reading loop alone: 129 MB, 92 MB with the young generation held
 * near 6 MB). The reader runs here under a cap, as the extraction workers do, and the
 * main thread only hands pages on. Items are asked for a few at a time, so the reader
 * stays a short way ahead of extraction and memory stays flat.
 *
 * Only for files read from compiled JavaScript: a stream (stdin) and TypeScript sources
 * (tests) read in the calling thread, with the same reader and the same results.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { CopydeskError } from '../errors.js';
import { errorRecord } from '../record/error-record.js';
import type { ArchiveFilterFlags } from './filter.js';
import type { ArchiveItem } from './read.js';
import type { ArchiveTally } from './tally.js';

export interface ReaderJob {
  file: string;
  maxBytes: number;
  filter: ArchiveFilterFlags;
}

export type ReaderMessage = { item: ArchiveItem } | { done: ArchiveTally };

/** Young generation of the reader, MB: enough for a record in hand, small enough not to grow. */
const YOUNG_GENERATION_MB = 8;
/** Items the reader may have posted and not yet had taken: a short way ahead of extraction. */
const AHEAD = 8;

/** The compiled reader thread beside this module, or null when running from TypeScript sources. */
export function readerFile(): string | null {
  const path = fileURLToPath(new URL('./reader-worker.js', import.meta.url));
  return import.meta.url.endsWith('.js') && existsSync(path) ? path : null;
}

function addTally(into: ArchiveTally, from: ArchiveTally): void {
  for (const key of Object.keys(into) as (keyof ArchiveTally)[]) if (key !== 'archives') into[key] += from[key];
}

/** The items of an archive file, read on a thread of its own (see readerFile for when one exists). */
export async function* readArchiveOnThread(workerFile: string, job: ReaderJob, tally: ArchiveTally): AsyncGenerator<ArchiveItem> {
  // The old generation holds a few records in hand, each at most maxBytes once inflated.
  const oldMb = Math.max(96, Math.ceil((4 * job.maxBytes) / 2 ** 20) + 64);
  const worker = new Worker(workerFile, { workerData: job, resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB, maxOldGenerationSizeMb: oldMb } });
  const queue: ReaderMessage[] = [];
  let failure: unknown = null;
  let ended = false;
  let wake: (() => void) | null = null;
  const notify = (): void => {
    wake?.();
    wake = null;
  };
  worker.on('message', (m: ReaderMessage) => {
    queue.push(m);
    notify();
  });
  worker.on('error', (err) => {
    failure = err;
    notify();
  });
  worker.on('exit', () => {
    ended = true;
    notify();
  });
  worker.postMessage(AHEAD);
  try {
    for (;;) {
      const next = queue.shift();
      if (next) {
        if ('done' in next) {
          addTally(tally, next.done);
          return;
        }
        worker.postMessage(1);
        yield next.item;
        continue;
      }
      if (failure !== null || ended) break;
      await new Promise<void>((resolve) => (wake = resolve));
    }
    const why = failure instanceof Error ? failure.message : 'the reader thread ended early';
    const e = new CopydeskError('INTERNAL', `${job.file}: reading stopped: ${why}`, { cause: failure });
    yield { error: errorRecord('', e) };
  } finally {
    await worker.terminate();
  }
}
