/**
 * Finance portals, morning briefings, entertainment portals and public bodies' releases: the
 * list of a company's other news under its heading in the five languages, a newsletter's call in
 * the story by the link to the site's own newsletter page, a clip's box by its length, a police
 * release's contact block, a page's feedback question and its date of the last change.
 */
import { describe, expect, it } from 'vitest';
import { isBoilerplateHeading } from '../../src/clean/labels.js';
import { bodyAround, dropsLine, STORY_SENTENCES } from '../helpers/story.js';

const [, , THIRD] = STORY_SENTENCES;

describe("the heading of a company's other news", () => {
  it.each([
    'Weitere Harbour Ferries News',
    'Alle Nachrichten zu Harbour Ferries',
    'Toutes les actualités sur Harbour Ferries',
    "Plus d'actus de Harbour Ferries",
    'Todas las noticias de Harbour Ferries',
    'All Harbour Ferries news',
    'More news about Harbour Ferries',
  ])('"%s" heads a block of other stories', (heading) => {
    expect(isBoilerplateHeading(heading)).toBe(true);
  });

  it.each(['Alle Meldungen zur Sperrung stehen im Amtsblatt', 'Toutes les actualités sont bonnes pour le port de Sète', 'All news is local', 'Mehr als 200 Meldungen', 'Alle 27 Artikel', 'Tous les articles du projet de loi'])('"%s" is a heading of the story', (heading) => {
    expect(isBoilerplateHeading(heading)).toBe(false);
  });
});

describe("a newsletter's call in the story", () => {
  it.each([
    ['fr', '<section class="services-inread"><p class="services-inread__title">Recevez le brief chaque matin</p><p>L’essentiel de l’actualité, du lundi au vendredi à 6 heures. <a href="/newsletters/le-brief/">S’inscrire gratuitement</a></p></section>', 'Recevez le brief'],
    ['es', '<div class="a_nl"><p class="a_nl_t">Apúntate a nuestra newsletter</p><p>Recibe cada mañana las noticias más importantes de la comarca.</p><a href="/newsletters/">Apuntarme</a></div>', 'Recibe cada mañana'],
  ])('goes by its link to the site\'s newsletter page (%s)', (lang, box, words) => {
    const body = bodyAround(box, lang);
    expect(body).toContain(THIRD);
    expect(body).not.toContain(words);
  });

  it.each([
    '<p>The ferry company told passengers about the closure in its own newsletter, <a href="https://ferries.example/newsletter/">which went out on Monday</a>.</p>',
    '<p>The ferry company told passengers about the closure, <a href="/business/newsletter-startup-raises-funds">as a local start-up did</a>.</p>',
  ])("leaves a paragraph that links another site's newsletter or a story about one %#", (paragraph) => {
    expect(bodyAround(paragraph)).toContain('The ferry company told passengers about the closure');
  });
});

describe("a public body's release", () => {
  it.each([
    ['de', '<p><strong>Rückfragen bitte an:</strong></p><p>Polizeipräsidium Nordhafen<br>Pressestelle<br>Kristina Vogt<br>Telefon: 0441 790-4011</p>', 'Kristina Vogt'],
    ['de', '<p class="c-feedback__title">Hat Ihnen diese Seite weitergeholfen? Ja Nein</p>', 'weitergeholfen'],
    ['de', '<p class="meta">Letzte Änderung: 13.03.2026</p>', 'Letzte Änderung'],
    ['es', '<p class="meta">Última modificación: 13/03/2026</p>', 'Última modificación'],
  ])('drops its %s furniture %#', dropsLine);
});

describe("a clip's box in the story", () => {
  it('goes with its title when the length is classed so ("video-embed__length")', () => {
    dropsLine('de', '<div class="video-embed"><div class="video-embed__player"><p class="video-embed__title">Der offizielle Trailer zur neuen Serie</p><span class="video-embed__length">2:12</span></div></div>', 'offizielle Trailer');
  });
});
