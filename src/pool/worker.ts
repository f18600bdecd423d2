/**
 * The pool's worker: runs one job per task and hands back the record. Each task arrives as
 * its own message, so the event loop turns between pages and freed DOMs are collected.
 *
 * A job that says how the record will be written (`prepare`) gets back the record's output
 * instead (src/record/prepared.ts): the text as UTF-8 bytes, moved to the main thread, not
 * copied, with the few fields the writer needs.
 */
import { parentPort, threadId } from 'node:worker_threads';
import { move, transferableSymbol, valueSymbol } from 'piscina';
import { extract } from '../pipeline.js';
import { prepareForHandover } from '../record/prepared.js';
import type { PreparedRecord } from '../record/prepared.js';
import { runJob } from './job.js';
import type { WorkerJob } from './job.js';
import { WORKER_LOADED } from './loaded.js';
import type { CopydeskRecord } from '../record/types.js';

/**
 * A fresh worker loads its DOM library and compiles its code on the first page it extracts
 * (a quarter of a second, more on a busy machine). A small page extracted as the worker
 * starts takes that cost before any page's time budget runs: otherwise a short
 * --page-timeout ends the first page of every replacement worker, and the next, in turn.
 */
const WARM_UP_PAGE = `<!doctype html><html lang="en"><head><title>Harbour plan agreed</title></head><body><article><h1>Harbour plan agreed</h1>${'<p>The harbour committee met on Thursday and agreed a plan that members said would take two years to finish, with work starting in spring.</p>'.repeat(4)}</article></body></html>`;
try {
  extract(WARM_UP_PAGE, { url: 'https://copydesk.invalid/warm-up' });
} catch {
  // Whatever it gives, the warm-up page has done its work.
}
// From here on, ending this thread is safe (see loaded.ts).
parentPort?.postMessage({ [WORKER_LOADED]: threadId });

/** A prepared record whose text buffer piscina moves to the main thread instead of copying it. */
function handover(prepared: PreparedRecord & { text: Uint8Array | null }): PreparedRecord {
  const transferable = {
    get [transferableSymbol](): ArrayBuffer[] {
      return prepared.text ? [prepared.text.buffer as ArrayBuffer] : [];
    },
    get [valueSymbol](): PreparedRecord {
      return prepared;
    },
  };
  return move(transferable) as unknown as PreparedRecord;
}

export default async function extractInWorker(job: WorkerJob): Promise<CopydeskRecord | PreparedRecord> {
  if (job.clock) Atomics.store(job.clock, 0, BigInt(Date.now()));
  const record = await runJob(job);
  if (!job.prepare) return record;
  return handover(prepareForHandover(record, job.prepare, job.warc));
}
