import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isErrorRecord } from '../../src/record/types.js';
import { startServer } from '../helpers/server.js';
import { cli, fast, tempDir } from './helpers.js';

/** An address where nothing listens: a server's port, once the server is closed. */
async function closedOrigin(): Promise<string> {
  const server = await startServer((_req, res) => void res.end());
  await server.close();
  return server.origin;
}

describe('a host whose robots.txt cannot be fetched, end to end', () => {
  let tmp: ReturnType<typeof tempDir>;
  beforeEach(() => {
    tmp = tempDir();
  });
  afterEach(() => tmp.cleanup());

  it('get: one URL or several, each record names the cause (CONNECTION), never ROBOTS_DISALLOWED', async () => {
    const origin = await closedOrigin();
    const one = await cli(['get', `${origin}/news/a.html`, '--retries', '0', '--allow-private']);
    const many = await cli(['get', `${origin}/news/a.html`, `${origin}/news/b.html`, '--retries', '0', '--allow-private', '--delay', '0']);
    expect(one.records.map((r) => (isErrorRecord(r) ? r.error.code : 'ok'))).toEqual(['CONNECTION']);
    expect(many.records.map((r) => (isErrorRecord(r) ? r.error.code : 'ok'))).toEqual(['CONNECTION', 'CONNECTION']);
    for (const r of many.records) expect(isErrorRecord(r) && r.error.message).toContain(`while fetching ${origin}/robots.txt`);
  });

  it('crawl: the source fails with its cause, in the summary JSON too', async () => {
    const origin = await closedOrigin();
    const summary = join(tmp.dir, 'summary.json');
    const res = await cli(['crawl', `${origin}/feed.xml`, ...fast(join(tmp.dir, 'state.db')), '--summary-json', summary]);
    expect(res.code).toBe(1);
    expect(res.stderr).not.toContain('ROBOTS_DISALLOWED');
    const json = JSON.parse(readFileSync(summary, 'utf8')) as { failures: { sources: { url: string; code: string; message: string }[] } };
    expect(json.failures.sources).toHaveLength(1);
    expect(json.failures.sources[0]).toMatchObject({ url: `${origin}/feed.xml`, code: 'CONNECTION' });
    expect(json.failures.sources[0]?.message).toContain('robots.txt');
  });
});
