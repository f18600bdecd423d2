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

describe('pipeline fallbacks', () => {
  it('uses the JSON-LD articleBody behind a paywall teaser, as paragraphs', () => {
    const paragraphs = [...Array(8).keys()].map((i) => `Paragraph ${i + 1} of the full story tells what happened at the harbour on the day the ferries came back, and who was there to see them.`);
    const html = `<html><head><script type="application/ld+json">${JSON.stringify({ '@type': 'NewsArticle', headline: 'Harbour reopens', articleBody: paragraphs.join('\n\n') })}</script></head>
      <body><article><h1>Harbour reopens</h1><p>${paragraphs[0]}</p><div class="paywall">Subscribe to read more.</div></article></body></html>`;
    const record = extract(html, { url: 'https://coast.example/a', markdown: true }, { keepNonArticles: true });
    if ('error' in record) throw new Error(record.error.message);
    expect(record.body).toBe(paragraphs.join('\n\n'));
    expect(record.markdown?.startsWith('# Harbour reopens\n\nParagraph 1')).toBe(true);
  });
});
