/**
 * Draws a sample of links to label for bench:links, by a fixed seed and before anything
 * judges them: pages of the given types of ../shared/datasets/wcxb-dev not already in a
 * labels file, in an order the seed shuffles, and from each page up to --per-page of its
 * same-site links (distinct URLs, the page itself left out), also drawn by the seed. Prints
 * the entries with an empty label, to be filled in by hand. With --new-sites, pages of a site
 * that any excluded labels file already holds are left out too (a sample of sites no rule
 * has seen).
 *   npx tsx bench/sample-links.ts --seed 20260311 --types listing,collection --per-page 3 [--pages N] [--exclude a.json,b.json] [--new-sites]
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { pageLinks } from '../src/discover/links.js';
import { normaliseUrl, siteHost } from '../src/discover/url.js';

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? (process.argv[i + 1] ?? fallback) : fallback;
}

/** mulberry32: a small seeded generator, so a sample can be drawn again. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffle<T>(list: T[], next: () => number): T[] {
  const out = [...list];
  for (let i = out.length - 1; i > 0; i--) {
    const k = Math.floor(next() * (i + 1));
    [out[i], out[k]] = [out[k] as T, out[i] as T];
  }
  return out;
}

const here = dirname(fileURLToPath(import.meta.url));
const dataset = join(here, '..', '..', 'shared', 'datasets', 'wcxb-dev');
const truth = JSON.parse(gunzipSync(readFileSync(join(dataset, 'ground-truth.json.gz'))).toString('utf8')) as Record<string, { url: string; page_type: string }>;
const next = random(Number(arg('seed', '1')));
const types = new Set(arg('types', 'listing,collection').split(','));
const perPage = Number(arg('per-page', '3'));
const maxPages = Number(arg('pages', '100000'));
const newSites = process.argv.includes('--new-sites');
const used = new Set<string>();
const usedSites = new Set<string>();
for (const file of arg('exclude', 'story-links.json,story-links-heldout.json').split(',').filter(Boolean)) {
  const data = JSON.parse(readFileSync(join(here, file), 'utf8')) as { page: string }[] | { links: { page: string }[] };
  for (const l of Array.isArray(data) ? data : data.links) {
    used.add(l.page);
    usedSites.add(siteHost(l.page));
  }
}

const fresh = (url: string): boolean => URL.canParse(url) && !used.has(url) && !(newSites && usedSites.has(siteHost(url)));
const pages = shuffle(Object.entries(truth).filter(([, t]) => types.has(t.page_type) && fresh(t.url)).sort(([a], [b]) => a.localeCompare(b)), next).slice(0, maxPages);
const out: { page: string; href: string; text: string; label: string }[] = [];
for (const [id, t] of pages) {
  const html = gunzipSync(readFileSync(join(dataset, 'html', `${id}.html.gz`))).toString('utf8');
  const self = normaliseUrl(t.url) ?? t.url;
  const host = siteHost(t.url);
  const first = new Map<string, { href: string; text: string }>();
  for (const l of pageLinks(html, t.url)) {
    if (l.url === self || siteHost(l.url) !== host || first.has(l.url)) continue;
    first.set(l.url, { href: l.href, text: l.text });
  }
  for (const url of shuffle([...first.keys()].sort(), next).slice(0, perPage)) {
    const l = first.get(url) as { href: string; text: string };
    out.push({ page: t.url, href: url, text: l.text.slice(0, 120), label: '' });
  }
}
process.stdout.write(`[\n${out.map((e) => JSON.stringify(e)).join(',\n')}\n]\n`);
