import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../src/extract/dom.js';
import { loadLinkedom } from '../../src/extract/light-events.js';
import { CACHED_SELECTORS } from '../../src/extract/light-selectors.js';

function page(html: string): Document {
  return parseHtml(`<html><body>${html}</body></html>`, 'https://news.example/a').document;
}

describe('light DOM selectors', () => {
  it('loads linkedom with selectors compiled once (a new linkedom layout would make pages slower)', () => {
    loadLinkedom();
    const require = createRequire(import.meta.url);
    const matches = require(join(dirname(require.resolve('linkedom')), 'shared', 'matches.js')) as Record<PropertyKey, unknown>;
    expect(matches[CACHED_SELECTORS]).toBe(true);
  });

  it('answers a selector asked again, of other elements and other pages, as the first time', () => {
    for (let round = 0; round < 2; round++) {
      const doc = page('<div class="story"><p id="a">one</p><p class="x">two</p></div><p id="c">three</p>');
      expect(Array.from(doc.querySelectorAll('.story p'), (p) => p.textContent)).toEqual(['one', 'two']);
      expect(doc.querySelector('p.x')?.textContent).toBe('two');
      const story = doc.querySelector('.story') as Element;
      expect(Array.from(story.querySelectorAll('p'), (p) => p.textContent)).toEqual(['one', 'two']);
      expect(doc.getElementById('a')?.closest('.story')).toBe(story);
      expect(doc.getElementById('c')?.closest('.story')).toBeNull();
      expect(doc.getElementById('a')?.matches('.story > p')).toBe(true);
      expect(doc.getElementById('c')?.matches('.story > p')).toBe(false);
    }
  });

  it('compiles :scope selectors for the element asked', () => {
    const doc = page('<div id="outer"><div id="inner"><p>one</p></div><p>two</p></div>');
    const outer = doc.getElementById('outer') as Element;
    const inner = doc.getElementById('inner') as Element;
    expect(Array.from(outer.querySelectorAll(':scope > p'), (p) => p.textContent)).toEqual(['two']);
    expect(Array.from(inner.querySelectorAll(':scope > p'), (p) => p.textContent)).toEqual(['one']);
  });

  it('still throws on a selector it cannot parse', () => {
    expect(() => page('<p>x</p>').querySelectorAll('p[')).toThrow();
  });
});
