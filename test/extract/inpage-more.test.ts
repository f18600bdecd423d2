/**
 * In-page metadata on markup the first readers missed: bylines and datelines written with
 * deep indentation, labels in headings, dates beside the byline, and the like. Small
 * synthetic pages, one rule each.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { parseHtml } from '../../src/extract/dom.js';
import type { PageDom } from '../../src/extract/dom.js';
import { readMetadata } from '../../src/extract/metadata.js';
import type { PageMetadata } from '../../src/extract/metadata.js';

const URL_ = 'https://news.example/world/harbour-story.html';
let open: PageDom[] = [];
afterEach(() => {
  for (const p of open) p.close();
  open = [];
});

function meta(head: string, body: string, url = URL_): PageMetadata {
  const page = parseHtml(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`, url);
  open.push(page);
  return readMetadata(page.document, page.document.URL);
}

/** Markup indented the way templates print it: every tag on its own deeply indented line. */
function indented(html: string): string {
  return html.replace(/>\s*</g, `>\n${' '.repeat(40)}<`).replace(/>([^<\s][^<]*)</g, `>\n${' '.repeat(40)}$1\n${' '.repeat(40)}<`);
}

describe('indented markup', () => {
  it('reads a "by" line under the headline whose indentation makes it long', () => {
    const body = indented('<article><h1>Harbour reopens</h1><div class="m-meta">by <span>Ada Lovelace</span> on <span>Jan 22, 2025</span></div><p>x</p></article>');
    expect(body.length).toBeGreaterThan(200);
    expect(meta('', body).authors).toEqual(['Ada Lovelace']);
  });
});
