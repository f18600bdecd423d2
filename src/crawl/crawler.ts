/**
 * The crawl: sources → items → filter → polite fetch → extract → write → mark done.
 *
 * Nothing lost, nothing doubled:
 *  - an item is marked done only after its record is fully written (the stdout write
 *    has been handed to the OS, the --out file renamed into place);
 *  - before an --out file is written, its path is recorded in the state, so a run killed
 *    between the rename and the mark writes the same file again rather than a second one;
 *  - a feed's ETag/Last-Modified are saved only when all its items were handled, so a
 *    killed run's leftovers are not hidden behind a 304 next time;
 *  - duplicate checks and writes happen one at a time (a queue), so two URLs carrying the
 *    same story in one run cannot both be written.
 *  - an item that is not written is remembered with its reason (src/state/failures.ts) and
 *    tried again when the reason may have gone (failure-policy.ts), from the state, so a
 *    feed answering 304 does not hide it; a change of filters re-reads the source.
 * SIGINT/SIGTERM (stop()) let the records in hand finish; a second stop aborts requests.
 */
import { setMaxListeners } from 'node:events';
import pLimit from 'p-limit';
import { hostOf } from '../batch.js';
import type { Options } from '../config.js';
import { CopydeskError, toCopydeskError } from '../errors.js';
import { normaliseUrl } from '../discover/url.js';
import { fetchResource } from '../fetch/http.js';
import type { FetchResult } from '../fetch/http.js';
import { fetchPage } from '../fetch/page.js';
import { Politeness } from '../fetch/politeness.js';
import type { PolitenessOptions } from '../fetch/politeness.js';
import { RobotsCache, ROBOTS_MAX_BYTES } from '../fetch/robots.js';
import { errorRecord, extractHere } from '../pipeline.js';
import type { Extractor } from '../extractor.js';
import { bodyHash, recordId, storyHash } from '../record/id.js';
import type { ArticleRecord, CopydeskRecord, FeedInfo } from '../record/types.js';
import type { FailureEntry } from '../state/failures.js';
import { DEFAULT_LEASE_MS } from '../state/store.js';
import type { HostState, LeaseKind, StateStore } from '../state/store.js';
import type { CrawlRequestInit, CrawlShared } from './context.js';
import { readSource } from './documents.js';
import { readFollowing } from './follow.js';
import type { FollowSettings } from './follow-settings.js';
import { nextReading } from './schedule.js';
import type { SourceItem, SourceReading } from './documents.js';
import { InHand } from './in-hand.js';
import { recordPath } from '../record/paths.js';
import type { OutDir } from '../record/outdir.js';
import { DEFAULT_MAX_ATTEMPTS, isTransient, judge, nextAttemptAt, runSettings, settingsFor } from './failure-policy.js';
import type { RunSettings } from './failure-policy.js';
import { emptyCounters, MAX_LISTED_FAILURES } from './summary.js';
import type { CrawlCounters, FailedItem, FailedSource } from './summary.js';
import { dateMs } from './time.js';

export interface CrawlConfig {
  options: Options;
  politeness: PolitenessOptions;
  store: StateStore;
  /** Files under --out, or null. */
  out: OutDir | null;
  /** Where every record goes as it is produced (stdout, error notes); resolves once written. */
  emit: (record: CopydeskRecord) => Promise<void>;
  /** Where fetched pages are extracted (default: this thread). */
  extract?: Extractor;
  /** Sees each page's response as received, before extraction (crawl --warc). */
  onResponse?: (res: FetchResult) => void;
  /** Only items published at or after this time (epoch ms). */
  since?: number | null;
  /** At most this many new items per source per run. */
  maxPerSource?: number | null;
  /** Attempts (one per run) before an item that keeps failing with transient errors is given up. Default 5. */
  maxAttempts?: number;
  /**
   * The filters items were judged with (--since …), as a fingerprint: when a source was
   * last read under others, it is read again without a conditional request.
   */
  filters?: string;
  /** With a shared state (store.coordination): how long a claim on a source or an item lasts, renewed while it is worked on. */
  leaseMs?: number;
  /** Which languages to write (--lang); an article in another is remembered as seen and counted, not written. */
  keepLang?: ((lang: string | null) => boolean) | null;
  /** Also render each article as safe HTML (record field html, --html). */
  html?: boolean;
  /** Keep each record in the state with its item's "done" (--store; a PostgreSQL state). */
  storeRecords?: boolean;
  /** Follow each source's links to its stories (--follow): src/crawl/follow.ts. */
  follow?: FollowSettings | null;
  now?: () => number;
  log?: (message: string) => void;
}

