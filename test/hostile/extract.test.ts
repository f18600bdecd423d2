/**
 * Extraction under hostile HTML: every page ends in bounded time with an article record or
 * an error record with a stable code, and a run over several files carries on past them.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';
import { ndjson, runCli, tempDir } from '../cli/io.js';
import { FULL_SIZE, HOSTILE_PAGES } from './pages.js';

/** Generous for a loaded 2-core machine; before the budget, the deep pages took minutes. */
const LIMIT_MS = FULL_SIZE ? 60_000 : 10_000;

describe('extraction of hostile pages', () => {
  for (const p of HOSTILE_PAGES) {
    it(`${p.name}: ${p.expect === 'article' ? 'an article record' : `error ${p.expect}`}`, () => {
      const html = p.html();
      const started = performance.now();
      const record = extract(html, { url: 'https://news.example/2024/05/harbour-wall' });
      expect(performance.now() - started).toBeLessThan(LIMIT_MS);
      if (p.expect === 'article') {
        expect('error' in record ? record.error : null).toBeNull();
        if (!('error' in record)) expect(record.body).toMatch(/harbour|ferries/i);
      } else {
        expect('error' in record ? record.error.code : 'article').toBe(p.expect);
      }
    }, 90_000);
  }

  it('keeps text nested below the depth budget, in order', () => {
    const html = `<!doctype html><html><body><article><h1>Deep</h1>${'<div>'.repeat(1000)}${'<p>Words of the deep paragraph number one, kept in order.</p><p>Words of the deep paragraph number two, kept in order.</p>'.repeat(8)}</article></body></html>`;
    const record = extract(html, { url: 'https://news.example/2024/05/deep' }, { keepNonArticles: true });
    expect('error' in record ? record.error.code : null).toBeNull();
    if ('error' in record) return;
    const one = record.body.indexOf('number one');
    const two = record.body.indexOf('number two');
    expect(one).toBeGreaterThanOrEqual(0);
    expect(two).toBeGreaterThan(one);
  });
});

describe('an article nested deeper than the depth budget', () => {
  // Before: past 256 levels every text node was lifted out of its paragraph, so the article
  // read as one run-on block (or NOT_AN_ARTICLE), merged with the navigation when kept.
  const NAV = '<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/sport">Sport</a></li></ul></nav>';
  const PARAS = [1, 2, 3, 4, 5, 6].map((n) => `<p>Paragraph ${n} of the harbour story: the ferries ran on time all week, and the harbour master said the wall would hold.</p>`).join('');
  const nested = (depth: number): string =>
    `<!doctype html><html><head><title>Harbour wall repaired</title></head><body>${NAV}${'<div>'.repeat(depth)}<article><h1>Harbour wall repaired</h1>${PARAS}</article>${'</div>'.repeat(depth)}</body></html>`;

  // Both DOMs; --keep-non-articles on the light one (the reference DOM takes its own seconds a page here).
  for (const dom of ['light', 'jsdom'] as const) {
    for (const keepNonArticles of dom === 'light' ? [false, true] : [false]) {
      it(`at 300 levels is extracted as at 3 (${dom} DOM${keepNonArticles ? ', --keep-non-articles' : ''})`, () => {
        const url = 'https://news.example/2024/05/harbour-wall';
        const shallow = extract(nested(3), { url }, { dom, keepNonArticles });
        const deep = extract(nested(300), { url }, { dom, keepNonArticles });
        if ('error' in shallow || 'error' in deep) throw new Error('expected two article records');
        expect(deep.body).toBe(shallow.body);
        expect(deep.title).toBe(shallow.title);
        expect(deep.body.split('\n\n')).toHaveLength(6);
        expect(deep.body).not.toMatch(/Home|World|Sport/);
      });
    }
  }

  it('text nested in text thousands of levels deep stays bounded and in order', () => {
    const html = `<!doctype html><html><body><article><h1>Harbour</h1>${PARAS}<p>${'x <b>'.repeat(5_000)}end</p></article></body></html>`;
    const started = performance.now();
    const record = extract(html, { url: 'https://news.example/2024/05/bold' }, { keepNonArticles: true });
    expect(performance.now() - started).toBeLessThan(LIMIT_MS);
    if ('error' in record) throw new Error(record.error.message);
    expect(record.body).toContain('x x x');
    expect(record.body.indexOf('Paragraph 6')).toBeLessThan(record.body.indexOf('end'));
  });
});

describe('copydesk extract over several files, one hostile', () => {
  it('writes a record for every file, in order, and exits', async () => {
    const dir = tempDir();
    const names = ['a-good.html', 'b-million.html', 'c-deep.html', 'd-good.html'];
    const million = HOSTILE_PAGES.find((p) => p.expect === 'TOO_LARGE');
    const deep = HOSTILE_PAGES[0];
    if (!million || !deep) throw new Error('hostile pages missing');
    const good = HOSTILE_PAGES[HOSTILE_PAGES.length - 1];
    if (!good) throw new Error('hostile pages missing');
    const htmls = [good.html(), million.html(), deep.html(), good.html()];
    names.forEach((name, i) => writeFileSync(join(dir, name), htmls[i] as string));
    const r = await runCli(['extract', '--no-workers', ...names.map((n) => join(dir, n))]);
    const records = ndjson(r.stdout);
    expect(records).toHaveLength(4);
    expect(records.map((rec) => ('error' in rec ? (rec.error as { code: string }).code : 'article'))).toEqual(['article', 'TOO_LARGE', 'article', 'article']);
    expect(r.code).not.toBe(0);
  }, 30_000);
});
