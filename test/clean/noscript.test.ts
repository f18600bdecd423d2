/**
 * Pages whose content is in <noscript>: forum software and single-page sites serve an empty
 * application shell and render the posts there for readers without JavaScript.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/pipeline.js';

const POST = 'I upgraded the harbour controller last night and the tide sensors stopped reporting; the log shows the same timeout every five minutes since the restart.';
const REPLY = 'Roll back to the previous firmware first, then check whether the sensor bridge still answers on its old address before you touch anything else.';

function page(body: string): string {
  return `<!doctype html><html><head><title>Tide sensors stopped after upgrade - Harbour Forum</title></head><body>${body}</body></html>`;
}

const SHELL = '<div id="app"><div class="spinner">Loading…</div></div><script>window.boot()</script>';
const THREAD = `<noscript><div id="main-outlet"><h1>Tide sensors stopped after upgrade</h1><div class="post"><p>${POST}</p><p>${POST}</p></div><div class="post"><p>${REPLY}</p><p>${REPLY}</p></div><script>track()</script></div></noscript>`;

describe('a page whose content is in <noscript>', () => {
  for (const dom of ['light', 'jsdom'] as const) {
    it(`is read from there when the rest of the page is an empty shell (${dom} DOM)`, () => {
      const record = extractArticle(page(`<noscript><img src="/pixel.gif"></noscript>${SHELL}${THREAD}`), { url: 'https://forum.example/t/tide-sensors/42' }, { dom });
      expect(record.body).toContain('tide sensors stopped reporting');
      expect(record.body).toContain('Roll back to the previous firmware');
      expect(record.body).not.toContain('track()');
    });
  }

  it('is dropped when the page has its own content', () => {
    const article = `<article><h1>Tide sensors stopped after upgrade</h1>${`<p>${REPLY}</p>`.repeat(6)}</article>`;
    const record = extractArticle(page(`${article}<noscript><div><p>${POST}</p><p>${POST}</p></div></noscript>`), { url: 'https://news.example/2025/tide-sensors' });
    expect(record.body).toContain('Roll back to the previous firmware');
    expect(record.body).not.toContain('tide sensors stopped reporting');
  });

  it('is dropped when it holds only a line or a pixel', () => {
    const record = extractArticle(page(`<article><h1>Tide sensors</h1>${`<p>${REPLY}</p>`.repeat(3)}</article><noscript>Please turn on JavaScript to use this site.</noscript>`), { url: 'https://news.example/2025/tide' });
    expect(record.body).not.toContain('turn on JavaScript');
  });
});
