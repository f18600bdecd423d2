/**
 * Connection pools. One undici Agent per (timeouts, guarded or not), one ProxyAgent per proxy,
 * kept for the life of the process and closed by closeDispatchers() so it can exit.
 *
 * Proxies come from the usual environment variables, read when a request is routed:
 * http_proxy / HTTP_PROXY for http: URLs, https_proxy / HTTPS_PROXY for https: URLs (falling
 * back to the http proxy, as undici does), and no_proxy / NO_PROXY listing hosts to reach
 * directly: "*", "example.com" (and its subdomains), ".example.com", "host:port".
 */
import { Agent, ProxyAgent } from 'undici';
import type { Dispatcher } from 'undici';
import type { FetchOptions } from '../config.js';
import { CopydeskError } from '../errors.js';
import { guardedConnector } from './guard.js';

/** Response header blocks larger than this are refused (undici raises HeadersOverflowError). */
export const MAX_HEADER_BYTES = 64 * 1024;

export type Env = Readonly<Record<string, string | undefined>>;

export interface Route {
  dispatcher: Dispatcher;
  /** The proxy URL when the request goes through one. */
  proxy: string | null;
}

const pools = new Map<string, Dispatcher>();

function envValue(env: Env, name: string): string | undefined {
  return env[name.toLowerCase()] || env[name.toUpperCase()] || undefined;
}

function defaultPort(protocol: string): number {
  return protocol === 'https:' ? 443 : 80;
}

/** True when NO_PROXY says this URL is reached directly. */
export function bypassesProxy(url: URL, noProxy: string): boolean {
  const host = url.hostname.replace(/^\[|\]$/g, '').toLowerCase();
  const port = Number(url.port) || defaultPort(url.protocol);
  for (const raw of noProxy.split(/[,\s]+/)) {
    const entry = raw.trim().toLowerCase();
    if (!entry) continue;
    if (entry === '*') return true;
    const m = /^(?:\*?\.)?(\[[^\]]+\]|[^:]+)(?::(\d+))?$/.exec(entry);
    if (!m?.[1]) continue;
    if (m[2] && Number(m[2]) !== port) continue;
    const name = m[1].replace(/^\[|\]$/g, '');
    if (host === name || host.endsWith(`.${name}`)) return true;
  }
  return false;
}

/** The proxy to use for a URL under these environment variables, or null for a direct connection. */
export function proxyFor(url: URL, env: Env = process.env): string | null {
  const httpProxy = envValue(env, 'http_proxy');
  const proxy = url.protocol === 'https:' ? envValue(env, 'https_proxy') ?? httpProxy : httpProxy;
  if (!proxy) return null;
  if (bypassesProxy(url, envValue(env, 'no_proxy') ?? '')) return null;
  return proxy;
}

function pool(key: string, make: () => Dispatcher): Dispatcher {
  let d = pools.get(key);
  if (!d) {
    d = make();
    pools.set(key, d);
  }
  return d;
}

function agentOptions(opts: FetchOptions): Agent.Options {
  return {
    headersTimeout: opts.headersTimeout,
    bodyTimeout: opts.bodyTimeout,
    maxHeaderSize: MAX_HEADER_BYTES,
    // Idle pooled sockets are closed soon so a finished run does not linger on them.
    keepAliveTimeout: 4_000,
    keepAliveMaxTimeout: 30_000,
  };
}

/**
 * Chooses how a URL is reached. `guarded` asks for the address guard on direct connections;
 * through a proxy the caller checks the name itself (see checkHostBeforeProxy).
 */
export function routeFor(url: URL, opts: FetchOptions, guarded: boolean, env: Env = process.env): Route {
  const timeouts = `${opts.connectTimeout}/${opts.headersTimeout}/${opts.bodyTimeout}`;
  const proxy = proxyFor(url, env);
  if (proxy) {
    if (!URL.canParse(proxy)) {
      throw new CopydeskError('CONNECTION', `the proxy set in the environment for ${url.protocol} URLs is not a valid URL: ${proxy}`, { retryable: false });
    }
    const dispatcher = pool(`proxy|${proxy}|${timeouts}`, () => new ProxyAgent({ ...agentOptions(opts), uri: proxy, proxyTls: { timeout: opts.connectTimeout }, requestTls: { timeout: opts.connectTimeout } }));
    return { dispatcher, proxy };
  }
  if (guarded) {
    const dispatcher = pool(`guarded|${timeouts}`, () => new Agent({ ...agentOptions(opts), connect: guardedConnector({ timeout: opts.connectTimeout }) }));
    return { dispatcher, proxy: null };
  }
  return { dispatcher: pool(`direct|${timeouts}`, () => new Agent({ ...agentOptions(opts), connect: { timeout: opts.connectTimeout } })), proxy: null };
}

/** The dispatcher for a URL (kept for callers that only need one). */
export function dispatcherFor(opts: FetchOptions, url?: string | URL, guarded = false): Dispatcher {
  return routeFor(new URL(url ?? 'http://localhost/'), opts, guarded).dispatcher;
}

/** Closes pooled connections so the process can exit promptly. */
export async function closeDispatchers(): Promise<void> {
  const all = [...pools.values()];
  pools.clear();
  await Promise.allSettled(all.map((d) => d.close()));
}
