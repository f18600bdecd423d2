/**
 * A story's summary box before its text ("Das Wichtigste in Kürze", "Key points"): kept at the
 * head of the article when Readability's pick of the story's paragraphs left it out; a list
 * of headlines under such a heading, or a summary in a sidebar, is not.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/pipeline.js';
import { STORY_SENTENCES, STORY_URL } from '../helpers/story.js';

const url = STORY_URL;
const entries = STORY_SENTENCES.map((s, i) => `<div class="lb-entry"><time>${10 + i}:00</time><p>${s}</p></div>`).join('\n');

function page(box: string): string {
  return `<!doctype html><html lang="en"><head><title>Pier live | Harbour News</title></head><body>
    <main><article><h1>Pier rebuild: the board's meeting as it happens</h1>
    <div class="story-text">${box}<div class="liveblog">${entries}</div></div></article></main></body></html>`;
}

describe("a story's summary before its text", () => {
  it('is kept at the head of the article', () => {
    const html = page(`<div class="key-box"><h2>Key points</h2><ul>
      <li>The harbour board approved the rebuild of the ferry pier on Tuesday.</li>
      <li>Two of the timber piles have already given way, engineers said.</li>
      <li>The pier closes to foot passengers from the first of March.</li></ul></div>`);
    const body = extractArticle(html, { url }).body;
    expect(body).toContain('Two of the timber piles have already given way');
    expect(body.indexOf('Key points')).toBeLessThan(body.indexOf(STORY_SENTENCES[0] as string));
  });

  it('is not a list of headlines under such a heading, nor a box in a sidebar', () => {
    const headlines = page(`<div class="key-box"><h2>Highlights</h2><ul>
      <li><a href="/a">Ferry timetable changes for the winter</a></li><li><a href="/b">Quay car park to close for a week</a></li></ul></div>`);
    expect(extractArticle(headlines, { url }).body).not.toContain('Ferry timetable');
    const sidebar = page(`<aside class="key-box"><h2>Key points</h2><ul>
      <li>The harbour board approved the rebuild of the ferry pier on Tuesday.</li>
      <li>Two of the timber piles have already given way, engineers said.</li></ul></aside>`);
    expect(extractArticle(sidebar, { url }).body).not.toContain('Two of the timber piles');
  });
});
