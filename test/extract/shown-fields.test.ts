import { afterEach, describe, expect, it } from 'vitest';
import { parseVisibleDate } from '../../src/extract/dates.js';
import { parseHtml } from '../../src/extract/dom.js';
import type { PageDom } from '../../src/extract/dom.js';
import { readMetadata } from '../../src/extract/metadata.js';

let open: PageDom[] = [];
afterEach(() => {
  for (const p of open) p.close();
  open = [];
});

/** A page with no declared metadata: what it shows must carry the fields. */
function page(body: string, head = '', url = 'https://news.example/harbour-story'): Document {
  const p = parseHtml(`<!doctype html><html lang="en-US"><head><title>Harbour story</title>${head}</head><body>${body}</body></html>`, url);
  open.push(p);
  return p.document;
}

const story = '<p>The harbour reopened on Monday after a week of repairs, and the ferries ran again on time.</p>'.repeat(6);

describe('dates shown on pages without metadata', () => {
  it('reads a slashed date with a two-digit year when a time follows it', () => {
    expect(parseVisibleDate('By Tess Roe - 11/19/19 06:56 AM EST')).toBe('2019-11-19T06:56:00-05:00');
    expect(parseVisibleDate('19/11/19, 14:05')).toBe('2019-11-19T14:05:00');
    expect(parseVisibleDate('Published 3/4/25 at 10:00', { monthFirst: true })).toBe('2025-03-04T10:00:00');
    // Alone, such digits are a score or a fraction.
    expect(parseVisibleDate('won 3/4/19 overall')).toBeNull();
    const doc = page(`<article><h1>Harbour reopens after repairs</h1><div class="meta"><span>By <a href="/people/tess-roe">Tess Roe</a> - 11/19/19 06:56 AM EST</span></div>${story}</article>`);
    expect(readMetadata(doc, doc.URL).publishedAt?.slice(0, 10)).toBe('2019-11-19');
  });

  it('reads a year and the time glued after it by elements of their own', () => {
    expect(parseVisibleDate('Originally published November 9, 202211:01 AM ET')).toBe('2022-11-09T11:01:00');
    const doc = page(
      `<article><h1>Harbour reopens after repairs</h1><div class="dateblock"><time datetime="2022-11-11T20:23:00-05:00"><span>Updated November 11, 2022</span><span>8:23 PM ET</span></time> <time><span>Originally published November 9, 2022</span><span>11:01 AM ET</span></time></div>${story}</article>`,
    );
    expect(readMetadata(doc, doc.URL).publishedAt?.slice(0, 10)).toBe('2022-11-09');
  });

  it('keeps the declared seconds and offset of the minute a dateline shows', () => {
    const dateline = `<article><h1>Harbour reopens after repairs</h1><div class="dateblock"><span>Updated November 11, 2022</span><span>8:23 PM ET</span> <span class="tooltip">Originally published <span>November 9, 2022</span><span>11:01 AM ET</span></span></div>${story}</article>`;
    const doc = page(dateline, '<meta property="article:published_time" content="2022-11-09T11:01:10-05:00">');
    expect(readMetadata(doc, doc.URL).publishedAt).toBe('2022-11-09T11:01:10-05:00');
  });
});

