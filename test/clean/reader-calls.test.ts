/**
 * Calls to the reader set in or beside a story: sign-up and subscription boxes under a short
 * brief, boxes named by a component attribute or in the other languages, newsletter pitches,
 * an embed's consent note, a reuse licence, a call for letters, a call to save the post on
 * Pinterest, and a platform's members-only preview.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/pipeline.js';
import { STORY_SENTENCES, STORY_URL, storyPage } from '../helpers/story.js';

const [FIRST, SECOND, THIRD, FOURTH, FIFTH] = STORY_SENTENCES;
const url = STORY_URL;
const page = storyPage;

describe('calls to the reader', () => {
  it('drops a subscription box under a brief although it holds over a quarter of the text', () => {
    const box = `<div data-testid="subscribe-prompt"><p>Our journalists work hard to provide local, up-to-date news to the community. This is how you can continue to access our trusted content:</p>
      <ul><li>Bookmark harbour-news.example</li><li>Make sure you are signed up for our breaking and regular newsletters here</li></ul></div>`;
    const body = extractArticle(page(`<p>${FIRST}</p><p>${SECOND}</p>${box}`), { url }).body;
    expect(body).toContain(SECOND);
    expect(body).not.toContain('Our journalists work hard');
    expect(body).not.toContain('breaking and regular newsletters');
  });

  it('keeps a short story whose wrapper carries a furniture word', () => {
    const html = page(`<div class="promo-story"><p>${FIRST}</p><p>${SECOND}</p></div>`);
    const body = extractArticle(html, { url }).body;
    expect(body).toContain(FIRST);
    expect(body).toContain(SECOND);
  });

  it('drops boxes named by a component attribute, in Spanish or Italian, or as an affiliate box', () => {
    const html = page(`<p>${FIRST}</p><p>${SECOND}</p>
      <div class="callout astro-x1" data-type="newsletter"><p class="callout-title astro-x1">Get The Pier Report</p><p class="astro-x1">Our weekly letter on the harbour and its boats, free.</p><a href="/newsletters/pier">Join</a></div>
      <p>${THIRD}</p><div class="AffiliateBox_box__Vq7m2"><p class="AffiliateBox_title__jR4x0">Need somewhere to stay?</p><p>Compare harbour hotels from £58 a night with our travel partner.</p></div>
      <p>${FOURTH}</p><p>${FIFTH}</p>
      <div class="dh-boletin"><p class="dh-boletin__tit">El boletín del puerto</p><p>Resumen semanal de lo que pasa en el muelle.</p></div>
      <div class="box-autore"><p class="box-autore-nome">Roberto Galli</p><p class="box-autore-bio">Giornalista professionista, segue il porto e i trasporti dal 2008.</p></div>`);
    const body = extractArticle(html, { url }).body;
    expect(body).toContain(FIFTH);
    for (const gone of ['weekly letter on the harbour', 'Compare harbour hotels', 'Resumen semanal', 'Giornalista professionista']) expect(body).not.toContain(gone);
  });

  it("drops newsletter pitches by their call or their rhythm, an embed's consent note, a reuse licence and a call for letters", () => {
    const html = page(`<p>${FIRST}</p><p>${SECOND}</p><p>Beim Laden des Inhalts werden Daten an Instagram (Meta) übermittelt. Mehr dazu</p><p>${THIRD}</p>
      <p>Todos los lunes, el resumen de la jornada en tu correo. Gratis.</p><p>Apúntate para recibir cada mañana las claves económicas del día.</p>
      <p>Inscrivez-vous pour recevoir l'essentiel de l'actualité locale.</p><p>${FOURTH}</p><p>Réutiliser ce contenu</p>
      <p>Ihre Meinung ist uns wichtig: Schreiben Sie uns einen Leserbrief zu diesem Thema.</p>`);
    const body = extractArticle(html, { url }).body;
    expect(body).toContain(FOURTH);
    for (const gone of ['Beim Laden des Inhalts', 'Todos los lunes', 'Apúntate para recibir', 'Inscrivez-vous pour recevoir', 'Réutiliser ce contenu', 'Leserbrief']) expect(body).not.toContain(gone);
  });

  it('keeps sentences that only mention a weekly rhythm or Pinterest, and drops the calls to pin a post', () => {
    const html = page(`<p>${FIRST}</p><p>Every Monday the harbour master posts the week's tide tables on the notice board by the slipway.</p>
      <p>The photographer shares her pictures of the pier on Pinterest and Instagram, where they have a large following.</p><p>${SECOND}</p>
      <p>Pin it for later!</p><p>Gefällt dir der Beitrag? Dann merk ihn dir auf Pinterest!</p>`);
    const body = extractArticle(html, { url }).body;
    expect(body).toContain("posts the week's tide tables");
    expect(body).toContain('on Pinterest and Instagram');
    expect(body).not.toContain('Pin it for later');
    expect(body).not.toContain('merk ihn dir');
  });

  it("drops a syndicated feed's note, a comment section's disclaimer, a messenger call, a closing pitch and a video's countdown", () => {
    const html = page(`<p>${FIRST}</p><p>${SECOND}</p><div class="video-next">The video will start in 8 <button>Cancel</button> <button>Play now</button></div><p>${THIRD}</p>
      <p>(Only the headline and picture of this report may have been reworked by the Harbour News staff; the rest of the content is auto-generated from a syndicated feed.)</p>
      <p>Don't miss the most important news and views of the day. Get them on our <a href="https://t.me/harbour">Telegram channel</a></p>
      <p>Don't miss out on the latest news and information.</p>
      <p>Disclaimer: The comments uploaded on this site do not necessarily represent or reflect the views of management.</p>`);
    const body = extractArticle(html, { url }).body;
    expect(body).toContain(THIRD);
    for (const gone of ['video will start', 'syndicated feed', 'Telegram channel', "Don't miss out", 'comments uploaded']) expect(body).not.toContain(gone);
  });

  it("drops a shop's price button, an audio player's title and a recipe's call to rate it, not a sentence with a price", () => {
    const html = page(`<p>${FIRST}</p><p>$229 at Amazon</p><p>49,99 € bei Otto</p><p>${SECOND}</p><p>Audio: Harbour board says yes to the new pier</p>
      <p>Bewerten Sie das Rezept mit einem Klick – ganz ohne Anmeldung.</p><p>The old pier cost $229 at Amazon prices of the day, the chair joked.</p><p>${THIRD}</p>`);
    const body = extractArticle(html, { url }).body;
    expect(body).toContain(THIRD);
    expect(body).toContain('The old pier cost $229');
    expect(body.split('\n')).not.toContain('$229 at Amazon');
    for (const gone of ['bei Otto', 'Audio:', 'Bewerten Sie']) expect(body).not.toContain(gone);
  });

  it("reads a platform's members-only preview as a wall", () => {
    const html = page(`<p>${FIRST}</p><p>${SECOND}</p><p>${THIRD}</p>
      <div><h2>The author made this story available to Medium members only.</h2><p>If you’re new to Medium, create a new account to read this story on us.</p></div>`);
    const record = extractArticle(html, { url });
    expect(record.body).toContain(THIRD);
    expect(record.body).not.toContain('members only');
    expect(record.body).not.toContain('create a new account');
    expect(record.accessibleForFree).toBe(false);
  });
});
