import { afterEach, describe, expect, it } from 'vitest';
import { parseHtml } from '../../src/extract/dom.js';
import type { PageDom } from '../../src/extract/dom.js';
import { decodeEntities } from '../../src/extract/entities.js';
import { headingText, outsideStory, pageHeadings } from '../../src/extract/headline.js';

let open: PageDom[] = [];
afterEach(() => {
  for (const p of open) p.close();
  open = [];
});

function doc(body: string, bodyAttrs = ''): Document {
  const page = parseHtml(`<!doctype html><html><head><title>x</title></head><body ${bodyAttrs}>${body}</body></html>`, 'https://news.example/a');
  open.push(page);
  return page.document;
}

describe('story headings', () => {
  it('leaves out a kicker set inside the headline under its other names (topline, Dachzeile, surtitre)', () => {
    for (const cls of ['seitenkopf__topline', 'article-dachzeile', 'titre-surtitre', 'headline-overline']) {
      const d = doc(`<article><h1><span class="${cls}">Tarifkonflikt</span> <span>GDL kündigt neuen Streik an</span></h1></article>`);
      expect(pageHeadings(d, decodeEntities).soleHeading).toBe('GDL kündigt neuen Streik an');
    }
  });

  it("reads a headline set in Drupal's field spans whole: \"field--label-hidden\" says how a label is shown, and is no label", () => {
    const d = doc('<article><h1><span class="field field--name-title field--label-hidden">The last ferry to Inishcarra</span> <span class="line-2">still runs on diesel and goodwill</span></h1></article>');
    expect(pageHeadings(d, decodeEntities).soleHeading).toBe('The last ferry to Inishcarra still runs on diesel and goodwill');
    const label = doc('<article><h1><span class="story-label">Analysis</span> <span>The last ferry to Inishcarra still runs</span></h1></article>');
    expect(pageHeadings(label, decodeEntities).soleHeading).toBe('The last ferry to Inishcarra still runs');
  });

  it("leaves out the site's logo set as a heading linked to the home page, not a headline linked to its story", () => {
    const logo = doc('<h1><a href="/">Harbour Gazette</a></h1><div><h2>Harbour reopens after storm</h2><p>Text.</p></div>');
    expect(pageHeadings(logo, decodeEntities)).toMatchObject({ headings: [], soleHeading: null, subheadings: ['Harbour reopens after storm'] });
    const linked = doc('<h1><a href="/2024/05/harbour-reopens">Harbour reopens after storm</a></h1><p>Text.</p>');
    expect(pageHeadings(linked, decodeEntities).headings).toEqual(['Harbour reopens after storm']);
  });

  it('keeps a headline whose <body> or <article> only reports that comments are open', () => {
    const d = doc('<article class="post has-comments"><h1>Harbour reopens after storm</h1></article>', 'class="single comments-open related-columns-4"');
    expect(pageHeadings(d, decodeEntities)).toMatchObject({ headings: ['Harbour reopens after storm'], soleHeading: 'Harbour reopens after storm' });
  });

  it('keeps a headline whose <article> is filed under a tag or category naming comments or related items', () => {
    const d = doc('<article class="post tag-recommended-apps category-comments-policy"><h1>Harbour reopens after storm</h1></article>');
    expect(pageHeadings(d, decodeEntities).headings).toEqual(['Harbour reopens after storm']);
  });

  it("takes the one <h1> of the page's <article> as its sole heading when the frame has others", () => {
    const d = doc('<header><h1>Coast Gazette</h1></header><article><h1>Harbour reopens after storm</h1></article><div><h1>More stories</h1></div>');
    expect(pageHeadings(d, decodeEntities).soleHeading).toBe('Harbour reopens after storm');
  });

  it('still leaves out headings inside comments, asides and related stories', () => {
    const d = doc('<h1>Harbour reopens after storm</h1><div class="comments-area"><h1>Leave a reply</h1></div><aside><h1>Most read</h1></aside><div class="related-posts"><h1>Ferry prices rise</h1></div>');
    expect(pageHeadings(d, decodeEntities).headings).toEqual(['Harbour reopens after storm']);
    expect(outsideStory(d.querySelector('.related-posts h1') as Element)).toBe(true);
  });

  it("counts the footer and aside of the story's own <article> as the story's, not another's", () => {
    const d = doc('<article><h1>Harbour reopens</h1><p>Text.</p><aside class="meta">May 3</aside><footer><article class="card"><footer class="by">Ann Lee</footer></article><span class="when">May 4</span></footer></article><footer class="site"><span class="who">Site team</span></footer>');
    expect(outsideStory(d.querySelector('.meta') as Element)).toBe(false);
    expect(outsideStory(d.querySelector('.when') as Element)).toBe(false);
    expect(outsideStory(d.querySelector('.who') as Element)).toBe(true);
    // With two stories on the page, a footer belongs to the one holding the headline.
    const two = doc('<article><h1>Harbour reopens</h1><footer><span class="a">May 3</span></footer></article><article><h2>Ferry prices</h2><footer><span class="b">May 1</span></footer></article>');
    const h1 = two.querySelector('h1');
    expect(outsideStory(two.querySelector('.a') as Element, h1)).toBe(false);
    expect(outsideStory(two.querySelector('.b') as Element, h1)).toBe(true);
  });
});

