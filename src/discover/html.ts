/**
 * Feed autodiscovery on a site's page: <link rel="alternate"> elements whose type names
 * a feed format (the convention every browser and reader follows). Only the <head> links
 * matter, and cheerio reads them without running anything the page holds.
 */
import * as cheerio from 'cheerio';
import { normaliseUrl } from './url.js';

/** Link types that announce a feed. */
const FEED_TYPES = new Set([
  'application/rss+xml',
  'application/atom+xml',
  'application/rdf+xml',
  'application/feed+json',
  'application/json', // JSON Feed before it had its own type
  'text/xml',
  'application/xml',
]);

/** Feed URLs announced by the page, absolute, in page order, without duplicates. */
export function discoverFeedLinks(html: string, base: string): string[] {
  const $ = cheerio.load(html, { scriptingEnabled: false });
  const out: string[] = [];
  $('link[rel][href]').each((_, el) => {
    const rel = ($(el).attr('rel') ?? '').toLowerCase().split(/\s+/);
    const type = ($(el).attr('type') ?? '').toLowerCase().split(';')[0]?.trim() ?? '';
    const href = $(el).attr('href');
    if (!rel.includes('alternate') || !FEED_TYPES.has(type) || !href) return;
    if (type === 'application/json' && !/feed/i.test(`${href} ${$(el).attr('title') ?? ''}`)) return;
    const norm = normaliseUrl(href, base);
    if (!norm) return;
    const abs = new URL(href.trim(), base).href;
    if (!out.includes(abs)) out.push(abs);
  });
  return out;
}
