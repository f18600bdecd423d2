import { describe, expect, it } from 'vitest';
import { DOM_KINDS } from '../../src/config.js';
import { classAttribute } from '../../src/extract/attributes.js';
import { parseHtml } from '../../src/extract/dom.js';

describe('classAttribute', () => {
  for (const dom of DOM_KINDS) {
    it(`reads the class attribute as written, '' without one (${dom} DOM)`, () => {
      const page = parseHtml('<body><p id="a" class="byline byline-author">x</p><p id="b">y</p></body>', 'https://news.example/', dom);
      try {
        const a = page.document.getElementById('a') as Element;
        expect(classAttribute(a)).toBe('byline byline-author');
        expect(classAttribute(page.document.getElementById('b') as Element)).toBe('');
        a.classList.add('updated');
        expect(classAttribute(a).split(/\s+/)).toContain('updated');
      } finally {
        page.close();
      }
    });
  }
});
