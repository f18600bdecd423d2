import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../src/extract/dom.js';
import { loadLinkedom } from '../../src/extract/light-events.js';
import { FAST_TAG_SEARCH } from '../../src/extract/light-tags.js';

function page(html: string): Document {
  return parseHtml(`<html><head><title>T</title><meta name="a" content="b"></head><body>${html}</body></html>`, 'https://news.example/a').document;
}

/** The elements under `root` with the tag, found by a walk of the element tree. */
function walked(root: Element | Document, tag: string): Element[] {
  const found: Element[] = [];
  const visit = (el: Element): void => {
    if (el.localName === tag) found.push(el);
    for (const child of Array.from(el.children)) visit(child);
  };
  for (const child of Array.from(root.children)) visit(child);
  return found;
}

describe('light DOM tag search', () => {
  it('loads linkedom with the tag search replaced (a new linkedom layout would make pages slower)', () => {
    loadLinkedom();
    const require = createRequire(import.meta.url);
    const { ParentNode } = require(join(dirname(require.resolve('linkedom')), 'mixin', 'parent-node.js')) as { ParentNode: { prototype: Record<PropertyKey, unknown> } };
    expect(ParentNode.prototype[FAST_TAG_SEARCH]).toBe(true);
  });

  it('finds the elements of a tag in page order, under the document and under an element', () => {
    const doc = page('<div id="s"><p>one<a href="/1">x</a></p><section><p>two</p></section></div><p>three</p><a href="/2">y</a><h1>H</h1>');
    for (const tag of ['p', 'a', 'meta', 'title', 'h1', 'div', 'article']) expect(Array.from(doc.getElementsByTagName(tag))).toEqual(walked(doc, tag));
    const story = doc.getElementById('s') as Element;
    expect(Array.from(story.getElementsByTagName('p'), (p) => p.textContent)).toEqual(['onex', 'two']);
    expect(story.getElementsByTagName('h1')).toHaveLength(0);
    // linkedom's NodeList, with item().
    expect(doc.getElementsByTagName('a').item(1)?.textContent).toBe('y');
  });

  it('answers a name without lowercase letters as linkedom does, by tagName', () => {
    const doc = page('<p>one</p><div><p>two</p></div>');
    expect(Array.from(doc.getElementsByTagName('P'), (p) => p.textContent)).toEqual(['one', 'two']);
  });

  it('finds elements inside a template, as linkedom does', () => {
    const doc = page('<template><p>inside</p></template><p>outside</p>');
    expect(Array.from(doc.getElementsByTagName('p'), (p) => p.textContent)).toEqual(['inside', 'outside']);
  });
});
