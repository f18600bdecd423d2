/**
 * The HTTP client: one undici dispatcher, redirects followed by hand (so every hop is
 * checked and loops are seen), decompression counted against the size cap after
 * inflating, and retries with exponential back-off and jitter that honour Retry-After.
 */
import { Transform as NodeTransform } from 'node:stream';
import type { Readable } from 'node:stream';
import { createBrotliDecompress, createGunzip, createInflate, createInflateRaw } from 'node:zlib';
import type { Transform } from 'node:stream';
import { Agent, EnvHttpProxyAgent, errors as undiciErrors, request } from 'undici';
import type { Dispatcher } from 'undici';
import type { FetchOptions } from '../config.js';
import { CopydeskError } from '../errors.js';

export interface FetchResult {
  /** The URL asked for. */
  url: string;
  /** The URL of the last response, after redirects. */
  finalUrl: string;
  status: number;
  headers: Record<string, string>;
  contentType: string | null;
  /** The decompressed body (empty for 304). */
  body: Buffer;
  /** Every URL visited before finalUrl. */
  redirects: string[];
}

export interface RequestInit {
  /** Extra headers for this request only (If-None-Match, Accept …). */
  headers?: Record<string, string>;
  /** Return 304 Not Modified as a result instead of an error. */
  allowNotModified?: boolean;
  /** Abort from outside (SIGINT, a run deadline). */
  signal?: AbortSignal;
}

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
/** Statuses worth another try: rate limiting and server trouble. */
const RETRY_STATUSES = new Set([408, 425, 429, 500, 502, 503, 504]);
const ALLOWED_SCHEMES = new Set(['http:', 'https:']);
const DEFAULT_ACCEPT = 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.5';

const dispatchers = new Map<string, Dispatcher>();

/** One pooled dispatcher per timeout setting; honours HTTP(S)_PROXY and NO_PROXY. */
export function dispatcherFor(opts: FetchOptions): Dispatcher {
  const key = `${opts.connectTimeout}/${opts.headersTimeout}/${opts.bodyTimeout}`;
  let d = dispatchers.get(key);
  if (!d) {
    const agentOptions = {
      connect: { timeout: opts.connectTimeout },
      headersTimeout: opts.headersTimeout,
      bodyTimeout: opts.bodyTimeout,
      // Huge or endless header blocks are refused by undici at this size.
      maxHeaderSize: 64 * 1024,
    };
    const useProxy = ['HTTP_PROXY', 'HTTPS_PROXY', 'http_proxy', 'https_proxy'].some((k) => process.env[k]);
    d = useProxy ? new EnvHttpProxyAgent(agentOptions) : new Agent(agentOptions);
    dispatchers.set(key, d);
  }
  return d;
}

/** Closes pooled connections so the process can exit promptly. */
export async function closeDispatchers(): Promise<void> {
  const all = [...dispatchers.values()];
  dispatchers.clear();
  await Promise.allSettled(all.map((d) => d.close()));
}

function parseUrl(raw: string, base?: string): URL {
  let url: URL;
  try {
    url = new URL(raw, base);
  } catch {
    throw new CopydeskError('INVALID_URL', `not a valid URL: ${raw}`, { url: raw });
  }
  return url;
}

function flattenHeaders(headers: Record<string, string | string[] | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(headers)) {
    if (v !== undefined) out[k.toLowerCase()] = Array.isArray(v) ? v.join(', ') : v;
  }
  return out;
}

/** Retry-After as seconds: either a number of seconds or an HTTP date. */
export function parseRetryAfter(value: string | undefined, now = Date.now()): number | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, Math.ceil((date - now) / 1000));
}

function decoderFor(encoding: string | undefined): Transform[] {
  const codings = (encoding ?? '').toLowerCase().split(',').map((s) => s.trim()).filter((s) => s && s !== 'identity');
  // Content-Encoding lists codings in the order applied; undo them in reverse.
  return codings.reverse().map((c) => {
    switch (c) {
      case 'gzip':
      case 'x-gzip':
        return createGunzip();
      case 'deflate':
        return createInflateAuto();
      case 'br':
        return createBrotliDecompress();
      default:
        throw new CopydeskError('BAD_ENCODING', `unsupported content-encoding: ${c}`);
    }
  });
}

