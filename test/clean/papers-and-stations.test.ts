/**
 * National papers and local stations: another story's card set as an <article> of its own
 * between paragraphs, a paywall's box of prompts, a station's and a paper's calls for its app
 * and its readers' news, an opinion page's note in the other languages, and lines of Dutch,
 * Polish, Swedish and German pages, and of Italian ones.
 */
import { describe, expect, it } from 'vitest';
import { bodyAround, dropsLine, keepsLine, STORY_SENTENCES, storyBody } from '../helpers/story.js';

const [FIRST, SECOND, THIRD, FOURTH] = STORY_SENTENCES;

describe("another story's card in the text", () => {
  it('goes when it is an <article> of a linked headline alone, and the heading over it with it', () => {
    const card = '<section class="a_ei"><h3 class="a_ei_t">Más información</h3><article class="c c-d"><h2 class="c_t"><a href="/economia/2025-10-28/la-comision-advierte.html">La Comisión advierte de retrasos en los planes de recuperación</a></h2></article></section>';
    const body = bodyAround(card, 'es');
    expect(body).toContain(THIRD);
    expect(body).not.toContain('La Comisión advierte');
    expect(body).not.toContain('Más información');
  });

  it('stays when the <article> carries its own summary (a page of cards is its own text)', () => {
    const card = `<article class="teaser"><h2><a href="/hotels/lodge-park">Lodge Park reopens in Megève</a></h2><p>${FOURTH}</p></article>`;
    expect(bodyAround(card)).toContain(FOURTH);
  });
});

// A paywall's box that holds the story's rest, and a pick with a hole among the paragraphs it
// kept, are pages of fixtures/clean (op-ed-paywall-box-fr, guide-paragraph-boxes-de).
describe("a paywall's box", () => {
  it("still goes when it holds the wall's prompt and offer", () => {
    const wall = '<div class="premium-paywall"><p>Cet article est réservé aux abonnés.</p><p>Abonnez-vous dès 1 € le premier mois pour lire la suite et tous nos articles.</p></div>';
    expect(storyBody(`<p>${FIRST}</p><p>${SECOND}</p><p>${THIRD}</p>${wall}`, 'fr')).not.toContain('réservé aux abonnés');
  });
});

describe("a station's and a paper's own calls", () => {
  it.each([
    ['en', '<p><strong>Click <a href="/page/download-our-apps/">here</a> to download our app and get breaking news alerts.</strong></p>', 'download our app'],
    ['en', '<p><em>Stay up to date with the latest forecast and closings: download the <a href="/apps">KMOZ News app</a> and the <a href="/apps">KMOZ Weather app</a>.</em></p>', 'KMOZ News app'],
    ['en', '<div class="disclaimer"><p>Stay updated with all the latest news on our website. Download the Coast Today 24 App for the latest updates.</p></div>', 'Coast Today 24 App'],
    ['en', '<p>Send your stories and photos to the Vale Advertiser newsroom. <a href="/send-us-your-news/">Send us your news</a></p>', 'Send your stories'],
    ['es', '<p>Sigue a 20minutos en WhatsApp y recibe las noticias más importantes del día.</p>', 'Sigue a 20minutos'],
    ['pt', '<p><em>Este texto não reflete, necessariamente, a opinião do Jornal da Tarde.</em></p>', 'não reflete'],
  ])('drops the %s line %#', dropsLine);

  it.each([
    'Residents can download the county app to report potholes, and the council says it answers within two days.',
    "The council's advice to residents: download the free FixMyStreet app and report every pothole you see.",
    'Residents want to stay updated on the works. Download the county app to follow them, the council said.',
    'The ministry said the report does not necessarily reflect the views of the government, which meets on Friday.',
    'Sigue atentamente las novedades en YouTube, dijo el alcalde a los vecinos del puerto.',
  ])("keeps the story's own sentence %#", keepsLine);
});


