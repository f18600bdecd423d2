/**
 * Two ways a story's opening is set apart from the box Readability picks: an introduction in a
 * box of its own, a call to action between it and the rest (coverage.ts: leadPlaces, leadBox),
 * and a drop cap in a box of its own before the paragraph it begins (before.ts: dropCap).
 */
import { describe, expect, it } from 'vitest';
import { DOM_KINDS } from '../../src/config.js';
import { extractArticle } from '../../src/pipeline.js';

const URL = 'https://harbour.example/blog/ferry-pier-costs';
const SENTENCE = 'The harbour board met again on Tuesday to weigh the cost of rebuilding the old ferry pier before winter. ';
const BODY = Array.from({ length: 9 }, (_, i) => `<h2>Part ${i + 1}</h2><p>${SENTENCE.repeat(3)}</p><p>Engineers said part ${i + 1} of the plan would take weeks. ${SENTENCE.repeat(2)}</p>`).join('');
const INTRO = '<p>Your town is spending more on its waterfront than ever. But the money only helps if the pier is rebuilt before the storms of the coming winter arrive.</p><p>So how should the board choose between repair and a new pier? This guide walks through the costs, the timing and the risks of each choice.</p>';

function page(intro: string, between = '<div class="cta"><h4>Try Harbourline now</h4><p>See why teams choose us</p><a href="/demo">Get a demo</a></div>'): string {
  return `<html><head><title>Ferry pier costs</title></head><body>
<nav><a href="/">Home</a> <a href="/blog">Blog</a></nav>
<main><h1>Ferry pier costs: repair or rebuild?</h1>
<div class="column"><div class="body-intro">${intro}${between}<div class="rich">${BODY}</div></div></div></main>
<footer><p>Harbourline Ltd, 1 Quay Street.</p></footer></body></html>`;
}

describe('an introduction set apart from the story by a call to action', () => {
  for (const dom of DOM_KINDS) {
    it(`opens the story with the introduction, without the call to action (${dom} DOM)`, () => {
      const r = extractArticle(page(`<div class="intro">${INTRO}</div>`), { url: URL }, { dom, quotes: false });
      expect(r.body.startsWith('Your town is spending more on its waterfront than ever.')).toBe(true);
      expect(r.body).toContain('This guide walks through the costs');
      expect(r.body).not.toMatch(/Try Harbourline|Get a demo|See why teams/);
      expect(r.body).toContain('Engineers said part 9 of the plan');
    });
  }

  it('leaves out a box of links before the story, however long its link texts', () => {
    const links = `<div class="intro"><p>${Array.from({ length: 4 }, (_, i) => `<a href="/blog/${i}">Another story about the harbour board and the money it spends on piers, number ${i}</a>`).join(' ')}</p></div>`;
    const r = extractArticle(page(links), { url: URL }, { quotes: false });
    expect(r.body).not.toContain('Another story about the harbour board');
  });

  it('leaves out prose in another column of the page', () => {
    const html = `<html><body><div class="layout"><div class="left"><div class="widget"><div class="inner"><p>${'Our newsletter brings the week in the harbour to your inbox every Friday morning, free. '.repeat(2)}</p></div></div></div>
<div class="right"><div class="post"><h1>Ferry pier costs</h1><div class="rich">${BODY}</div></div></div></div></body></html>`;
    const r = extractArticle(html, { url: URL }, { quotes: false });
    expect(r.body).not.toContain('Our newsletter brings');
    expect(r.body).toContain('Engineers said part 1 of the plan');
  });
});

describe('a drop cap in a box of its own', () => {
  for (const dom of DOM_KINDS) {
    it(`puts the letter back at the start of the story's first word (${dom} DOM)`, () => {
      const html = `<html><body><article><h1>Pier plans</h1><div class="post-first-letter">D</div><div class="rich"><p>uring the storm of 2024 the old ferry pier lost half its deck. ${SENTENCE.repeat(3)}</p>${BODY}</div></article></body></html>`;
      const r = extractArticle(html, { url: URL }, { dom, quotes: false });
      expect(r.body.startsWith('During the storm of 2024')).toBe(true);
      expect(r.body).not.toMatch(/^D\s*\n|\buring the storm/);
    });
  }

  it("leaves a glossary's heading letter, a name's initial and one-letter words set inline alone", () => {
    const html = `<html><body><article><h1>Harbour words</h1><p>${SENTENCE.repeat(3)}</p><h2>A</h2><p>anchorage: a place where ships may anchor safely. ${SENTENCE}</p>
<div class="avatar">J</div><div class="name">Jane Roe</div>
<p><span>A </span><span>mobile crane</span><span> lifted the first beam.</span> <span>I </span><strong>watched it</strong> from the quay, and the list <code>D</code><span> held every cost.</span></p>${BODY}</article></body></html>`;
    const r = extractArticle(html, { url: URL }, { quotes: false });
    expect(r.body).toContain('anchorage: a place where ships');
    expect(r.body).not.toContain('Aanchorage');
    expect(r.body).toContain('A mobile crane lifted the first beam. I watched it from the quay, and the list D held every cost.');
  });
});
