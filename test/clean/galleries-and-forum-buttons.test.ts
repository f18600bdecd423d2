/**
 * A photo gallery whose opening paragraph stands in a box of its own, a travel guide's
 * affiliate box, copyright notices in three more languages, a forum post's buttons written as
 * text, and a recipe card's screen switch in German.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/pipeline.js';
import { STORY_SENTENCES, STORY_URL, bodyAround, dropsLine, keepsLine } from '../helpers/story.js';

const [FIRST, SECOND, THIRD, FOURTH] = STORY_SENTENCES;

describe('a gallery opened by a paragraph in a box of its own', () => {
  const captions = [
    'The old ferry pier at dawn, its timber piles bare after the winter storms took the planks.',
    'Divers from the regional office check the seabed where the new piles will stand next spring.',
    'Shop owners on the quay watch the cranes arrive on the first morning of the rebuild works.',
    'The temporary landing stage at the slipway, where the ferry docks while the pier is closed.',
    'Older residents gather by the harbour wall to see the last of the 1961 planks lifted away.',
    'A crane barge moored off the pier head waits for the tide before the first pile goes in.',
  ];
  const figures = captions.map((c, i) => `<figure class="g-photo"><span class="g-photo__count">${i + 1}/${captions.length}</span><img src="/g/${i}.jpg" alt="" width="1024" height="683"><figcaption><span class="g-photo__text">${c}</span> <span class="g-photo__credit">© Harbour News</span></figcaption></figure>`).join('');

  // A gallery's page: its header (kicker, credit, date, share bar), a long opening paragraph in
  // a box of its own, then the box of pictures.
  const gallery = (after: string): string => `<!doctype html><html lang="en"><head><title>Pier rebuild: the pictures | Harbour News</title></head><body>
    <header><a href="/">Harbour News</a></header><main><article class="gallery">
    <header class="gallery__head"><span class="gallery__kicker">Harbour</span><h1>Pier rebuild: the pictures</h1>
    <p class="gallery__by">Text and photos: <a href="/author/jane-doe/">Jane Doe</a></p>
    <p class="gallery__date"><time datetime="2025-03-17T10:24:00+01:00">Monday 17 March 2025, 10:24</time> · <span>6 photos</span></p>
    <div class="share"><a href="#">WhatsApp</a><a href="#">Facebook</a><a href="#">Copy link</a></div></header>
    <div class="gallery__intro"><p>${FIRST} ${SECOND} ${THIRD} ${FOURTH}</p></div>${after}</article></main>
    <footer><p>Contact the newsroom</p></footer></body></html>`;

  it('keeps the captions, which tell the story, and drops their credits', () => {
    const body = extractArticle(gallery(`<div class="gallery__photos">${figures}</div>`), { url: STORY_URL }).body;
    expect(body).toContain(FOURTH);
    for (const c of captions) expect(body).toContain(c);
    expect(body).not.toContain('© Harbour News');
  });

  it('keeps no captions of other galleries linked under the story', () => {
    const teasers = captions.map((c, i) => `<figure class="g-teaser"><a href="/gallery/${i}/"><img src="/t/${i}.jpg" alt=""></a><figcaption><a href="/gallery/${i}/">${c}</a></figcaption></figure>`).join('');
    const body = extractArticle(gallery(`<section class="more-galleries"><h2>More galleries</h2><div class="g-teasers">${teasers}</div></section>`), { url: STORY_URL }).body;
    expect(body).toContain(FOURTH);
    expect(body).not.toContain(captions[0]);
  });
});

describe('boxes and notices', () => {
  it("drops a travel guide's affiliate box, named in Spanish, and its commission note", () => {
    const body = bodyAround(`<div class="gp-afiliado"><p class="gp-afiliado__tit">Reserva tu escapada</p><p>Casas rurales en el valle desde 65 € la noche.</p><a href="https://partner.example/?aid=1" rel="sponsored">Ver disponibilidad</a></div>
      <p>Este enlace puede generar una comisión para La Gaceta.</p>`, 'es');
    expect(body).toContain(THIRD);
    for (const gone of ['Reserva tu escapada', 'Casas rurales', 'generar una comisión']) expect(body).not.toContain(gone);
  });

  it('drops copyright notices in French, Spanish and Portuguese', () => {
    for (const [lang, line] of [
      ['fr', 'Tous droits de reproduction et de représentation réservés.'],
      ['es', 'Queda prohibida la reproducción total o parcial de los contenidos sin autorización expresa.'],
      ['pt', 'É proibida a reprodução deste conteúdo sem autorização.'],
    ] as const) {
      dropsLine(lang, `<p>${line}</p>`, line);
    }
  });

  it("keeps a story's sentence about a ban on copying", () => {
    keepsLine('The court ruled that the reproduction of the harbour plans was prohibited until the appeal was heard.');
  });

  it("drops a forum post's quote button written as text, in English and German", () => {
    for (const [lang, button] of [['en', 'Reply With Quote'], ['de', 'Mit Zitat antworten']] as const) {
      dropsLine(lang, `<div class="post-buttons"><a href="newreply.php?p=1"><img src="quote.gif" alt=""></a> <span class="smallfont">${button}</span></div>`, button);
    }
  });

  it("drops a recipe card's screen switch in German", () => {
    dropsLine('de', '<div class="wprm-toggle"><span>Kochmodus</span><p>Verhindert, dass dein Bildschirm dunkel wird</p></div>', 'Bildschirm dunkel');
  });
});
