/**
 * What comparison, health and advice pages set in their text besides the story (the offers
 * that pay the site, the medical reviewer's credit, where the facts come from, that the page
 * is no legal advice), cookie notices in the other languages, a player's stand-in before its
 * script runs, and a subscription's offer under the story.
 */
import { describe, expect, it } from 'vitest';
import { bodyAround, dropsLine, STORY_SENTENCES, storyBody } from '../helpers/story.js';

const [FIRST, SECOND, THIRD] = STORY_SENTENCES;

describe("an advice page's notices", () => {
  it.each([
    ['en', '<p><strong>Advertiser Disclosure:</strong> Many of the card offers that appear on this site are from companies from which Harbour Cards receives compensation.</p>', 'Advertiser Disclosure'],
    ['en', '<p>This compensation may impact how and where products appear on this site, including the order in which they appear.</p>', 'This compensation'],
    ['en', '<p>Medically reviewed by Jane Roe, RDN — Written by John Doe, MS — Updated on March 3, 2025</p>', 'Medically reviewed'],
    ['en', '<p>Harbour Health has strict sourcing guidelines and relies on peer-reviewed studies and medical associations.</p>', 'sourcing guidelines'],
    ['de', '<p>Hinweis: Dieser Beitrag dient der allgemeinen Information und ersetzt keine Rechtsberatung im Einzelfall.</p>', 'Rechtsberatung'],
    ['de', '<p>Hafenvergleich finanziert sich über Partnerprovisionen.</p>', 'Partnerprovisionen'],
  ])('drops the %s line %#', dropsLine);

  it("keeps the story's own sentences on the same subjects", () => {
    for (const sentence of [
      'The council said the new operator receives compensation from the port for every ferry that runs late.',
      'Ein Anwalt ersetzt keine Rechtsberatung durch das Amt, sagte die Bürgermeisterin bei der Sitzung im Rathaus.',
    ]) {
      expect(bodyAround(`<p>${sentence}</p>`, sentence.startsWith('Ein') ? 'de' : 'en')).toContain(sentence);
    }
  });
});

describe('cookie notices in the other languages', () => {
  it.each([
    ['de', '<p>Diese Seite verwendet ausschließlich technisch notwendige Cookies.</p>', 'Cookies'],
    ['fr', '<p>Ce site utilise des cookies pour mesurer son audience.</p>', 'cookies'],
    ['es', '<p>Utilizamos cookies propias y de terceros para mejorar nuestros servicios.</p>', 'cookies'],
    ['it', '<p>Questo sito utilizza cookie tecnici e di profilazione.</p>', 'cookie'],
  ])('drops the %s notice %#', dropsLine);

  it('keeps a quotation that speaks of cookies', () => {
    const sentence = '„Wir verwenden keine Cookies“, sagte der Sprecher der Hafenbehörde am Dienstag in Kiel.';
    expect(bodyAround(`<p>${sentence}</p>`, 'de')).toContain(sentence);
  });
});

describe("a player's stand-in and a portal's clip", () => {
  it.each([
    ['de', '<div class="tp-video"><p>Player wird geladen</p></div>', 'Player wird geladen'],
    ['en', '<div class="video-embed"><strong>Related video: Commuters weigh in on the ferry timetable</strong></div>', 'Related video'],
  ])('drops the %s line %#', dropsLine);
});

describe("a subscription's offer", () => {
  it('goes by its box\'s class ("abo")', () => {
    const offer = '<div class="article__abo-teaser"><strong>Sie sind noch kein Abonnent?</strong> Testen Sie drei Ausgaben für nur 9,90 Euro. <a href="/probeabo">Jetzt bestellen</a></div>';
    const body = storyBody(`<p>${FIRST}</p><p>${SECOND}</p><p>${THIRD}</p>${offer}`, 'de');
    expect(body).toContain(THIRD);
    expect(body).not.toContain('drei Ausgaben');
  });
});