type Outcome = 'written' | 'duplicate' | 'section' | 'skipped' | 'failed' | 'deferred' | 'stopped';

/** An item being worked on: whether its lease is this worker's, and how to give back its place in hand. */
interface Hand {
  claimed: boolean;
  give: () => void;
}

/** Thrown inside a queued request when a stop was asked for before it started. */
const STOPPED = Symbol('stopped');
/** Thrown inside the host's turn when the item turned out to be another worker's. */
const NOT_OURS = Symbol('not ours');
/** Sources read at once; their requests still go through the politeness limits. */
const SOURCE_CONCURRENCY = 64;

/** A canonical URL worth trusting: some sites point every page's canonical at the home page. */
function usableCanonical(raw: string | null): string | null {
  const norm = raw ? normaliseUrl(raw) : null;
  if (!norm) return null;
  return new URL(norm).pathname === '/' ? null : norm;
}

function isHostFailure(e: CopydeskError): boolean {
  if (e.stage !== 'fetch') return false;
  if (e.code === 'HTTP_STATUS') return (e.status ?? 0) >= 500 || e.status === 429;
  return e.code === 'CONNECTION' || e.code === 'FETCH_TIMEOUT' || e.code === 'DNS' || e.code === 'TLS';
}

export class Crawler {
  readonly counters: CrawlCounters = emptyCounters();
  /** What failed in this run, for --summary-json (the first MAX_LISTED_FAILURES of each). */
  readonly failedSources: FailedSource[] = [];
  readonly failedItems: FailedItem[] = [];
  /** The error that stopped the run (disk full, damaged state), if any. */
  fatal: CopydeskError | null = null;
  interrupted = false;
  private stopping = false;
  private readonly abort = new AbortController();
  private readonly shared: CrawlShared;
  private readonly writeQueue = pLimit(1);
  private readonly claimed = new Set<string>();
  private readonly inHand: InHand;
  private readonly hostsInHand = new Map<string, InHand>();
  private readonly hostStates = new Map<string, Promise<HostState | undefined>>();
  private readonly now: () => number;
  private readonly settings: RunSettings;

  constructor(private readonly config: CrawlConfig) {
    this.now = config.now ?? Date.now;
    this.settings = runSettings(config.options);
    // As many pages in hand as are fetched at once (and one per host): a worker killed loses no more than that.
    this.inHand = new InHand(config.politeness.concurrency);
    // Every request in flight listens to the run's signal (and stops listening when done):
    // more than ten at once is the normal case here, not a leak to warn about on stderr.
    setMaxListeners(0, this.abort.signal);
    const coordination = config.store.coordination;
    // With a shared state, a host's turn is shared with every worker; a turn its worker never ended (killed) is over
    // after the longest request or the lease, whichever is shorter, so a dead worker does not hold a host for long.
    const holdMs = Math.min(config.options.totalTimeout, config.leaseMs ?? DEFAULT_LEASE_MS);
    const shared = coordination ? { takeTurn: coordination.takeTurn.bind(coordination), endTurn: coordination.endTurn.bind(coordination), holdMs } : undefined;
    const politeness = new Politeness({ maxPauseMs: config.options.retryMaxDelay, ...config.politeness, ...(shared ? { shared } : {}), signal: this.abort.signal });
    const robotsOptions: Options = { ...config.options, maxBytes: ROBOTS_MAX_BYTES, retries: Math.min(config.options.retries, 1) };
    const robots = new RobotsCache(
      (url, trusted) => {
        // robots.txt is fetched under the same trust as the URL that needs it.
        // An over-long robots.txt is read to its first 500 KiB (RFC 9309), not refused.
        const init: CrawlRequestInit = { signal: this.abort.signal, headers: { accept: 'text/plain, */*;q=0.5' }, trusted, truncate: true };
        return politeness.run(url, () => fetchResource(url, robotsOptions, init));
      },
      config.store,
      { userAgent: config.options.userAgent, now: this.now },
    );
    this.shared = {
      options: config.options,
      store: config.store,
      politeness,
      robots,
      counters: this.counters,
      abort: this.abort,
      isStopping: () => this.stopping,
      now: this.now,
      log: config.log ?? (() => undefined),
    };
  }

