/**
 * What the crawler remembers between runs, behind an interface: the embedded SQLite
 * store (sqlite.ts) is the default, and a shared store (a database server) can take its
 * place when several machines crawl together. Every method is async for that reason,
 * even though SQLite answers synchronously.
 */
import type { FailureStore } from './failures.js';
import type { SectionStore } from './sections.js';

export type ItemStatus = 'pending' | 'done' | 'duplicate' | 'failed';

export interface ItemState {
  url: string;
  status: ItemStatus;
  source: string | null;
  canonical: string | null;
  bodyHash: string | null;
  /** Where the record was (or will be) written under --out, relative to it. */
  outPath: string | null;
  error: string | null;
  attempts: number;
  firstSeen: number;
  updatedAt: number;
}

export interface ItemUpdate {
  status: ItemStatus;
  source?: string | null;
  canonical?: string | null;
  bodyHash?: string | null;
  outPath?: string | null;
  error?: string | null;
  /**
   * The record itself, kept with the item (a PostgreSQL state with --store) in the same
   * transaction that marks it done: it is in the records table exactly when the item is done.
   */
  record?: { id?: string } & object;
}

/** A source, or a document reached from one (a discovered feed, a child sitemap). */
export interface DocumentState {
  url: string;
  etag: string | null;
  lastModified: string | null;
  /** What the document was last time: 'html' (a home page), 'sitemap-index', a feed kind … */
  kind: string | null;
  /** Documents it leads to (feeds found on a home page, an index's sitemaps), so later runs can go straight there. */
  resolved: string[] | null;
  resolvedAt: number | null;
  lastSuccess: number | null;
  lastError: string | null;
  lastErrorAt: number | null;
  failures: number;
  backoffUntil: number | null;
}

export interface HostState {
  host: string;
  failures: number;
  lastError: string | null;
  backoffUntil: number | null;
}

export interface RobotsEntry {
  origin: string;
  /** HTTP status of the robots.txt answer (200, 404 …). */
  status: number;
  body: string;
  fetchedAt: number;
  expiresAt: number;
}

export interface StateStats {
  path: string;
  sizeBytes: number;
  items: Record<ItemStatus, number>;
  documents: number;
  documentsFailing: number;
  hosts: number;
  hostsBackedOff: number;
  robots: number;
  oldestItem: number | null;
  newestItem: number | null;
}

export interface CheckResult {
  ok: boolean;
  problems: string[];
}

/** How long a claim on a source or an item lasts unless renewed (--lease): a dead worker's work is taken over after it. */
export const DEFAULT_LEASE_MS = 60_000;

/** What a source or an item is claimed as: one worker at a time polls a source or fetches an item. */
export type LeaseKind = 'source' | 'item';

/**
 * How workers sharing one state (a database server) divide the work and keep to one
 * host's pace between them. The embedded store has none: its lock admits one crawl.
 */
export interface Coordination {
  /** This worker's name in the leases it holds. */
  readonly owner: string;
  /**
   * Claims a source or an item for leaseMs, unless another worker's lease on it is still
   * running (or the item is already done). True when this worker now holds it.
   */
  claim(kind: LeaseKind, key: string, leaseMs: number): Promise<boolean>;
  /** Lets go of a claim before its lease runs out. */
  release(kind: LeaseKind, key: string): Promise<void>;
  /** Extends every lease this worker holds by leaseMs from now; returns how many. */
  renew(leaseMs: number): Promise<number>;
  /**
   * Takes the host's turn if it is free (no request in flight from any worker, the quiet
   * time after the last one over): returns 0, and the host is held for at most holdMs.
   * Otherwise returns how long to wait before asking again.
   */
  takeTurn(host: string, holdMs: number): Promise<number>;
  /** Ends this worker's turn: the host's next request waits quietMs from now. */
  endTurn(host: string, quietMs: number): Promise<void>;
}

export interface StateStore {
  /** Why items were not written, and the filters each source was judged with. */
  readonly failures: FailureStore;
  /** Pages of stories a follow crawl reads again, with their schedule. */
  readonly sections: SectionStore;
  /** Present when many workers share the state (PostgreSQL); absent for the embedded store. */
  readonly coordination?: Coordination;
  getItem(url: string): Promise<ItemState | undefined>;
  /**
   * Of these URLs, those already handled for good: done, duplicate or given up, or the
   * canonical URL of a done item. One call per feed, so a remote store answers in one trip.
   */
  seen(urls: string[]): Promise<Set<string>>;
  /** URL of a finished (done) item with this canonical URL or body hash, other than `except`. */
  findDone(by: { canonical?: string; bodyHash?: string }, except?: string): Promise<string | undefined>;
  /** Records the intent to write an item at outPath (kept across a crash). */
  planItem(url: string, source: string, outPath: string | null): Promise<void>;
  /** Final state of an item: done, duplicate or failed. */
  finishItem(url: string, update: ItemUpdate): Promise<void>;
  /** One failed attempt; becomes 'failed' (not retried) when permanent or after maxAttempts. */
  failItem(url: string, source: string, error: string, permanent: boolean, maxAttempts: number): Promise<ItemState>;

  getDocument(url: string): Promise<DocumentState | undefined>;
  saveValidators(url: string, etag: string | null, lastModified: string | null): Promise<void>;
  saveResolved(url: string, kind: string, resolved: string[], at: number): Promise<void>;
  documentSucceeded(url: string, at: number): Promise<void>;
  /** Counts a failure and returns the new state with its back-off. */
  documentFailed(url: string, error: string, at: number): Promise<DocumentState>;

  getHost(host: string): Promise<HostState | undefined>;
  hostSucceeded(host: string): Promise<void>;
  hostFailed(host: string, error: string, at: number): Promise<HostState>;

  getRobots(origin: string): Promise<RobotsEntry | undefined>;
  putRobots(entry: RobotsEntry): Promise<void>;

  stats(): Promise<StateStats>;
  /** Forgets items, documents and robots entries whose URL starts with prefix; returns rows removed. */
  forget(prefix: string): Promise<number>;
  /** Drops finished items not touched since `before` (epoch ms) and expired robots entries. */
  prune(before: number): Promise<number>;
  check(): Promise<CheckResult>;
  close(): Promise<void>;
}

/** Failures in a row before a host or source is backed off. */
export const FAILURES_BEFORE_BACKOFF = 3;
const BACKOFF_BASE_MS = 10 * 60_000;
const BACKOFF_MAX_MS = 24 * 3600_000;

/** Back-off end for a count of consecutive failures: none below the threshold, then 10 min doubling to 24 h. */
export function backoffUntil(failures: number, now: number): number | null {
  if (failures < FAILURES_BEFORE_BACKOFF) return null;
  const step = Math.min(failures - FAILURES_BEFORE_BACKOFF, 20);
  return now + Math.min(BACKOFF_BASE_MS * 2 ** step, BACKOFF_MAX_MS);
}
