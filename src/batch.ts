/**
 * Many inputs, bounded work: a global limit and a per-host limit (p-limit), results handed
 * back in input order as soon as each one and all before it are done.
 */
import pLimit from 'p-limit';
import type { LimitFunction } from 'p-limit';

export interface BatchLimits {
  concurrency: number;
  perKey: number;
  /** Groups items for the per-key limit (the host, for URLs). */
  keyOf: (item: string) => string;
}

export function hostOf(url: string): string {
  try {
    return new URL(url).host.toLowerCase();
  } catch {
    return '';
  }
}

/**
 * Runs fn over items with the limits and yields results in input order. Items are read
 * lazily from the iterable, at most `concurrency * 4` ahead of the oldest unfinished one,
 * so a long stdin list does not pile up in memory.
 */
export async function* mapOrdered<T>(items: AsyncIterable<string> | Iterable<string>, fn: (item: string) => Promise<T>, limits: BatchLimits): AsyncGenerator<T> {
  const global = pLimit(limits.concurrency);
  const perKey = new Map<string, LimitFunction>();
  const window: Promise<T>[] = [];
  const ahead = limits.concurrency * 4;
  const schedule = (item: string): Promise<T> => {
    const key = limits.keyOf(item);
    let keyed = perKey.get(key);
    if (!keyed) {
      keyed = pLimit(limits.perKey);
      perKey.set(key, keyed);
    }
    const limiter = keyed;
    return limiter(() => global(() => fn(item))).finally(() => {
      // An idle host's limiter is dropped, so a long run over many hosts keeps no map of them all.
      if (limiter.activeCount === 0 && limiter.pendingCount === 0) perKey.delete(key);
    });
  };
  for await (const item of items) {
    window.push(schedule(item));
    if (window.length >= ahead) yield await (window.shift() as Promise<T>);
  }
  while (window.length) yield await (window.shift() as Promise<T>);
}