  /** First call: finish the records in hand and stop. Second call: abort requests too. */
  stop(): void {
    if (this.stopping) this.abort.abort(new CopydeskError('FETCH_TIMEOUT', 'interrupted'));
    this.stopping = true;
    this.interrupted = true;
  }

  private failHard(err: CopydeskError): void {
    if (!this.fatal) this.fatal = err;
    this.stopping = true;
  }

  async run(sources: string[]): Promise<void> {
    this.counters.sources = sources.length;
    const limit = pLimit(SOURCE_CONCURRENCY);
    const coordination = this.config.store.coordination;
    const leaseMs = this.leaseMs;
    // Leases are renewed well before they run out, for as long as this worker is alive.
    const renewal = coordination ? setInterval(() => void coordination.renew(leaseMs).catch(() => undefined), Math.max(100, leaseMs / 3)) : null;
    renewal?.unref();
    try {
      await Promise.all(sources.map((s) => limit(() => this.crawlSource(s))));
    } finally {
      if (renewal) clearInterval(renewal);
    }
  }

  private get leaseMs(): number {
    return this.config.leaseMs ?? DEFAULT_LEASE_MS;
  }

  /** With a shared state: claims a source or an item for this worker (always true without one). */
  private async claim(kind: LeaseKind, key: string): Promise<boolean> {
    const coordination = this.config.store.coordination;
    return coordination ? coordination.claim(kind, key, this.leaseMs) : true;
  }

  private async crawlSource(source: string): Promise<void> {
    if (this.stopping) return;
    const { store } = this.config;
    let claimed = false;
    try {
      claimed = await this.claim('source', source);
      if (!claimed) {
        // Another worker is reading it now (its lease is running): not this worker's to read.
        this.counters.sourcesDeferred++;
        this.shared.log(`${source}: another worker is reading it`);
        return;
      }
      await this.readClaimedSource(source);
    } catch (err) {
      // The store itself failed (damaged, disk full, unreachable): nothing more can be done safely.
      this.failHard(toCopydeskError(err, { stage: 'state' }));
    } finally {
      if (claimed) await store.coordination?.release('source', source).catch(() => undefined);
    }
  }

  private async readClaimedSource(source: string): Promise<void> {
    const { store } = this.config;
    const state = await store.getDocument(source);
    if (state?.backoffUntil && state.backoffUntil > this.now()) {
      this.counters.sourcesDeferred++;
      this.shared.log(`${source}: backed off until ${new Date(state.backoffUntil).toISOString()} after ${state.failures} failures in a row`);
      return;
    }
    const filters = this.config.filters ?? '';
    const conditional = (await store.failures.filterFingerprint(source)) === filters;
    let reading: SourceReading;
    try {
      const follow = this.config.follow;
      reading = follow ? await readFollowing(this.shared, source, conditional, follow) : await readSource(this.shared, source, conditional);
    } catch (err) {
      const e = toCopydeskError(err, { url: source, stage: 'discover' });
      if (this.abort.signal.aborted) return;
      this.counters.sourcesFailed++;
      this.noteSource(source, source, e);
      const after = await store.documentFailed(source, `${e.code}: ${e.message}`, this.now());
      const backoff = after.backoffUntil ? ` (backed off until ${new Date(after.backoffUntil).toISOString()})` : '';
      this.shared.log(`${source}: ${e.code}: ${e.message}${backoff}`);
      return;
    }
    for (const f of reading.failures) this.noteSource(source, f.url, f.error);
    const complete = await this.handleItems(source, reading);
    if (reading.failures.length) this.counters.sourcesFailed++;
    else this.counters.sourcesRead++;
    if (reading.fetched > 0 && reading.unchanged === reading.fetched && reading.items.size === 0) this.counters.sourcesUnchanged++;
    if (this.stopping && !complete) return;
    await store.documentSucceeded(source, this.now());
    // A follow crawl's pages of stories: when not every story they list was handled (a cap,
    // a stop), they stay due, to be read again.
    if (complete) for (const section of reading.sections) await store.sections.put(section);
    if (complete && !reading.truncated) {
      for (const v of reading.validators) await store.saveValidators(v.url, v.etag, v.lastModified);
      if (!conditional) await store.failures.saveFilterFingerprint(source, filters, this.now());
    }
  }

