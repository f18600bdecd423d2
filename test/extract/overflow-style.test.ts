/**
 * "overflow-hidden" is a style (the box clips what overflows it), not a sign that the box is
 * hidden furniture, though Readability's class weight reads the word "hidden" in it.
 */
import { describe, expect, it } from 'vitest';
import { OVERFLOW_STYLE_CLASS } from '../../src/clean/rules.js';
import { withRulesOff } from '../../src/clean/switches.js';
import { extractArticle } from '../../src/pipeline.js';
import { STORY_SENTENCES } from '../helpers/story.js';

const STORY = STORY_SENTENCES.slice(0, 8);

// The story's last paragraphs sit in a card of their own, as ranking and product cards do.
function page(cardClass: string): string {
  const paras = (ps: readonly string[]): string => ps.map((p) => `<p>${p}</p>`).join('');
  return `<!doctype html><html><head><title>Harbour board weighs pier rebuild</title></head><body><div class="k2">
    <h1>Harbour board weighs pier rebuild</h1>
    <div class="mx-auto">${paras(STORY.slice(0, 5))}<div class="${cardClass}"><div class="p-4">${paras(STORY.slice(5))}</div></div></div>
  </div></body></html>`;
}

const url = 'https://coast.example/news/harbour-pier-rebuild';

describe('a class that clips overflow', () => {
  it('leaves the story\'s card styled "overflow-hidden" to Readability', () => {
    for (const cls of ['relative overflow-hidden rounded-lg', 'md:overflow-hidden grid', 'overflow-x-hidden']) {
      const record = extractArticle(page(cls), { url });
      for (const s of STORY) expect(record.body).toContain(s);
    }
  });

  it('without the rule, Readability removes the card with the story\'s paragraphs in it', () => {
    const record = withRulesOff(['readability:overflow-style'], () => extractArticle(page('relative overflow-hidden rounded-lg'), { url }));
    expect(record.body).toContain(STORY[0]);
    expect(record.body).not.toContain(STORY[5]);
  });

  it('is the overflow token alone: "hidden" in another class still counts against the box', () => {
    const strip = (c: string): string => c.replace(OVERFLOW_STYLE_CLASS, ' ').trim();
    expect(strip('relative overflow-hidden rounded-lg')).toBe('relative  rounded-lg');
    expect(strip('lg:overflow-y-hidden')).toBe('');
    expect(strip('hidden-xs overflow-hidden')).toBe('hidden-xs');
    expect(strip('tw-overflow-hidden md:!overflow-hidden')).toBe('');
    expect(strip('overflowhidden')).toBe('overflowhidden');
    expect(strip('overflow-hidden-panel')).toBe('overflow-hidden-panel');
    // The same record with "hidden-xs" beside it: Readability's own reading stands.
    const record = extractArticle(page('hidden-xs overflow-hidden'), { url });
    expect(record.body).toContain(STORY[0]);
    expect(record.body).not.toContain(STORY[5]);
  });
});
