/**
 * An archive file read on a thread of its own, for `copydesk extract` on the worker pool:
 * the same items as readArchive, in the same order, with the tally kept up to date.
 *
 * Why: the archive reader (warcio) allocates about 170 kB of short-lived objects per page. On
 * the main thread that kept V8's young generation at its 16 MB semi-space cap for the whole
 * run (32 MB committed, plus the page buffers waiting for the collections it spaces out):
 * 50 MB of heap where the same thread over saved files, handed records ready for output
 * (src/record/prepared.ts), keeps about 18. A worker thread's young generation can be capped,
 * the main thread's cannot (the flag that would also overrides the pool workers' limits).
 *
 * Running from TypeScript sources (tests), where a worker cannot load the compiled reader,
 * the archive is read in this thread instead.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { CopydeskError } from '../errors.js';
import type { ArchiveItem } from './read.js';
import type { ArchiveTally } from './tally.js';
import { emptyTally } from './tally.js';
import type { WarcOrigin } from '../record/types.js';

/** What the reader thread is given. */
export interface ReaderData {
  file: string;
  maxBytes: number;
  hosts: string[];
  urlPattern?: string;
}

/** What the reader thread posts: an item, the end, or a failure; each with the tally so far. */
export type ReaderMessage = ({ item: ArchiveItem } | { end: true } | { failed: string }) & { tally: ArchiveTally };

/**
 * The reader thread's young generation, MB: 3 gives 1 MB semi-spaces. Nearly all it allocates
 * dies within a record, so a small young generation costs it little and stays small.
 */
export const READER_YOUNG_GENERATION_MB = 3;
/** Its old generation: the reader's code and one record in hand need far less. */
export const READER_OLD_GENERATION_MB = 64;
/** Items read ahead of the consumer: the batch's own window (mapOrdered) reads ahead too. */
const READ_AHEAD = 4;

/** The compiled reader beside this module, or null when running from TypeScript sources. */
function readerFile(): string | null {
  const path = fileURLToPath(new URL('./reader-thread.js', import.meta.url));
  return import.meta.url.endsWith('.js') && existsSync(path) ? path : null;
}

/** Adds what `now` counts beyond `before` to `tally` (the reader's counts; `archives` and `alreadyDone` are the caller's). */
function addProgress(tally: ArchiveTally, before: ArchiveTally, now: ArchiveTally): void {
  for (const key of Object.keys(now) as (keyof ArchiveTally)[]) {
    if (key === 'archives' || key === 'alreadyDone') continue;
    tally[key] += now[key] - before[key];
  }
}

/** The pages of one archive file, read on a thread of its own (see the top of this file). */
export async function* readArchiveOnThread(data: ReaderData, accept: ((url: string) => boolean) | null, tally: ArchiveTally): AsyncGenerator<ArchiveItem> {
  const filename = readerFile();
  if (!filename) {
    // The archive reader (warcio) is loaded only where the archive is read.
    const [{ createReadStream }, { readArchive }] = await Promise.all([import('node:fs'), import('./read.js')]);
    yield* readArchive(createReadStream(data.file), data.file, { maxBytes: data.maxBytes, ...(accept ? { accept } : {}) }, tally);
    return;
  }
  const worker = new Worker(filename, {
    workerData: data,
    resourceLimits: { maxYoungGenerationSizeMb: READER_YOUNG_GENERATION_MB, maxOldGenerationSizeMb: READER_OLD_GENERATION_MB },
  });
  const queue: ReaderMessage[] = [];
  let wake: (() => void) | null = null;
  let crash: Error | null = null;
  const notify = (): void => {
    wake?.();
    wake = null;
  };
  worker.on('message', (message: ReaderMessage) => {
    queue.push(message);
    notify();
  });
  worker.on('error', (err) => {
    crash = err;
    notify();
  });
  worker.on('exit', (code) => {
    crash ??= new Error(`the archive reader stopped (exit code ${code})`);
    notify();
  });
  let seen = emptyTally();
  try {
    worker.postMessage({ credit: READ_AHEAD });
    for (;;) {
      const message = queue.shift();
      if (!message) {
        if (crash) throw new CopydeskError('INTERNAL', `reading ${data.file}: ${(crash as Error).message}`, { cause: crash });
        await new Promise<void>((resolve) => (wake = resolve));
        continue;
      }
      addProgress(tally, seen, message.tally);
      seen = message.tally;
      if ('end' in message) return;
      if ('failed' in message) throw new CopydeskError('INTERNAL', `reading ${data.file}: ${message.failed}`);
      worker.postMessage({ credit: 1 });
      yield message.item;
    }
  } finally {
    worker.removeAllListeners();
    await worker.terminate();
  }
}

/**
 * A page's bytes read again from its archive file, from the record at its origin's offset:
 * for a page whose bytes went to a worker that then died (src/pool/index.ts, BytesHandover).
 */
export async function rereadPage(origin: WarcOrigin, maxBytes: number): Promise<Uint8Array> {
  const [{ createReadStream }, { readArchive }] = await Promise.all([import('node:fs'), import('./read.js')]);
  for await (const item of readArchive(createReadStream(origin.file, { start: origin.offset }), origin.file, { maxBytes }, emptyTally())) {
    if ('page' in item) return item.page.bytes;
    break;
  }
  throw new CopydeskError('INTERNAL', `${origin.file}: no page at byte ${origin.offset} any more`);
}
