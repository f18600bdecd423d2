/**
 * Following a site's links to its stories, for sites with no feed (`crawl --follow`). The
 * walk starts at the source (the home page, or a section page given) and reads pages of
 * stories: each link is judged (src/discover/story-links.ts); stories become items for the
 * crawler; section, tag, author and archive pages are read in turn while within --depth
 * links of the start (the pages of one paginated listing count as one level), at most
 * --max-pages pages a run; utility pages, files and other sites are left alone.
 *
 * Every page read is remembered as a section (src/state/sections.ts) with its validators
 * and a schedule (schedule.ts), once the stories it lists are handled (a run killed before
 * then reads it again): later runs read only the sections that are due, with
 * If-None-Match / If-Modified-Since, plus the new stories they list. Pages found but left
 * by --max-pages are due at once on the next run. A story link that
 * turns out to be a page of stories becomes a section (crawler.ts, asSection).
 *
 * Feeds first: the source is read as every source is (its feeds, or the sitemaps its
 * robots.txt lists), and the walk adds the stories they missed; a page found to announce
 * no feed is not asked again for RESOLVE_TTL_MS.
 */
import { CopydeskError, toCopydeskError } from '../errors.js';
import { documentText } from '../discover/index.js';
import { pageLinks } from '../discover/links.js';
import { judgeLinks } from '../discover/story-links.js';
import type { JudgedLink, LinkKind } from '../discover/story-links.js';
import { normaliseUrl, siteHost } from '../discover/url.js';
import { fetchResource } from '../fetch/http.js';
import type { SectionKind, SectionState } from '../state/sections.js';
import type { CrawlRequestInit, CrawlShared } from './context.js';
import { emptyReading, readSource, RESOLVE_TTL_MS } from './documents.js';
import type { SourceItem, SourceReading } from './documents.js';
import type { FollowSettings } from './follow-settings.js';
import { nextReading } from './schedule.js';
import type { ReadingOutcome } from './schedule.js';

/** What a source's document is called in the state once it was found to announce no feed. */
const NO_FEED_KIND = 'html-no-feed';
const PAGE_ACCEPT = 'text/html, application/xhtml+xml;q=0.9, */*;q=0.5';
const LISTING_KINDS: ReadonlySet<LinkKind> = new Set(['section', 'tag', 'author', 'archive']);

interface Planned {
  url: string;
  kind: SectionKind;
  depth: number;
}

/** Reads a source as every crawl does, then follows its links; the stories of both in one reading. */
export async function readFollowing(shared: CrawlShared, source: string, conditional: boolean, settings: FollowSettings): Promise<SourceReading> {
  const { store } = shared;
  const doc = await store.getDocument(source);
  let reading = emptyReading();
  const knownNoFeed = doc?.kind === NO_FEED_KIND && doc.resolvedAt !== null && shared.now() - doc.resolvedAt < RESOLVE_TTL_MS;
  if (!knownNoFeed) {
    try {
      reading = await readSource(shared, source, conditional);
    } catch (err) {
      const e = toCopydeskError(err, { url: source, stage: 'discover' });
      if (e.code !== 'NO_FEED' && e.code !== 'FEED_PARSE') throw e;
      await store.saveResolved(source, NO_FEED_KIND, [], shared.now());
    }
  }
  await followLinks(shared, source, settings, reading);
  return reading;
}

