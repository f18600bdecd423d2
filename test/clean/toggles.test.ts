/**
 * A button that heads a section (an FAQ's question in an accordion, a tab's label) keeps its
 * words when its answer is on the page; with the answer hidden from every reader, or filled in
 * by a script on a click, the question leaves with it.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/pipeline.js';
import { STORY_SENTENCES } from '../helpers/story.js';

const [FIRST, SECOND, THIRD, FOURTH, FIFTH, SIXTH] = STORY_SENTENCES;
const url = 'https://harbour.example/guides/ferry-timetable-questions';

function page(faq: string): string {
  return `<!doctype html><html lang="en"><head><title>Ferry timetable changes: your questions answered</title></head><body>
    <header><a href="/">Harbour Herald</a><button class="menu-toggle">Menu</button></header>
    <article><h1>Ferry timetable changes: your questions answered</h1><p>${FIRST}</p><p>${SECOND}</p>${faq}</article>
    <footer><p>Harbour Herald, Quay Street</p></footer></body></html>`;
}

describe('a button that heads a section', () => {
  it("keeps an accordion's question beside its answer, in a heading or asking on its own", () => {
    const body = extractArticle(page(`<div class="faq">
      <h3><button aria-expanded="true" aria-controls="a1">When does the winter timetable start?</button></h3><div id="a1"><p>${THIRD}</p></div>
      <h3><button aria-expanded="false">Will the night crossing stay?</button></h3><div class="panel"><p>${FOURTH}</p></div>
      <div class="item"><button type="button">Can I still buy a season ticket on board?</button><div class="answer"><p>${FIFTH}</p></div></div></div><p>${SIXTH}</p>`), { url }).body;
    for (const s of ['When does the winter timetable start?', 'Will the night crossing stay?', 'Can I still buy a season ticket on board?', FIFTH, SIXTH]) expect(body).toContain(s);
    expect(body).not.toContain('Menu');
  });

  it("keeps a block accordion's questions and answers: its wrapper's alignment setting names no header, its panels' closed state hides nothing", () => {
    const pane = (n: number, question: string, answer: string): string =>
      `<div class="wp-block-kadence-pane kt-accordion-pane kt-accordion-pane-${n}"><h3 class="kt-accordion-header-wrap"><button class="kt-blocks-accordion-header" type="button"><span class="kt-blocks-accordion-title">${question}</span></button></h3><div class="kt-accordion-panel kt-accordion-panel-hidden"><div class="kt-accordion-panel-inner"><p>${answer}</p></div></div></div>`;
    // A story long enough that Readability keeps its first reading, which leaves out what its class names unlikely.
    const story = STORY_SENTENCES.slice(2).map((s) => `<p>${s} ${s}</p>`).join('');
    const body = extractArticle(page(`${story}<h2>Your questions</h2><div class="wp-block-kadence-accordion"><div class="kt-accordion-wrap kt-accordion-has-2-panes kt-active-pane-0 kt-pane-header-alignment-left kt-accodion-icon-style-arrow">
      ${pane(1, 'When does the winter timetable start?', 'From the first Sunday of October, the timetable office said.')}${pane(2, 'Will the night crossing stay?', 'Yes, twice a week, on Fridays and Saturdays, until the spring.')}</div></div>`), { url }).body;
    for (const s of ['When does the winter timetable start?', 'From the first Sunday of October', 'Will the night crossing stay?', 'twice a week, on Fridays and Saturdays']) expect(body).toContain(s);
  });

  it('drops a question whose answer is hidden from every reader or not on the page', () => {
    const body = extractArticle(page(`<p>${THIRD}</p><p>${FOURTH}</p><div class="faq">
      <h3><button aria-expanded="false" aria-controls="a1">When does the winter timetable start?</button></h3><div id="a1" hidden><p>The answer nobody sees.</p></div>
      <div class="item"><button type="button" aria-expanded="false"><span>Will the night crossing stay?</span></button></div></div><p>${FIFTH}</p>`), { url }).body;
    expect(body).toContain(FIFTH);
    expect(body).not.toContain('When does the winter timetable start?');
    expect(body).not.toContain('Will the night crossing stay?');
  });
});

describe('text no reader is kept from, and text no reader sees', () => {
  it('keeps a section hidden "until-found" (a browser shows it on a search) and drops a player\'s fallback', () => {
    const body = extractArticle(page(`<p>${THIRD}</p><section hidden="until-found"><h2>The second half</h2><p>${FOURTH}</p><p>${FIFTH}</p></section>
      <video controls src="/clip.mp4"><track kind="captions" src="/clip.vtt">Your browser does not support HTML5 video.</video><p>${SIXTH}</p>`), { url }).body;
    for (const s of [FOURTH, FIFTH, SIXTH]) expect(body).toContain(s);
    expect(body).not.toContain('does not support');
  });
});
