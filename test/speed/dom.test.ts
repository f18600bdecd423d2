import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../src/extract/dom.js';
import { prepareHtml } from '../../src/extract/prepare.js';
import { extract } from '../../src/pipeline.js';
import type { CopydeskRecord } from '../../src/record/types.js';
import { devSetDir } from '../helpers/shared.js';

const FETCHED_AT = new Date('2024-01-02T03:04:05Z');

/** Pages that exercise what differs between DOM libraries: tree repair, URLs, attribute order. */
const PAGES: Record<string, string> = {
  tables: `<html><head><title>Budget vote - Daily</title><meta property="og:site_name" content="Daily"></head><body>
<table><tr><td>cell one<p>para in cell</td><b>bold moved out</b></tr></table>
<article><h1>Budget vote</h1>${'<p>The council approved the budget on Tuesday after a long debate about roads, schools and the new library, members said.'.repeat(8)}
<ul><li>first<li>second</ul><p>Unclosed <i>italic <b>and bold</i> text</b> after.</article></body></html>`,
  links: `<html><head><base href="/news/"><title>Links</title></head><body><article>
${'<p>Officials said the <a href="report.html">report</a> and the <a href="#notes">notes</a> were published, along with <a href="https://other.example/x?a=b c">a link</a> to the archive.</p>'.repeat(6)}
<figure><img class="lazy" src="data:image/gif;base64,R0lGOD" data-src="/img/a.jpg" data-srcset="/img/a-320.jpg 320w, /img/a-640.jpg 640w" alt="A picture"><figcaption>Caption</figcaption></figure>
</article></body></html>`,
  entities: `<!doctype html><html lang="fr"><body><main><h1>L&#39;&eacute;t&eacute; &amp; l&rsquo;hiver</h1>
${'<p>« Nous avons vu la mer monter&nbsp;», a déclaré le maire, ajoutant que la digue avait tenu malgré la tempête de la nuit.</p>'.repeat(7)}
<template><p>template text</p></template><noscript><p>noscript text</p></noscript></main></body></html>`,
  // Document order after the headline: a byline and a written-out dateline below a deep <h1>,
  // with another story's date above it.
  'byline-after-headline': `<html><head><title>Guide to tariffs</title></head><body>
<div class="ticker"><span class="date">March 3, 2018</span></div>
<div class="wrap"><div class="inner"><header><h1>Guide to tariffs</h1></header></div>
<div class="meta"><p class="byline"> By <a href="/staff/lj/">Lena Jacobs</a> on <span class="date">Monday, November 18, 2019 at 11:04 a.m.</span></p></div>
<article>${'<p>Trade officials explained how tariffs are collected at the border and who pays them in the end.</p>'.repeat(8)}</article></div></body></html>`,
};

function stable(record: CopydeskRecord): string {
  return JSON.stringify(record);
}

function both(html: string, url: string): [string, string] {
  const input = { url, fetchedAt: FETCHED_AT, markdown: true };
  return [stable(extract(html, input, { dom: 'jsdom', keepNonArticles: true })), stable(extract(html, input, { dom: 'light', keepNonArticles: true }))];
}

describe('light DOM against the jsdom reference', () => {
  for (const [name, html] of Object.entries(PAGES)) {
    it(`gives the same record: ${name}`, () => {
      const [reference, light] = both(html, 'https://site.example/section/page.html');
      expect(light).toBe(reference);
    });
  }

  const dev = devSetDir();
  it.skipIf(!dev)('gives the same record on development pages', () => {
    const dir = join(dev as string, 'html');
    const truth = JSON.parse(readFileSync(join(dev as string, 'ground-truth.json'), 'utf8')) as Record<string, { url: string }>;
    // Every 30th page: a spread of sites inside the time budget of one test file. All pages
    // are compared by `npm run bench:dom` (bench/dom-compare.ts).
    const files = readdirSync(dir).sort().filter((_, i) => i % 30 === 0);
    expect(files.length).toBeGreaterThan(5);
    for (const file of files) {
      const id = file.replace(/\.html\.gz$/, '');
      const html = gunzipSync(readFileSync(join(dir, file))).toString('utf8');
      const [reference, light] = both(html, truth[id]?.url ?? '');
      expect(light, id).toBe(reference);
    }
  });

  it('resolves URL properties and addresses as jsdom does', () => {
    const html = prepareHtml('<html><head><base href="/a/"></head><body><a href="b.html">x</a><a>none</a><img src="//cdn.example/i.png"></body></html>');
    for (const kind of ['light', 'jsdom'] as const) {
      const page = parseHtml(html, 'https://site.example/news/story', kind);
      try {
        const doc = page.document;
        const anchors = Array.from(doc.querySelectorAll('a')) as HTMLAnchorElement[];
        expect([doc.URL, doc.baseURI, anchors[0]?.href, anchors[1]?.href, (doc.querySelector('img') as HTMLImageElement).src], kind).toEqual([
          'https://site.example/news/story',
          'https://site.example/a/',
          'https://site.example/a/b.html',
          '',
          'https://cdn.example/i.png',
        ]);
      } finally {
        page.close();
      }
    }
  });

  it('keeps attributes in page order', () => {
    const page = parseHtml('<p id="i" class="c" data-a="1" title="t">x</p>');
    const names = Array.from(page.document.querySelector('p')?.attributes ?? []).map((a) => a.name);
    expect(names).toEqual(['id', 'class', 'data-a', 'title']);
  });
});