/** "deflate" is zlib-wrapped by the spec but raw in the wild: the first byte tells which. */
function createInflateAuto(): Transform {
  let inner: Transform | null = null;
  return new NodeTransform({
    transform(chunk: Buffer, _enc, done) {
      if (!inner) {
        // A zlib header's first byte is 0x?8 with CM=8 (0x78 in practice).
        inner = (chunk[0] ?? 0) % 16 === 8 ? createInflate() : createInflateRaw();
        inner.on('data', (d: Buffer) => this.push(d));
        inner.on('error', (e) => this.destroy(e));
      }
      if (inner.write(chunk)) done();
      else inner.once('drain', done);
    },
    flush(done) {
      if (!inner) return done();
      inner.once('end', () => done());
      inner.end();
    },
  });
}

async function readBody(body: Readable, encoding: string | undefined, maxBytes: number, url: string): Promise<Buffer> {
  const decoders = decoderFor(encoding);
  let stream: Readable = body;
  for (const d of decoders) stream = stream.pipe(d);
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      size += chunk.length;
      if (size > maxBytes) {
        throw new CopydeskError('TOO_LARGE', `body exceeds ${maxBytes} bytes`, { url });
      }
      chunks.push(chunk);
    }
  } catch (err) {
    body.destroy();
    for (const d of decoders) d.destroy();
    if (err instanceof CopydeskError) throw err;
    if ((err as { code?: string }).code?.startsWith('Z_') || (err as { code?: string }).code === 'ERR__ERROR_FORMAT_PADDING_1') {
      throw new CopydeskError('BAD_ENCODING', `cannot decompress body: ${(err as Error).message}`, { url, cause: err });
    }
    throw mapNetworkError(err, url);
  }
  return Buffer.concat(chunks);
}

/** Maps undici and socket errors to stable codes. */
export function mapNetworkError(err: unknown, url: string): CopydeskError {
  if (err instanceof CopydeskError) return err;
  const e = err as { code?: string; message?: string; name?: string; cause?: { code?: string } };
  const code = e.code ?? e.cause?.code ?? '';
  const message = e.message ?? String(err);
  if (err instanceof undiciErrors.ConnectTimeoutError || err instanceof undiciErrors.HeadersTimeoutError || err instanceof undiciErrors.BodyTimeoutError || code === 'ETIMEDOUT' || e.name === 'TimeoutError') {
    return new CopydeskError('FETCH_TIMEOUT', `timed out: ${message}`, { url, cause: err });
  }
  if (err instanceof undiciErrors.HeadersOverflowError) {
    return new CopydeskError('CONNECTION', `response headers too large: ${message}`, { url, cause: err, retryable: false });
  }
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN' || code === 'EAI_NONAME') {
    return new CopydeskError('DNS', `cannot resolve host: ${message}`, { url, cause: err, retryable: code === 'EAI_AGAIN' });
  }
  if (/CERT|SSL|TLS|ERR_TLS/i.test(code) || /certificate|tls|ssl/i.test(message)) {
    return new CopydeskError('TLS', `TLS failure: ${message}`, { url, cause: err });
  }
  if (e.name === 'AbortError') {
    return new CopydeskError('FETCH_TIMEOUT', `aborted: ${message}`, { url, cause: err, retryable: false });
  }
  return new CopydeskError('CONNECTION', `network error: ${message}`, { url, cause: err });
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const t = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => {
      clearTimeout(t);
      reject(signal.reason instanceof Error ? signal.reason : new Error('aborted'));
    }, { once: true });
  });
}

