/**
 * Class words Readability reads as a role where they name a style or a part: "overflow-hidden"
 * (the box clips what overflows it, it is not hidden furniture) and a section heading's
 * "header-anchor" (a heading, not the page's header); and the clean stage's furniture mark on a
 * box Readability turns into a paragraph.
 */
import { describe, expect, it } from 'vitest';
import { HEADING_HEADER_CLASS, OVERFLOW_STYLE_CLASS } from '../../src/clean/rules.js';
import { parseHtml } from '../../src/extract/dom.js';
import { runReadability } from '../../src/extract/readability.js';
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

describe("an article component's class that Readability reads as a comment's", () => {
  const arc = (): string => {
    const p = (t: string | undefined): string => `<p class="com-paragraph">${t ?? ''}</p>`;
    return `<!doctype html><html><head><title>Harbour board weighs pier rebuild</title></head><body><article><h1>Harbour board weighs pier rebuild</h1>
      <div class="com-article__body">${p(STORY[0])}${p(STORY[1])}${p(STORY[2])}<h2 class="com-subtitle">The costs that rose most</h2>${p('The harbour office listed the items that rose most in February:')}
      <ul class="com-list"><li>Timber piles for the outer pier: 31 percent</li><li>Steel fittings and bolts for the decking: 18 percent</li><li>Dredging of the inner basin: 12 percent</li></ul>${p(STORY[3])}${p(STORY[4])}</div></article></body></html>`;
  };

  it('keeps a list and a subheading named "com-list" and "com-subtitle"', () => {
    const body = extractArticle(arc(), { url }).body;
    expect(body).toContain('Timber piles for the outer pier');
    expect(body).toContain('The costs that rose most');
    expect(body).toContain(STORY[4]);
  });

  it('without the rule, Readability removes them', () => {
    const body = withRulesOff(['readability:component-classes'], () => extractArticle(arc(), { url })).body;
    expect(body).not.toContain('Timber piles for the outer pier');
  });
});

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

describe('a section heading whose class says "header"', () => {
  const SECTIONS = ['What the engineers found', 'Who will pay for it', 'When the work begins'];
  const paras = (ps: readonly string[]): string => ps.map((p) => `<p>${p}</p>`).join('');
  const page = (headingClass: string, tag = 'h2'): string => `<!doctype html><html><head><title>Harbour board weighs pier rebuild</title></head><body>
    <header class="site-header"><a href="/">Coast News</a></header>
    <article><h1>Harbour board weighs pier rebuild</h1><div class="body markup">
      ${paras(STORY_SENTENCES.slice(0, 2))}
      ${SECTIONS.map((h, i) => `<${tag} class="${headingClass}">${h}</${tag}>${paras(STORY_SENTENCES.slice(2 + i * 2, 4 + i * 2))}`).join('')}
    </div></article></body></html>`;

  it('stays in the story, and keeps its class outside Readability\'s pick', () => {
    const record = extractArticle(page('header-anchor-post'), { url });
    for (const h of SECTIONS) expect(record.body).toContain(h);
    for (const s of STORY_SENTENCES.slice(0, 8)) expect(record.body).toContain(s);
  });

  it('without the rule, Readability removes it as the page\'s header', () => {
    const record = withRulesOff(['readability:heading-classes'], () => extractArticle(page('header-anchor-post'), { url }));
    expect(record.body).toContain(STORY_SENTENCES[2]);
    for (const h of SECTIONS) expect(record.body).not.toContain(h);
  });

  it('is h2 to h6 only: the page header and an <h1> with the word are Readability\'s to judge', () => {
    expect(HEADING_HEADER_CLASS.test('section-header')).toBe(true);
    const doc = parseHtml(`<body><div class="site-header"><p>${STORY_SENTENCES[9]}</p></div><h1 class="page-header">Title</h1><article>${paras(STORY_SENTENCES.slice(0, 6))}<h3 class="sub-header other">Aside</h3></article><aside><h2 class="box-header">More from the coast</h2></aside></body>`, url, 'light').document;
    const result = runReadability(doc);
    const kept = result.content?.textContent ?? '';
    expect(kept).not.toContain(STORY_SENTENCES[9]);
    expect(kept).toContain('Aside');
    // The <h1> went as the page's header; a heading Readability left out of its pick gets its class back.
    expect(doc.querySelector('h1')).toBeNull();
    expect(doc.querySelector('aside h2')?.getAttribute('class')).toBe('box-header');
  });
});

describe('a furniture mark on a box of bare text', () => {
  it('stays with the paragraph Readability makes of the box, so the clean stage still removes it', () => {
    const signature = 'Marivi · learning the hard way since 2019';
    const html = `<!doctype html><html><head><title>Damp walls in a 1970s flat</title></head><body><div class="post">
      <h1>Damp walls in a 1970s flat</h1>${STORY.map((p) => `<p>${p}</p>`).join('')}<div class="signature">${signature}</div>
    </div></body></html>`;
    const record = extractArticle(html, { url });
    expect(record.body).toContain(STORY[7]);
    expect(record.body).not.toContain(signature);
  });
});

describe('old inline markup between "<br><br>" breaks', () => {
  // A table layout's story: the byline and the text each in a <font>, a blank line between them.
  const page = (tag: string): string => `<!doctype html><html><head><title>Water tower repainting finally gets under way - Gazette</title></head><body>
    <table><tr><td><${tag} size="5"><b>Water tower repainting finally gets under way</b></${tag}><br>
    <${tag} size="1">By Robert Ames, Gazette Staff &middot; June 15, 2005</${tag}><br><br>
    <${tag} size="2">${STORY.slice(0, 4).join('<br><br>')}<br><br></${tag}></td></tr></table></body></html>`;

  for (const tag of ['font', 'span']) {
    it(`keeps the break after the byline in a <${tag}>, which then leaves the body`, () => {
      const record = extractArticle(page(tag), { url: 'https://gazette.example/news/2005/06/water-tower' });
      expect(record.authors).toEqual(['Robert Ames']);
      expect(record.body.startsWith(STORY[0] ?? '')).toBe(true);
      expect(record.body).not.toContain('Gazette Staff');
    });
  }
});

describe("a section heading's anchor id that holds one of Readability's negative names", () => {
  const html = (id: string): string => `<!doctype html><html><head><title>Harbour board weighs pier rebuild</title></head><body><article><h1>Harbour board weighs pier rebuild</h1>
    <p>${STORY[0]}</p><p>${STORY[1]}</p><p>${STORY[2]}</p><h2 id="${id}">Timetable blamed for the slow first year</h2><p>${STORY[3]}</p><p>${STORY[4]}</p></article></body></html>`;

  it('keeps a heading whose id is written from its own words ("meta" inside "timetable")', () => {
    expect(extractArticle(html('timetable'), { url }).body).toContain('Timetable blamed for the slow first year');
    expect(withRulesOff(['readability:anchor-ids'], () => extractArticle(html('timetable'), { url }).body)).not.toContain('Timetable blamed');
  });

  it("still weighs an id that is not the heading's own words", () => {
    expect(extractArticle(html('social-share-meta'), { url }).body).not.toContain('Timetable blamed');
  });
});
