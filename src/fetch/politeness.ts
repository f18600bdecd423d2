/**
 * Being a good guest: at most `perHost` requests in flight to one host (default 1), at
 * least `delayMs` of quiet between the end of one request and the start of the next
 * (default 1 s, raised to the host's robots.txt Crawl-delay), a global limit across all
 * hosts (p-limit), and pauses a server asks for with Retry-After on 429 and 503.
 * Waiting for a host's turn never holds a global slot, so a slow host does not stall
 * the others.
 */
import pLimit from 'p-limit';
import type { LimitFunction } from 'p-limit';
import { hostOf } from '../batch.js';

export interface PolitenessOptions {
  /** Requests in flight overall. */
  concurrency: number;
  /** Requests in flight to one host. */
  perHost: number;
  /** Quiet time between requests to one host, ms. */
  delayMs: number;
  /** Longest Retry-After honoured by pausing the host, ms; longer asks are the caller's to handle. Default 30 s. */
  maxPauseMs?: number;
  /**
   * A host's turn shared with other processes (the crawl state on a database server):
   * taken before each request, ended after it with the quiet time that must follow.
   */
  shared?: SharedTurns;
  /** Ends the waits for a host's turn (a crawl aborted): the request then fails with the signal's reason. */
  signal?: AbortSignal;
}

/** Turns kept outside this process (src/state/store.ts Coordination implements it). */
export interface SharedTurns {
  /** 0 when the turn is ours (held for at most holdMs), else ms to wait before asking again. */
  takeTurn(host: string, holdMs: number): Promise<number>;
  endTurn(host: string, quietMs: number): Promise<void>;
  /** Longest a turn is held when its holder never ends it (it died): the longest request. */
  holdMs: number;
}

/** Longest sleep between two asks for a shared turn: the holder may finish early. */
const SHARED_POLL_MS = 100;

export const DEFAULT_DELAY_MS = 1000;

interface HostGate {
  limit: LimitFunction;
  /** Earliest start of the next request (epoch ms). */
  nextAt: number;
  delayMs: number;
}

/** Waits `ms`, or less when `signal` aborts (then throws its reason): a long Crawl-delay must not outlast a stop. */
function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  if (signal?.aborted) return Promise.reject(signal.reason);
  return new Promise((resolve, reject) => {
    const done = (): void => {
      signal?.removeEventListener('abort', stop);
      resolve();
    };
    const timer = setTimeout(done, ms);
    const stop = (): void => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    signal?.addEventListener('abort', stop, { once: true });
  });
}

export class Politeness {
  private readonly global: LimitFunction;
  private readonly hosts = new Map<string, HostGate>();

  constructor(private readonly options: PolitenessOptions) {
    this.global = pLimit(options.concurrency);
  }

  private gate(host: string): HostGate {
    let g = this.hosts.get(host);
    if (!g) {
      g = { limit: pLimit(this.options.perHost), nextAt: 0, delayMs: this.options.delayMs };
      this.hosts.set(host, g);
    }
    return g;
  }

  /** Raises the host's delay to its Crawl-delay (never lowers it below ours). */
  setCrawlDelay(url: string, ms: number | null): void {
    if (ms === null) return;
    const g = this.gate(hostOf(url));
    g.delayMs = Math.max(this.options.delayMs, ms);
  }

  /** Runs fn when the host's turn comes and a global slot is free. */
  run<T>(url: string, fn: () => Promise<T>): Promise<T> {
    const host = hostOf(url);
    const g = this.gate(host);
    const shared = this.options.shared;
    return g.limit(async () => {
      const { signal } = this.options;
      for (let wait = g.nextAt - Date.now(); wait > 0; wait = g.nextAt - Date.now()) await sleep(wait, signal);
      if (shared) for (let wait = await shared.takeTurn(host, shared.holdMs + g.delayMs); wait > 0; wait = await shared.takeTurn(host, shared.holdMs + g.delayMs)) await sleep(Math.min(wait, SHARED_POLL_MS), signal);
      try {
        return await this.global(fn);
      } catch (err) {
        // 429/503 with Retry-After: the host's next request waits that long (set before the slot frees).
        const after = (err as { retryAfter?: unknown }).retryAfter;
        if (typeof after === 'number' && after * 1000 <= (this.options.maxPauseMs ?? 30_000)) g.nextAt = Math.max(g.nextAt, Date.now() + after * 1000);
        throw err;
      } finally {
        g.nextAt = Math.max(g.nextAt, Date.now() + g.delayMs);
        if (shared) await shared.endTurn(host, g.nextAt - Date.now());
      }
    });
  }
}
