/** The jsdom builder (reference and fallback) on the deepest pages: bounded, with the article. */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';
import { HOSTILE_PAGES } from './pages.js';

describe('jsdom builder on deeply nested pages', () => {
  for (const p of HOSTILE_PAGES.filter((page) => page.name.includes('nested <'))) {
    it(`${p.name}: an article record`, () => {
      const started = performance.now();
      const record = extract(p.html(), { url: 'https://news.example/2024/05/harbour-wall' }, { dom: 'jsdom' });
      // Before deep pages were flattened ahead of jsdom, this took 90 s and overflowed the stack.
      expect(performance.now() - started).toBeLessThan(10_000);
      expect('error' in record ? record.error : null).toBeNull();
      if (!('error' in record)) expect(record.body).toContain('ferries would run on time');
    }, 30_000);
  }
});