  private noteSource(source: string, url: string, e: CopydeskError): void {
    if (this.failedSources.length < MAX_LISTED_FAILURES) this.failedSources.push({ source, url, code: e.code, message: e.message, ...(e.status ? { status: e.status } : {}) });
  }

  /** Failures of earlier runs whose reason may have gone: as items to try again. */
  private async dueRetries(failures: FailureEntry[]): Promise<SourceItem[]> {
    const due: SourceItem[] = [];
    for (const f of failures) {
      let verdict = judge(f, this.settings, this.now());
      if (verdict === 'robots') verdict = (await this.robotsNowAllow(f.url)) ? 'due' : 'kept';
      if (verdict === 'waiting') this.counters.waiting++;
      if (verdict !== 'due' || this.claimed.has(f.url)) continue;
      this.counters.retried++;
      due.push({ ...storedItem(f), retry: true });
    }
    return due;
  }

  private async robotsNowAllow(url: string): Promise<boolean> {
    const rules = await this.shared.robots.rulesFor(url, false);
    return rules.unavailable === null && rules.allowed(url);
  }

  /** Filters and processes a source's items; true when every item was handled for good. */
  private async handleItems(source: string, reading: SourceReading): Promise<boolean> {
    const { store } = this.config;
    const since = this.config.since ?? null;
    // Items that failed before are judged by their failure (failure-policy.ts), not as new ones:
    // those recorded under this source, and those this source lists that failed under another.
    const failures = await store.failures.forSource(source);
    const mine = new Set(failures.map((f) => f.url));
    failures.push(...(await store.failures.forUrls([...reading.items.keys()].filter((k) => !mine.has(k)))));
    const failedBefore = new Set(failures.map((f) => f.url));
    const entries = [...reading.items.values()].filter((e) => !failedBefore.has(e.key));
    this.counters.found += entries.length + reading.alreadySeen;
    this.counters.seen += reading.alreadySeen;
    let complete = true;
    const recent: SourceItem[] = [];
    for (const entry of entries) {
      const when = dateMs(entry.item.publishedAt) ?? dateMs(entry.item.updatedAt);
      // Items without any date are kept: there is no telling how old they are.
      if (since !== null && when !== null && when < since) this.counters.filtered++;
      else recent.push(entry);
    }
    const seen = await store.seen(recent.map((e) => e.key));
    const fresh: SourceItem[] = [];
    for (const entry of recent) {
      if (seen.has(entry.key) || this.claimed.has(entry.key)) this.counters.seen++;
      else fresh.push(entry);
    }
    // Newest first, so --max-per-source keeps the latest stories (undated ones last, in feed order).
    const when = new Map(fresh.map((e) => [e, dateMs(e.item.publishedAt ?? e.item.updatedAt) ?? -Infinity]));
    fresh.sort((a, b) => {
      const d = (when.get(b) ?? -Infinity) - (when.get(a) ?? -Infinity);
      return Number.isNaN(d) ? 0 : d;
    });
    const max = this.config.maxPerSource ?? null;
    if (max !== null && fresh.length > max) {
      this.counters.filtered += fresh.length - max;
      fresh.length = max;
      complete = false;
    }
    fresh.push(...(await this.dueRetries(failures)));
    for (const e of fresh) this.claimed.add(e.key);
    // As many workers as the global limit (a feed may link to many hosts); the politeness
    // gates decide the real pace, and items wait in feed order for their host's turn.
    let next = 0;
    const workers = Math.max(1, Math.min(fresh.length, this.config.politeness.concurrency));
    await Promise.all(
      Array.from({ length: workers }, async () => {
        while (next < fresh.length) {
          const entry = fresh[next++] as SourceItem;
          const outcome = await this.processItem(source, entry);
          if (outcome === 'deferred' || outcome === 'stopped') complete = false;
        }
      }),
    );
    return complete;
  }

