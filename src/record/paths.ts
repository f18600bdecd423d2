/**
 * File names from URLs, safe whatever the URL holds: `../`, NUL, slashes, Windows
 * reserved names (CON, NUL, COM1 …), trailing dots and spaces, odd Unicode, and lengths
 * past what file systems take. Every part is reduced to [a-z0-9._-], so nothing a page
 * controls can point outside the output directory.
 */
import { createHash } from 'node:crypto';
import type { ArticleRecord } from './types.js';

/** Names Windows refuses whatever the extension (and that confuse other tools). */
const RESERVED = /^(?:con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³]|conin\$|conout\$)$/i;
const MAX_SLUG = 60;
const MAX_HOST = 100;

export function shortHash(text: string, length = 10): string {
  return createHash('sha256').update(text).digest('hex').slice(0, length);
}

/** Lower-case ASCII words joined by '-': accents dropped, everything else a separator. */
export function slugify(text: string, max = MAX_SLUG): string {
  const ascii = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  let slug = ascii.slice(0, max).replace(/-+$/g, '');
  if (RESERVED.test(slug)) slug = `_${slug}`;
  return slug;
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** The slug for an article: its last meaningful path segment, else its title, else "article". */
export function articleSlug(url: string, title: string | null): string {
  let segment = '';
  try {
    const parts = new URL(url).pathname.split('/').filter(Boolean).map(safeDecode);
    for (let i = parts.length - 1; i >= 0 && !segment; i--) {
      const s = slugify((parts[i] ?? '').replace(/\.(?:s?html?|php|aspx?|jsp)$/i, ''));
      // Bare numbers and "index" say nothing about the story.
      if (s && !/^(?:\d+|index|amp)$/.test(s)) segment = s;
    }
  } catch {
    // not a URL: fall through to the title
  }
  return segment || slugify(title ?? '') || 'article';
}

/** The host as a directory name: "example.com", "127.0.0.1_8080". */
export function hostDir(url: string): string {
  let host = 'unknown-host';
  try {
    const u = new URL(url);
    host = u.port ? `${u.hostname}_${u.port}` : u.hostname;
  } catch {
    // keep the fallback
  }
  let safe = host.toLowerCase().replace(/[^a-z0-9._-]+/g, '_').replace(/_+/g, '_').replace(/^[._-]+|[._-]+$/g, '').slice(0, MAX_HOST);
  if (!safe) safe = 'unknown-host';
  if (RESERVED.test(safe.split('.')[0] ?? '')) safe = `_${safe}`;
  return safe;
}

/** yyyy-mm-dd from the first date that has one, else from `fallback`. */
export function dayDir(dates: (string | null | undefined)[], fallback: Date): string {
  for (const d of dates) {
    const m = d ? /^(\d{4})-(\d{2})-(\d{2})/.exec(d) : null;
    if (m && Number(m[2]) >= 1 && Number(m[2]) <= 12 && Number(m[3]) >= 1 && Number(m[3]) <= 31) return `${m[1]}-${m[2]}-${m[3]}`;
  }
  return fallback.toISOString().slice(0, 10);
}

/** <host>/<yyyy-mm-dd>/<slug>-<short hash>.<ext>, with '/' separators, relative to --out. */
export function recordPath(key: string, url: string, title: string | null, dates: (string | null | undefined)[], fetchedAt: Date, ext = 'json'): string {
  return `${hostDir(url)}/${dayDir(dates, fetchedAt)}/${articleSlug(url, title)}-${shortHash(key)}.${ext}`;
}

/**
 * The path of a record written by get or extract: named as a crawl names it, after the
 * page's web address. A saved file's record has a file: URL, so its name comes from the
 * canonical address the page declares, when it has one; the hash is of the record's own
 * url, so two files stay two files.
 */
export function articlePath(record: ArticleRecord, ext = 'json'): string {
  const web = /^https?:/i.test(record.url) ? record.url : (record.canonicalUrl ?? record.url);
  return recordPath(record.url, web, record.title, [record.publishedAt], new Date(record.fetchedAt), ext);
}
