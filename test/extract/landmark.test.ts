/**
 * The fallback when Readability finds no article: the page's main landmark with the most text.
 */
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../src/extract/dom.js';
import { landmarkContent } from '../../src/extract/readability.js';

const PARA = 'The council voted on Tuesday night to approve the harbour plan, after a debate that lasted almost four hours. ';

describe('landmarkContent', () => {
  for (const dom of ['light', 'jsdom'] as const) {
    it(`takes the landmark with the most text, and none below the minimum (${dom} DOM)`, () => {
      const page = parseHtml(`<body><article><p>Short teaser.</p></article><main id="m"><div>${PARA.repeat(8)}</div></main></body>`, 'https://x.example/a', dom);
      try {
        expect(landmarkContent(page.document)?.id).toBe('m');
      } finally {
        page.close();
      }
      const small = parseHtml('<body><main><p>Only a line.</p></main></body>', 'https://x.example/b', dom);
      try {
        expect(landmarkContent(small.document)).toBeNull();
      } finally {
        small.close();
      }
    });
  }
});
