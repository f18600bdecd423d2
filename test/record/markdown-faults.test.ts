import { afterEach, describe, expect, it } from 'vitest';
import { parseHtml } from '../../src/extract/dom.js';
import type { PageDom } from '../../src/extract/dom.js';
import { keepEmbeds } from '../../src/extract/media.js';
import { elementToHtml } from '../../src/record/html.js';
import { elementToMarkdown } from '../../src/record/markdown.js';

let open: PageDom[] = [];
afterEach(() => {
  for (const p of open) p.close();
  open = [];
});

function article(html: string): Element {
  const page = parseHtml(`<!doctype html><html><body><article>${html}</article></body></html>`, 'https://news.example/world/a.html');
  open.push(page);
  return page.document.querySelector('article') as Element;
}

function md(html: string): string {
  return elementToMarkdown(article(html));
}

const LONG_A = 'The harbour at Wenmouth reopened on Monday after a week of repairs, officials said, and the first ferries left on time in the morning. The harbour master said the repairs had cost more than expected, and that the work was done at night.';
const LONG_B = 'Ferries will run every hour from Tuesday, and the town council expects the summer season to be busier than ever before, with cruise ships booked until September and the new terminal almost ready for the first of them.';

describe('tables in Markdown', () => {
  it('has test cells past the data-cell length', () => {
    expect(Math.min(LONG_A.length, LONG_B.length)).toBeGreaterThan(200);
  });

  it('reads a layout table’s cells as blocks: heading, paragraphs, lists, data table', () => {
    const out = md(
      `<table><tr><td><h1>Harbour story</h1><p>First paragraph.</p><p>Second paragraph.</p>` +
        `<table><tr><td>Team A</td><td>3</td></tr><tr><td>Team B | C</td><td>1</td></tr></table>` +
        `<ol><li>one</li><li>two</li></ol></td></tr></table>`,
    );
    expect(out).toBe('# Harbour story\n\nFirst paragraph.\n\nSecond paragraph.\n\n| Team A | 3 |\n| --- | --- |\n| Team B \\| C | 1 |\n\n1. one\n2. two\n');
  });

  it('reads cells of a table that Readability turned into a <div> as blocks', () => {
    const root = article('<div id="t"></div>');
    const doc = root.ownerDocument;
    const div = root.querySelector('#t') as Element;
    const tbody = doc.createElement('tbody');
    const tr = doc.createElement('tr');
    const td = doc.createElement('td');
    td.innerHTML = '<h2>Heading</h2><p>First.</p><ul><li>x</li><li>y</li></ul>';
    tr.append(td);
    tbody.append(tr);
    div.append(tbody);
    expect(elementToMarkdown(root)).toBe('## Heading\n\nFirst.\n\n- x\n- y\n');
  });

  it('gives each long cell its own paragraph, never words run together', () => {
    expect(md(`<table><tr><td>${LONG_A}</td><td>${LONG_B}</td></tr></table>`)).toBe(`${LONG_A}\n\n${LONG_B}\n`);
  });

  it('reads a table with block content in a cell, or with one column, as blocks', () => {
    const out = md('<table><tr><td>Team A</td><td>3</td></tr><tr><td><ul><li>x</li><li>y</li></ul></td><td>2</td></tr></table>');
    expect(out).toBe('Team A\n\n3\n\n- x\n- y\n\n2\n');
    expect(md('<table><tr><td>Alpha</td></tr><tr><td>Beta</td></tr></table>')).toBe('Alpha\n\nBeta\n');
  });

  it('keeps a data table’s caption', () => {
    expect(md('<table><caption>Scores</caption><tr><th>Team</th><th>Goals</th></tr><tr><td>A</td><td>3</td></tr></table>')).toBe(
      'Scores\n\n| Team | Goals |\n| --- | --- |\n| A | 3 |\n',
    );
  });
});

describe('escaping in Markdown', () => {
  it('escapes list item text that would read as a list, a heading or a quote', () => {
    expect(md('<ul><li>1. Item</li><li># Item</li><li>+ plus item</li><li>- dash item</li><li>&gt; quote</li></ul>')).toBe(
      '- 1\\. Item\n- \\# Item\n- \\+ plus item\n- \\- dash item\n- \\> quote\n',
    );
  });

  it('escapes an ampersand that would start an entity, and only that', () => {
    expect(md('<p>&amp;copy; &amp;amp; &amp;#x41; &amp;#65; and Tom &amp; Jerry &amp;c</p>')).toBe('\\&copy; \\&amp; \\&#x41; \\&#65; and Tom & Jerry &c\n');
  });

  it('escapes GFM strikethrough', () => {
    expect(md('<p>~~not struck~~ and ~one~</p>')).toBe('\\~\\~not struck\\~\\~ and \\~one\\~\n');
  });

  it('fences inline code with backticks as CommonMark says', () => {
    expect(md('<p><code>`x`</code> and <code>a``b</code> and <code>a`b</code> and <code>``</code> and <code>plain</code></p>')).toBe(
      '`` `x` `` and `a``b` and ``a`b`` and ` `` ` and `plain`\n',
    );
  });

  it('keeps a closing run of # in a heading as text', () => {
    expect(md('<h3>C# # and ##</h3>')).toBe('### C# # and \\##\n');
  });

  it('escapes a line that would underline the one before as a heading', () => {
    expect(md('<p>Text<br>=</p>')).toBe('Text\\\n\\=\n');
    expect(md('<p>Text<br>-</p><p>-</p>')).toBe('Text\\\n\\-\n\n\\-\n');
  });
});

describe('lists in Markdown', () => {
  it('nests a list under item 10 at its content column', () => {
    expect(md('<ol start="9"><li>nine</li><li>ten<ul><li>child of ten</li></ul></li></ol>')).toBe('9. nine\n10. ten\n    - child of ten\n');
    expect(md('<ol><li>one</li><li>two</li><li>three</li><li>four</li><li>five</li><li>six</li><li>seven</li><li>eight</li><li>nine</li><li>ten<ol><li>ten-a</li></ol></li></ol>')).toMatch(
      /\n10\. ten\n {4}1\. ten-a\n$/,
    );
  });

  it('keeps the blocks of a list item apart', () => {
    expect(md('<ul><li><p>Para one</p><p>Para two</p></li><li><pre>code\n  in item</pre></li><li><blockquote>quote in item</blockquote></li></ul>')).toBe(
      '- Para one\n\n  Para two\n- ```\n  code\n    in item\n  ```\n- > quote in item\n',
    );
  });
});

describe('embeds', () => {
  it('names a <video> once, by its stand-in, in Markdown and in HTML', () => {
    const root = article('<p>Before.</p><video src="/v.mp4"></video><p>After.</p>');
    keepEmbeds(root.ownerDocument);
    expect(elementToMarkdown(root)).toBe('Before.\n\n[Video](https://news.example/v.mp4)\n\nAfter.\n');
    expect(elementToHtml(root).match(/<p class="embed">/g)).toHaveLength(1);
  });

  it('still names an embed that has no stand-in', () => {
    const root = article('<p>Before.</p><video src="/v.mp4"></video>');
    expect(elementToMarkdown(root)).toBe('Before.\n\n[Video](https://news.example/v.mp4)\n');
    expect(elementToHtml(root).match(/<p class="embed">/g)).toHaveLength(1);
  });
});