  private hostState(host: string): Promise<HostState | undefined> {
    let p = this.hostStates.get(host);
    if (!p) {
      p = this.config.store.getHost(host);
      this.hostStates.set(host, p);
    }
    return p;
  }

  private async processItem(source: string, entry: SourceItem): Promise<Outcome> {
    if (this.stopping) return 'stopped';
    // Without a shared state there is nothing to claim: the item is this run's.
    const hand: Hand = { claimed: !this.config.store.coordination, give: () => undefined };
    try {
      const outcome = await this.workItem(source, entry, hand);
      // Finishing or failing the item ended its lease; one left unfinished is let go for others.
      if (hand.claimed && (outcome === 'stopped' || outcome === 'deferred')) await this.config.store.coordination?.release('item', entry.key).catch(() => undefined);
      return outcome;
    } finally {
      hand.give();
    }
  }

  /**
   * With a shared state: a place among the pages in hand, then the item's lease, taken just
   * before its page is fetched (or its failure recorded). False when another worker holds
   * it or it is done meanwhile.
   */
  private async takeItem(url: string, hand: Hand): Promise<boolean> {
    const coordination = this.config.store.coordination;
    if (hand.claimed || !coordination) return true;
    // One page in hand per host (as many as requests to it at once), and no more than --concurrency in all.
    const host = hostOf(url);
    let perHost = this.hostsInHand.get(host);
    if (!perHost) {
      perHost = new InHand(this.config.politeness.perHost);
      this.hostsInHand.set(host, perHost);
    }
    const giveHost = await perHost.take();
    const giveAll = await this.inHand.take();
    hand.give = () => {
      giveAll();
      giveHost();
    };
    try {
      hand.claimed = await coordination.claim('item', url, this.leaseMs);
    } catch (err) {
      this.failHard(toCopydeskError(err, { stage: 'state' }));
      throw STOPPED;
    }
    if (!hand.claimed) hand.give();
    return hand.claimed;
  }

  private async workItem(source: string, entry: SourceItem, hand: Hand): Promise<Outcome> {
    const url = entry.key;
    const host = hostOf(url);
    const hs = await this.hostState(host);
    if (hs?.backoffUntil && hs.backoffUntil > this.now()) {
      this.counters.deferred++;
      return 'deferred';
    }
    const fetchedAt = new Date(this.now());
    let record: ArticleRecord;
    try {
      const rules = await this.shared.robots.assertAllowed(url);
      this.shared.politeness.setCrawlDelay(url, rules.crawlDelayMs);
      // Discovered URLs are not trusted: private addresses are refused unless allowed.
      const init: CrawlRequestInit = { signal: this.abort.signal, trusted: false };
      const page = await this.shared.politeness.run(url, async () => {
        if (this.stopping) throw STOPPED;
        if (!(await this.takeItem(url, hand))) throw NOT_OURS;
        return fetchPage(url, this.config.options, init, this.config.onResponse);
      });
      this.counters.fetched++;
      if (hs?.failures) {
        await this.config.store.hostSucceeded(host);
        this.hostStates.set(host, Promise.resolve(undefined));
      }
      const extract = this.config.extract ?? extractHere;
      // An abort (a second SIGINT/SIGTERM) ends an extraction on the pool at once.
      record = await extract(page.html, { url, finalUrl: page.finalUrl, fetchedAt, html: this.config.html ?? false }, this.config.options, this.abort.signal);
      record.feed = feedInfo(entry);
    } catch (err) {
      if (err === STOPPED || this.abort.signal.aborted) return 'stopped';
      if (err === NOT_OURS || !(await this.takeItem(url, hand).catch(() => false))) {
        // Done meanwhile, or another worker holds it (another source lists it, or a lease not yet expired).
        this.counters.seen++;
        return this.fatal ? 'stopped' : 'deferred';
      }
      const e = toCopydeskError(err, { url });
      if (entry.followed && e.code === 'NOT_AN_ARTICLE') return this.writeQueue(() => this.asSection(source, entry));
      return this.writeQueue(() => this.recordFailure(source, entry, e, fetchedAt));
    }
    return this.writeQueue(() => this.commit(source, entry, record));
  }