describe('the update a page shows when it declares none', () => {
  const at = (dateline: string, head = ''): { publishedAt: string | null; modifiedAt: string | null } => {
    const doc = page(`<article><h1>Harbour reopens after repairs</h1>${dateline}${story}</article>`, head);
    const { publishedAt, modifiedAt } = readMetadata(doc, doc.URL);
    return { publishedAt, modifiedAt };
  };

  it('reads the update beside the publication in the languages the dates are read in', () => {
    expect(at('<div>Published Dec 7, 2026 2:03 PM · Updated Dec 8, 2026 9:15 AM</div>')).toEqual({ publishedAt: '2026-12-07T14:03:00', modifiedAt: '2026-12-08T09:15:00' });
    expect(at('<div class="meta">Erstellt: 07.12.2026, 14:03 Uhr · Aktualisiert: 08.12.2026, 09:15 Uhr</div>')).toEqual({ publishedAt: '2026-12-07T14:03:00', modifiedAt: '2026-12-08T09:15:00' });
    expect(at('<div>Publié le 7 décembre 2026 à 14h03, mis à jour le 8 décembre 2026 à 09h15</div>').modifiedAt).toBe('2026-12-08T09:15:00');
  });

  it('gives no update where the page shows none, and none dated before the story', () => {
    expect(at('<div>Published Dec 7, 2026 2:03 PM</div>').modifiedAt).toBeNull();
    // "Stay updated" is no dateline, and an update before publication is another date's.
    expect(at('<div>Published Dec 7, 2026 · Stay updated with our newsletter</div>').modifiedAt).toBeNull();
    expect(at('<div class="date">Published Dec 7, 2026 · Updated Dec 1, 2026</div>').modifiedAt).toBeNull();
  });

  it('leaves a declared modification alone, and restates the declared moment of the same minute', () => {
    const declared = '<meta property="article:modified_time" content="2026-12-09T10:00:00+01:00">';
    expect(at('<div>Published Dec 7, 2026 · Updated Dec 8, 2026 9:15 AM</div>', declared).modifiedAt).toBe('2026-12-09T10:00:00+01:00');
    const published = '<meta property="article:published_time" content="2025-09-09T13:00:54-04:00">';
    expect(at('<div class="byline">Updated Sep 9, 2025, 1:00 PM ET</div>', published)).toEqual({ publishedAt: '2025-09-09T13:00:54-04:00', modifiedAt: '2025-09-09T13:00:54-04:00' });
  });
});

describe('bylines shown on pages without metadata', () => {
  it('reads a writer named in a button that opens the biography', () => {
    const doc = page(`<article><h1>Harbour reopens after repairs</h1><div class="page-byline"><div class="page-byline__item">By <button type="button" class="btn-link">Jane Roe</button></div><div class="page-byline__item"><button>Share</button></div></div>${story}</article>`);
    expect(readMetadata(doc, doc.URL).authors).toEqual(['Jane Roe']);
  });

  it('keeps other buttons out of the byline', () => {
    const doc = page(`<article><h1>Harbour reopens after repairs</h1><div class="byline">By Jane Roe <button>Follow</button></div>${story}</article>`);
    expect(readMetadata(doc, doc.URL).authors).toEqual(['Jane Roe']);
  });

  it("reads the writer a portrait's alt text labels", () => {
    for (const portrait of ['<img src="/a.jpg" alt="Writer: Kalyn Moss">', '<span role="img" aria-label="Writer: Kalyn Moss"><svg></svg></span>']) {
      const doc = page(`<article><h1>Harbour reopens after repairs</h1><ul class="x1"><li>${portrait}<span>Kalyn Moss</span></li><li>Jun 9</li></ul>${story}</article>`);
      expect(readMetadata(doc, doc.URL).authors).toEqual(['Kalyn Moss']);
    }
  });

  it('takes the agency, not the place, from a byline set in elements of their own', () => {
    const doc = page(`<article><h1>Harbour reopens after repairs</h1><div class="article-author"><a class="article-author__name" href="/author/reuters">Reuters, </a><span class="article-author__name"> Washington, </span></div>${story}</article>`);
    expect(readMetadata(doc, doc.URL).authors).toEqual(['Reuters']);
  });

  it('reads a byline linked to a /byline/ page', () => {
    const doc = page(`<article><h1>Harbour reopens after repairs</h1><div class="meta"><span class="place">New Delhi</span>, <a href="https://news.example/byline/harbour-news-bureau"><span>Harbour News Bureau</span></a> | Updated: 19 November 2019, 09:01 AM</div>${story}</article>`);
    expect(readMetadata(doc, doc.URL).authors).toEqual(['Harbour News Bureau']);
  });
});
