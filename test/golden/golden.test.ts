import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';
import { formatRecord, stableRecord } from '../../src/record/serialize.js';
import { goldenPages } from './fixtures.js';

const pages = goldenPages();

describe('golden pages (regenerate with `npm run golden`, review the diff)', () => {
  it('has at least eight pages', () => {
    expect(pages.length).toBeGreaterThanOrEqual(8);
  });

  for (const page of pages) {
    it(page.slug, () => {
      const record = extract(page.html, { url: page.url, markdown: true }, page.options);
      const { markdown: _markdown, ...withoutMarkdown } = record as typeof record & { markdown?: string };
      expect(stableRecord(withoutMarkdown)).toEqual(page.expected);
      if (page.expectedMarkdown !== null) expect(formatRecord(record, 'markdown')).toBe(page.expectedMarkdown);
    });
  }
});
