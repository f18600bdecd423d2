/**
 * Streamed pages: content sent after the page in hidden holders is put where the page's
 * script would put it, and the loading fallbacks go.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DOM_KINDS } from '../../src/config.js';
import { extractArticle } from '../../src/pipeline.js';
import { parseHtml } from '../../src/extract/dom.js';
import { prepareHtml } from '../../src/extract/prepare.js';
import { mayHaveStreamedContent, placeStreamedContent } from '../../src/extract/streamed.js';

const PAGE = readFileSync(new URL('../../fixtures/pages/streamed/source.html', import.meta.url), 'utf8');

describe('streamed content', () => {
  for (const dom of DOM_KINDS) {
    it(`moves hidden holders into their placeholders, fallbacks removed (${dom} DOM)`, () => {
      const html = prepareHtml(PAGE);
      expect(mayHaveStreamedContent(html)).toBe(true);
      const page = parseHtml(html, 'https://coast.example/news/harbour', dom);
      try {
        const doc = page.document;
        expect(placeStreamedContent(doc)).toBe(2);
        expect(doc.querySelector('[hidden]')).toBeNull();
        const main = doc.querySelector('main');
        expect(main?.querySelector('article h1')?.textContent).toBe('Harbour plan wins final vote');
        // The nested part went into the article, after its third paragraph.
        expect(main?.querySelectorAll('article p').length).toBe(5);
        expect(main?.textContent).not.toMatch(/Loading/);
        expect(doc.getElementsByTagName('template').length).toBe(0);
      } finally {
        page.close();
      }
    });

    it(`extracts the streamed article (${dom} DOM)`, () => {
      const record = extractArticle(PAGE, { url: 'https://coast.example/news/harbour' }, { dom });
      expect(record.body).toContain('The council approved the harbour plan');
      expect(record.body).toContain('temporary landing at the marina');
      expect(record.body).not.toMatch(/Loading/);
      expect(record.authors).toEqual(['Mara Quint']);
    });
  }

  it('leaves a holder with no placeholder, and pages without holders, as they are', () => {
    const page = parseHtml('<body><p>Text.</p><div hidden id="S:4"><p>Orphan.</p></div></body>', 'https://x.example/', 'light');
    try {
      expect(placeStreamedContent(page.document)).toBe(0);
      expect(page.document.querySelector('div[hidden]')?.textContent).toBe('Orphan.');
    } finally {
      page.close();
    }
    expect(mayHaveStreamedContent('<body><div id="Summary">x</div></body>')).toBe(false);
  });

  it('notices a holder id however its attribute is quoted', () => {
    for (const holder of ['<div hidden id="S:0">', "<div hidden id='S:0'>", '<div hidden id=S:0>']) expect(mayHaveStreamedContent(`<body>${holder}x</div></body>`)).toBe(true);
    expect(mayHaveStreamedContent('<body><div id="s:0">x</div><p>ids: S:0</p></body>')).toBe(false);
  });

  it('answers as the expression /id=["\']?S:/ on any text', () => {
    const text = fc.array(fc.constantFrom('id=', 'id="', "id='", 'S:', 'S', ':', 'i', 'd', '=', '"', "'", 's:', ' ', 'x'), { maxLength: 12 }).map((parts) => parts.join(''));
    fc.assert(fc.property(text, (t) => mayHaveStreamedContent(t) === /id=["']?S:/.test(t)), { numRuns: 5000 });
  });
});
