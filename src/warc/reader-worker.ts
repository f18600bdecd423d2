/**
 * The archive reader's thread (see thread.ts): reads one archive file and posts its items,
 * as many as the main thread has asked for, so a fast reader never runs ahead of extraction.
 */
import { createReadStream } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { archiveFilter } from './filter.js';
import { readArchive } from './read.js';
import { emptyTally } from './tally.js';
import type { ReaderJob, ReaderMessage } from './thread.js';

const job = workerData as ReaderJob;
const port = parentPort;
let credits = 0;
let wake: (() => void) | null = null;
port?.on('message', (more: number) => {
  credits += more;
  wake?.();
});

async function main(): Promise<void> {
  if (!port) return;
  const tally = emptyTally();
  const accept = archiveFilter(job.filter);
  for await (const item of readArchive(createReadStream(job.file), job.file, { maxBytes: job.maxBytes, ...(accept ? { accept } : {}) }, tally)) {
    while (credits <= 0) await new Promise<void>((resolve) => (wake = resolve));
    credits--;
    if ('page' in item) {
      // A copy of its own moves to the main thread: the body may be a view into a read buffer
      // the reader still uses, and transferring a buffer empties every view of it.
      const own = new Uint8Array(item.page.bytes);
      port.postMessage({ item: { page: { ...item.page, bytes: own } } } satisfies ReaderMessage, [own.buffer as ArrayBuffer]);
    } else {
      port.postMessage({ item } satisfies ReaderMessage);
    }
  }
  port.postMessage({ done: tally } satisfies ReaderMessage);
}

void main();
