/**
 * A chronology's dates, a story's questions and answers set after it in a box of their own, an
 * inline card pointing to another story, a messenger channel's call, a medicine advert's
 * mandatory note, and a page whose components' content is written as declarative shadow roots.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/pipeline.js';
import { STORY_SENTENCES, STORY_URL, bodyAround, dropsLine, storyBody } from '../helpers/story.js';

const [FIRST, SECOND, THIRD, FOURTH, FIFTH, SIXTH] = STORY_SENTENCES;

describe("a chronology's dates", () => {
  const entry = (date: string, text: string | undefined): string => `<div class="timeline-item"><span class="timeline-date">${date}</span><p>${text ?? ''}</p></div>`;

  it('keeps dates alone on their lines, each over a paragraph of the story', () => {
    const body = storyBody(`<p>${FIRST}</p><div class="timeline">${entry('March 2004', SECOND)}${entry('November 2006', THIRD)}${entry('July 2008', FOURTH)}</div><p>${FIFTH}</p>`);
    for (const kept of ['March 2004', 'November 2006', 'July 2008', FOURTH ?? '']) expect(body).toContain(kept);
  });

  it('drops the dates of other stories whose excerpts are cut short', () => {
    const teaser = (s: string | undefined): string => `${(s ?? '').slice(0, 60)}...`;
    const body = storyBody(`<p>${FIRST}</p><p>${SECOND}</p><h3>Also in the news</h3>${entry('December 19, 2025', teaser(FOURTH))}${entry('December 19, 2025', teaser(FIFTH))}${entry('December 18, 2025', teaser(SIXTH))}`);
    expect(body).toContain(SECOND);
    expect(body).not.toContain('December 19, 2025');
  });

  it('keeps a chronology set as a definition list in a fact box among the paragraphs', () => {
    const chronicle = `<aside class="factbox factbox--timeline"><h3>The pier through the years</h3><dl class="timeline">
      <dt>1961</dt><dd>The pier is rebuilt in timber.</dd><dt>1994</dt><dd>New railings and a lamp are fitted.</dd>
      <dt>2021</dt><dd>Divers find the first rotten piles.</dd><dt>2024</dt><dd>Two piles give way in a storm.</dd></dl></aside>`;
    const body = storyBody(`<p>${FIRST}</p><p>${SECOND}</p>${chronicle}<p>${THIRD}</p><p>${FOURTH}</p>`);
    for (const kept of ['The pier is rebuilt in timber.', 'New railings and a lamp are fitted.', 'Two piles give way in a storm.', FOURTH ?? '']) expect(body).toContain(kept);
  });

  it("drops a live blog's times: no chronology of days", () => {
    const body = storyBody(`<p>${FIRST}</p>${entry('March 3, 2025, 10:45', SECOND)}${entry('March 3, 2025, 11:20', THIRD)}${entry('March 3, 2025, 12:05', FOURTH)}`);
    expect(body).toContain(FOURTH);
    expect(body).not.toContain('10:45');
  });
});

describe('questions and answers after the story', () => {
  it('keeps a FAQ set by the template in a box of its own after the story, questions and answers', () => {
    const item = (q: string, a: string, n: number): string => `<div class="accordion__item"><h3 class="accordion__heading"><button class="accordion__trigger" aria-expanded="false" aria-controls="faq-${n}">${q}</button></h3><div class="accordion__panel" id="faq-${n}"><p>${a}</p></div></div>`;
    const html = `<!doctype html><html lang="en"><head><title>Pier rebuild approved | Harbour News</title></head><body><header><a href="/">Harbour News</a></header>
      <main><article><h1>Pier rebuild approved</h1><div class="field field--name-body"><p>${FIRST}</p><p>${SECOND}</p><p>${THIRD}</p><p>${FOURTH}</p></div>
      <div class="field field--name-field-faq"><div class="paragraph paragraph--faq"><h2 class="faq__title">Frequently asked questions</h2><div class="accordion">
      ${item('When does the old pier close to foot passengers?', 'The pier closes to foot passengers on the first of March, and the temporary landing stage opens the same morning.', 1)}
      ${item('Who pays for the new pier?', 'The regional fund is asked for half of the cost, and the harbour board pays the rest from its reserves.', 2)}
      </div></div></div></article></main><footer><p>Contact the newsroom</p></footer></body></html>`;
    const body = extractArticle(html, { url: STORY_URL }).body;
    expect(body).toContain(FOURTH);
    for (const kept of ['Frequently asked questions', 'Who pays for the new pier?', 'the harbour board pays the rest from its reserves']) expect(body).toContain(kept);
    expect(body.split('Who pays for the new pier?').length).toBe(2);
  });

  it('keeps one whose heading names its topic first ("Pier works: FAQs"), set after a share bar', () => {
    const item = (q: string, a: string): string => `<div class="accordion-item"><div class="accordion-item-header"><div class="accordion-item-header-title">${q}<i class="icon">chevron_right</i></div></div><div class="accordion-item-description"><p>${a}</p></div></div>`;
    const html = `<!doctype html><html lang="en"><head><title>Pier rebuild approved | Harbour News</title></head><body><header><a href="/">Harbour News</a></header>
      <main><article><h1>Pier rebuild approved</h1><div class="field field--name-body"><p>${FIRST}</p><p>${SECOND}</p><p>${THIRD}</p><p>${FOURTH}</p></div>
      <div class="share-wrapper"><span class="share-label">Share this</span> <a class="share-x" href="https://x.example/share"></a></div>
      <div class="field field--name-field-sections"><div class="row"><div class="col"><div class="info"><h2><a name="s7">Pier works: FAQs</a></h2></div><div class="faq-container">
      ${item('When does the old pier close to foot passengers?', 'The pier closes to foot passengers on the first of March, and the temporary landing stage opens the same morning.')}
      ${item('Who pays for the new pier?', 'The regional fund is asked for half of the cost, and the harbour board pays the rest from its reserves.')}
      </div></div></div></div></article></main><footer><p>Contact the newsroom</p></footer></body></html>`;
    const body = extractArticle(html, { url: STORY_URL }).body;
    expect(body).toContain(FOURTH);
    for (const kept of ['Who pays for the new pier?', 'the harbour board pays the rest from its reserves']) expect(body).toContain(kept);
    expect(body).not.toContain('Share this');
  });
});

describe('lines and cards', () => {
  it("drops an inline card's label, another story's linked headline and its excerpt, and keeps the story after it", () => {
    const body = bodyAround('<article class="card card--inline"><p class="card__kicker">À lire aussi</p><h3 class="card__title"><a href="/savoie/stations-etude_a40811.html">Moyenne montagne : une station sur trois menacée par le manque de neige</a></h3><p class="card__excerpt">Les domaines situés sous 1 800 mètres seront les premiers touchés, estiment des chercheurs.</p></article>', 'fr');
    expect(body).toContain(THIRD);
    for (const gone of ['À lire aussi', 'Moyenne montagne', 'Les domaines situés']) expect(body).not.toContain(gone);
  });

  it("drops a messenger channel's call by the news it brings, in Portuguese and English", () => {
    for (const [lang, line] of [['pt', '📲 Receba as notícias do Cerrado Agora no WhatsApp. <a href="https://whatsapp.com/channel/1">Entre no canal</a>'], ['en', 'Get the latest Harbour News headlines on WhatsApp.']] as const) {
      dropsLine(lang, `<div data-block="cta">${line}</div>`, 'WhatsApp');
    }
  });

  it("drops a medicine advert's mandatory note", () => {
    dropsLine('de', '<p>Zu Risiken und Nebenwirkungen lesen Sie die Packungsbeilage und fragen Sie Ihre Ärztin, Ihren Arzt oder in Ihrer Apotheke.</p>', 'Packungsbeilage');
  });
});

describe('declarative shadow roots', () => {
  it("reads a story written in a component's shadow root, with its headline", () => {
    const html = `<!doctype html><html lang="en"><head><title>Pier rebuild approved | Harbour News</title></head><body>
      <hn-header><template shadowrootmode="open"><header><a href="/">Harbour News</a></header></template></hn-header>
      <hn-article><template shadowrootmode="open"><style>p{margin:0}</style><article><h1>Pier rebuild approved</h1><p>${FIRST}</p><p>${SECOND}</p><p>${THIRD}</p><p>${FOURTH}</p><slot></slot></article></template></hn-article>
      </body></html>`;
    const record = extractArticle(html, { url: STORY_URL });
    expect(record.title).toBe('Pier rebuild approved');
    expect(record.body).toContain(FIRST);
    expect(record.body).toContain(FOURTH);
  });

  it('reads the same story on the reference DOM', () => {
    const html = `<!doctype html><html lang="en"><head><title>Pier rebuild approved</title></head><body><hn-article><template shadowroot="open"><article><h1>Pier rebuild approved</h1><p>${FIRST}</p><p>${SECOND}</p><p>${THIRD}</p></article></template></hn-article></body></html>`;
    expect(extractArticle(html, { url: STORY_URL }, { dom: 'jsdom' }).body).toContain(THIRD);
  });
});
