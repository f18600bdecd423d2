/**
 * A site builder's section headings whose id or wrapper says "header", a question ending on an
 * agency's letters, and the writers' biographies in an author box under the story.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/pipeline.js';
import { STORY_SENTENCES, STORY_URL, bodyAround, storyPage } from '../helpers/story.js';

const [FIRST, SECOND, THIRD, FOURTH, FIFTH, SIXTH] = STORY_SENTENCES;

describe('section headings named for a header', () => {
  it("keeps a heading whose id and wrapper a site builder numbers as a header's", () => {
    const module = (inner: string, kind: string, n: number): string => `<div id="cc-m-${n}" class="j-module n j-${kind}">${inner}</div>`;
    const html = storyPage([
      module(`<p>${FIRST}</p><p>${SECOND}</p>`, 'text', 1),
      module('<h2 id="cc-m-header-11842233812">When is the right time to start?</h2>', 'header', 2),
      module(`<p>${THIRD}</p><p>${SIXTH}</p>`, 'text', 3),
      module('<h2 id="cc-m-header-11842234012">What the divers will look for</h2>', 'header', 4),
      module(`<p>${FOURTH}</p><p>${FIFTH}</p>`, 'text', 5),
    ].join(''));
    const body = extractArticle(html, { url: STORY_URL }).body;
    expect(body).toContain('When is the right time to start?');
    expect(body).toContain('What the divers will look for');
    expect(body).toContain(FIFTH);
  });
});

describe('section headings set in a target for links into the page', () => {
  // Each section in a box of its own, its heading inside an <a> that has a name and no href,
  // over one short paragraph: a fifth of the box's text was "link" to Readability.
  const section = (heading: string, paragraph: string, n: number, anchor = `id="s${n}" name="s${n}"`): string =>
    `<div class="wrapper wrapper--detail"><div class="wrapper--detail__body"><h2><a ${anchor}><strong>${heading}</strong></a></h2><p>${paragraph}</p></div></div>`;
  const page = (anchor?: string): string =>
    storyPage(`<div class="wrapper"><div class="wrapper--detail__body"><p>${FIRST}</p><p>${SECOND}</p><p>${THIRD}</p></div></div>` +
      section('Choosing a diving school for the whole family', String(FOURTH), 1, anchor) +
      section('What the divers will look for on the harbour floor', String(FIFTH), 2, anchor));

  it('keeps the sections, read as the text they hold', () => {
    const body = extractArticle(page(), { url: STORY_URL }).body;
    expect(body).toContain('Choosing a diving school for the whole family');
    expect(body).toContain(FOURTH);
    expect(body).toContain(FIFTH);
  });

  it('leaves an <a> that a script follows a link', () => {
    // With a script's handler, the same heading is a link: Readability weighs it as one.
    const body = extractArticle(page('class="js-open" data-target="s"'), { url: STORY_URL }).body;
    expect(body).toContain(FIRST);
    expect(body).not.toContain(FIFTH);
  });
});

describe('lines', () => {
  it('keeps a question that ends on the letters of an agency ("Was ist die ePA?")', () => {
    const body = bodyAround('<h2>Was ist die ePA?</h2><ul><li>Ein digitaler Ordner, in dem Befunde und Arztbriefe gespeichert werden.</li></ul>', 'de');
    expect(body).toContain('Was ist die ePA?');
  });

  it("drops the writers' biographies set under their names in an author box after the story", () => {
    const html = storyPage(`<p>${FIRST}</p><p>${SECOND}</p><p>${THIRD}</p><p>${FIFTH}</p>
      <div class="a_aut"><div class="a_aut_i"><a href="/autor/lucia-ortega/">Lucía Ortega Sanz</a><p>Redactora de la sección de Madrid. Cubre urbanismo, vivienda y medio ambiente.</p></div>
      <div class="a_aut_i"><a href="/autor/daniel-albarran/">Daniel Albarrán</a><p>Periodista en la sección de Madrid desde 2021, especializado en tribunales.</p></div></div>`, 'es')
      .replace('<title>', '<meta name="author" content="Lucía Ortega Sanz, Daniel Albarrán"><title>');
    const body = extractArticle(html, { url: STORY_URL }).body;
    expect(body).toContain(FIFTH);
    expect(body).not.toContain('Redactora de la sección');
    expect(body).not.toContain('especializado en tribunales');
  });
});
