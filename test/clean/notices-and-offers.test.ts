/**
 * What comparison, health and advice pages set in their text besides the story (the offers
 * that pay the site, the medical reviewer's credit, where the facts come from, that the page
 * is no legal advice), cookie notices and embeds' consent stand-ins in the other languages, a
 * player's stand-in before its script runs, a subscription's offer and a quiz in the story,
 * and other notes under stories.
 */
import { describe, expect, it } from 'vitest';
import { bodyAround, dropsLine, STORY_SENTENCES, storyBody } from '../helpers/story.js';

const [FIRST, SECOND, THIRD, FOURTH, FIFTH] = STORY_SENTENCES;

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
    ['en', '<p>Loading Twitter content</p>', 'Loading Twitter'],
    ['it', '<div class="embed-placeholder"><p>Per visualizzare questo post di Instagram devi accettare i cookie.</p></div>', 'accettare i cookie'],
    ['it', '<div class="embed-placeholder"><p>Questo contenuto è bloccato. Accetta i cookie di YouTube per visualizzare il trailer.</p></div>', 'Accetta i cookie'],
    ['fr', '<div class="embed-placeholder"><p>Bandcamp est désactivé.</p></div>', 'Bandcamp'],
  ])('drops the %s line %#', dropsLine);
});

describe('notes and calls under and between the paragraphs', () => {
  it.each([
    ['de', '<p>Sie haben alle Bilder gesehen.</p>', 'alle Bilder'],
    ['de', '<p>Postings zu diesem Artikel sind geschlossen.</p>', 'Postings'],
    ['en', '<p>The Harbour Broadcasting Service is not responsible for the content of external sites.</p>', 'external sites'],
    ['es', '<p>Uníte al grupo de WhatsApp de Noticias del Puerto y recibí las noticias del día.</p>', 'WhatsApp'],
    ['en', '<p><em>This interview appeared in the June 2021 print edition of Harbour Builder.</em></p>', 'print edition'],
    ['en', '<p>A version of this article appears in print on March 3, 2024, Section A, Page 12.</p>', 'appears in print'],
    ['de', '<p>Dieser Beitrag erschien in Ausgabe 3/2024 von Hafen Journal.</p>', 'Ausgabe 3/2024'],
    ['de', '<p>Dieser Text ist in der November-Ausgabe von Hafenblick erschienen.</p>', 'November-Ausgabe'],
    ['fr', "<p>Cet article est paru dans l'édition du 3 mars 2024.</p>", 'est paru'],
    ['de', '<p>Diese Meldung wurde automatisch aus dem Presseportal übernommen.</p>', 'automatisch'],
    ['de', '<p>Seite empfehlen</p>', 'Seite empfehlen'],
  ])('drops the %s line %#', dropsLine);

  it("keeps a note of where the story was first published online, and the story's sentences about an issue, an agency's or a site's notices", () => {
    for (const [lang, sentence] of [
      ['en', 'This article was originally published on Harbour Voices, a site run by the port workers.'],
      ['en', 'The story appeared in the local paper twice before the council answered the fishermen.'],
      ['en', "The essay appeared in the magazine's March issue and was widely criticised by scientists."],
      ['de', 'Der Artikel erschien in der Ausgabe vom 3. März und löste heftige Kritik aus.'],
      ['de', 'Der Vorsitz wurde automatisch von der Vizepräsidentin übernommen, sagte der Sprecher.'],
      ['de', 'Wir nutzen Cookies nur, wenn es unbedingt nötig ist, sagte der Firmenchef des Hafens.'],
      ['fr', 'Cette enquête a été publiée dans le numéro de mars du magazine et a suscité une plainte.'],
      ['it', 'Il medico gli ha prescritto nuovi occhiali per continuare a leggere i giornali del porto.'],
      ['de', 'Sie haben Bilder gesehen, die sie nie vergessen werden, sagte die Richterin im Prozess.'],
      ['en', 'This content is blocked in Russia, the message on the harbour board website reads.'],
    ] as const) {
      expect(bodyAround(`<p>${sentence}</p>`, lang)).toContain(sentence);
    }
  });

  it('drops the links under a "Sigue leyendo" label in the story, and keeps the paragraphs after them', () => {
    const items = '<li><a href="/economia/2023/01/12/afp-registran-rentabilidad-positiva-en-los-cinco-fondos">AFP registran rentabilidad positiva en los cinco fondos durante diciembre</a></li><li><a href="/nacional/2023/01/10/pgu-cuanto-subira-en-febrero">PGU: cuánto subirá en febrero y quiénes reciben el reajuste</a></li>';
    const box = `<div class="sigue-leyendo embedded-entity" data-entity-type="node"><span class="sigue-leyendo__titulo">Sigue leyendo</span><ul>${items}</ul></div>`;
    const body = storyBody(`<p>${FIRST}</p><p>${SECOND}</p>${box}<p>${THIRD}</p><p>${FOURTH}</p><p>${FIFTH}</p>`, 'es');
    expect(body).toContain(THIRD);
    expect(body).toContain(FIFTH);
    expect(body).not.toContain('AFP registran');
  });
});

