/**
 * The thread an archive file is read on (see thread.ts): readArchive over the file, each item
 * posted to the main thread as soon as the main thread has room for it (it grants credit, one
 * item each), the page's bytes moved, not copied, in a buffer of their own. Every message
 * carries the tally so far.
 */
import { createReadStream } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { archiveFilter } from './filter.js';
import { readArchive } from './read.js';
import type { ArchiveItem } from './read.js';
import { emptyTally } from './tally.js';
import type { ReaderData, ReaderMessage } from './thread.js';

const port = parentPort;
if (!port) throw new Error('reader-thread.js runs as a worker thread');
const data = workerData as ReaderData;

let credit = 0;
let wake: (() => void) | null = null;
port.on('message', (message: { credit: number }) => {
  credit += message.credit;
  wake?.();
  wake = null;
});

/** The page's bytes in a buffer of their own: a view into a larger one cannot be moved alone. */
function own(bytes: Uint8Array): Uint8Array {
  const copy = new Uint8Array(bytes.byteLength);
  copy.set(bytes);
  return copy;
}

const tally = emptyTally();

async function main(): Promise<void> {
  const accept = archiveFilter({ hosts: data.hosts, ...(data.urlPattern !== undefined ? { urlPattern: data.urlPattern } : {}) });
  const items = readArchive(createReadStream(data.file), data.file, { maxBytes: data.maxBytes, ...(accept ? { accept } : {}) }, tally);
  for await (const item of items) {
    while (credit <= 0) await new Promise<void>((resolve) => (wake = resolve));
    credit--;
    let message: ReaderMessage;
    let transfer: ArrayBuffer[] = [];
    if ('page' in item) {
      const bytes = own(item.page.bytes);
      const sent: ArchiveItem = { page: { ...item.page, bytes } };
      message = { item: sent, tally };
      transfer = [bytes.buffer as ArrayBuffer];
    } else message = { item, tally };
    port?.postMessage(message, transfer);
  }
  port?.postMessage({ end: true, tally } satisfies ReaderMessage);
}

main().catch((err: unknown) => {
  port.postMessage({ failed: err instanceof Error ? err.message : String(err), tally } satisfies ReaderMessage);
});
