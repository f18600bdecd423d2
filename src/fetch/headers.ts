/**
 * Request and response headers: the defaults copydesk sends, names lower-cased so options
 * given as "User-Agent" or "user-agent" replace rather than duplicate, and credentials in
 * a URL turned into a header.
 */

export const DEFAULT_HEADERS: Readonly<Record<string, string>> = {
  accept: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.5',
  'accept-encoding': 'gzip, deflate, br',
  'accept-language': 'en;q=0.9, *;q=0.5',
};

export function lowerKeys(headers: Record<string, string> | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(headers ?? {})) out[k.toLowerCase()] = v;
  return out;
}

/** The headers a page request carries before per-URL ones (credentials, cookies, conditionals). */
export function pageRequestHeaders(opts: { userAgent: string; headers: Record<string, string> }): Record<string, string> {
  return { 'user-agent': opts.userAgent, ...DEFAULT_HEADERS, ...lowerKeys(opts.headers) };
}

/** Response headers as one string per name (repeated headers joined with ", "). */
export function flattenHeaders(headers: Record<string, string | string[] | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(headers)) {
    if (v !== undefined) out[k.toLowerCase()] = Array.isArray(v) ? v.join(', ') : v;
  }
  return out;
}

function unescape(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}

/** user:password in a URL becomes Basic authentication (as curl does), for that origin only. */
export function credentialsOf(url: URL): Record<string, string> {
  if (!url.username && !url.password) return {};
  const pair = `${unescape(url.username)}:${unescape(url.password)}`;
  return { authorization: `Basic ${Buffer.from(pair).toString('base64')}` };
}

/** Adds cookies from the redirect chain to any Cookie header the caller set. */
export function withCookies(headers: Record<string, string>, cookies: string): Record<string, string> {
  if (!cookies) return headers;
  return { ...headers, cookie: headers.cookie ? `${headers.cookie}; ${cookies}` : cookies };
}
