/**
 * The pool's worker: runs one job per task and hands back the record. Each task arrives as
 * its own message, so the event loop turns between pages and freed DOMs are collected.
 */
import { extract } from '../pipeline.js';
import { runJob } from './job.js';
import type { ExtractJob } from './job.js';
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

export default function extractInWorker(job: ExtractJob): Promise<CopydeskRecord> {
  if (job.clock) Atomics.store(job.clock, 0, BigInt(Date.now()));
  return runJob(job);
}