describe("a free registration's wall and a forum's call to log in under its thread", () => {
  it.each([
    ['es', '<div class="muro"><p>Este contenido es exclusivo para usuarios registrados</p><h3>Regístrate gratis para seguir leyendo</h3></div>', 'Regístrate gratis'],
    ['en', '<div class="gate"><h3>Register for free to continue reading</h3></div>', 'Register for free'],
    ['fr', '<p>Inscrivez-vous gratuitement pour lire la suite de cet article.</p>', 'Inscrivez-vous'],
    ['pt', '<p>Cadastre-se gratuitamente para continuar lendo esta reportagem.</p>', 'Cadastre-se'],
    ['de', '<div class="kg-callout-card"><div class="kg-callout-text">Gefällt dir das Kiezblatt? Mit unserem Newsletter bekommst du jeden Freitag die besten Geschichten aus dem Kiez.</div></div>', 'Kiezblatt'],
    ['en', '<p>You must log in or register to reply here.</p>', 'log in or register'],
    ['de', '<p>Sie müssen angemeldet sein, um eine Antwort zu verfassen.</p>', 'angemeldet sein'],
    ['de', '<div class="audio-player"><span>5 Min.</span><p>Diese Audiofassung wurde mit künstlicher Intelligenz erzeugt.</p></div>', 'Audiofassung'],
    ['de', '<p>Über dieses Thema haben auch die SR info-Nachrichten im Radio am 03.07.2024 berichtet.</p>', 'info-Nachrichten'],
    ['de', '<p class="broadcast">Sendung am Di., 12.3.2024 19:30 Uhr, SWR Aktuell Rheinland-Pfalz</p>', 'SWR Aktuell'],
    ['de', '<p><em>Kommentare geben grundsätzlich die Meinung des jeweiligen Autors oder der jeweiligen Autorin wieder und nicht die der Redaktion.</em></p>', 'jeweiligen Autors'],
    ['de', '<div class="wr-whatsapp-box"><p>Folgen Sie dem Weser-Boten jetzt auch auf WhatsApp. <a href="https://whatsapp.com/channel/1">Hier geht es zum Kanal.</a></p></div>', 'Weser-Boten'],
    ['de', '<p>Haben Sie Hinweise zu diesem Thema? Kontaktieren Sie uns vertraulich über unseren <a href="/hinweise">sicheren Briefkasten</a>.</p>', 'Hinweise zu diesem'],
    ['en', '<div class="get-in-touch"><h3>Get in touch</h3><p>Has your GP surgery changed how you book appointments? Share your experiences.</p></div>', 'GP surgery'],
    ['en', '<div class="end-of-story-gift"><p>Share this article with a friend. As a subscriber, you have 10 gift articles to give each month. Anyone can read what you share.</p></div>', 'gift articles'],
  ])('drops the %s line %#', dropsLine);

  it.each([
    'The council said residents must register to vote by Friday, and the office stays open late on Thursday.',
    'Gefällt Ihnen die neue Brücke? Die Stadt fragt die Anwohner bis Ende März nach ihrer Meinung.',
    'Folgen Sie dem Fluss, sagte die Försterin, dann kommen Sie zur alten Mühle am Waldrand.',
    'Die Sendung am Sonntag sahen nach Angaben des Senders mehr als zwei Millionen Menschen.',
    'Has the harbour changed since the ferry stopped? Residents we asked said it had, and mostly for the better.',
  ])("keeps the story's own sentence %#", keepsLine);
});

