/**
 * URL normalisation: the key under which an article is remembered. Two addresses that
 * a reader would consider the same page map to the same string:
 *  - scheme and host lower-cased, default port dropped (the URL parser does both);
 *  - fragment dropped (it never reaches the server);
 *  - tracking parameters removed (see tracking-params.ts), an empty `?` dropped;
 *  - dot segments resolved and percent-escapes upper-cased.
 * Anything that is not http(s) gives null: it cannot be fetched and is not remembered.
 */
import { isTrackingParam } from './tracking-params.js';

/** Longest URL accepted; longer ones are almost always junk or an attack. */
export const MAX_URL_LENGTH = 8192;

export function normaliseUrl(raw: string, base?: string): string | null {
  if (typeof raw !== 'string' || raw.length > MAX_URL_LENGTH) return null;
  let url: URL;
  try {
    url = new URL(raw.trim(), base);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  if (!url.hostname) return null;
  url.hash = '';
  url.username = '';
  url.password = '';
  if (url.search) {
    const kept = url.search
      .slice(1)
      .split('&')
      .filter((pair) => pair !== '' && !isTrackingParam(safeDecode(pair.split('=')[0] ?? '')));
    url.search = kept.length ? `?${kept.join('&')}` : '';
  }
  url.pathname = url.pathname.replace(/%[0-9a-f]{2}/gi, (m) => m.toUpperCase());
  const href = url.href;
  return href.length > MAX_URL_LENGTH ? null : href;
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s.replace(/\+/g, ' '));
  } catch {
    return s;
  }
}

/** A site's host less a leading "www.": www.example.com and example.com are one site. */
export function siteHost(url: string | URL): string {
  return (typeof url === 'string' ? new URL(url) : url).hostname.replace(/^www\./, '');
}

/**
 * Whether two addresses belong to one site in the loose sense a page's own links do: the same
 * site host, or one a subdomain of the other (a publisher's sections on "tech.example.org"
 * linked from "example.org"). Sibling subdomains are not compared: without the public suffix
 * list, "a.co.uk" and "b.co.uk" would look like one site.
 */
export function relatedHosts(a: string | URL, b: string | URL): boolean {
  const x = siteHost(a);
  const y = siteHost(b);
  return x === y || x.endsWith(`.${y}`) || y.endsWith(`.${x}`);
}
