/**
 * Other stories' cards under a story whose headlines are long (a teaser's linked heading is a
 * headline whatever its length), other stories' excerpts cut at one length under a label no rule
 * knows, and a grid of cards whose rows a template names by their place
 * ("odd", "even"): one kind of card for the verdict's signals.
 */
import { describe, expect, it } from 'vitest';
import { DOM_KINDS } from '../../src/config.js';
import { readPageSignals } from '../../src/clean/signals.js';
import { parseHtml } from '../../src/extract/dom.js';
import { STORY_SENTENCES, storyBody } from '../helpers/story.js';

const [FIRST, SECOND, THIRD, , , SIXTH, SEVENTH, EIGHTH, NINTH] = STORY_SENTENCES;

describe("other stories' cards under a story", () => {
  const card = (headline: string, excerpt: string | undefined, day: string): string =>
    `<article class="rel-item"><h3 class="rel-title"><a href="/local/${day.replace(/\//g, '-')}.html">${headline}</a></h3><p class="rel-lead">${excerpt ?? ''}</p><span class="rel-date">${day}</span></article>`;

  it('go with their excerpts when the first card has a long headline', () => {
    const cards = [
      card('The harbour board closed last year with a record number of rescues in the bay: sixty-one', SIXTH, '14/01/2025'),
      card('Ferry crews walk out over pay', SEVENTH, '22/12/2024'),
      card('Quay car park to close for a week', EIGHTH, '30/11/2024'),
      card('New buoys mark the winter channel', NINTH, '08/11/2024'),
    ].join('');
    const body = storyBody(`<p>${FIRST}</p><p>${SECOND}</p><p>${THIRD}</p></article><section class="related"><h2>Related news</h2><div class="grid">${cards}</div></section><article>`);
    expect(body).toContain(THIRD);
    for (const gone of [SIXTH, SEVENTH, EIGHTH, 'Ferry crews walk out']) expect(body).not.toContain(gone);
  });
});

describe("other stories' excerpts cut at one length", () => {
  const cut = (s: string | undefined): string => `${(s ?? '').slice(0, 96)}...`;
  const excerpts = [SIXTH, SEVENTH, EIGHTH, NINTH].map((s) => `<div class="item"><div class="kicker">Local</div><div class="text">${cut(s)}</div></div>`).join('');

  it('go after the story with their label and the short lines between them', () => {
    const body = storyBody(`<p>${FIRST}</p><p>${SECOND}</p><p>${THIRD}</p><div class="box-label">From around the region</div>${excerpts}`);
    expect(body).toContain(THIRD);
    for (const gone of [cut(SIXTH), cut(NINTH), 'From around the region', 'Local']) expect(body).not.toContain(gone);
  });

  it('stay as a page of them under a line or two, and as the entries of a list', () => {
    const listing = storyBody(`<p>The week in the harbour town, in short.</p>${excerpts}`);
    expect(listing).toContain(cut(SIXTH));
    expect(listing).toContain(cut(NINTH));
    const entries = [SIXTH, SEVENTH, EIGHTH, NINTH].map((s) => `<li>${cut(s)}</li>`).join('');
    const contents = storyBody(`<p>${FIRST}</p><p>${SECOND}</p><p>${THIRD}</p><ul>${entries}</ul>`);
    expect(contents).toContain(cut(SEVENTH));
  });
});

describe('a grid of cards in alternating rows', () => {
  for (const dom of DOM_KINDS) {
    it(`is one grid, whatever its rows' stripes (${dom} DOM)`, () => {
      const rows = STORY_SENTENCES.slice(0, 5)
        .map((s, i) => `<div class="news-item ${i % 2 ? 'even' : 'odd'}${i === 0 ? ' first' : ''}"><h2><a href="/news/story-${i}.html">Story number ${i} of the week</a></h2><p>${s}</p></div>`)
        .join('');
      const page = parseHtml(`<!doctype html><html><body><main><div class="news-list">${rows}</div></main></body></html>`, 'https://club.example/news.html', dom);
      try {
        expect(readPageSignals(page.document).cardChars).toBeGreaterThan(400);
      } finally {
        page.close();
      }
    });
  }
});
