import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULTS } from '../../src/config.js';
import { closeDispatchers, fetchResource } from '../../src/fetch/http.js';
import { backoffDelay, parseRetryAfter, planRetry, RETRY_MIN_TRY_MS } from '../../src/fetch/retry.js';
import { startServer } from '../helpers/server.js';
import type { TestServer } from '../helpers/server.js';
import { failure, testOptions } from './helpers.js';

let server: TestServer;
/** Per-path counters so each test counts its own hits. */
const hits = new Map<string, number>();
/** Arrival times per path, to check the waits between attempts. */
const times = new Map<string, number[]>();

beforeAll(async () => {
  server = await startServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const key = url.pathname + url.search;
    const n = (hits.get(key) ?? 0) + 1;
    hits.set(key, n);
    times.set(key, [...(times.get(key) ?? []), performance.now()]);
    const status = Number(url.searchParams.get('status') ?? 200);
    const okAfter = Number(url.searchParams.get('okAfter') ?? Infinity);
    if (n > okAfter || status === 200) {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end(`<p>hit ${n}</p>`);
      return;
    }
    const headers: Record<string, string> = {};
    const ra = url.searchParams.get('retryAfter');
    if (ra === 'date') headers['retry-after'] = new Date(Date.now() + 1_000).toUTCString();
    else if (ra) headers['retry-after'] = ra;
    res.writeHead(status, headers);
    res.end('no');
  });
});
afterAll(async () => {
  await closeDispatchers();
  await server.close();
});

const count = (path: string) => hits.get(path) ?? 0;
const gaps = (path: string) => (times.get(path) ?? []).slice(1).map((t, i) => t - (times.get(path)?.[i] ?? 0));

describe('status codes', () => {
  it.each([404, 410, 403])('reports %i as HTTP_STATUS with the status, without retrying', async (status) => {
    const path = `/?status=${status}`;
    const { error } = await failure(fetchResource(server.url(path), testOptions()), 'HTTP_STATUS');
    expect(error.status).toBe(status);
    expect(count(path)).toBe(1);
  });

  it('retries a 500 twice by default, then reports it', async () => {
    expect(DEFAULTS.retries).toBe(2);
    const path = '/?status=500';
    const { error } = await failure(fetchResource(server.url(path), testOptions({ retries: DEFAULTS.retries })), 'HTTP_STATUS');
    expect(error.status).toBe(500);
    expect(error.message).toContain('gave up after 2 retries');
    expect(count(path)).toBe(3);
  });

  it('succeeds when a 503 clears up on the second try', async () => {
    const path = '/?status=503&okAfter=1';
    const res = await fetchResource(server.url(path), testOptions());
    expect(res.body.toString()).toBe('<p>hit 2</p>');
    expect(count(path)).toBe(2);
  });

  it('does not retry when retries is 0', async () => {
    const path = '/?status=502&r=0';
    await failure(fetchResource(server.url(path), testOptions({ retries: 0 })), 'HTTP_STATUS');
    expect(count(path)).toBe(1);
  });
});

