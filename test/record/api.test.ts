import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as copydesk from '../../src/index.js';
import type { ArticleRecord, CopydeskRecord, Options } from '../../src/index.js';
import { startServer } from '../helpers/server.js';
import type { TestServer } from '../helpers/server.js';
import { articleHtml } from '../cli/pages.js';

let server: TestServer;
beforeAll(async () => {
  server = await startServer((req, res) => {
    if (req.url === '/story') {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end(articleHtml('Harbour reopens'));
    } else {
      res.writeHead(404);
      res.end();
    }
  });
});
afterAll(async () => {
  await server.close();
});

describe('library API', () => {
  it('extracts from HTML and gets from a URL with the same options object', async () => {
    // The test server is on loopback, which get() refuses unless told otherwise.
    const options: Partial<Options> = { quotes: false, retries: 0, allowPrivate: true };
    const fromHtml: CopydeskRecord = copydesk.extract(articleHtml('Harbour reopens'), { url: 'https://coast.example/story' }, options);
    const fromUrl: CopydeskRecord = await copydesk.get(server.url('/story'), options);
    for (const record of [fromHtml, fromUrl]) {
      expect(copydesk.isErrorRecord(record)).toBe(false);
      expect((record as ArticleRecord).title).toBe('Harbour reopens');
      expect(record.schemaVersion).toBe(copydesk.SCHEMA_VERSION);
    }
    expect(copydesk.stableRecord(fromHtml)).not.toHaveProperty('fetchedAt');
  });

  it('returns error records instead of throwing', async () => {
    const record = await copydesk.get(server.url('/missing'), { retries: 0, allowPrivate: true });
    expect(copydesk.isErrorRecord(record) && record.error.code).toBe('HTTP_STATUS');
    expect(copydesk.formatRecord(record, 'text')).toBeNull();
  });

  it('refuses loopback addresses unless allowed', async () => {
    const record = await copydesk.get(server.url('/story'), { retries: 0 });
    expect(copydesk.isErrorRecord(record) && record.error.code).toBe('BLOCKED_ADDRESS');
  });

  it('rejects bad options with a typed USAGE error', () => {
    expect(() => copydesk.resolveOptions({ concurrency: 0 })).toThrow(copydesk.CopydeskError);
  });
});

describe('the library given what its types do not allow (calls from JavaScript)', () => {
  const page = '<!doctype html><html lang="en"><head><title>Harbour reopens</title></head><body><article><h1>Harbour reopens</h1><p>The harbour reopened on Monday after six weeks of repairs to the sea wall, the port authority said in a statement.</p><p>Ferries to the islands will run on the winter timetable from Tuesday, the authority added, and the quay stays closed to cars.</p></article></body></html>';

  it('throws a CopydeskError with a stable code, never a TypeError', () => {
    for (const bad of [Buffer.from(page), null, 42, undefined]) {
      expect(() => copydesk.extractArticle(bad as unknown as string)).toThrow(expect.objectContaining({ code: 'INPUT' }));
      expect(copydesk.extract(bad as unknown as string)).toMatchObject({ error: { code: 'INPUT' } });
    }
    expect(() => copydesk.extractArticle(page, {}, { dom: 'bogus' } as never)).toThrow(expect.objectContaining({ code: 'USAGE' }));
  });

  it('reads null input and options as none', () => {
    expect(copydesk.extractArticle(page, null, null).title).toBe('Harbour reopens');
  });

  it('gives get an error record with a string url for an address that is no string', async () => {
    for (const bad of [42, null]) {
      const record = await copydesk.get(bad as unknown as string);
      expect(record).toMatchObject({ url: '', error: { code: 'INVALID_URL' } });
    }
  });
});
