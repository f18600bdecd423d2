import { afterEach, describe, expect, it } from 'vitest';
import { parseHtml } from '../../src/extract/dom.js';
import type { PageDom } from '../../src/extract/dom.js';
import { elementToMarkdown, textToMarkdown } from '../../src/record/markdown.js';

let open: PageDom[] = [];
afterEach(() => {
  for (const p of open) p.close();
  open = [];
});

function md(html: string, title?: string): string {
  const page = parseHtml(`<!doctype html><html><body><article>${html}</article></body></html>`, 'https://news.example/world/a.html');
  open.push(page);
  return elementToMarkdown(page.document.querySelector('article') as Element, title);
}

describe('elementToMarkdown', () => {
  it('renders the title, headings, paragraphs and emphasis', () => {
    expect(md('<h2>Background</h2><p>The <strong>harbour</strong> is <em>open</em>.</p>', 'Harbour reopens')).toBe(
      '# Harbour reopens\n\n## Background\n\nThe **harbour** is _open_.\n',
    );
  });

  it('does not repeat a title the article already opens with', () => {
    expect(md('<h1>Harbour reopens</h1><p>Text.</p>', 'Harbour reopens')).toBe('# Harbour reopens\n\nText.\n');
  });

  it('makes links and images absolute', () => {
    expect(md('<p>See <a href="../docs/report.pdf">the report</a>.</p><p><img src="/img/a.jpg" alt="A ferry"></p>')).toBe(
      'See [the report](https://news.example/docs/report.pdf).\n\n![A ferry](https://news.example/img/a.jpg)\n',
    );
  });

  it('renders ordered, unordered and nested lists', () => {
    expect(md('<ol><li>One</li><li>Two<ul><li>Two a</li></ul></li></ol><ul><li>Dash</li></ul>')).toBe('1. One\n2. Two\n   - Two a\n\n- Dash\n');
  });

  it('renders block quotes and code', () => {
    expect(md('<blockquote><p>We will reopen.</p><p>Soon.</p></blockquote><pre>x = 1\ny = 2</pre>')).toBe('> We will reopen.\n>\n> Soon.\n\n```\nx = 1\ny = 2\n```\n');
  });

  it('renders data tables as pipe tables and layout tables as blocks', () => {
    expect(md('<table><tr><th>Rating</th><th>Action</th></tr><tr><td>High</td><td>Be <b>ready</b> | act</td></tr><tr><td>Low</td></tr></table>')).toBe(
      '| Rating | Action |\n| --- | --- |\n| High | Be **ready** \\| act |\n| Low |  |\n',
    );
    const long = 'A long paragraph of article text. '.repeat(10);
    expect(md(`<table><tr><td><p>${long}</p></td></tr></table>`)).toBe(`${long.trim()}\n`);
  });

  it('escapes text Markdown would read as syntax', () => {
    const out = md('<p>1. Not a list</p><p># Not a heading</p><p>5 * 3 = 15 and [brackets]</p>');
    expect(out).toBe('1\\. Not a list\n\n\\# Not a heading\n\n5 \\* 3 = 15 and \\[brackets\\]\n');
  });
});

describe('textToMarkdown', () => {
  it('turns paragraphs of text into Markdown paragraphs under the title', () => {
    expect(textToMarkdown('First *one*.\n\nSecond.', 'Title')).toBe('# Title\n\nFirst \\*one\\*.\n\nSecond.\n');
  });
});