describe('a quiz in the story', () => {
  it('goes by its box\'s class', () => {
    const quiz = '<div class="c-quiz"><p class="c-quiz__title">Quanto ne sai del porto? Dieci domande sulla sua storia</p><a class="c-quiz__cta" href="/quiz/porto">Gioca ora</a></div>';
    expect(bodyAround(quiz, 'it')).not.toContain('Dieci domande');
  });
});

describe("a subscription's offer", () => {
  it('goes by its box\'s class ("abo")', () => {
    const offer = '<div class="article__abo-teaser"><strong>Sie sind noch kein Abonnent?</strong> Testen Sie drei Ausgaben für nur 9,90 Euro. <a href="/probeabo">Jetzt bestellen</a></div>';
    const body = storyBody(`<p>${FIRST}</p><p>${SECOND}</p><p>${THIRD}</p>${offer}`, 'de');
    expect(body).toContain(THIRD);
    expect(body).not.toContain('drei Ausgaben');
  });
});

describe("appeals for readers' money and for tips", () => {
  it.each([
    ['en', '<p>If you value independent reporting on the natural world, join 4,800 supporters from £3 a month.</p>', 'If you value'],
    ['en', '<h2>Understory is free to read because readers pay for it.</h2>', 'free to read'],
    ['en', '<p>📱 <strong>Stay updated:</strong> Join The Campus Clarion WhatsApp Channel for breaking campus news. <a href="https://whatsapp.example/channel/1">Tap to join</a></p>', 'Campus Clarion WhatsApp'],
    ['en', '<p><strong>Disclaimer:</strong> Comments expressed here do not reflect the opinions of The Lagos Beacon or any employee thereof.</p>', 'Comments expressed here'],
    ['de', '<p>Die angegebenen Nährwerte sind Richtwerte und wurden automatisch berechnet.</p>', 'Nährwerte'],
    ['it', "<p><strong>Hai una notizia dal tuo paese?</strong> Scrivici su WhatsApp al 333 000 1122 o all'indirizzo redazione@notizie.example: leggiamo tutte le segnalazioni.</p>", 'Hai una notizia'],
  ])('drops the %s line %#', dropsLine);

  it("keeps the story's own sentences on the same subjects", () => {
    for (const sentence of [
      'If you value the old harbour wall, the council said, the time to speak is at Thursday’s meeting in the town hall.',
      'The museum is free to read in for anyone with a library card, and the reading room opens at nine on weekdays.',
      '“If you value independent reporting, you should be alarmed by this takeover,” said the general secretary of the union.',
      'If you value local journalism, now is the time to say so, the union leader told the rally outside the printing works.',
      'The 300-page report is free to read because the foundation paid for its publication, the authors said on Monday.',
      'Police issued a simple warning to residents: join the Elm Street WhatsApp group and report anything suspicious.',
      '“The comments expressed here do not reflect the views of the university,” a spokeswoman said after the debate.',
      'The listed nutrition values were wrong on twelve of the forty boxes, the watchdog said after calculating them again.',
    ]) {
      expect(bodyAround(`<p>${sentence}</p>`)).toContain(sentence);
    }
    const union = 'Residents were told to join the council’s WhatsApp group for updates on the works, the report said.';
    expect(bodyAround(`<p>${union}</p>`)).toContain(union);
    for (const italian of ['Hai una notizia da darci? chiese il sindaco al cronista, che rispose di no e tornò al porto a piedi.', 'Avete notizie di mio figlio? Scrivete a chiunque possa aiutarci, ha detto la madre ai giornalisti davanti alla questura.']) {
      expect(bodyAround(`<p>${italian}</p>`, 'it')).toContain(italian);
    }
    const german = 'Die angegebenen Nährwerte lagen bei zwölf Sorten um mehr als zwanzig Prozent daneben, wie die Verbraucherzentrale berechnet hat.';
    expect(bodyAround(`<p>${german}</p>`, 'de')).toContain(german);
  });
});