/** The walk: sections due (and the start, the first time), then what they lead to. */
export async function followLinks(shared: CrawlShared, source: string, settings: FollowSettings, reading: SourceReading): Promise<void> {
  const start = normaliseUrl(source);
  if (!start) throw new CopydeskError('INVALID_URL', `not an http(s) URL: ${source}`, { url: source });
  const home = siteHost(start);
  const hosts = settings.hosts.map((h) => h.toLowerCase().replace(/^www\./, ''));
  const allowed = (url: string): boolean => {
    const h = siteHost(url);
    return h === home || hosts.some((a) => h === a || h.endsWith(`.${a}`));
  };
  const known = new Map((await shared.store.sections.forSite(source)).map((s) => [s.url, s]));
  const queue: Planned[] = [];
  if (!known.has(start)) queue.push({ url: start, kind: 'start', depth: 0 });
  for (const s of known.values()) if (s.nextAt <= shared.now()) queue.push({ url: s.url, kind: s.kind, depth: s.depth });
  const planned = new Set(queue.map((p) => p.url));
  let pages = 0;
  while (queue.length && !shared.isStopping()) {
    const next = queue.shift() as Planned;
    if (pages >= settings.maxPages) {
      reading.truncated = true;
      shared.log(`${source}: --max-pages ${settings.maxPages} reached; ${queue.length + 1} pages of stories wait for the next run`);
      // Pages found and not read are due at once on the next run (those known already keep their schedule).
      const now = shared.now();
      for (const page of [next, ...queue]) {
        if (known.has(page.url)) continue;
        const interval = nextReading(undefined, page.kind, 'new', now);
        reading.sections.push({ url: page.url, site: source, kind: page.kind, depth: page.depth, etag: null, lastModified: null, intervalMs: interval.intervalMs, nextAt: now, lastChecked: null, lastNewAt: null });
      }
      break;
    }
    pages++;
    let links: JudgedLink[];
    try {
      links = await readSection(shared, source, next, known.get(next.url), allowed, reading);
    } catch (err) {
      const error = toCopydeskError(err, { url: next.url, stage: 'discover' });
      if (next.url === start && !known.size && !reading.items.size) throw error;
      reading.failures.push({ url: next.url, error });
      shared.counters.documentsFailed++;
      shared.log(`${next.url}: ${error.code}: ${error.message}`);
      continue;
    }
    for (const link of links) {
      if (!LISTING_KINDS.has(link.kind) || planned.has(link.url) || known.has(link.url)) continue;
      // The pages of one listing (page 2, 3 …) are one level; anything else is a link further.
      const depth = link.kind === 'archive' ? Math.max(1, next.depth) : next.depth + 1;
      if (depth > settings.depth) continue;
      planned.add(link.url);
      queue.push({ url: link.url, kind: link.kind as SectionKind, depth });
    }
  }
}

/** Reads one page of stories (conditionally when read before), adds its new stories, saves its schedule; returns its links. */
async function readSection(shared: CrawlShared, site: string, page: Planned, prev: SectionState | undefined, allowed: (url: string) => boolean, reading: SourceReading): Promise<JudgedLink[]> {
  const trusted = page.kind === 'start';
  const rules = await shared.robots.assertAllowed(page.url, trusted);
  shared.politeness.setCrawlDelay(page.url, rules.crawlDelayMs);
  const headers: Record<string, string> = { accept: PAGE_ACCEPT };
  if (prev?.etag) headers['if-none-match'] = prev.etag;
  if (prev?.lastModified) headers['if-modified-since'] = prev.lastModified;
  const init: CrawlRequestInit = { headers, allowNotModified: true, signal: shared.abort.signal, trusted };
  const res = await shared.politeness.run(page.url, () => fetchResource(page.url, shared.options, init));
  reading.fetched++;
  shared.counters.documents++;
  const now = shared.now();
  // Saved by the crawler once the stories found here are handled (SourceReading.sections).
  const save = (outcome: ReadingOutcome, etag: string | null, lastModified: string | null): void => {
    // A page left for later (never read) has no schedule to learn from yet.
    const when = nextReading(prev?.lastChecked == null ? undefined : prev, page.kind, outcome, now);
    reading.sections.push({
      url: page.url, site, kind: page.kind, depth: page.depth, etag, lastModified, ...when, lastChecked: now, lastNewAt: outcome === 'new' ? now : (prev?.lastNewAt ?? null),
    });
  };
  if (res.status === 304) {
    reading.unchanged++;
    save('unchanged', prev?.etag ?? null, prev?.lastModified ?? null);
    return [];
  }
  if (res.contentType && !/html/i.test(res.contentType)) return [];
  const html = documentText(res.body, res.contentType);
  const base = normaliseUrl(res.finalUrl) ?? page.url;
  const links = judgeLinks(pageLinks(html, res.finalUrl), base, allowed);
  const fresh = new Map<string, SourceItem>();
  for (const link of links) {
    if (link.kind !== 'story' || reading.items.has(link.url)) continue;
    const known = fresh.get(link.url);
    // The longest text a story is linked with is its headline (an image's link has none).
    if (known && (known.item.title ?? '').length >= link.text.length) continue;
    fresh.set(link.url, {
      key: link.url,
      document: page.url,
      followed: { site, depth: page.depth + 1 },
      item: { url: link.url, title: link.text || null, guid: null, publishedAt: null, updatedAt: null, author: null, categories: [] },
    });
  }
  const seen = await shared.store.seen([...fresh.keys()]);
  let added = 0;
  for (const [key, entry] of fresh) {
    if (seen.has(key)) reading.alreadySeen++;
    else {
      reading.items.set(key, entry);
      added++;
    }
  }
  save(added > 0 ? 'new' : 'nothing-new', res.headers.etag ?? null, res.headers['last-modified'] ?? null);
  return links;
}