/** Exponential back-off with ±50% jitter, or the server's Retry-After, capped. */
export function retryDelay(attempt: number, opts: Pick<FetchOptions, 'retryBaseDelay' | 'retryMaxDelay'>, retryAfterSeconds?: number): number {
  if (retryAfterSeconds !== undefined) return Math.min(retryAfterSeconds * 1000, opts.retryMaxDelay);
  const exp = opts.retryBaseDelay * 2 ** attempt;
  const jitter = 0.5 + Math.random();
  return Math.min(Math.round(exp * jitter), opts.retryMaxDelay);
}

/** One request, redirects followed, no retries. */
async function fetchOnce(url: string, opts: FetchOptions, init: RequestInit, signal: AbortSignal): Promise<FetchResult> {
  const visited = new Set<string>();
  const redirects: string[] = [];
  let current = parseUrl(url);
  for (;;) {
    if (!ALLOWED_SCHEMES.has(current.protocol)) {
      throw new CopydeskError(redirects.length ? 'BAD_REDIRECT' : 'INVALID_URL', `unsupported scheme ${current.protocol} in ${current.href}`, { url });
    }
    visited.add(current.href);
    let res: Dispatcher.ResponseData;
    try {
      res = await request(current, {
        method: 'GET',
        dispatcher: dispatcherFor(opts),
        signal,
        headers: {
          'user-agent': opts.userAgent,
          accept: DEFAULT_ACCEPT,
          'accept-encoding': 'gzip, deflate, br',
          'accept-language': 'en;q=0.9, *;q=0.5',
          ...opts.headers,
          ...init.headers,
        },
      });
    } catch (err) {
      throw mapNetworkError(signal.aborted ? signal.reason ?? err : err, url);
    }
    const headers = flattenHeaders(res.headers);
    if (REDIRECT_STATUSES.has(res.statusCode)) {
      res.body.resume();
      const location = headers.location;
      if (!location) throw new CopydeskError('BAD_REDIRECT', `redirect ${res.statusCode} without Location`, { url, status: res.statusCode });
      const next = parseUrl(location, current.href);
      next.hash = '';
      redirects.push(current.href);
      if (visited.has(next.href)) throw new CopydeskError('REDIRECT_LOOP', `redirect loop at ${next.href}`, { url, status: res.statusCode });
      if (redirects.length > opts.maxRedirects) throw new CopydeskError('TOO_MANY_REDIRECTS', `more than ${opts.maxRedirects} redirects`, { url, status: res.statusCode });
      current = next;
      continue;
    }
    if (res.statusCode === 304 && init.allowNotModified) {
      res.body.resume();
      return { url, finalUrl: current.href, status: 304, headers, contentType: headers['content-type'] ?? null, body: Buffer.alloc(0), redirects };
    }
    if (res.statusCode < 200 || res.statusCode >= 300) {
      res.body.resume();
      throw new CopydeskError('HTTP_STATUS', `HTTP ${res.statusCode}`, {
        url,
        status: res.statusCode,
        retryable: RETRY_STATUSES.has(res.statusCode),
        retryAfter: parseRetryAfter(headers['retry-after']),
      });
    }
    const body = await readBody(res.body, headers['content-encoding'], opts.maxBytes, url);
    return { url, finalUrl: current.href, status: res.statusCode, headers, contentType: headers['content-type'] ?? null, body, redirects };
  }
}

/** GET with retries on network errors, 429 and 5xx; throws CopydeskError on failure. */
export async function fetchResource(url: string, opts: FetchOptions, init: RequestInit = {}): Promise<FetchResult> {
  const deadline = AbortSignal.timeout(opts.totalTimeout);
  const signal = init.signal ? AbortSignal.any([deadline, init.signal]) : deadline;
  for (let attempt = 0; ; attempt++) {
    try {
      return await fetchOnce(url, opts, init, signal);
    } catch (err) {
      const e = mapNetworkError(err, url);
      if (!e.retryable || attempt >= opts.retries || signal.aborted) throw e;
      await sleep(retryDelay(attempt, opts, e.retryAfter), signal).catch(() => {
        throw e;
      });
    }
  }
}
