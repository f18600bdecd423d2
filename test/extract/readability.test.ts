/**
 * The three Readability helpers copydesk answers itself on the light DOM give Readability's own
 * answers: every element of real and awkward pages, asked the way Readability asks.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readability } from '@mozilla/readability';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../src/extract/dom.js';
import { prepareHtml } from '../../src/extract/prepare.js';
import { elementWithoutContent, nodesWithTag } from '../../src/extract/readability.js';
import { probablyVisible } from '../../src/extract/visibility.js';

const PAGES = join(import.meta.dirname, '..', '..', 'fixtures', 'pages');

interface Helpers {
  _getAllNodesWithTag(node: Element | Document, tags: string[]): ArrayLike<Element>;
  _isProbablyVisible(node: Element): boolean;
  _isElementWithoutContent(node: Node): boolean;
}

/** Readability's own helpers, on a reader of `doc`. */
function original(doc: Document): Helpers {
  return new Readability(doc) as unknown as Helpers;
}

const AWKWARD = `<!doctype html><html><body>
  <div style="display:none"><p>hidden by style</p></div>
  <div style="DISPLAY: none">upper-case name</div>
  <div style="display: none !important">important</div>
  <div style="display:none; display:block">last one wins</div>
  <div style="display:block;display:">empty value ignored</div>
  <div style="color: red; visibility : hidden">hidden visibility</div>
  <div style="background:url(a:b);display:none">colon in a value</div>
  <p hidden>hidden attribute</p>
  <p aria-hidden="true">aria</p>
  <span aria-hidden="true" class="mwe-math-fallback-image-inline">math</span>
  <p aria-hidden="false">shown</p>
  <template><p>in a template</p><h2>template heading</h2></template>
  <H2>Upper case</H2><svg><title>an icon</title><foreignObject><p>inside svg</p></foreignObject></svg>
  <table><tr><td><p>cell</p><h1>cell heading</h1></td></tr></table>
  <div> <br> <hr>\u00a0</div><div><br><span> </span></div><div><p> </p></div><section><!-- a comment --></section>
  <div><template> <b>in template</b></template></div><div>\u2003\ufeff<br></div><header><svg><title> </title></svg></header>
</body></html>`;

function pages(): [string, string][] {
  const list: [string, string][] = [['awkward', AWKWARD]];
  for (const dir of readdirSync(PAGES)) {
    const file = readdirSync(join(PAGES, dir)).find((f) => f.endsWith('.html'));
    if (file) list.push([dir, readFileSync(join(PAGES, dir, file), 'utf8')]);
  }
  return list;
}

const TAG_LISTS = [['p'], ['H1', 'h2'], ['img', 'picture', 'figure'], ['a'], ['ul', 'ol'], ['div', 'section', 'header', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'td', 'pre'], ['script', 'noscript'], ['template'], ['title', 'p']];

describe('Readability helpers on the light DOM', () => {
  for (const [name, html] of pages()) {
    it(`answer as Readability's own do (${name})`, () => {
      // Prepared as the pipeline prepares it, and raw, so kept scripts and SVG are asked about too.
      for (const source of [html, prepareHtml(html)]) {
        const page = parseHtml(source, 'https://news.example/a', 'light');
        const doc = page.document;
        const readability = original(doc);
        const elements = Array.from(doc.querySelectorAll('*'));
        expect(elements.length).toBeGreaterThan(5);
        for (const el of elements) expect(probablyVisible(el), el.outerHTML.slice(0, 80)).toBe(Boolean(readability._isProbablyVisible(el)));
        for (const node of [doc, ...elements, ...Array.from(doc.body.childNodes)]) expect(elementWithoutContent(node), String((node as Element).outerHTML).slice(0, 80)).toBe(Boolean(readability._isElementWithoutContent(node)));
        for (const root of [doc, doc.body, ...elements.filter((el) => el.children.length > 2)]) {
          for (const tags of TAG_LISTS) {
            if (!root) continue;
            expect(nodesWithTag(root, tags)).toEqual(Array.from(readability._getAllNodesWithTag(root, tags)));
          }
        }
      }
    });
  }

  it('tell what is hidden from what is shown', () => {
    const doc = parseHtml(AWKWARD, 'https://news.example/a', 'light').document;
    const shown = Array.from(doc.body.children).filter(probablyVisible).map((el) => el.textContent?.trim());
    expect(shown).toEqual(expect.arrayContaining(['important', 'last one wins', 'empty value ignored', 'math', 'shown', 'upper-case name']));
    expect(shown).not.toContain('hidden by style');
    expect(shown).not.toContain('hidden visibility');
    expect(shown).not.toContain('colon in a value');
    expect(shown).not.toContain('aria');
  });
});
