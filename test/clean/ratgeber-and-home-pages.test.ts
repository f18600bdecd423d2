/**
 * Service pages and hand-made sites: a calculator's box inside a Ratgeber page, a summary box
 * under a standfirst, a school letter's signature under "Warmly," with a title before the name.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/pipeline.js';
import { bodyAround, STORY_SENTENCES, storyBody } from '../helpers/story.js';

const [FIRST, SECOND, THIRD, FOURTH, FIFTH] = STORY_SENTENCES;

describe("a calculator's box", () => {
  it('goes, with its title and its price, where the form asks for numbers', () => {
    const box = `<div class="calc-teaser"><p class="calc-teaser__title">Hausratversicherung: Jetzt Tarif berechnen</p><p class="calc-teaser__price">Schon ab 3,90 € im Monat</p>
      <form action="/privat/hausrat/rechner" method="get"><label>Wohnfläche in m²<input type="number" name="qm" value="70"></label><button type="submit">Beitrag berechnen</button></form></div>`;
    const body = bodyAround(box, 'de');
    expect(body).toContain(THIRD);
    expect(body).not.toContain('Tarif berechnen');
    expect(body).not.toContain('3,90');
  });

  it('leaves a form that asks for words, and the paragraph before it', () => {
    const body = storyBody(`<p>${FIRST}</p><p>${SECOND}</p><p>${THIRD}</p><form action="/suche"><input type="text" name="q"><button>Suchen</button></form><p>${FOURTH}</p>`, 'de');
    expect(body).toContain(THIRD);
    expect(body).toContain(FOURTH);
  });
});

describe('a summary box under a standfirst', () => {
  it('is read back after the standfirst when Readability left it out', () => {
    const items = ['Prüfen Sie zuerst, ob Sie die Forderung überhaupt kennen und ob sie schon bezahlt ist.', 'Bestreiten Sie unberechtigte Forderungen schriftlich und innerhalb der gesetzten Frist.', 'Ignorieren Sie niemals einen gerichtlichen Mahnbescheid, auch wenn er unberechtigt erscheint.'];
    const page = `<!doctype html><html lang="de"><head><title>Inkasso-Schreiben prüfen | Verbraucherportal</title></head><body>
      <main><h1>Inkasso-Schreiben prüfen</h1>
      <div class="field teaser-text">Ein Inkassobüro fordert Geld und droht mit einem Schufa-Eintrag? Wir erklären, wie Sie ein solches Schreiben in Ruhe prüfen und was Sie tun können.</div>
      <div class="paragraph box-infobox"><h2 class="box-title">Das Wichtigste in Kürze</h2><div class="text"><ul>${items.map((t) => `<li>${t}</li>`).join('')}</ul></div></div>
      <div class="field body"><p>${FIRST}</p><p>${SECOND}</p><p>${THIRD}</p><p>${FOURTH}</p><p>${FIFTH}</p></div></main></body></html>`;
    const body = extractArticle(page, { url: 'https://verbraucher.example/ratgeber/inkasso-schreiben-pruefen' }).body;
    expect(body).toContain(items[0]);
    expect(body).toContain(FIFTH);
  });
});

describe("a letter's signature", () => {
  it('names its writer after "Warmly," with a title before the name', () => {
    const page = `<!doctype html><html lang="en"><head><title>News from the Principal - Linden Park Elementary</title></head><body>
      <main><h1>A new reading pilot for our youngest readers</h1><p>${FIRST}</p><p>${SECOND}</p><p>${THIRD}</p>
      <p>Warmly,</p><p>Dr. Anita Kowalczyk</p><p>Principal, Linden Park Elementary</p></main></body></html>`;
    expect(extractArticle(page, { url: 'https://lindenpark.example/news/reading-pilot' }).authors).toEqual(['Dr. Anita Kowalczyk']);
  });
});
