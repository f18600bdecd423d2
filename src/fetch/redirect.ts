/**
 * Redirects, followed by hand so that every hop is checked: its scheme, loops, the count,
 * and (in http.ts) the address guard for the host it leads to.
 */
import { CopydeskError } from '../errors.js';

export const REDIRECT_STATUSES: ReadonlySet<number> = new Set([301, 302, 303, 307, 308]);
export const FETCHABLE_SCHEMES: ReadonlySet<string> = new Set(['http:', 'https:']);

/** Request headers that carry a person's credentials: not handed to another origin. */
const CREDENTIAL_HEADERS = ['authorization', 'cookie', 'proxy-authorization'];

export interface RedirectState {
  /** Every URL requested so far, in order. */
  visited: string[];
  /**
   * Keys of the requests made so far (URL and cookies sent): a chain that comes back to a
   * URL with a new cookie is making progress, one that repeats a request is a loop.
   */
  seen?: ReadonlySet<string>;
  keyOf?: (url: URL) => string;
  maxRedirects: number;
  /** The URL the caller asked for, for error records. */
  url: string;
}

/**
 * Location values are read by Node as Latin-1; servers that send raw UTF-8 there (it
 * happens) get their bytes re-read as UTF-8 when that is what they are.
 */
function repairLocation(location: string): string {
  if (!/[\u0080-\u00ff]/.test(location)) return location;
  const utf8 = Buffer.from(location, 'latin1').toString('utf8');
  return utf8.includes('\uFFFD') ? location : utf8;
}

/** The URL a redirect response points to; throws BAD_REDIRECT, REDIRECT_LOOP or TOO_MANY_REDIRECTS. */
export function nextHop(current: URL, status: number, location: string | undefined, state: RedirectState): URL {
  const { url } = state;
  if (!location?.trim()) {
    throw new CopydeskError('BAD_REDIRECT', `redirect ${status} from ${current.href} without a Location header`, { url, status });
  }
  let next: URL;
  try {
    next = new URL(repairLocation(location.trim()), current);
  } catch {
    throw new CopydeskError('BAD_REDIRECT', `redirect ${status} from ${current.href} to an invalid URL: ${location.slice(0, 200)}`, { url, status });
  }
  if (!FETCHABLE_SCHEMES.has(next.protocol)) {
    throw new CopydeskError('BAD_REDIRECT', `redirect ${status} to a ${next.protocol} URL refused (only http and https are followed)`, { url, status });
  }
  next.hash = '';
  const repeated = state.seen && state.keyOf ? state.seen.has(state.keyOf(next)) : state.visited.includes(next.href);
  if (repeated) {
    throw new CopydeskError('REDIRECT_LOOP', `redirect loop: ${next.href} was already visited (after ${state.visited.length} requests)`, { url, status });
  }
  if (state.visited.length > state.maxRedirects) {
    throw new CopydeskError('TOO_MANY_REDIRECTS', `more than ${state.maxRedirects} redirects`, { url, status });
  }
  return next;
}

/**
 * A hop is trusted when it stays on the origin of a trusted starting URL (or is that
 * origin's http→https upgrade): the person who gave the URL vouched for that host and port,
 * and nothing more.
 */
export function sameSite(start: URL, hop: URL): boolean {
  if (hop.origin === start.origin) return true;
  return hop.hostname === start.hostname && start.protocol === 'http:' && hop.protocol === 'https:' && !start.port && !hop.port;
}

/** Request headers for a hop: credentials only go to the origin they were given for. */
export function headersForHop(headers: Record<string, string>, start: URL, hop: URL): Record<string, string> {
  if (hop.origin === start.origin) return headers;
  const out = { ...headers };
  for (const name of CREDENTIAL_HEADERS) delete out[name];
  return out;
}
