/**
 * What large newsrooms' templates set in and around the story: a teaser between paragraphs
 * whose link holds its date, a kicker with a separator hidden from sight, the datelines in a
 * list, a broadcaster's note of the programme that carried the story, an audio player's button
 * and length, a network's note of who runs the site, and a player's placeholder.
 */
import { describe, expect, it } from 'vitest';
import { isDateline } from '../../src/clean/after.js';
import { extractArticle } from '../../src/pipeline.js';
import { STORY_SENTENCES } from '../helpers/story.js';

const [FIRST, SECOND, THIRD, FOURTH, FIFTH] = STORY_SENTENCES;

function page(header: string, inner: string, lang = 'de'): string {
  return `<!doctype html><html lang="${lang}"><head><title>Neuer Anleger für den Hafen beschlossen</title></head><body>
    <header class="site-header"><a href="/">Nachrichtenblick</a></header>
    <main><article>${header}<div class="article-body">${inner}</div></article></main>
    <footer><p>Impressum · Datenschutz</p></footer></body></html>`;
}

const url = 'https://nachrichten.example/inland/hafen-anleger-104.html';

describe('a newsroom\'s template around the story', () => {
  it('takes the story\'s "Stand:" date, not a teaser\'s date inside its link between the paragraphs', () => {
    const html = page(
      '<h1>Neuer Anleger für den Hafen beschlossen</h1><p class="metatextline">Stand: 13.03.2024 00:35 Uhr</p>',
      `<p>${FIRST}</p><p>${SECOND}</p>
       <div class="teaser-absatz"><a href="/inland/pflege-fachkraeftemangel-104.html"><span class="teaser-absatz__topline">Fachkräftemangel</span><span class="teaser-absatz__headline">Wie Kliniken im Ausland um Pflegekräfte werben</span><span class="teaser-absatz__date">11.03.2024</span></a></div>
       <p>${THIRD}</p><p>${FOURTH}</p>`,
    );
    expect(extractArticle(html, { url }).publishedAt?.slice(0, 10)).toBe('2024-03-13');
  });

  it('leaves out the separator a skipped kicker leaves in the headline', () => {
    const html = page(
      '<h1><span class="dachzeile">Dortmund</span><span class="hidden">: </span>Stadt warnt vor Blaualgen im See</h1>',
      `<p>${FIRST}</p><p>${SECOND}</p><p>${THIRD}</p>`,
    ).replace('<title>Neuer Anleger für den Hafen beschlossen</title>', '<title>Stadt warnt vor Blaualgen im See - Nachrichtenblick</title>');
    expect(extractArticle(html, { url }).title).toBe('Stadt warnt vor Blaualgen im See');
  });

  it('drops a broadcaster\'s programme note, a network\'s note of who runs the site, an audio button with its length and a player\'s placeholder', () => {
    const html = page(
      '<h1>Neuer Anleger für den Hafen beschlossen</h1><div class="article-audio"><span class="audio-player__duration">Artikel hören · 7:12 Min.</span></div>',
      `<p>${FIRST}</p><p>Player wird geladen …</p><p>${SECOND}</p><p>${THIRD}</p><p>${FOURTH}</p>
       <p><em>Über dieses Thema berichtete die Tagesschau am 13. März 2024 um 12:00 Uhr.</em></p>
       <p>Dieses Thema im Programm: Radio Nord | Nachrichten | 12.03.2024 | 11:00 Uhr</p>
       <p><em>* landbote.example ist ein Angebot von Beispiel Medien.</em></p>`,
    );
    const body = extractArticle(html, { url }).body;
    expect(body).toContain(FOURTH);
    for (const gone of ['Artikel hören', 'Player wird geladen', 'Über dieses Thema', 'Dieses Thema im Programm', 'ist ein Angebot von']) expect(body).not.toContain(gone);
  });

  it('drops the story\'s datelines set as a list, and datelines glued to the next label', () => {
    const html = page(
      '<h1>Neuer Anleger für den Hafen beschlossen</h1><ul class="css-1w5cs23"><li><time datetime="2024-03-12T12:02:11-04:00">Published March 12, 2024</time></li><li>Updated <time datetime="2024-03-12T15:14:02-04:00">3:14 p.m. ET</time></li></ul>',
      `<p>${FIRST}</p><p>${SECOND}</p><p>${THIRD}</p><ul><li>${FIFTH}</li><li>March 19, 2024</li></ul>`,
      'en',
    );
    const body = extractArticle(html, { url }).body;
    expect(body).not.toContain('Published March 12');
    expect(body).not.toContain('3:14 p.m.');
    // A list's own dates are its data.
    expect(body).toContain('March 19, 2024');
    expect(isDateline('Posted: Mar 12, 2024 / 03:14 PM EDTUpdated: Mar 12, 2024 / 05:20 PM EDT')).toBe(true);
    expect(isDateline('12. März 2024, 18:01 UhrLesezeit: 3 Min.')).toBe(true);
  });
});