  /** A followed story link that led to a page of stories: no record, a section read from the next run on. */
  private async asSection(source: string, entry: SourceItem): Promise<Outcome> {
    if (this.fatal || !entry.followed) return 'stopped';
    const { store } = this.config;
    try {
      const now = this.now();
      const { site, depth } = entry.followed;
      const kind = 'section';
      await store.sections.put({ url: entry.key, site, kind, depth, etag: null, lastModified: null, ...nextReading(undefined, kind, 'new', now), nextAt: now, lastChecked: null, lastNewAt: null });
      await store.finishItem(entry.key, { status: 'failed', source, error: 'NOT_AN_ARTICLE: a page of stories, read as a section' });
      if (entry.retry) await store.failures.clear(entry.key);
      this.counters.sections++;
      this.shared.log(`${entry.key}: a page of stories, not a story: read as a section from the next run on`);
      return 'section';
    } catch (err) {
      this.failHard(toCopydeskError(err, { stage: 'state' }));
      return 'stopped';
    }
  }

  private async recordFailure(source: string, entry: SourceItem, e: CopydeskError, fetchedAt: Date): Promise<Outcome> {
    if (this.fatal) return 'stopped';
    const url = entry.key;
    const { store, options } = this.config;
    try {
      if (isHostFailure(e)) {
        const host = hostOf(url);
        const after = await store.hostFailed(host, `${e.code}: ${e.message}`, this.now());
        this.hostStates.set(host, Promise.resolve(after));
      }
      if (e.retryAfter !== undefined) {
        const ms = e.retryAfter * 1000;
        // Short pauses were applied by the politeness gate before the host's slot was freed.
        if (ms > options.retryMaxDelay) {
          // Asked to stay away for longer than a run should wait: back the host off instead.
          const host = hostOf(url);
          const after = await store.hostFailed(host, `Retry-After ${e.retryAfter} s`, this.now());
          const until = Math.max(after.backoffUntil ?? 0, this.now() + ms);
          this.hostStates.set(host, Promise.resolve({ ...after, backoffUntil: until }));
        }
      }
      const now = this.now();
      const prev = await store.failures.get(url);
      const transient = isTransient(e);
      const attempts = (prev?.attempts ?? 0) + 1;
      const givenUp = transient && attempts >= (this.config.maxAttempts ?? DEFAULT_MAX_ATTEMPTS);
      const failure: FailureEntry = {
        url,
        source,
        code: e.code,
        message: e.message,
        status: e.status ?? null,
        transient,
        attempts,
        nextAttemptAt: transient && !givenUp ? nextAttemptAt(attempts, now, e.retryAfter) : null,
        givenUp,
        settings: settingsFor(e.code, this.settings),
        item: { item: entry.item, key: entry.key, document: entry.document },
        forced: false,
        firstFailedAt: prev?.firstFailedAt ?? now,
        updatedAt: now,
      };
      await this.config.emit(errorRecord(url, e, fetchedAt));
      // The reason first: a run killed between the two writes still knows why.
      await store.failures.put(failure);
      await store.failItem(url, source, `${e.code}: ${e.message}`, !transient || givenUp, Number.MAX_SAFE_INTEGER);
      this.counters.failed++;
      if (givenUp) {
        this.counters.givenUp++;
        this.shared.log(`${url}: given up after ${attempts} attempts (${e.code}: ${e.message}); "copydesk state retry ${url}" tries it again`);
      }
      if (this.failedItems.length < MAX_LISTED_FAILURES) {
        const next = failure.nextAttemptAt === null ? null : new Date(failure.nextAttemptAt).toISOString();
        this.failedItems.push({ url, source, code: e.code, message: e.message, ...(e.status ? { status: e.status } : {}), attempts, givenUp, nextAttemptAt: next });
      }
      return 'failed';
    } catch (err) {
      this.failHard(toCopydeskError(err, { stage: 'output' }));
      return 'stopped';
    }
  }

