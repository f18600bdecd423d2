/**
 * The links labelled by hand for the story-link benches (bench/links.ts, bench/links-fit.ts):
 * each set's pages of ../shared/datasets/wcxb-dev read once, with their links as the follow
 * crawl reads them and each labelled URL's label. A labels file is a list of entries (the
 * page, the link's href, story or other), or an object whose "links" holds them beside a
 * header (how they were drawn, the label rule).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { pageLinks } from '../src/discover/links.js';
import type { PageLink } from '../src/discover/links.js';
import { normaliseUrl, siteHost } from '../src/discover/url.js';

interface Label {
  page: string;
  href: string;
  text?: string;
  label: 'story' | 'other';
}

/** The sets in the order they were drawn; `heldOut` says whether rules were set on them. */
export const LABEL_SETS: readonly { file: string; name: string; heldOut: boolean }[] = [
  { file: 'story-links.json', name: 'story-links.json (rules set on it)', heldOut: false },
  { file: 'story-links-dev.json', name: 'story-links-dev.json (rules set on it)', heldOut: false },
  { file: 'story-links-dev2.json', name: 'story-links-dev2.json (rules set on it, new sites)', heldOut: false },
  { file: 'story-links-dev3.json', name: 'story-links-dev3.json (rules set on it, new sites)', heldOut: false },
  { file: 'story-links-heldout.json', name: 'story-links-heldout.json (held out, misses read since)', heldOut: true },
  { file: 'story-links-heldout2.json', name: 'story-links-heldout2.json (held out; misses read since, no rule from them)', heldOut: true },
  { file: 'story-links-heldout3.json', name: 'story-links-heldout3.json (held out, new sites; misses read since, no rule from them)', heldOut: true },
  { file: 'story-links-heldout4.json', name: 'story-links-heldout4.json (held out, new sites; misses read since)', heldOut: true },
  { file: 'story-links-heldout5.json', name: 'story-links-heldout5.json (held out, new sites; misses read since, no rule from them)', heldOut: true },
  { file: 'story-links-heldout6.json', name: 'story-links-heldout6.json (held out, new sites)', heldOut: true },
  { file: 'story-links-heldout7.json', name: 'story-links-heldout7.json (held out, new sites; misses read since)', heldOut: true },
];

export interface LabelledPage {
  /** The page's address as labelled, and normalised as the crawl takes it. */
  page: string;
  base: string;
  links: PageLink[];
  /** Each labelled URL (normalised), story or not; a URL labelled on a page it is not on stays here. */
  labels: Map<string, boolean>;
  /** Same site: the crawl follows no other. */
  sameSite: (url: string) => boolean;
}

const here = dirname(fileURLToPath(import.meta.url));
export const DATASET = join(here, '..', '..', 'shared', 'datasets', 'wcxb-dev');

/** Whether the data set is here (a user's clone has no ../shared/). */
export function datasetPresent(): boolean {
  return existsSync(join(DATASET, 'ground-truth.json.gz'));
}

let pageIds: Map<string, string> | null = null;

function idOf(url: string): string | undefined {
  if (!pageIds) {
    const truth = JSON.parse(gunzipSync(readFileSync(join(DATASET, 'ground-truth.json.gz'))).toString('utf8')) as Record<string, { url: string }>;
    pageIds = new Map(Object.entries(truth).map(([id, t]) => [t.url, id]));
  }
  return pageIds.get(url);
}

/** One labels file's pages, read; `missing` counts labels on pages the data set lacks. */
export function labelledPages(file: string): { pages: LabelledPage[]; missing: number } {
  const data = JSON.parse(readFileSync(join(here, file), 'utf8')) as Label[] | { links: Label[] };
  const byPage = new Map<string, Label[]>();
  for (const l of Array.isArray(data) ? data : data.links) byPage.set(l.page, [...(byPage.get(l.page) ?? []), l]);
  const pages: LabelledPage[] = [];
  let missing = 0;
  for (const [page, list] of byPage) {
    const id = idOf(page);
    if (!id) {
      missing += list.length;
      continue;
    }
    const html = gunzipSync(readFileSync(join(DATASET, 'html', `${id}.html.gz`))).toString('utf8');
    const labels = new Map<string, boolean>();
    for (const l of list) {
      const url = normaliseUrl(l.href, page);
      if (url) labels.set(url, l.label === 'story');
      else missing++;
    }
    const host = siteHost(page);
    pages.push({ page, base: normaliseUrl(page) ?? page, links: pageLinks(html, page), labels, sameSite: (u) => siteHost(u) === host });
  }
  return { pages, missing };
}
