/**
 * Writers named away from the byline: links to a writer's archive ("More articles by …") and
 * the owner of a personal site named after them. Small synthetic pages, one rule each.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { parseHtml } from '../../src/extract/dom.js';
import type { PageDom } from '../../src/extract/dom.js';
import { readMetadata } from '../../src/extract/metadata.js';
import { siteOwner } from '../../src/extract/authors.js';
import { givenName } from '../../src/names.js';
import { extractArticle } from '../../src/pipeline.js';

let open: PageDom[] = [];
afterEach(() => {
  for (const p of open) p.close();
  open = [];
});

function authors(head: string, body: string, url = 'https://news.example/2025/harbour-story'): string[] {
  const page = parseHtml(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`, url);
  open.push(page);
  return readMetadata(page.document, page.document.URL).authors;
}

/** The record's authors: what the page's sources name, else Readability's byline, else the site's owner. */
function recordAuthors(head: string, body: string, url: string): string[] {
  const html = `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;
  return extractArticle(html, { url }).authors;
}

const STORY = `<h1>The harbour reopens after the storm</h1>${'<p>The ferries ran again on Tuesday, three weeks after the storm closed the port, and the first boat left at dawn with a full deck of lorries and commuters.</p>'.repeat(4)}`;

describe('links to a writer\'s archive', () => {
  it('name the writer when no byline does', () => {
    expect(authors('', `<article>${STORY}<div class="bio"><a href="/people/jane-doe">More articles by Jane Dorsey</a></div></article>`)).toEqual(['Jane Dorsey']);
    expect(authors('', `<article>${STORY}<div class="bio"><a href="/people/jane-doe">Alle Artikel von Jane Dorsey</a></div></article>`)).toEqual(['Jane Dorsey']);
  });

  it('name the co-authors the metadata leaves out', () => {
    const ld = '<script type="application/ld+json">{"@type":"NewsArticle","headline":"The harbour reopens after the storm","author":{"@type":"Person","name":"Jane Dorsey"}}</script>';
    const links = '<a href="/people/jane">More articles from Jane Dorsey</a> <a href="/people/john">More articles from John Roe</a>';
    expect(authors(ld, `<article>${STORY}<footer>${links}</footer></article>`)).toEqual(['Jane Dorsey', 'John Roe']);
  });

  it('do not name "this author" or a section', () => {
    expect(authors('', `<article>${STORY}<a href="/people/x">View all articles by this author</a></article>`)).toEqual([]);
    expect(authors('', `<article>${STORY}<a href="/section/nation">Stories from Harbour Nation</a></article>`)).toEqual([]);
  });
});

describe('the owner of a personal site', () => {
  it('is the writer when the host spells the site\'s name and nothing else names one', () => {
    expect(recordAuthors('<meta property="og:site_name" content="Jane Dorsey">', `<article>${STORY}</article>`, 'https://janedorsey.example/posts/harbour')).toEqual(['Jane Dorsey']);
    // The first or the last name alone, from the title's end or the copyright line.
    expect(recordAuthors('<title>Harbour notes (Jane Dorsey)</title>', `<article>${STORY}</article>`, 'https://dorsey.example/harbour')).toEqual(['Jane Dorsey']);
    expect(recordAuthors('', `<article>${STORY}</article><footer>© 2025 Jane Dorsey. All rights reserved.</footer>`, 'https://jane.blog.example/harbour')).toEqual(['Jane Dorsey']);
    expect(recordAuthors('', `<header><a href="/">Jane Dorsey</a></header><article>${STORY}</article>`, 'https://www.janedorsey.example/harbour')).toEqual(['Jane Dorsey']);
  });

  it('gives way to a byline', () => {
    expect(recordAuthors('<meta property="og:site_name" content="Jane Dorsey">', `<article>${STORY.replace('</h1>', '</h1><p class="byline">By John Roe</p>')}</article>`, 'https://janedorsey.example/posts/harbour')).toEqual(['John Roe']);
  });

  it('is no one when the host does not spell the name, or the name is a brand\'s', () => {
    expect(recordAuthors('<meta property="og:site_name" content="Jane Dorsey">', `<article>${STORY}</article>`, 'https://harbourdaily.example/harbour')).toEqual([]);
    expect(siteOwner(['Harbour Daily Media'], 'harbourdailymedia.example')).toBeNull();
    expect(siteOwner(['Janedorsey'], 'janedorsey.example')).toBeNull();
    expect(siteOwner(['Jane Dorsey'], 'dorsey.example')).toBe('Jane Dorsey');
    expect(siteOwner(['Jo Li'], 'li.example')).toBeNull();
    // Named like a person but for a thing: no given name comes first.
    expect(siteOwner(['Solo Stove'], 'solostove.example')).toBeNull();
    expect(siteOwner(['Journey To College'], 'journeytocollege.example')).toBeNull();
    expect(givenName('Jane')).toBe(true);
    expect(givenName('Solo')).toBe(false);
    // Accents aside: the lists write "Jorg", pages "Jörg"; the lists "François", pages "Francois".
    expect(givenName('Jörg')).toBe(true);
    expect(givenName('Francois')).toBe(true);
  });
});

describe('a byline', () => {
  it('does not take the story\'s tag beside the date for its writer', () => {
    const byline = (name: string): string => `<div class="blog-post__byline"><ul><li><a href="/blog/tag/harbour-news">Harbour news</a></li></ul>${name}<span>January 27, 2025</span></div>`;
    expect(authors('', `<article>${byline('')}${STORY}</article>`)).toEqual([]);
    expect(authors('', `<article>${byline('<span>Jane Dorsey</span>')}${STORY}</article>`)).toEqual(['Jane Dorsey']);
  });
});

describe('the byline Readability finds', () => {
  it('is kept only when it reads as a name or a group signing', () => {
    expect(recordAuthors('', `<article>${STORY}<div class="dateline">Visit the Harbour Store</div></article>`, 'https://news.example/2025/harbour-story')).toEqual([]);
    expect(recordAuthors('', `<article>${STORY}<div class="dateline">Jane Dorsey</div></article>`, 'https://news.example/2025/harbour-story')).toEqual(['Jane Dorsey']);
  });

  it('is not an author box\'s credentials, whose class names the author too', () => {
    const box = '<div class="author-box"><p class="box-heading">Jane Dorsey</p><div class="dynamic-author-description">Licensed Harbour Pilot, M.A. Journalism</div></div>';
    expect(recordAuthors('', `<article>${box}${STORY}</article>`, 'https://news.example/2025/harbour-story')).toEqual(['Jane Dorsey']);
    expect(authors('', `<article>${box}${STORY}</article>`)).toEqual(['Jane Dorsey']);
    // Without the name beside them, the credentials alone name no one.
    expect(recordAuthors('', `<article><div class="author-description">Licensed Harbour Pilot, M.A. Journalism</div>${STORY}</article>`, 'https://news.example/2025/harbour-story')).toEqual([]);
  });

  it("is not the place an agency's byline gives beside its name", () => {
    const byline = '<div class="byline"><span class="authorName">Press Trust of India</span> <span class="authorPlace">New Delhi</span></div>';
    expect(recordAuthors('', `<article><h1>Harbour pier rebuild approved</h1>${byline}${STORY}</article>`, 'https://news.example/2025/harbour-story')).not.toContain('New Delhi');
    const person = '<div class="byline"><span class="authorName">Priya Raman</span> <span class="authorLocation">Chennai</span></div>';
    expect(recordAuthors('', `<article><h1>Harbour pier rebuild approved</h1>${person}${STORY}</article>`, 'https://news.example/2025/harbour-story')).toEqual(['Priya Raman']);
  });
});
