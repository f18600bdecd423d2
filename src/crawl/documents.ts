/**
 * Reading a source down to its items: a feed or sitemap gives items; a home page gives
 * the feeds it announces (or, failing that, the sitemaps its robots.txt lists); a sitemap
 * index gives more sitemaps. Every document is fetched conditionally (If-None-Match /
 * If-Modified-Since from the state). A 304 means nothing new in it; for an index or a home
 * page the documents it led to last time are still visited, each with its own validators.
 * The validators of a feed are saved only once its items are all handled (see crawler.ts),
 * so a run killed halfway does not hide the rest of the items behind a 304 next time.
 * When the filters (--since …) changed since the source was last read, no validators are
 * sent, so every item is judged again under the new ones.
 * Cycles (an index listing itself or an ancestor) are cut by a visited set, and fan-out
 * and depth are capped so a hostile index cannot make a run endless.
 */
import { CopydeskError, toCopydeskError } from '../errors.js';
import { fetchResource } from '../fetch/http.js';
import { parseDocument } from '../discover/index.js';
import type { DiscoveredItem } from '../discover/types.js';
import { normaliseUrl } from '../discover/url.js';
import type { SectionState } from '../state/sections.js';
import type { DocumentState } from '../state/store.js';
import type { CrawlRequestInit, CrawlShared } from './context.js';

/** Home → index → index → sitemap is the deepest chain seen in practice. */
const MAX_DEPTH = 4;
/** Documents read for one source at most (feeds, sitemaps, pages). */
export const MAX_DOCUMENTS_PER_SOURCE = 1000;
/** Items kept from one source per run (an index of large sitemaps could list millions); the rest wait for the next run. */
export const MAX_ITEMS_PER_SOURCE = 100_000;
/** How long the feeds found on a home page are trusted before the page is read again. */
export const RESOLVE_TTL_MS = 24 * 3600_000;

const FEED_ACCEPT = 'application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, text/xml;q=0.9, application/json;q=0.8, text/html;q=0.7, */*;q=0.5';

export interface Validators {
  url: string;
  etag: string | null;
  lastModified: string | null;
}

export interface SourceItem {
  item: DiscoveredItem;
  /** Normalised URL: the key in the state. */
  key: string;
  /** The feed or sitemap that listed it. */
  document: string;
  /** Taken from the failures of an earlier run, to be tried again. */
  retry?: boolean;
  /** Found by following a site's links (src/crawl/follow.ts): the site, and the depth the story was found at. */
  followed?: { site: string; depth: number };
}

export interface SourceReading {
  items: Map<string, SourceItem>;
  /** Validators to save once the items are handled. */
  validators: Validators[];
  /** Documents fetched (200 or 304). */
  fetched: number;
  /** Documents that answered 304. */
  unchanged: number;
  /** Child documents that failed (the source itself was read). */
  failures: { url: string; error: CopydeskError }[];
  /** Items listed but already handled in an earlier run (dropped before the crawler sees them). */
  alreadySeen: number;
  /** Something was cut (caps), so the source was not read completely. */
  truncated: boolean;
  /**
   * Pages of stories a follow crawl read or left for later (follow.ts), saved with their
   * schedules once the items are handled: a run killed before then reads them again, so the
   * stories they list are not passed over.
   */
  sections: SectionState[];
}

interface Walk {
  reading: SourceReading;
  visited: Set<string>;
  /** Send the saved validators; false re-reads every document (the filters changed). */
  conditional: boolean;
}

export function emptyReading(): SourceReading {
  return { items: new Map(), validators: [], fetched: 0, unchanged: 0, failures: [], alreadySeen: 0, truncated: false, sections: [] };
}

export async function readSource(shared: CrawlShared, source: string, conditional = true): Promise<SourceReading> {
  const reading = emptyReading();
  await readDocument(shared, source, { reading, visited: new Set(), conditional }, 0, true);
  return reading;
}

