/**
 * A German wire's end mark and an Austrian release's contact heading, an organisation's name
 * with commas in it, a contributor's university after the name, an obituary's name over its
 * dateline, a supporters' appeal, other stories' cards declared posts under the story, readers'
 * comments named in Dutch and a note that a machine wrote the summary.
 */
import { describe, expect, it } from 'vitest';
import { cleanAuthors } from '../../src/extract/authors.js';
import { extractArticle } from '../../src/pipeline.js';
import { STORY_SENTENCES, STORY_URL, storyBody, storyPage } from '../helpers/story.js';

const [FIRST, SECOND, THIRD, FOURTH] = STORY_SENTENCES;
const url = STORY_URL;

describe("a press release's end", () => {
  it('cuts at a German wire\'s "Ende der Mitteilung"', () => {
    const html = storyPage(`<p>${FIRST}</p><p>${SECOND}</p><p>${THIRD}</p><p>Ende der Mitteilung, Nachrichten-Service</p><table><tr><td>Börsen:</td><td>Freiverkehr in Berlin und Frankfurt</td></tr></table>`, 'de');
    const body = extractArticle(html, { url }).body;
    expect(body).toContain(THIRD);
    expect(body).not.toContain('Ende der Mitteilung');
    expect(body).not.toContain('Freiverkehr');
  });

  it('drops the contact block under "Rückfragehinweis:"', () => {
    const html = storyPage(`<p>${FIRST}</p><p>${SECOND}</p><p>${THIRD}</p><div class="contact"><p><strong>Rückfragehinweis:</strong></p><p>Bergsportverband</p><p>Presse und Kommunikation</p></div>`, 'de');
    const body = extractArticle(html, { url }).body;
    expect(body).toContain(THIRD);
    expect(body).not.toContain('Rückfragehinweis');
  });
});

describe("organisations in a byline", () => {
  it("keep an organisation's name whole when commas run through it", () => {
    expect(cleanAuthors(['Ministerium für Umwelt, Klima und Energiewirtschaft'])).toEqual(['Ministerium für Umwelt, Klima und Energiewirtschaft']);
    // An agency beside the dateline's place is still the agency alone.
    expect(cleanAuthors(['PTI, Washington'])).toEqual(['PTI']);
  });

  it("leave out a contributor's university, institute or programme after the name", () => {
    expect(cleanAuthors(['Lars Bech Nielsen, lektor i sociologi, Aalborg Universitet'])).toEqual(['Lars Bech Nielsen']);
    expect(cleanAuthors(['Rhiannon Giesbrecht, Local Journalism Initiative'])).toEqual(['Rhiannon Giesbrecht']);
    expect(cleanAuthors(['Marie Lenoir, Institut Pasteur'])).toEqual(['Marie Lenoir']);
  });
});

describe('an obituary', () => {
  it('takes the name over its dateline for its subject, not its writer', () => {
    const html = `<!doctype html><html lang="en"><head><title>Margaret E. Olsen | Obituaries</title></head><body><main><article>
      <div class="asset-header"><h1 class="headline"><span>Margaret E. Olsen</span></h1><h2 class="subhead"><span>Feb. 2, 1933 - Aug. 11, 2024</span></h2>
      <div class="meta"><ul><li><time datetime="2024-08-14T05:00:00-05:00">Aug 14, 2024</time></li></ul></div></div>
      <div class="asset-body"><p>Margaret Elaine Olsen, 91, of Decorah, died Sunday, Aug. 11, 2024, at Wellington Place in Decorah, with her family beside her.</p>
      <p>${FIRST}</p><p>${SECOND}</p><p>${THIRD}</p></div></article></main></body></html>`;
    const record = extractArticle(html, { url: 'https://journal.example/obituaries/margaret-e-olsen/article_3f2a9c1e.html' });
    expect(record.title).toBe('Margaret E. Olsen');
    expect(record.authors).toEqual([]);
  });
});