describe('429 and Retry-After', () => {
  it('waits the seconds Retry-After asks for', async () => {
    const path = '/?status=429&okAfter=1&retryAfter=1';
    const res = await fetchResource(server.url(path), testOptions({ retryMaxDelay: 5_000 }));
    expect(res.status).toBe(200);
    expect(gaps(path)[0]).toBeGreaterThanOrEqual(950);
  });

  it('waits until the HTTP-date Retry-After gives', async () => {
    const path = '/?status=429&okAfter=1&retryAfter=date';
    const res = await fetchResource(server.url(path), testOptions({ retryMaxDelay: 5_000 }));
    expect(res.status).toBe(200);
    // The date has one-second resolution: the wait is between 0 and 1 s, never instant back-off.
    expect(gaps(path)[0]).toBeGreaterThan(50);
  });

  it('gives up at once when Retry-After is longer than retryMaxDelay, keeping retryAfter', async () => {
    const path = '/?status=429&retryAfter=3600';
    const { error, ms } = await failure(fetchResource(server.url(path), testOptions({ retryMaxDelay: 1_000 })), 'HTTP_STATUS');
    expect(error).toMatchObject({ status: 429, retryAfter: 3600 });
    expect(error.message).toContain('3600');
    expect(count(path)).toBe(1);
    // A retry would wait retryMaxDelay (1 s) at least.
    expect(ms).toBeLessThan(900);
  });

  it('backs off exponentially between attempts when no Retry-After is given', async () => {
    const path = '/?status=503&backoff';
    await failure(fetchResource(server.url(path), testOptions({ retries: 3, retryBaseDelay: 100, retryMaxDelay: 10_000 })), 'HTTP_STATUS');
    const [a = 0, b = 0, c = 0] = gaps(path);
    // ±50% jitter around 100, 200, 400 ms.
    expect(a).toBeGreaterThanOrEqual(45);
    expect(b).toBeGreaterThanOrEqual(95);
    expect(c).toBeGreaterThanOrEqual(195);
    expect(a + b + c).toBeLessThan(1_200);
  });

  it('stops retrying when the overall timeout would be passed', async () => {
    const path = '/?status=503&deadline';
    const { error, ms } = await failure(fetchResource(server.url(path), testOptions({ retries: 10, retryBaseDelay: 400, retryMaxDelay: 10_000, totalTimeout: 1_000 })), 'HTTP_STATUS');
    expect(error.message).toContain('no time left');
    expect(count(path)).toBeLessThanOrEqual(3);
    // It gave up instead of sleeping past the deadline; the margin is for a machine busy with
    // other tests, whose requests alone can take a few hundred milliseconds.
    expect(ms).toBeLessThan(2_000);
  });
});

describe('retry arithmetic', () => {
  const opts = { retries: 2, retryBaseDelay: 500, retryMaxDelay: 30_000 };

  it('doubles the back-off with jitter between half and one and a half, capped', () => {
    expect(backoffDelay(0, opts, () => 0)).toBe(250);
    expect(backoffDelay(0, opts, () => 0.999)).toBeLessThanOrEqual(750);
    expect(backoffDelay(3, opts, () => 0.5)).toBe(4_000);
    expect(backoffDelay(40, opts, () => 0.5)).toBe(30_000);
  });

  it('plans retries within the count, the cap and the time left', () => {
    expect(planRetry(0, true, undefined, opts, 60_000, () => 0.5)).toEqual({ retry: true, delay: 500 });
    expect(planRetry(2, true, undefined, opts, 60_000).retry).toBe(false);
    expect(planRetry(0, false, undefined, opts, 60_000).retry).toBe(false);
    expect(planRetry(0, true, 10, opts, 60_000)).toEqual({ retry: true, delay: 10_000 });
    expect(planRetry(0, true, 31, opts, 60_000).retry).toBe(false);
    expect(planRetry(0, true, 10, opts, 5_000).retry).toBe(false);
  });

  it('makes no retry that would start with less time left than a try takes', () => {
    // 500 ms of back-off leaves 50 ms before the deadline: too little for any try.
    expect(planRetry(0, true, undefined, opts, 550, () => 0.5)).toEqual({ retry: false, delay: 0, reason: 'no time left for another try' });
    expect(planRetry(0, true, undefined, opts, 500 + RETRY_MIN_TRY_MS + 1, () => 0.5)).toEqual({ retry: true, delay: 500 });
    // A server that took 2 s to answer gets a retry only when 2 s are left after the wait.
    expect(planRetry(0, true, undefined, opts, 2_400, () => 0.5, 2_000).retry).toBe(false);
    expect(planRetry(0, true, undefined, opts, 2_600, () => 0.5, 2_000).retry).toBe(true);
  });

  it('parses Retry-After as seconds or an HTTP-date', () => {
    const now = Date.parse('2026-01-01T00:00:00Z');
    expect(parseRetryAfter('120', now)).toBe(120);
    expect(parseRetryAfter(' 0 ', now)).toBe(0);
    expect(parseRetryAfter('Thu, 01 Jan 2026 00:00:30 GMT', now)).toBe(30);
    expect(parseRetryAfter('Thursday, 01-Jan-26 00:01:00 GMT', now)).toBe(60);
    expect(parseRetryAfter('Wed, 31 Dec 2025 23:00:00 GMT', now)).toBe(0);
    for (const bad of [undefined, '', '-5', '1.5', 'soon', '7 days', '12abc']) expect(parseRetryAfter(bad, now)).toBeUndefined();
    expect(parseRetryAfter('9'.repeat(400), now)).toBe(365 * 24 * 3600);
  });
});
