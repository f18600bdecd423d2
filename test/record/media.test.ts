import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/pipeline.js';

const PAGE = readFileSync(new URL('../../fixtures/rich/article.html', import.meta.url), 'utf8');
const URL_ = 'https://coast.example/news/harbour.html';

describe('images and links in the record', () => {
  const record = extractArticle(PAGE, { url: URL_ });

  it('lists the article images in order, absolute, with captions and declared sizes', () => {
    expect(record.images).toEqual([
      { src: 'https://coast.example/img/harbour-wide.jpg', alt: 'The harbour at dawn', caption: 'Boats return to the inner harbour on Monday. Photo: Jonas Berg', width: 1200, height: 800 },
      // Lazy loaded: the real address is in data-src, the src is a placeholder; the credit line follows it.
      { src: 'https://cdn.coast.example/img/crane.jpg', alt: 'A crane lifts a block', caption: 'Photo: Port of Vellby' },
    ]);
  });

  it('leaves out tracking pixels, avatars and logos', () => {
    const srcs = record.images.map((i) => i.src).join(' ');
    expect(srcs).not.toContain('pixel.gif');
    expect(srcs).not.toContain('mara.jpg');
    expect(srcs).not.toContain('logo');
  });

  it('lists the links of the text, absolute, without script or same-page links', () => {
    expect(record.links).toEqual([
      { href: 'https://coast.example/timetables/winter', text: 'winter timetable' },
      { href: 'https://www.example.org/report?id=7&x=1', text: 'reported losses' },
      { href: 'https://twitter.com/vellbyport/status/1234567890', text: 'October 2, 2026' },
    ]);
  });

  it('gives the same body, title and dates whether or not HTML and Markdown are rendered', () => {
    const rendered = extractArticle(PAGE, { url: URL_, html: true, markdown: true });
    const pick = (r: typeof record): unknown => ({ body: r.body, title: r.title, authors: r.authors, publishedAt: r.publishedAt, images: r.images, links: r.links });
    expect(pick(rendered)).toEqual(pick(record));
    expect(record.html).toBeUndefined();
    expect(rendered.html).toContain('<figcaption>Boats return');
  });

  it('keeps the caption text out of the body, as before', () => {
    expect(record.body).not.toContain('Jonas Berg');
    expect(record.body).not.toContain('Port of Vellby"');
  });

  it('prefers the address lazy loading keeps over a placeholder src', () => {
    const page = `<!doctype html><html lang="en"><head><title>Harbour reopens after sea wall repairs</title><meta property="og:type" content="article"></head><body><article><h1>Harbour reopens after sea wall repairs</h1>
      <p>${'The harbour reopened on Monday after six weeks of repairs to the sea wall, the port authority said. '.repeat(4)}</p>
      <p><img src="/static/placeholder.gif" data-src="/img/real.jpg" alt="Real"></p>
      <p>${'Ferries to the islands will run on the winter timetable from Tuesday, the authority added. '.repeat(4)}</p></article></body></html>`;
    expect(extractArticle(page, { url: URL_ }).images.map((i) => i.src)).toEqual(['https://coast.example/img/real.jpg']);
  });

  it('takes the image a <noscript> keeps beside a lazy placeholder, and an AMP page\'s <amp-img>', () => {
    const around = (figure: string): string => `<!doctype html><html lang="en"><head><title>Harbour reopens after sea wall repairs</title><meta property="og:type" content="article"></head><body><article><h1>Harbour reopens after sea wall repairs</h1>
      <p>${'The harbour reopened on Monday after six weeks of repairs to the sea wall, the port authority said. '.repeat(4)}</p>
      ${figure}
      <p>${'Ferries to the islands will run on the winter timetable from Tuesday, the authority added. '.repeat(4)}</p></article></body></html>`;
    const images = (figure: string): unknown => extractArticle(around(figure), { url: URL_ }).images;
    expect(images('<figure><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" class="lazyload" alt="Ferry"><noscript><img src="/img/ferry.jpg" alt="Ferry" width="1200" height="800"></noscript><figcaption>The first ferry leaves</figcaption></figure>')).toEqual([
      { src: 'https://coast.example/img/ferry.jpg', alt: 'Ferry', caption: 'The first ferry leaves', width: 1200, height: 800 },
    ]);
    // A placeholder whose real address a lazy-loading attribute holds keeps it; the <noscript> copy is not listed twice.
    expect(images('<p><img src="data:image/gif;base64,R0lGOD" data-src="/img/real.jpg" alt="Real"><noscript><img src="/img/real.jpg" alt="Real"></noscript></p>')).toEqual([{ src: 'https://coast.example/img/real.jpg', alt: 'Real', caption: null }]);
    expect(images('<figure><amp-img src="/img/boats.jpg" width="800" height="600" layout="responsive" alt="Boats"></amp-img><figcaption>Boats back in the harbour</figcaption></figure>')).toEqual([
      { src: 'https://coast.example/img/boats.jpg', alt: 'Boats', caption: 'Boats back in the harbour', width: 800, height: 600 },
    ]);
  });

  it('drops relative links and images of a page read without its address', () => {
    const r = extractArticle(PAGE, {});
    expect(r.images.map((i) => i.src)).toEqual(['https://cdn.coast.example/img/crane.jpg']);
    expect(r.links.map((l) => l.href)).toEqual(['https://www.example.org/report?id=7&x=1', 'https://twitter.com/vellbyport/status/1234567890']);
  });
});