describe('a magazine\'s and a portal\'s own lines', () => {
  it.each([
    ['en', '<p>Local and community outlets may republish this story for free under a Creative Commons license.</p>', 'may republish'],
    ['en', '<div class="membership-module"><p>Lantern is reader-funded</p><p>Stories like this take a year to report. Members make them possible. <a href="/join/">Join for $6 a month</a>.</p></div>', 'Members make them possible'],
    ['de', '<p><strong>Weiterlesen:</strong> <a href="/laborwerte/vitamin-d">Vitamin-D-Spiegel: Welche Werte sind normal?</a></p>', 'Vitamin-D-Spiegel'],
    ['de', '<div class="fusion-alert"><p>Trag dich ein und bekomme meine Kakeibo-Monatsseiten als druckbares PDF.</p></div>', 'Trag dich ein'],
    ['de', '<p><strong>Lese-Tipp:</strong> <a href="/krimis">Die 10 besten Nordsee-Krimis zum Streamen</a></p>', 'Nordsee-Krimis'],
    ['tr', '<p><strong>İLGİLİ HABER:</strong> <a href="/gundem/okullar">İstanbul\'da 142 riskli okul binası yıkılarak yeniden yapılacak</a></p>', 'riskli okul'],
    ['tr', '<p><strong>Bunu da okuyun:</strong> <a href="/2024/05/10/fabrika">Ardeşen\'e yeni fabrika kuruyor</a></p>', 'yeni fabrika'],
    ['de', '<div class="rw-productbox"><span class="rw-productbox__name">Kestrel Fury 5 2 TB</span> <span>Note 1,3</span> <span>ab 239,90 €</span> <a href="/out/8812" rel="sponsored">Zum Angebot</a></div>', 'Kestrel Fury'],
    ['de', '<p class="disclaimer">Die Inhalte von Gesundpunkt dienen ausschließlich der neutralen Information und ersetzen nicht die Beratung durch eine Ärztin oder einen Arzt.</p>', 'Gesundpunkt'],
  ])('drops the %s line %#', dropsLine);

  it.each([
    'The club said its members make the festival possible, and that it will ask the council for help next year.',
    'Die Kommission ersetzt nicht die Beratung durch den Stadtrat, sagte der Bürgermeister am Montag.',
  ])("keeps the story's own sentence %#", keepsLine);

  it('drops a contact address alone on a line after the story, not one the story gives in its text', () => {
    const [first, second, third] = STORY_SENTENCES;
    const body = storyBody(`<p>${first}</p><p>${second}</p><p>${third}</p><p>paul.takahashi@chron.example</p><p>E-Mail: presse@stadt-grevenbrueck.example</p>`);
    expect(body).toContain(third);
    expect(body).not.toContain('takahashi@');
    expect(body).not.toContain('presse@');
    const asked = 'Residents can send their questions to the harbour office at harbour@council.example until Friday.';
    expect(storyBody(`<p>${first}</p><p>${second}</p><p>${asked}</p>`)).toContain(asked);
  });

  it("drops a theme's caption set as a paragraph in the cover <figure>", () => {
    const body = storyBody(`<figure class="entry-cover"><img src="/m31.jpg" alt=""><p>M31 with M32 and M110, fourteen hours in total, processed in Siril.</p></figure><p>${STORY_SENTENCES[0]}</p><p>${STORY_SENTENCES[1]}</p><p>${STORY_SENTENCES[2]}</p>`);
    expect(body).not.toContain('M31 with M32');
    expect(body).toContain(STORY_SENTENCES[2]);
  });
});

describe('lines of Dutch, Polish, Swedish and German pages', () => {
  it.each([
    ['pl', '<p>Dalszy ciąg materiału pod wideo</p>', 'Dalszy ciąg'],
    ['nl', '<p>Bekijk ook: dronebeelden van de brand bij het distributiecentrum</p>', 'dronebeelden'],
    ['de', '<p>Die Kommentarfunktion für diesen Artikel ist deaktiviert.</p>', 'Kommentarfunktion'],
    ['en', '<p>FTC: We use income earning auto affiliate links. More.</p>', 'affiliate links'],
  ])('drops the %s line %#', dropsLine);
});

describe('lines of Italian pages', () => {
  it.each([
    ['it', '<div class="telegram-box"><strong>Segui Cronaca Romagna su Telegram</strong> e ricevi le notizie più importanti della giornata.</div>', 'Segui Cronaca Romagna'],
    ['it', '<p>Per continuare a leggere accedi o registrati gratuitamente</p>', 'continuare a leggere'],
    ['it', '<p>Contenuto riservato agli abbonati. Sei già abbonato? Accedi</p>', 'riservato agli abbonati'],
  ])('drops the %s line %#', dropsLine);

  it("drops a registration wall's box by its class, with the offer in it", () => {
    const wall = '<div class="regwall"><h2>Registrati gratis</h2><p>La registrazione è gratuita e ti permette di leggere tutti gli articoli locali.</p></div>';
    const body = storyBody(`<p>${FIRST}</p><p>${SECOND}</p><p>${THIRD}</p>${wall}`, 'it');
    expect(body).toContain(THIRD);
    expect(body).not.toContain('La registrazione');
  });

  it("keeps the story's own sentence about following a match or reading on", () => {
    for (const sentence of ['Segui la partita su YouTube, ha detto il sindaco ai tifosi del porto.', 'Il sindaco ha chiesto ai cittadini di continuare a leggere i bandi con attenzione.']) {
      expect(bodyAround(`<p>${sentence}</p>`, 'it')).toContain(sentence);
    }
  });
});