async function readDocument(shared: CrawlShared, url: string, walk: Walk, depth: number, trusted: boolean): Promise<void> {
  const key = normaliseUrl(url);
  if (!key) throw new CopydeskError('INVALID_URL', `not an http(s) URL: ${url}`, { url });
  if (walk.visited.has(key)) return; // a cycle, or the same feed announced twice
  if (walk.visited.size >= MAX_DOCUMENTS_PER_SOURCE || depth > MAX_DEPTH) {
    walk.reading.truncated = true;
    return;
  }
  walk.visited.add(key);
  if (shared.isStopping()) return;
  const { store, options } = shared;
  const state = await store.getDocument(url);

  // A home page read recently: go straight to the feeds it announced.
  if (depth === 0 && state?.kind === 'html' && state.resolved?.length && state.resolvedAt && shared.now() - state.resolvedAt < RESOLVE_TTL_MS) {
    await readChildren(shared, state.resolved, walk, depth);
    return;
  }

  const rules = await shared.robots.assertAllowed(url, trusted);
  shared.politeness.setCrawlDelay(url, rules.crawlDelayMs);
  const headers: Record<string, string> = { accept: FEED_ACCEPT };
  if (walk.conditional && state?.etag) headers['if-none-match'] = state.etag;
  if (walk.conditional && state?.lastModified) headers['if-modified-since'] = state.lastModified;
  const init: CrawlRequestInit = { headers, allowNotModified: true, signal: shared.abort.signal, trusted };
  const res = await shared.politeness.run(url, () => fetchResource(url, options, init));
  walk.reading.fetched++;
  shared.counters.documents++;

  if (res.status === 304) {
    walk.reading.unchanged++;
    if (state?.resolved?.length && state.kind === 'sitemap-index') await readChildren(shared, state.resolved, walk, depth);
    return;
  }
  const validators: Validators = { url, etag: res.headers.etag ?? null, lastModified: res.headers['last-modified'] ?? null };
  const doc = parseDocument(res.body, res.contentType, res.finalUrl, options.maxBytes);
  if (doc.truncated) walk.reading.truncated = true;

  if (doc.kind === 'html') {
    // A page where a feed or sitemap is expected (one a page or an index announced, or a source
    // read as one before) is an error page or a placeholder, not a site to read: taken for a
    // home page, it led the crawl to every sitemap robots.txt lists, and sent it there, past
    // the feed, for a day.
    if (depth > 0 || wasFeed(state)) throw new CopydeskError('FEED_PARSE', `an HTML page where ${depth > 0 ? 'a feed or sitemap was announced' : 'a feed or sitemap was read before'}`, { url, retryable: true });
    let links = doc.links;
    if (!links.length) links = (await shared.robots.rulesFor(res.finalUrl, trusted)).sitemaps.filter((s) => normaliseUrl(s) !== null);
    if (!links.length) throw new CopydeskError('NO_FEED', 'no feed announced on the page and no sitemap in robots.txt', { url });
    await store.saveResolved(url, 'html', links, shared.now());
    await readChildren(shared, links, walk, depth);
    return;
  }
  if (doc.kind === 'sitemap-index') {
    await store.saveResolved(url, 'sitemap-index', doc.links, shared.now());
    walk.reading.validators.push(validators);
    await readChildren(shared, doc.links, walk, depth);
    return;
  }
  walk.reading.validators.push(validators);
  const batch = new Map<string, SourceItem>();
  for (const item of doc.items) {
    const itemKey = normaliseUrl(item.url);
    if (itemKey && !walk.reading.items.has(itemKey) && !batch.has(itemKey)) batch.set(itemKey, { item, key: itemKey, document: url });
  }
  // Items seen in earlier runs are dropped here, so the per-source cap counts only new ones
  // and a long archive is worked through run after run instead of stalling on its first page.
  const seen = await store.seen([...batch.keys()]);
  for (const [itemKey, entry] of batch) {
    if (seen.has(itemKey)) {
      walk.reading.alreadySeen++;
    } else if (walk.reading.items.size >= MAX_ITEMS_PER_SOURCE) {
      walk.reading.truncated = true;
      break;
    } else {
      walk.reading.items.set(itemKey, entry);
    }
  }
}

/** A source read before as a feed or sitemap (a page is remembered as 'html', or 'html-no-feed' by a follow crawl). */
function wasFeed(state: DocumentState | undefined): boolean {
  return state?.lastSuccess != null && !(state.kind ?? '').startsWith('html');
}

/** Child documents are discovered, hence untrusted; one failing does not fail the rest. */
async function readChildren(shared: CrawlShared, links: string[], walk: Walk, depth: number): Promise<void> {
  for (const link of links) {
    if (shared.isStopping()) return;
    try {
      await readDocument(shared, link, walk, depth + 1, false);
    } catch (err) {
      const error = toCopydeskError(err, { url: link, stage: 'discover' });
      walk.reading.failures.push({ url: link, error });
      shared.counters.documentsFailed++;
      shared.log(`${link}: ${error.code}: ${error.message}`);
      await shared.store.documentFailed(link, `${error.code}: ${error.message}`, shared.now());
    }
  }
}

