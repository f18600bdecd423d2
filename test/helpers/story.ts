import { expect } from 'vitest';
import { extractArticle } from '../../src/pipeline.js';

/**
 * Ten sentences of one made-up story, each long enough to count as prose, for tests that cut
 * a story into boxes and paragraphs.
 */
export const STORY_SENTENCES: readonly string[] = [
  'The harbour board met again on Tuesday to weigh the cost of rebuilding the old ferry pier before the winter storms arrive.',
  'Engineers told the board that the timber piles had rotted faster than expected and that two of them had already given way.',
  'The chair said the work could not wait for next year, whatever the final bill, because the ferry carries three hundred people a day.',
  'A local fisherman, who has moored beside the pier for forty years, said he had watched the structure sag a little more every month.',
  'Council officers will now ask the regional fund for a grant that would cover about half of the estimated cost of the new pier.',
  'The board expects to choose a builder in the spring, with the old pier closed to foot passengers from the first of March onwards.',
  'Shop owners on the quay worry that a long closure will keep the summer visitors away from the old town for a whole season.',
  'The ferry operator has offered to run a temporary landing stage from the slipway while the new pier is being built.',
  'Divers will survey the seabed next month to find out whether the new piles can go where the old ones stood for a century.',
  'The last rebuild, in 1961, took two summers, and older residents still remember the queues for the small boats that stood in.',
];

/** The address the story pages below are read at. */
export const STORY_URL = 'https://harbour-news.example/local/pier-rebuild-4711.html';

/** A news page around `inner`: a header, the story's article under its headline, a footer. */
export function storyPage(inner: string, lang = 'en'): string {
  return `<!doctype html><html lang="${lang}"><head><title>Pier rebuild approved | Harbour News</title></head><body>
    <header><a href="/">Harbour News</a></header>
    <main><article><h1>Pier rebuild approved</h1>${inner}</article></main>
    <footer><p>Contact the newsroom</p></footer></body></html>`;
}

/** The body copydesk extracts from storyPage(inner, lang) at STORY_URL. */
export function storyBody(inner: string, lang = 'en'): string {
  return extractArticle(storyPage(inner, lang), { url: STORY_URL }).body;
}

/** The body of a story of three paragraphs with `extra` between the second and the third. */
export function bodyAround(extra: string, lang = 'en'): string {
  const [first, second, third] = STORY_SENTENCES;
  return storyBody(`<p>${first ?? ''}</p><p>${second ?? ''}</p>${extra}<p>${third ?? ''}</p>`, lang);
}

/** A sentence of the story's own, set as a paragraph between its paragraphs (bodyAround), stays. */
export function keepsLine(sentence: string): void {
  expect(bodyAround(`<p>${sentence}</p>`)).toContain(sentence);
}

/** `extra` between a story's paragraphs (bodyAround) goes, and the paragraph after it stays. */
export function dropsLine(lang: string, extra: string, gone: string): void {
  const body = bodyAround(extra, lang);
  expect(body).toContain(STORY_SENTENCES[2]);
  expect(body).not.toContain(gone);
}
