/**
 * A story's rest behind a "Continue reading" button that names no panel or a link whose own
 * script shows it, a bookmaker's box and
 * its note on gambling, a writer's beat before the job and a pupil's form after the name, a
 * health page's review dates and disclaimer, and a firm's job advert after an emoji.
 */
import { describe, expect, it } from 'vitest';
import { cleanAuthors } from '../../src/extract/authors.js';
import { STORY_SENTENCES, storyBody } from '../helpers/story.js';

const [FIRST, SECOND, THIRD, FOURTH, FIFTH, SIXTH] = STORY_SENTENCES;

describe("the story's rest behind a button", () => {
  it('is read when the button names no panel and the box right after it holds prose', () => {
    const rest = `<button class="expand" type="button" aria-expanded="false">Artikel weiterlesen</button><div class="more" aria-hidden="true"><p>${FOURTH}</p><p>${FIFTH}</p></div>`;
    const body = storyBody(`<p>${FIRST}</p><p>${SECOND}</p><p>${THIRD}</p>${rest}`);
    expect(body).toContain(FOURTH);
    expect(body).toContain(FIFTH);
  });

  it("is read when a link's own script shows it, as older sites write it", () => {
    for (const script of ["document.getElementById('artikel-mehr').style.display='block';this.parentNode.style.display='none';return false;", "$('#artikel-mehr').slideDown(); return false;"]) {
      const rest = `<div class="artikel-text-mehr" id="artikel-mehr" style="display:none"><p>${FOURTH}</p><p>${FIFTH}</p></div><p class="mehr"><a href="#" onclick="${script.replace(/"/g, '&quot;')}">Mehr anzeigen</a></p>`;
      const body = storyBody(`<p>${FIRST}</p><p>${SECOND}</p><p>${THIRD}</p>${rest}`, 'de');
      expect(body).toContain(FOURTH);
      expect(body).toContain(FIFTH);
    }
    // A link that says something else shows a dialog, not the story.
    const dialog = `<div id="privacy" style="display:none"><p>This site and our partners store and access information on your device to measure the audience and show ads.</p></div><a href="#" onclick="document.getElementById('privacy').style.display='block'">Privacy settings</a>`;
    expect(storyBody(`<p>${FIRST}</p><p>${SECOND}</p><p>${THIRD}</p>${dialog}`)).not.toContain('store and access information');
    // A script that hides the box does not show it.
    const hides = `<div id="artikel-mehr" style="display:none"><p>${FOURTH}</p></div><a href="#" onclick="document.getElementById('artikel-mehr').style.display='none'">Schließen</a>`;
    expect(storyBody(`<p>${FIRST}</p><p>${SECOND}</p><p>${THIRD}</p>${hides}`, 'de')).not.toContain(FOURTH);
  });

  it('stays hidden when the box holds no prose (a menu)', () => {
    const menu = '<button type="button" aria-expanded="false">Menu</button><div aria-hidden="true"><ul><li><a href="/a">Ferries</a></li><li><a href="/b">Harbour</a></li></ul></div>';
    const body = storyBody(`<p>${FIRST}</p><p>${SECOND}</p>${menu}<p>${THIRD}</p>`);
    expect(body).not.toContain('Ferries');
  });
});

describe("a bookmaker's box in a sports story", () => {
  it('goes with its market and its note on gambling, in three languages', () => {
    for (const [lang, note] of [
      ['en', '18+ | Please gamble responsibly | BeGambleAware.org | Odds correct at time of publishing'],
      ['de', 'Anzeige | 18+ | Glücksspiel kann süchtig machen. Hilfe unter www.check-dein-spiel.de'],
      ['es', 'Juega con responsabilidad. +18. Autoprohibición: jugarbien.es'],
    ] as const) {
      const box = `<div class="article-bet"><p class="article-bet__market">Harbour United to finish in the top four</p><p class="article-bet__odds">5/2</p><p class="legal">${note}</p></div>`;
      const body = storyBody(`<p>${FIRST}</p><p>${SECOND}</p>${box}<p>${THIRD}</p><p>${FOURTH}</p>`, lang);
      expect(body).toContain(THIRD);
      expect(body).not.toContain('top four');
      expect(body).not.toContain(note);
    }
  });

  it('takes no note on gambling from a sentence of the story', () => {
    const line = 'The visitors started in their black second kit, and the keeper juega con su guante roto, as the radio put it, for the whole first half.';
    expect(storyBody(`<p>${FIRST}</p><p>${line}</p><p>${SECOND}</p><p>${THIRD}</p>`)).toContain(line);
  });
});

describe("a writer's job after the name", () => {
  it('goes with its beat, in sport and culture too', () => {
    expect(cleanAuthors(['By Priya Raman Transfer Correspondent'])).toEqual(['Priya Raman']);
    expect(cleanAuthors(['By Priya Raman Chief Football Correspondent'])).toEqual(['Priya Raman']);
    expect(cleanAuthors(['Tom Hale Music Reporter'])).toEqual(['Tom Hale']);
  });

  it("leaves out a pupil's form or a writer's age in brackets", () => {
    expect(cleanAuthors(['Text: Emma Schuster und Paul Krämer (Klasse 10b) · Fotos: Sabine Albrecht'])).toEqual(['Emma Schuster', 'Paul Krämer']);
    expect(cleanAuthors(['Lena Vogt (17)'])).toEqual(['Lena Vogt']);
  });
});

describe("a health page's furniture", () => {
  it('drops its review dates and its disclaimer, in English, German and French', () => {
    const lines = [
      '<p>Page last reviewed: 12 August 2024<br>Next review due: 12 August 2027</p>',
      '<p>This article is not a substitute for professional medical advice, diagnosis or treatment.</p>',
      '<p>Wichtiger Hinweis: Dieser Artikel enthält nur allgemeine Informationen und darf nicht zur Selbstdiagnose oder -behandlung verwendet werden. Er kann einen Arztbesuch nicht ersetzen.</p>',
      "<p>Cet article ne remplace pas une consultation médicale.</p>",
    ];
    const body = storyBody(`<p>${FIRST}</p><p>${SECOND}</p><p>${THIRD}</p>${lines.join('')}`);
    expect(body).toContain(THIRD);
    expect(body).not.toMatch(/review due|last reviewed|substitute|Selbstdiagnose|consultation/);
  });
});

describe("a firm's job advert in its own blog post", () => {
  it('goes after an emoji too', () => {
    const callout = '<div class="kg-callout-card"><div class="kg-callout-emoji">👋</div><div class="kg-callout-text">We\'re hiring! If problems like this sound like fun, our platform team is looking for a database engineer in Berlin or remote.</div></div>';
    const body = storyBody(`<p>${FIRST}</p><p>${SECOND}</p><p>${THIRD}</p>${callout}<p>${SIXTH}</p>`);
    expect(body).toContain(SIXTH);
    expect(body).not.toContain('hiring');
  });
});
