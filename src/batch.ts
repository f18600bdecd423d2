/**
 * Many inputs, bounded work: results handed back in input order as soon as each one and all
 * before it are done, with an optional limit on how many run at once (p-limit).
 */
import pLimit from 'p-limit';

export interface BatchLimits {
  /**
   * Items running at once. Omitted when fn limits itself: `get` with many URLs goes through
   * the politeness gates (per host and overall), which must not be held by an outer limit
   * while a host's delay runs.
   */
  concurrency?: number;
  /** Items started ahead of the oldest unfinished one, so a long list is not all read at once. */
  ahead: number;
  /**
   * Asked before each result is awaited: once true (Ctrl-C), no item is started or awaited,
   * and the results already done are handed back (in input order) before the end, so work
   * that finished behind a slow item is not thrown away.
   */
  stop?: () => boolean;
}

export function hostOf(url: string): string {
  try {
    return new URL(url).host.toLowerCase();
  } catch {
    return '';
  }
}

/** Runs fn over items and yields the results in input order. Items are read lazily from the iterable. */
export async function* mapOrdered<I, T>(items: AsyncIterable<I> | Iterable<I>, fn: (item: I) => Promise<T>, limits: BatchLimits): AsyncGenerator<T> {
  const limit = limits.concurrency ? pLimit(limits.concurrency) : null;
  const run = limit ? (item: I): Promise<T> => limit(() => fn(item)) : fn;
  const window: Promise<T>[] = [];
  const done = new Set<Promise<T>>();
  const start = (item: I): void => {
    const p = run(item);
    const settle = (): void => void done.add(p);
    p.then(settle, settle);
    window.push(p);
  };
  const stopped = (): boolean => limits.stop?.() === true;
  const ahead = Math.max(1, limits.ahead);
  for await (const item of items) {
    if (stopped()) break;
    start(item);
    if (window.length >= ahead && !stopped()) yield await (window.shift() as Promise<T>);
  }
  while (window.length && !stopped()) yield await (window.shift() as Promise<T>);
  for (const p of window) if (done.has(p)) yield await p;
}