describe('boxes inside the story', () => {
  it("drops a supporters' appeal", () => {
    const appeal = '<div class="support-inline"><p><strong>Harbour News is local news you can count on.</strong> Your support helps us keep covering every valley final.</p><a class="button" href="/supporter">Become a Supporter</a></div>';
    const body = storyBody(`<p>${FIRST}</p><p>${SECOND}</p><p>${THIRD}</p>${appeal}`);
    expect(body).toContain(THIRD);
    expect(body).not.toContain('Your support helps');
  });

  it("drops other stories' cards declared posts, each in a row of its own with a summary of a few sentences, and their heading", () => {
    const summary = (place: string): string => `In der Nacht zum Dienstag sind Unbekannte in ${place} in das Vereinsheim des Tennisclubs an der Frankfurter Straße eingebrochen. Sie hebelten ein Fenster auf und durchsuchten die Räume. Gestohlen wurden nach ersten Erkenntnissen eine Musikanlage und Getränke im Wert von etwa 800 Euro. Die Polizei bittet Zeugen, die in der Nacht verdächtige Personen oder Fahrzeuge in der Nähe des Vereinsheims beobachtet haben, sich unter der bekannten Nummer zu melden.`;
    const cards = ['Bad Nauheim', 'Butzbach', 'Karben'].map((place, i) => `<div class="items-row"><div class="item" itemprop="blogPost" itemscope itemtype="https://schema.org/BlogPosting">
      <h3 itemprop="name"><a href="/blaulicht/91${i}-meldung" itemprop="url">${place}: Unbekannte brechen in Vereinsheim ein</a></h3><p>${summary(place)}</p></div></div>`).join('');
    const html = `<!doctype html><html lang="de"><head><title>Radfahrer leicht verletzt</title></head><body><main>
      <div class="item-page" itemscope itemtype="https://schema.org/Article"><h1 itemprop="headline">Friedberg: Radfahrer leicht verletzt</h1>
      <div itemprop="articleBody"><p>Ein 34 Jahre alter Radfahrer ist am Mittwochnachmittag in der Kaiserstraße in Friedberg bei einem Zusammenstoß mit einem Lieferwagen leicht verletzt worden. Nach Angaben der Polizei hatte der Fahrer des Transporters beim Abbiegen den Radfahrer übersehen.</p></div></div>
      <div class="moduletable"><h2>Weitere Polizeimeldungen</h2><div class="blog">${cards}</div></div></main></body></html>`;
    const body = extractArticle(html, { url: 'https://echo.example/blaulicht/9160-friedberg-radfahrer' }).body;
    expect(body).toContain('Radfahrer ist am Mittwochnachmittag');
    expect(body).not.toContain('Vereinsheim');
    // The heading over them is left with nothing to head.
    expect(body).not.toContain('Weitere Polizeimeldungen');
  });

  it("drops readers' comments named in Dutch", () => {
    const comments = `<section>${[1, 2, 3].map((n) => `<div class="reactie"><div class="reactieHeader"><a href="/gebruiker/${n}/">Lezer${n}</a></div><div class="reactieBody">Goede stap, maar de vraag blijft wat dit over vijf jaar kost voor de gemeenten die nu al krap zitten, schrijft lezer nummer ${n} uitgebreid.</div></div>`).join('')}</section>`;
    const body = storyBody(`<p>${FIRST}</p><p>${SECOND}</p><p>${THIRD}</p><p>${FOURTH}</p>${comments}`, 'nl');
    expect(body).toContain(FOURTH);
    expect(body).not.toContain('Goede stap');
  });

  it('drops the note that a machine wrote the summary, in the languages of Europe', () => {
    for (const [lang, note] of [
      ['nn', 'Samandraget er laga med hjelp av kunstig intelligens og kontrollert av ein journalist.'],
      ['en', 'This summary was generated with AI and checked by an editor.'],
      ['de', 'Diese Zusammenfassung wurde mit Hilfe von KI erstellt und redaktionell geprüft.'],
    ] as const) {
      const body = storyBody(`<ul class="summary"><li>${FIRST}</li><li>${SECOND}</li></ul><p class="note">${note}</p><p>${THIRD}</p><p>${FOURTH}</p>`, lang);
      expect(body).toContain(FOURTH);
      expect(body).not.toContain(note);
    }
  });
});
