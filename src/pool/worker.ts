/**
 * The pool's worker: runs one job per task and hands back the record. Each task arrives as
 * its own message, so the event loop turns between pages and freed DOMs are collected.
 */
import { runJob } from './job.js';
import type { ExtractJob } from './job.js';
import type { CopydeskRecord } from '../record/types.js';

export default function extractInWorker(job: ExtractJob): Promise<CopydeskRecord> {
  if (job.clock) Atomics.store(job.clock, 0, BigInt(Date.now()));
  return runJob(job);
}
