/**
 * Cookies within one fetch. Many sites redirect to a page that sets a cookie and then back
 * (a consent or bot check, "did the cookie stick?"); without the cookie the chain loops.
 * The jar lives only as long as one fetch's redirect chain: nothing is stored between pages.
 *
 * A deliberately small subset of RFC 6265: name, value, Domain (only a parent of the host
 * that set it), Secure, Max-Age / Expires for removal. Paths are not tracked: within one
 * chain, a cookie goes to every path of its host.
 */

interface Cookie {
  value: string;
  /** The host that set it, or the Domain it was scoped to. */
  domain: string;
  hostOnly: boolean;
  secure: boolean;
}

/** Cookies beyond this many in one chain are ignored (a hostile server could send thousands). */
const MAX_COOKIES = 50;
/** Longest cookie (name and value) accepted, as browsers roughly do. */
const MAX_COOKIE_CHARS = 4096;

function domainMatches(host: string, domain: string): boolean {
  return host === domain || host.endsWith(`.${domain}`);
}

export class CookieJar {
  private readonly cookies = new Map<string, Cookie>();

  /** Takes the Set-Cookie header(s) of a response to `url`. */
  store(setCookie: string | string[] | undefined, url: URL): void {
    const lines = Array.isArray(setCookie) ? setCookie : setCookie ? [setCookie] : [];
    for (const line of lines) this.storeOne(line, url);
  }

  private storeOne(line: string, url: URL): void {
    if (line.length > MAX_COOKIE_CHARS) return;
    const [pair = '', ...attrs] = line.split(';');
    const eq = pair.indexOf('=');
    if (eq <= 0) return;
    const name = pair.slice(0, eq).trim();
    const value = pair.slice(eq + 1).trim();
    const host = url.hostname.toLowerCase();
    const cookie: Cookie = { value, domain: host, hostOnly: true, secure: false };
    let expired = false;
    for (const attr of attrs) {
      const [rawKey = '', ...rest] = attr.split('=');
      const key = rawKey.trim().toLowerCase();
      const val = rest.join('=').trim();
      if (key === 'domain' && val) {
        const domain = val.replace(/^\./, '').toLowerCase();
        // Only the host itself or a parent of it with a dot (never a bare TLD, never a stranger).
        if (!domain.includes('.') || !domainMatches(host, domain)) return;
        cookie.domain = domain;
        cookie.hostOnly = false;
      } else if (key === 'secure') cookie.secure = true;
      else if (key === 'max-age' && /^-?\d+$/.test(val) && Number(val) <= 0) expired = true;
      else if (key === 'expires' && Date.parse(val) <= Date.now()) expired = true;
    }
    const id = `${cookie.domain}|${name}`;
    if (expired) this.cookies.delete(id);
    else if (this.cookies.has(id) || this.cookies.size < MAX_COOKIES) this.cookies.set(id, cookie);
  }

  /** The Cookie header value for a request to `url`, or '' when no cookie applies. */
  header(url: URL): string {
    const host = url.hostname.toLowerCase();
    const out: string[] = [];
    for (const [id, c] of this.cookies) {
      if (c.secure && url.protocol !== 'https:') continue;
      if (c.hostOnly ? host !== c.domain : !domainMatches(host, c.domain)) continue;
      out.push(`${id.slice(id.indexOf('|') + 1)}=${c.value}`);
    }
    return out.join('; ');
  }
}