describe('embedded posts and players', () => {
  const record = extractArticle(PAGE, { url: URL_, html: true, markdown: true });

  it('keeps a post as the article shows it: its text and its link, not the embed markup', () => {
    expect(record.body).toContain('Ferries are running again from Vellby harbour this morning.');
    expect(record.html).toContain('<blockquote><p>Ferries are running again');
    expect(record.html).not.toContain('twitter-tweet');
  });

  it('shows a video as a line with its title, linked to the player, in HTML and Markdown', () => {
    expect(record.html).toContain('<p class="embed"><a href="https://www.youtube.com/embed/abc123XYZ">Video: Drone footage of the repaired sea wall</a></p>');
    expect(record.markdown).toContain('[Video: Drone footage of the repaired sea wall](https://www.youtube.com/embed/abc123XYZ)');
    expect(record.html).not.toMatch(/<iframe/i);
    // The stand-in is not an image of the article.
    expect(record.images.map((i) => i.src).join(' ')).not.toContain('youtube');
  });

  it('keeps the entries of a live blog in order, with their times', () => {
    const entries = ['09:02', '09:40', '10:15'].map((t, i) => `<section class="entry"><h3><time datetime="2026-10-02T${t}:00Z">${t}</time> Update ${i + 1}</h3><p>Update ${i + 1}: the harbour master reported that crews had finished another stretch of the sea wall and that ferries were running on time.</p></section>`);
    const page = `<!doctype html><html lang="en"><head><title>Live: harbour reopening</title><meta property="og:type" content="article"></head><body><article><h1>Live: harbour reopening</h1>${entries.join('')}</article></body></html>`;
    const r = extractArticle(page, { url: 'https://coast.example/live', html: true });
    expect(r.body.indexOf('Update 1:')).toBeLessThan(r.body.indexOf('Update 2:'));
    expect(r.body.indexOf('Update 2:')).toBeLessThan(r.body.indexOf('Update 3:'));
    const html = r.html ?? '';
    expect(html.indexOf('Update 1:')).toBeGreaterThan(-1);
    expect(html.indexOf('Update 1:')).toBeLessThan(html.indexOf('Update 2:'));
    expect(html.indexOf('Update 2:')).toBeLessThan(html.indexOf('Update 3:'));
  });
});
