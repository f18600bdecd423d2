/**
 * A publication time declared in UTC, restated in the clock the page shows its readers; a
 * byline's place line that is the story's section, and the site's desk, not second writers.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/pipeline.js';
import { STORY_SENTENCES } from '../helpers/story.js';

const url = 'https://harbour-news.example/news/crocodile-removals/104915532';
const story = STORY_SENTENCES.map((s) => `<p>${s}</p>`).join('');

function page(head: string, header: string, footer = ''): string {
  return `<!doctype html><html lang="en-AU"><head><title>Crocodiles removed | Harbour News</title>${head}</head><body>
    <main><article><header><h1>Crocodiles removed from the harbour</h1>${header}</header>${story}${footer}</article></main></body></html>`;
}

describe('the publication time in local time', () => {
  it("reads the local date and clock a <time> shows for the UTC moment it declares", () => {
    const ld = '<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Crocodiles removed from the harbour","datePublished":"2025-03-08T19:32:00+00:00"}</script>';
    const html = page(`<meta property="article:published_time" content="2025-03-08T19:32:00+00:00">${ld}`, '', '<footer><p>First posted <time datetime="2025-03-08T19:32:00.000Z">Sun 9 Mar 2025 at 6:02am</time></p></footer>');
    expect(extractArticle(html, { url }).publishedAt).toBe('2025-03-09T06:02:00+10:30');
  });

  it('fills in the year a timestamp leaves out', () => {
    const html = page('<meta property="article:published_time" content="2019-11-19T01:19:34Z">', '<time datetime="2019-11-19T01:19:34.819Z">Posted Nov 18, 8:19 PM</time>');
    expect(extractArticle(html, { url }).publishedAt).toBe('2019-11-18T20:19:34-05:00');
  });

  it('takes the offset of the same moment written elsewhere in the page', () => {
    const html = page('<meta property="article:published_time" content="2019-11-20T02:59:46Z"><meta name="sailthru.date" content="2019-11-19 20:59:46 -0600">', '');
    expect(extractArticle(html, { url }).publishedAt).toBe('2019-11-19T20:59:46-06:00');
  });

  it('keeps the UTC moment when the page shows no clock for it', () => {
    const html = page('<meta property="article:published_time" content="2025-03-08T19:32:00Z"><meta name="sailthru.date" content="2025-03-01T10:00:00+02:00">', '<p><time datetime="2025-03-08T19:32:00Z">8 March 2025</time></p>');
    expect(extractArticle(html, { url }).publishedAt).toBe('2025-03-08T19:32:00Z');
  });
});

describe('the order of numeric dates', () => {
  it("is the page's own when one of its dates can be read one way only", () => {
    const thread = (extra: string): string => `<!doctype html><html lang="en"><head><title>Dovetail gaps | Woodworking Forum</title></head><body><main><h1>Dovetail gaps</h1>
      <div class="post"><span class="date">05-12-2012, 08:41 PM</span>${story}</div>${extra}</main></body></html>`;
    expect(extractArticle(thread('<p>Last edited by Sam; 05-13-2012 at 07:55 AM.</p>'), { url }).publishedAt?.slice(0, 10)).toBe('2012-05-12');
    expect(extractArticle(thread('<p>Last edited by Sam; 13-05-2012 at 07:55.</p>'), { url }).publishedAt?.slice(0, 10)).toBe('2012-12-05');
  });
});

describe("a byline's place", () => {
  it("is not a writer when it is the site's desk, nor is the weekday after the name", () => {
    const desk = '<meta property="og:site_name" content="Brazos Valley Sentinel"><title>x</title>';
    expect(extractArticle(page(desk, '<p class="byline"><span>By <a href="/staff/marcus-bell">Marcus Bell</a>, Sentinel Sports</span></p>'), { url }).authors).toEqual(['Marcus Bell']);
    const drupal = '<div class="node__meta"><span>Von <a href="/user/14" class="username">Karl-Heinz Wüst</a></span> <span class="node__meta--created">So, 06.04.2025 - 11:30</span></div>';
    expect(extractArticle(page('', drupal), { url }).authors).toEqual(['Karl-Heinz Wüst']);
  });

  it("is not the label of the link to the writer's archive", () => {
    const header = '<ul class="post-meta"><li>By <a href="/author/yusuf/">Yusuf Demir</a></li></ul>';
    const bio = '<div class="author-bio"><h2 class="author-title">By Yusuf Demir</h2><p>Yusuf writes here on Sundays.</p><a class="author-link" href="/author/yusuf/" rel="author">View Archive <span aria-hidden="true">→</span></a></div>';
    expect(extractArticle(page('', header, bio), { url }).authors).toEqual(['Yusuf Demir']);
  });

  it('is not a writer when it is the declared section', () => {
    const ld = '<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Crocodiles removed from the harbour","author":[{"@type":"Person","name":"Lucía Marín"}],"articleSection":"Villanueva del Ebro","datePublished":"2025-09-21T22:47:14+02:00"}</script>';
    const header = '<div class="v-mdl-ath"><p>Texto y fotos: <a href="/autor/lucia-marin/">Lucía Marín</a></p><p>Villanueva del Ebro<br><time datetime="2025-09-21T22:47:14+02:00">Domingo, 21 de septiembre 2025, 22:47</time></p></div>';
    expect(extractArticle(page(ld, header), { url }).authors).toEqual(['Lucía Marín']);
  });
});
