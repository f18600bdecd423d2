/**
 * Record fields on inputs that used to come out wrong: a day the calendar has not (30 February),
 * words in scripts whose vowels are combining marks, an image's width given in percent, and a
 * canonical link written relative to the page's <base href>.
 */
import { describe, expect, it } from 'vitest';
import { normaliseDate } from '../../src/extract/dates.js';
import { countWords } from '../../src/extract/text.js';
import { extractArticle } from '../../src/pipeline.js';

const PARAGRAPH = 'The council met on Monday to discuss the new budget for the town and its schools, officials said after the vote.';

function page(head: string, body: string): string {
  return `<!doctype html><html lang="en"><head><title>Council approves new budget</title>${head}</head><body><article><h1>Council approves new budget</h1><p>${PARAGRAPH.repeat(3)}</p>${body}<p>${PARAGRAPH.repeat(3)}</p></article></body></html>`;
}

describe('dates the calendar has not', () => {
  it('are no dates: 30 February, 31 April, 29 February of a common year; a leap day stays', () => {
    expect(normaliseDate('2026-02-30T08:15:00Z')).toBeNull();
    expect(normaliseDate('2026-04-31')).toBeNull();
    expect(normaliseDate('2025-02-29')).toBeNull();
    expect(normaliseDate('2024-02-29T10:00:00Z')).toBe('2024-02-29T10:00:00Z');
  });
});

describe('words in scripts with combining vowel signs', () => {
  it('count a Devanagari or Arabic word with its marks as one word', () => {
    expect(countWords('नमस्ते दुनिया')).toBe(2);
    expect(countWords('हिंदी में समाचार')).toBe(3);
    expect(countWords('مُحَمَّد رسول')).toBe(2);
  });
});

describe('image sizes', () => {
  it('take pixels, not a percentage', () => {
    const record = extractArticle(page('', '<p><img src="/a.jpg" width="100%" height="400" alt="A"><img src="/b.jpg" width="640px" alt="B"></p>'), { url: 'https://news.example/2026/11/30/budget.html' });
    expect(record.images).toEqual([
      { src: 'https://news.example/a.jpg', alt: 'A', caption: null, height: 400 },
      { src: 'https://news.example/b.jpg', alt: 'B', caption: null, width: 640 },
    ]);
  });
});

describe('a canonical link under a <base href>', () => {
  it('resolves against the base, as the page\'s links and images do, with or without the page\'s address', () => {
    const html = page('<base href="https://cdn.example/x/"><link rel="canonical" href="c.html">', '');
    expect(extractArticle(html, { url: 'https://news.example/2026/11/30/budget.html' }).canonicalUrl).toBe('https://cdn.example/x/c.html');
    expect(extractArticle(html, {}).canonicalUrl).toBe('https://cdn.example/x/c.html');
    expect(extractArticle(page('<link rel="canonical" href="/2026/11/30/budget.html">', ''), { url: 'https://news.example/amp/budget' }).canonicalUrl).toBe('https://news.example/2026/11/30/budget.html');
  });
});
