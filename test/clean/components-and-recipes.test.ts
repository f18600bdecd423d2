/**
 * Web components named for furniture, a recipe's ingredients in an <aside>, and the lines
 * portals, broadcasters and recipe cards set in the story: a clip's availability, calls to
 * follow or send tips by messenger, a poll's disclaimer, a newsletter's footer, a card's call
 * to rate it and its daily-values note.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/pipeline.js';
import { dropsLine, keepsLine, STORY_SENTENCES, STORY_URL, storyPage } from '../helpers/story.js';

const [FIRST, SECOND, THIRD, FOURTH, FIFTH] = STORY_SENTENCES;
const url = STORY_URL;

describe('web components', () => {
  it("drop by their tag's name, but not by a design system's link style", () => {
    const offer = 'Our harbour crews inspect and repair piles, decks and fenders on every pier in the county, in any season.';
    const html = storyPage(`<story-paragraph>${FIRST}</story-paragraph><story-paragraph>${SECOND}</story-paragraph>
      <related-links><related-link href="/a">Ferry timetable changes for the winter season</related-link></related-links>
      <newsletter-signup><span>One email every Thursday with the week's harbour news.</span></newsletter-signup>
      <story-paragraph>${THIRD}</story-paragraph><x-link-list-item-cta><p>${offer}</p></x-link-list-item-cta><story-paragraph>${FOURTH}</story-paragraph>`);
    const body = extractArticle(html, { url }).body;
    expect(body).toContain(FOURTH);
    expect(body).toContain(offer);
    expect(body).not.toContain('Ferry timetable');
    expect(body).not.toContain('One email every Thursday');
  });
});

describe('lines of portals and broadcasters', () => {
  it("drop a clip's availability and length, calls to follow and send tips by messenger, a poll's disclaimer and a newsletter's footer", () => {
    const html = storyPage(`<p>${FIRST}</p>
      <div class="audioplayer"><p>Audio</p><p>Bericht vom Hafen <span class="audioplayer__duration">2 Min</span></p><p>Hinweis: Dieses Audio ist bis zum 14.03.2026 verfügbar.</p></div>
      <p>${SECOND}</p><div class="box"><p><strong>Folgst du schon Hafenblatt auf WhatsApp?</strong></p></div>
      <p>${THIRD}</p><p>Schick uns deine Fotos, Videos und Hinweise per WhatsApp an 079 000 00 00.</p>
      <p>Die Umfrage ist nicht repräsentativ.</p><p>${FOURTH}</p><p>Sie erhalten diese E-Mail, weil Sie den Hafenbrief abonniert haben.</p>`, 'de');
    const body = extractArticle(html, { url }).body;
    expect(body).toContain(FOURTH);
    for (const gone of ['verfügbar', 'Bericht vom Hafen', 'auf WhatsApp', 'Schick uns', 'nicht repräsentativ', 'Sie erhalten diese']) expect(body).not.toContain(gone);
  });

  it("drop an editors' recommendations box named so in the singular", () => {
    const html = storyPage(`<p>${FIRST}</p><p>${SECOND}</p><section class="a-box a-box--recommendation"><header>Empfehlungen der Redaktion</header>
      <ul><li><a href="/news/router-1.html">Router-Sicherheit: So härten Sie Ihr Heimnetz</a></li><li><a href="/news/botnetz-2.html">Botnetz kapert Tausende Router</a></li></ul></section><p>${THIRD}</p>`, 'de');
    const body = extractArticle(html, { url }).body;
    expect(body).toContain(THIRD);
    expect(body).not.toContain('Router-Sicherheit');
  });
});

describe("a recipe card's plugin lines", () => {
  it.each([
    ['en', '<p>Tried it? Tap a star to rate!</p>', 'Tap a star'],
    ['en', '<p>Loved this recipe? Leave a star rating!</p>', 'star rating'],
    ['en', '<p>Click a star to add your rating</p>', 'Click a star'],
    ['en', '<div class="wprm-toggle"><label><span>Cook Mode</span></label><span class="wprm-prevent-sleep-description">Prevent your screen from going dark</span></div>', 'going dark'],
    ['en', '<p>Nutrition is calculated automatically and may not be accurate.</p>', 'calculated automatically'],
  ])('drops the %s line %#', dropsLine);

  it.each([
    'The judges tap a star on the scoring tablet for each cake, and the rating is read out at the end of the day.',
    'Nutrition is a subject the school board wants to teach from the first grade, the superintendent said.',
  ])("keeps the story's own sentence %#", keepsLine);
});

describe('recipes', () => {
  const ld = JSON.stringify({
    '@context': 'https://schema.org',
    '@type': 'Recipe',
    name: 'Apfelstrudel', datePublished: '2025-03-14',
    recipeIngredient: ['250 g Mehl (Type 550)', '1 Prise Salz', '125 ml lauwarmes Wasser', '2 EL neutrales Öl', '1,2 kg säuerliche Äpfel', '80 g Zucker'],
  });

  it("keep the ingredients an <aside> holds beside the steps, and drop the card's call to rate it and its daily-values note", () => {
    const html = `<!doctype html><html lang="de"><head><title>Apfelstrudel</title><script type="application/ld+json">${ld}</script></head><body>
      <main><article><h1>Apfelstrudel</h1><p>${FIRST}</p><p>${SECOND}</p>
      <div class="recipe"><aside class="ingredients"><h2>Zutaten</h2><ul><li><span>250 g</span> <span>Mehl (Type 550)</span></li><li><span>1 Prise</span> <span>Salz</span></li>
      <li><span>125 ml</span> <span>lauwarmes Wasser</span></li><li><span>2 EL</span> <span>neutrales Öl</span></li><li><span>1,2 kg</span> <span>säuerliche Äpfel</span></li><li><span>80 g</span> <span>Zucker</span></li></ul></aside>
      <ol><li><p>${THIRD}</p></li><li><p>${FOURTH}</p></li></ol>
      <p>Wir freuen uns über deine Sternebewertung und einen Kommentar unten!</p><p>Percent Daily Values are based on a 2,000 calorie diet.</p>
      <p>Did you make this recipe? Snap a photo and tag @harbourkitchen on Instagram so I can see it!</p><p>${FIFTH}</p></div></article></main></body></html>`;
    const body = extractArticle(html, { url: 'https://kitchen.example/2025/03/apfelstrudel-mit-gezogenem-teig.html' }).body;
    expect(body).toContain('Mehl (Type 550)');
    expect(body).toContain('säuerliche Äpfel');
    expect(body).toContain(FOURTH);
    for (const gone of ['Sternebewertung', 'Daily Values', 'tag @harbourkitchen']) expect(body).not.toContain(gone);
  });
});
