/**
 * Paragraphs of a related-stories label and links set between the story's paragraphs, on a
 * template whose class names say nothing: Readability reads the box around them as links
 * and drops it, story paragraphs and all, unless they go first.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/pipeline.js';
import { withRulesOff } from '../../src/clean/switches.js';
import { cleanBeforeReadability } from '../../src/clean/index.js';
import { parseHtml } from '../../src/extract/dom.js';
import { STORY_SENTENCES } from '../helpers/story.js';

// Nine sentences: a story long enough that Readability's first reading keeps its conditional cleaning.
const S = STORY_SENTENCES.slice(0, 9);
const HEADLINES = ['Ferry fares to rise by ten percent from January, operator confirms', 'Storm damage closes the coast road for a second week running', 'New lifeboat station opens after a decade of fundraising'];
const links = HEADLINES.map((h, i) => `<strong><a href="/news/story-${i}">${h}</a> [VIDEO]</strong>`).join('<br>');

function page(promo: string): string {
  const box = (paras: readonly string[], extra = ''): string => `<div class="q7">${paras.map((p) => `<p>${p}</p>`).join('')}${extra}</div>`;
  return `<!doctype html><html><head><title>Harbour board weighs pier rebuild</title></head><body><div class="k2"><div class="x9">
    <h1>Harbour board weighs pier rebuild</h1>
    ${box(S.slice(0, 2))}
    <div class="r1"><h3>Related articles</h3><ul><li><a href="/news/pier-closed">Pier closed</a></li><li><a href="/news/fares">Fares up</a></li></ul></div>
    ${box(S.slice(2, 4), promo)}
    ${box(S.slice(4, 6))}
    ${box(S.slice(6, 9))}
  </div></div></body></html>`;
}

describe('a paragraph of a related-stories label and links between the story\'s paragraphs', () => {
  const cases: [string, string][] = [
    ['label and links in one paragraph', `<p><strong>DON'T MISS</strong><br>${links}</p>`],
    ['the label in the paragraph before', `<p><strong>DON'T MISS</strong></p><p>${links}</p>`],
  ];
  for (const [name, promo] of cases) {
    it(`goes before Readability, and the story paragraphs beside it stay (${name})`, () => {
      const record = extractArticle(page(promo), { url: 'https://coast.example/news/harbour-pier-rebuild' });
      for (const s of S) expect(record.body).toContain(s);
      expect(record.body).not.toContain('Ferry fares to rise');
      expect(record.body).not.toMatch(/DON'T MISS/i);
    });
  }

  it('without the rule, Readability drops the box with the story paragraphs in it, and the hole it leaves is filled from a wider container', () => {
    const read = (): string => extractArticle(page(`<p><strong>DON'T MISS</strong><br>${links}</p>`), { url: 'https://coast.example/news/harbour-pier-rebuild' }).body;
    expect(withRulesOff(['before:promo-paragraphs', 'clean:pick-holes'], read)).not.toContain(S[2]);
    expect(withRulesOff(['before:promo-paragraphs'], read)).toContain(S[2]);
  });

  it('is a label and two links or more, the links most of the text: other paragraphs stay', () => {
    const kept = (html: string): string => {
      const page = parseHtml(`<body><div>${html}<p>${S[0]}</p></div></body>`, 'https://coast.example/news/pier', 'light');
      cleanBeforeReadability(page.document);
      return page.document.body?.textContent ?? '';
    };
    expect(kept(`<p>DON'T MISS: ${links}</p>`)).not.toContain('Ferry fares');
    expect(kept(`<p>Read more</p><p>${links}</p>`)).not.toMatch(/Read more|Ferry fares/);
    // One link is a pointer the story may keep.
    expect(kept('<p>Related: <a href="/news/pier-history">The long history of the old ferry pier and its keepers</a></p>')).toContain('long history');
    // Links with no label, or a label before a sentence with a link in it.
    expect(kept(`<p>${links}</p>`)).toContain('Ferry fares');
    expect(kept(`<p>Read more</p><p>${S[1]} <a href="/a">Ferry fares to rise</a> <a href="/b">Storm damage</a></p>`)).toContain('Ferry fares');
    // A label that starts a sentence is no label.
    expect(kept(`<p>Related stories were <a href="/a">${HEADLINES[0]}</a> and <a href="/b">${HEADLINES[1]}</a></p>`)).toContain('Ferry fares');
  });
});
