/**
 * Page order as copydesk reads it (tags.ts: precedes), on both DOMs: linkedom's
 * compareDocumentPosition answers wrongly for nodes that are not siblings.
 */
import { describe, expect, it } from 'vitest';
import { DOM_KINDS } from '../../src/config.js';
import { parseHtml } from '../../src/extract/dom.js';
import { precedes } from '../../src/extract/tags.js';

describe('page order', () => {
  it('tells which of two nodes comes first, wherever they sit', () => {
    for (const dom of DOM_KINDS) {
      const doc = parseHtml('<html><body><div><div><p id="a">first</p></div></div><section><h2 id="b">second</h2><p id="c">third</p></section></body></html>', 'https://x.example/', dom).document;
      const [a, b, c] = ['a', 'b', 'c'].map((id) => doc.getElementById(id)!);
      expect(precedes(a!, b!)).toBe(true);
      expect(precedes(b!, a!)).toBe(false);
      expect(precedes(a!, c!)).toBe(true);
      expect(precedes(b!, c!)).toBe(true);
      expect(precedes(c!, b!)).toBe(false);
      // An element comes before what it holds; a node does not precede itself.
      expect(precedes(doc.body, b!)).toBe(true);
      expect(precedes(b!, doc.body)).toBe(false);
      expect(precedes(a!, a!)).toBe(false);
      // A node in no tree with the other comes before nothing there.
      expect(precedes(doc.createElement('p'), a!)).toBe(false);
    }
  });
});
