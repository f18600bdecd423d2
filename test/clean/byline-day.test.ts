/**
 * A byline that opens on the day, and an audio player's call with its length. (A site builder's
 * quotation or box of facts in a block of its own between two text blocks: fixtures/clean,
 * builder-interview-quote and builder-travel-facts.)
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/pipeline.js';
import { STORY_SENTENCES, STORY_URL, storyPage } from '../helpers/story.js';

const [FIRST, SECOND, THIRD] = STORY_SENTENCES;
const url = STORY_URL;

describe('bylines and the lines around the post', () => {
  it('reads a byline that opens on the day, in the same element', () => {
    const html = storyPage(`<p class="info"><time datetime="2024-06-04T09:00:00+02:00">04.06.2024</time> Text: Reto Ammann</p><p>${FIRST}</p><p>${SECOND}</p><p>${THIRD}</p>`, 'de');
    expect(extractArticle(html, { url }).authors).toEqual(['Reto Ammann']);
  });

  it('drops an audio player\'s call with its length in brackets', () => {
    const html = storyPage(`<p>${FIRST}</p><div class="player"><span>Beitrag hören (1:34)</span></div><p>${SECOND}</p><p>${THIRD}</p>`, 'de');
    const body = extractArticle(html, { url }).body;
    expect(body).toContain(THIRD);
    expect(body).not.toContain('Beitrag hören');
  });
});