  /** Duplicate checks, write, mark done: one item at a time. */
  private async commit(source: string, entry: SourceItem, record: ArticleRecord): Promise<Outcome> {
    if (this.fatal) return 'stopped';
    const url = entry.key;
    const { store, out } = this.config;
    try {
      const canonical = usableCanonical(record.canonicalUrl);
      const final = normaliseUrl(record.finalUrl);
      const hash = bodyHash(record.body);
      record.id = recordId(canonical ?? final ?? url, hash);
      // The state keeps the story's hash (headline and body); states written before it kept the
      // body's alone, which a page with no headline still matches.
      const story = storyHash(record.title, record.body);
      const dupOf =
        (canonical ? await store.findDone({ canonical }, url) : undefined) ??
        (final && final !== url ? await store.findDone({ canonical: final }, url) : undefined) ??
        (await store.findDone({ bodyHash: story }, url)) ??
        (story !== hash ? await store.findDone({ bodyHash: hash }, url) : undefined);
      if (dupOf) {
        // A run killed after writing this copy but before marking it left a file: the story is
        // already on disk under the other URL, so this one goes, keeping --out to one copy.
        const planned = out ? (await store.getItem(url))?.outPath : null;
        if (out && planned) await out.remove(planned);
        await store.finishItem(url, { status: 'duplicate', source, canonical, bodyHash: story, error: `same story as ${dupOf}` });
        if (entry.retry) await store.failures.clear(url);
        this.counters.duplicates++;
        return 'duplicate';
      }
      const keepLang = this.config.keepLang;
      if (keepLang && !keepLang(record.lang)) {
        // Not a failure: seen, with why it was not written, and neither its address nor its body stands for a written story.
        await store.finishItem(url, { status: 'done', source, error: `language ${record.lang ?? 'unknown'} left out by --lang` });
        if (entry.retry) await store.failures.clear(url);
        this.counters.otherLang++;
        return 'skipped';
      }
      let outPath: string | null = null;
      if (out) {
        const known = await store.getItem(url);
        outPath = known?.outPath ?? recordPath(url, url, record.title, [record.publishedAt, entry.item.publishedAt, entry.item.updatedAt], new Date(record.fetchedAt));
        await store.planItem(url, source, outPath);
        await out.write(outPath, `${JSON.stringify(record, null, 2)}\n`);
      }
      await this.config.emit(record);
      await store.finishItem(url, { status: 'done', source, canonical, bodyHash: story, outPath, ...(this.config.storeRecords ? { record } : {}) });
      if (entry.retry) await store.failures.clear(url);
      this.counters.written++;
      return 'written';
    } catch (err) {
      const e = toCopydeskError(err, { url, stage: 'output' });
      this.shared.log(`${url}: ${e.code}: ${e.message}; stopping, the article stays to be written next run`);
      this.failHard(e);
      return 'stopped';
    }
  }
}

/** The feed entry saved with a failure; a bare one for failures recorded before entries were kept. */
function storedItem(f: FailureEntry): SourceItem {
  const saved = f.item as Partial<SourceItem> | null;
  if (saved && typeof saved === 'object' && saved.key === f.url && saved.item && typeof saved.document === 'string') return { item: saved.item, key: f.url, document: saved.document };
  return { key: f.url, document: f.source, item: { url: f.url, title: null, guid: null, publishedAt: null, updatedAt: null, author: null, categories: [] } };
}

function feedInfo(entry: SourceItem): FeedInfo {
  const i = entry.item;
  return { source: entry.document, title: i.title, guid: i.guid, publishedAt: i.publishedAt, updatedAt: i.updatedAt, author: i.author, categories: i.categories };
}
