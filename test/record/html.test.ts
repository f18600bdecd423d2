import { afterEach, describe, expect, it } from 'vitest';
import { parseHtml } from '../../src/extract/dom.js';
import type { PageDom } from '../../src/extract/dom.js';
import { elementToHtml, textToHtml } from '../../src/record/html.js';
import { htmlDocument } from '../../src/record/html-document.js';
import type { ArticleRecord } from '../../src/record/types.js';

let open: PageDom[] = [];
afterEach(() => {
  for (const p of open) p.close();
  open = [];
});

function parse(html: string): Document {
  const page = parseHtml(`<!doctype html><html><body>${html}</body></html>`, 'https://news.example/world/a.html');
  open.push(page);
  return page.document;
}

function render(html: string): string {
  return elementToHtml(parse(`<article>${html}</article>`).querySelector('article') as Element);
}

const ALLOWED_TAGS = new Set(['P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'UL', 'OL', 'LI', 'DL', 'DT', 'DD', 'BLOCKQUOTE', 'PRE', 'CODE', 'KBD', 'SAMP', 'TABLE', 'THEAD', 'TBODY', 'TFOOT', 'TR', 'TH', 'TD', 'CAPTION', 'FIGURE', 'FIGCAPTION', 'HR', 'BR', 'EM', 'STRONG', 'B', 'I', 'U', 'S', 'DEL', 'INS', 'SUB', 'SUP', 'SMALL', 'MARK', 'Q', 'CITE', 'ABBR', 'TIME', 'DIV', 'A', 'IMG', 'SPAN']);
const ALLOWED_ATTRIBUTES = new Set(['href', 'src', 'alt', 'width', 'height', 'colspan', 'rowspan', 'scope', 'start', 'reversed', 'datetime', 'title', 'cite', 'class']);

/** Parses the output again, as a browser would, and checks every element and attribute against the allow-list. */
function assertSafe(output: string): void {
  const doc = parse(`<main>${output}</main>`);
  for (const el of Array.from(doc.querySelector('main')?.querySelectorAll('*') ?? [])) {
    expect(ALLOWED_TAGS.has(el.tagName.toUpperCase()), el.tagName).toBe(true);
    for (const name of el.getAttributeNames()) {
      expect(ALLOWED_ATTRIBUTES.has(name), `${el.tagName} ${name}`).toBe(true);
      const value = el.getAttribute(name) ?? '';
      if (name === 'href' || name === 'cite') expect(value).toMatch(/^(?:https?:|mailto:)/);
      if (name === 'src') expect(value).toMatch(/^(?:https?:|data:image\/(?:png|gif|jpe?g|webp|avif);base64,)/);
      if (name === 'class') expect(value).toBe('embed');
    }
  }
  // Event handlers are covered by the attribute allow-list above; text may say "onerror=" harmlessly.
  expect(output).not.toMatch(/javascript:|vbscript:|<script|<style|<iframe|<object|<embed|<svg|<form/i);
}

describe('elementToHtml', () => {
  it('keeps the structure of an article: headings, paragraphs, lists, tables, figures, quotes, links', () => {
    const out = render(`<h2>Background</h2><p>The <strong>harbour</strong> is <em>open</em>; see <a href="../docs/r.pdf">the report</a>.</p>
      <ul><li>One</li><li>Two</li></ul><ol start="3"><li>Three</li></ol>
      <table><tr><th scope="col">Route</th></tr><tr><td colspan="2">Island</td></tr></table>
      <figure><img src="/img/a.jpg" alt="A ferry" width="800" height="600"><figcaption>The ferry. Photo: J. Berg</figcaption></figure>
      <blockquote cite="/source"><p>We are back.</p></blockquote><pre>x = 1\n  y = 2</pre>`);
    expect(out).toContain('<h2>Background</h2>');
    expect(out).toContain('<p>The <strong>harbour</strong> is <em>open</em>; see <a href="https://news.example/docs/r.pdf">the report</a>.</p>');
    expect(out).toContain('<ul><li>One</li>\n<li>Two</li>\n</ul>');
    expect(out).toContain('<ol start="3">');
    expect(out).toContain('<th scope="col">Route</th>');
    expect(out).toContain('<td colspan="2">Island</td>');
    expect(out).toContain('<figure><img src="https://news.example/img/a.jpg" alt="A ferry" width="800" height="600"><figcaption>The ferry. Photo: J. Berg</figcaption></figure>');
    expect(out).toContain('<blockquote cite="https://news.example/source"><p>We are back.</p>');
    expect(out).toContain('<pre>x = 1\n  y = 2</pre>');
    assertSafe(out);
  });

  it('removes scripts, styles, frames, forms, event handlers and script URLs from hostile markup', () => {
    const hostile = `
      <p onclick="steal()" style="background:url(javascript:alert(1))" class="x" id="y">Text <a href="javascript:alert(1)">a</a>
      <a href=" JaVaScRiPt:alert(1)">b</a> <a href="jav&#x09;ascript:alert(1)">c</a> <a href="data:text/html,<script>alert(1)</script>">d</a>
      <a href="vbscript:msgbox(1)">e</a> <a href="https://ok.example/" onmouseover="x()">ok</a></p>
      <script>alert(1)</script><style>p{color:red}</style><noscript><img src=x onerror=alert(1)></noscript>
      <img src="x" onerror="alert(1)" alt="broken"><img src="data:image/svg+xml;base64,PHN2Zz48c2NyaXB0PmFsZXJ0KDEpPC9zY3JpcHQ+PC9zdmc+" alt="svg">
      <img src="data:image/png;base64,iVBORw0KGgo=" alt="dot" width="20" height="10">
      <iframe src="https://evil.example/frame"></iframe><object data="x.swf"></object><embed src="x.swf">
      <svg><script>alert(1)</script><a xlink:href="javascript:alert(1)">svg</a></svg>
      <math><mi xlink:href="javascript:alert(1)">m</mi></math>
      <form action="https://evil.example/"><input name="q"><button formaction="javascript:alert(1)">Go</button></form>
      <template><script>alert(1)</script></template><meta http-equiv="refresh" content="0;url=javascript:alert(1)"><base href="https://evil.example/">
      <p title="</p><script>alert(1)</script>">quoted</p><div style="position:fixed">over</div>
      <a href="https://ok.example/" target="_blank" rel="opener">target</a>
      <details open ontoggle="alert(1)"><summary>More</summary>Hidden</details>
      <table background="javascript:alert(1)"><tr><td onclick="x()">cell</td></tr></table>`;
    const out = render(hostile);
    assertSafe(out);
    expect(out).toContain('Text a b c d e <a href="https://ok.example/">ok</a>');
    expect(out).toContain('<img src="data:image/png;base64,iVBORw0KGgo=" alt="dot" width="20" height="10">');
    expect(out).not.toContain('svg+xml');
    expect(out).toContain('<p>quoted</p>');
    expect(out).toContain('<td>cell</td>');
  });

  it('escapes text that looks like markup', () => {
    const out = render('<p>1 &lt; 2 &amp;&amp; &lt;script&gt;alert(1)&lt;/script&gt; "q"</p>');
    expect(out).toBe('<p>1 &lt; 2 &amp;&amp; &lt;script&gt;alert(1)&lt;/script&gt; "q"</p>\n');
  });

  it('escapes attribute values', () => {
    const out = render('<p><img src="/a.jpg?x=&quot;&gt;&lt;script&gt;" alt="&quot; onerror=&quot;alert(1)"></p>');
    assertSafe(out);
    expect(out).toContain('alt="&quot; onerror=&quot;alert(1)"');
  });
});

describe('textToHtml and htmlDocument', () => {
  it('writes paragraphs and lines of plain text, escaped', () => {
    expect(textToHtml('One <b>\nline two\n\nPara & two')).toBe('<p>One &lt;b&gt;<br>line two</p>\n<p>Para &amp; two</p>\n');
  });

  const record = {
    schemaVersion: '1.2', url: 'https://news.example/a', finalUrl: 'https://news.example/a', canonicalUrl: null,
    title: 'Harbour </title><script>alert(1)</script> reopens', authors: ['Ada "Lovelace"', 'Mara Lind'], publishedAt: '2026-10-02T08:30:00+02:00',
    modifiedAt: null, siteName: 'Coast <Gazette>', lang: 'en', description: null, image: null, tags: [], section: null,
    body: 'Text.', images: [], links: [], quotes: [], wordCount: 1, isArticle: true, articleScore: 0.9, accessibleForFree: true,
    fetchedAt: '2026-10-02T09:00:00.000Z', extractor: { name: 'copydesk', version: '0' }, html: '<p>Text.</p>\n',
  } satisfies ArticleRecord;

  it('wraps the fragment in a document with the title, byline, date, address and a policy that loads nothing', () => {
    const doc = htmlDocument(record);
    expect(doc.startsWith('<!doctype html>\n<html lang="en">')).toBe(true);
    expect(doc).toContain('<title>Harbour &lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt; reopens</title>');
    expect(doc).toContain('<meta name="author" content="Ada &quot;Lovelace&quot;, Mara Lind">');
    expect(doc).toContain('<time datetime="2026-10-02T08:30:00+02:00">2026-10-02</time>');
    expect(doc).toContain('<a href="https://news.example/a">Coast &lt;Gazette&gt;</a>');
    expect(doc).toContain(`content="default-src 'none'; img-src http: https: data:; style-src 'unsafe-inline'"`);
    expect(doc).toContain('<p>Text.</p>\n</article>');
    expect(doc).not.toContain('<script>');
  });
});

describe('nesting as HTML allows it', () => {
  it('writes an embed inside a paragraph as a span, inside a link as its label, and rows Readability left in a <div> inside a table', () => {
    const doc = parse('<article></article>');
    const article = doc.querySelector('article') as Element;
    const standIn = (src: string, title: string): Element => {
      const img = doc.createElement('img');
      img.setAttribute('data-copydesk-embed', 'Video');
      img.setAttribute('src', src);
      img.setAttribute('title', title);
      return img;
    };
    const p = doc.createElement('p');
    p.append('Watch the footage: ', standIn('https://www.youtube.com/embed/abc', 'Storm'), ' which residents filmed.');
    const linked = doc.createElement('p');
    const a = doc.createElement('a');
    a.setAttribute('href', 'https://news.example/video');
    a.append(standIn('https://www.youtube.com/embed/def', 'Linked'));
    linked.append(a);
    const heading = doc.createElement('h2');
    const figure = doc.createElement('figure');
    const pic = doc.createElement('img');
    pic.setAttribute('src', 'https://news.example/mill.jpg');
    figure.append(pic);
    heading.append(figure, ' Damage');
    const layout = doc.createElement('div');
    const tbody = doc.createElement('tbody');
    const tr = doc.createElement('tr');
    const td = doc.createElement('td');
    td.append('Cell text');
    tr.append(td);
    tbody.append(tr);
    layout.append(tbody);
    article.append(p, linked, heading, layout);
    const out = elementToHtml(article);
    const flat = out.replace(/\s+/g, ' ');
    expect(flat).toContain('<p>Watch the footage: <span class="embed"><a href="https://www.youtube.com/embed/abc">Video: Storm</a></span> which residents filmed.</p>');
    expect(flat).toContain('<a href="https://news.example/video"> <span class="embed">Video: Linked</span> </a>');
    expect(out).not.toMatch(/<p[^>]*>(?:(?!<\/p>)[\s\S])*<p/);
    expect(out).not.toMatch(/<h2>(?:(?!<\/h2>)[\s\S])*<figure/);
    expect(out).toContain('Damage</h2>');
    expect(out).toMatch(/<table><tbody><tr><td>Cell text<\/td><\/tr>\s*<\/tbody><\/table>/);
    assertSafe(out);
  });
});