describe('headingText', () => {
  const text = (html: string): string | null => headingText(doc(html).querySelector('h1') as Element, decodeEntities);

  it('reads the heading block by block, so parts do not glue', () => {
    expect(text('<h1>Best ferry routes<br>Our guide for 2025</h1>')).toBe('Best ferry routes Our guide for 2025');
    expect(text('<h1>Best ferry routes<div>Our guide</div></h1>')).toBe('Best ferry routes Our guide');
    expect(text('<h1>Harbour <em>reopens</em> after storm</h1>')).toBe('Harbour reopens after storm');
    // A subline shown as a block by its style or a display utility class.
    expect(text('<h1>Best ferry routes<span class="block text-sm">Our guide</span></h1>')).toBe('Best ferry routes Our guide');
    expect(text('<h1>Best ferry routes<span style="display: block">Our guide</span></h1>')).toBe('Best ferry routes Our guide');
    expect(text('<h1>Ferry<span class="blocked">men</span> strike</h1>')).toBe('Ferrymen strike');
  });

  it('leaves out a date, kicker or label set inside the heading, unless nothing else is left', () => {
    expect(text('<h1><time datetime="2025-12-18">Dec 18 2025</time> Harbour reopens</h1>')).toBe('Harbour reopens');
    expect(text('<h1><span class="post-category">Travel</span> Harbour reopens</h1>')).toBe('Harbour reopens');
    expect(text('<h1><span class="kicker">Exclusive</span>Harbour reopens</h1>')).toBe('Harbour reopens');
    expect(text('<h1><span class="date">18 December 2025</span></h1>')).toBe('18 December 2025');
  });

  it('leaves out a comment count, a linked source and a leading label', () => {
    expect(text('<h1><a href="/s">Harbour reopens</a> <span class="story-source">(gazette.example)</span> <span class="comment-bubble">87</span></h1>')).toBe('Harbour reopens');
    expect(text('<h1><strong>Blog:</strong> Harbour reopens after storm</h1>')).toBe('Harbour reopens after storm');
    expect(text('<h1>Harbour reopens: <em>ferries:</em> run again</h1>')).toBe('Harbour reopens: ferries: run again');
  });

  it('keeps markup written as text, and decodes entities escaped twice', () => {
    expect(text('<h1>30 Years of &lt;br&gt; Tags</h1>')).toBe('30 Years of <br> Tags');
    expect(text('<h1>Salt &amp;amp; Pepper</h1>')).toBe('Salt & Pepper');
  });
});
