/**
 * Sitemaps (https://www.sitemaps.org/protocol.html): a <sitemapindex> lists further
 * sitemaps, a <urlset> lists pages. Google News sitemaps add <news:news> with the
 * headline, publication date and keywords, which become the item's feed metadata.
 * Gzipped sitemaps are recognised by their magic bytes, not their name: a `.xml.gz`
 * that is really plain XML is read as XML, and real gzip is inflated under a size cap.
 */
import { gunzipSync } from 'node:zlib';
import { CopydeskError } from '../errors.js';
import { normaliseDate } from '../extract/dates.js';
import type { DiscoveredItem, ParsedDocument } from './types.js';
import { MAX_ENTRIES_PER_DOCUMENT } from './types.js';
import { normaliseUrl } from './url.js';
import { child, children, textOf } from './xml.js';
import type { XmlNode } from './xml.js';

export function isGzip(body: Uint8Array): boolean {
  return body[0] === 0x1f && body[1] === 0x8b;
}

/** Inflates gzip bodies under maxBytes; other bodies pass through untouched. */
export function gunzipIfNeeded(body: Buffer, maxBytes: number, url: string): Buffer {
  if (!isGzip(body)) return body;
  try {
    return gunzipSync(body, { maxOutputLength: maxBytes });
  } catch (err) {
    const code = (err as { code?: string }).code;
    if (code === 'ERR_BUFFER_TOO_LARGE') throw new CopydeskError('TOO_LARGE', `gzipped document expands past ${maxBytes} bytes`, { url, cause: err });
    throw new CopydeskError('BAD_ENCODING', `cannot inflate gzipped document: ${(err as Error).message}`, { url, cause: err });
  }
}

function locOf(node: unknown, base: string): string | null {
  const loc = textOf(child(node, 'loc'));
  return loc && normaliseUrl(loc, base) ? new URL(loc, base).href : null;
}

/** Reads a parsed sitemap; null when the root is neither an index nor a urlset. */
export function readSitemap(doc: XmlNode, base: string): ParsedDocument | null {
  const index = doc.sitemapindex;
  if (index !== undefined) {
    const all = children(index, 'sitemap');
    const links: string[] = [];
    for (const s of all.slice(0, MAX_ENTRIES_PER_DOCUMENT)) {
      const loc = locOf(s, base);
      if (loc) links.push(loc);
    }
    return { kind: 'sitemap-index', title: null, items: [], links, truncated: all.length > MAX_ENTRIES_PER_DOCUMENT };
  }
  const urlset = doc.urlset;
  if (urlset !== undefined) {
    const all = children(urlset, 'url');
    const items: DiscoveredItem[] = [];
    for (const u of all.slice(0, MAX_ENTRIES_PER_DOCUMENT)) {
      const url = locOf(u, base);
      if (!url) continue;
      const news = child(u, 'news');
      const keywords = textOf(child(news, 'keywords'));
      items.push({
        url,
        title: textOf(child(news, 'title')),
        guid: null,
        publishedAt: normaliseDate(textOf(child(news, 'publication_date'))),
        updatedAt: normaliseDate(textOf(child(u, 'lastmod'))),
        author: null,
        categories: keywords ? [...new Set(keywords.split(',').map((k) => k.trim()).filter(Boolean))] : [],
      });
    }
    return { kind: 'sitemap', title: null, items, links: [], truncated: all.length > MAX_ENTRIES_PER_DOCUMENT };
  }
  return null;
}
