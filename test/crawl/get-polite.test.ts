import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isErrorRecord } from '../../src/record/types.js';
import { cli, startSite } from './helpers.js';
import type { Site } from './helpers.js';

describe('copydesk get with many URLs is polite too', () => {
  let site: Site;
  const starts: Record<string, number> = {};
  beforeEach(async () => {
    site = await startSite({
      override: (path) => {
        starts[path] = performance.now();
        return false;
      },
    });
  });
  afterEach(async () => site.close());

  it('obeys robots.txt and spaces requests to one host', async () => {
    const urls = ['/news/harbour-reopens.html', '/private/secret-plans.html', '/news/bridge-vote.html', '/news/market-returns.html'].map((p) => site.url(p));
    const res = await cli(['get', ...urls, '--delay', '0.2', '--allow-private', '--format', 'ndjson']);
    expect(res.code).toBe(1);
    expect(res.records.map((r) => (isErrorRecord(r) ? r.error.code : 'ok'))).toEqual(['ok', 'ROBOTS_DISALLOWED', 'ok', 'ok']);
    expect(site.hits()).toEqual(['200 /robots.txt', '200 /news/harbour-reopens.html', '200 /news/bridge-vote.html', '200 /news/market-returns.html']);
    const t = ['/news/harbour-reopens.html', '/news/bridge-vote.html', '/news/market-returns.html'].map((p) => starts[p] ?? 0);
    expect((t[1] ?? 0) - (t[0] ?? 0)).toBeGreaterThanOrEqual(190);
    expect((t[2] ?? 0) - (t[1] ?? 0)).toBeGreaterThanOrEqual(190);
  });

  it('fetches a single page named by hand as asked', async () => {
    const res = await cli(['get', site.url('/private/secret-plans.html'), '--allow-private', '--format', 'ndjson']);
    expect(res.code).toBe(0);
    expect(site.hits()).toEqual(['200 /private/secret-plans.html']);
  });
});
