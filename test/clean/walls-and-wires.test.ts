/**
 * A wall's offer between its prompts, a closed comment section's note, a wire writer's
 * biography by family name, a player's titles and a call to pin the post, another story's
 * byline in a card after the story, a search's page of results, and a headline that is a
 * quotation.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/pipeline.js';
import { isCopydeskError } from '../../src/errors.js';
import { STORY_SENTENCES, STORY_URL, storyBody, storyPage } from '../helpers/story.js';

const [FIRST, SECOND, THIRD, FOURTH] = STORY_SENTENCES;
const url = STORY_URL;

describe("a wall's box", () => {
  it('goes whole when its benefits and price stand between two of its prompts', () => {
    const offer = `<div class="paywall-content"><div class="box"><div><span>Weiterlesen mit Plus</span></div><p>Mehr Perspektiven, mehr verstehen.</p>
      <ul><li>Freier Zugang zu allen Artikeln, Videos, Audioinhalten und Podcasts</li><li>Alle Artikel der digitalen Ausgabe, schon ab Freitag in der App</li><li>Jederzeit kündbar</li></ul>
      <a href="https://abo.example/plus" class="button">Jetzt für 1,00 € testen</a><p>Vier Wochen für 1,00 €, danach 19,99 € alle vier Wochen</p>
      <hr><p>Ich bin bereits Abonnentin oder Abonnent</p><a href="https://login.example/">Zum Login</a>
      <p>Sie haben bereits ein Digital-Abo? Dann können Sie Plus auch kostenlos in Ihrem Abo nutzen.</p></div></div>`;
    const record = extractArticle(storyPage(`<p>${FIRST}</p><p>${SECOND}</p><p>${THIRD}</p>${offer}`, 'de'), { url });
    expect(record.body).toContain(THIRD);
    expect(record.body).not.toContain('Freier Zugang');
    expect(record.body).not.toContain('Vier Wochen');
    expect(record.body).not.toContain('Mehr Perspektiven');
  });

  it("goes whole when a local paper's box offers two subscriptions, each with its price and benefits", () => {
    const offer = (name: string, price: string, detail: string, benefits: string[]): string =>
      `<div class="offer"><h5>${name}</h5><p class="offer-price"><strong>${price}</strong></p><p>${detail}</p><ul>${benefits.map((b) => `<li>${b}</li>`).join('')}</ul><a href="/subscribe/">Get started</a></div>`;
    const box = `<div id="tncms-block-subscription-required" class="panel subscription-required"><div class="panel-body"><h4>Support local journalism. Subscribe today.</h4>
      <p>Thank you for reading! Please log in, or sign up for a new account and purchase a subscription to continue reading.</p>
      ${offer('Digital Only', '$1 for 3 months', 'Then $9.99 per month. Cancel anytime.', ['Unlimited access to our website', 'The e-Edition every morning', 'Breaking news alerts on our mobile app'])}
      ${offer('Print + Digital', '$4.99 per week', 'Thursday and Sunday home delivery plus everything in Digital Only.', ['Sunday coupons and inserts', 'Puzzles and comics in print'])}
      <p>Already a subscriber? <a href="/users/login/">Log in</a> or <a href="/users/admin/">activate your account</a>.</p></div></div>`;
    const record = extractArticle(storyPage(`<div class="subscriber-preview"><p>${FIRST}</p></div>${box}`), { url });
    expect(record.body).toContain(FIRST);
    for (const gone of ['Thank you for reading', '$1 for 3 months', 'Breaking news alerts', 'Sunday coupons']) expect(record.body).not.toContain(gone);
    expect(record.accessibleForFree).toBe(false);
  });

  it("keeps a story's paragraph that stands between two prompts", () => {
    const html = storyPage(`<p>${FIRST}</p><p>Nur für Abonnenten</p><p>${SECOND} ${THIRD}</p><p>Bereits Abonnent? Hier anmelden</p><p>${FOURTH}</p>`, 'de');
    expect(extractArticle(html, { url }).body).toContain(`${SECOND} ${THIRD}`);
  });
});

describe('notes under the story', () => {
  it("drops a closed comment section's heading and note", () => {
    const closed = '<section class="lsm"><h3>Lesermeinungen (12)</h3><p>Lesermeinungen zu diesem Artikel sind geschlossen. Sie können die bereits veröffentlichten Beiträge nach Anmeldung lesen.</p></section>';
    const body = storyBody(`<p>${FIRST}</p><p>${SECOND}</p><p>${THIRD}</p>${closed}`, 'de');
    expect(body).toContain(THIRD);
    expect(body).not.toContain('Lesermeinungen');
  });

  it("drops a wire writer's biography that opens on her family name, her byline in capitals", () => {
    const html = storyPage(`<p class="byline">By WANJIRU KAMAU</p><p>${FIRST}</p><p>${SECOND}</p><p>${THIRD}</p><p>Kamau covers business and agriculture in East Africa for the wire service.</p>`);
    const record = extractArticle(html, { url });
    expect(record.body).toContain(THIRD);
    expect(record.body).not.toContain('Kamau covers');
  });
});

describe("a player's titles and a call to pin the post", () => {
  it('drop the lines and keep the paragraphs around them', () => {
    const players = [
      '<div class="mv-video"><div class="title">Now Playing: 5-Minute Whipped Feta Dip</div></div>',
      '<div class="featured-video"><div class="title">Watch Now: 5 Bathroom Upgrades You Can Do in a Weekend</div></div>',
      '<div class="c-video"><p class="c-video__title">VIDÉO. Canicule : comment garder son logement au frais</p></div>',
    ];
    for (const player of players) {
      const body = storyBody(`<p>${FIRST}</p><p>${SECOND}</p>${player}<p>${THIRD}</p><p>${FOURTH}</p>`);
      expect(body).toContain(SECOND);
      expect(body).toContain(THIRD);
      expect(body).not.toMatch(/Now Playing|Watch Now|VIDÉO/);
    }
    const pin = storyBody(`<p>${FIRST}</p><p>${SECOND}</p><p>${THIRD}</p><div class="pin"><p>Like this guide? Pin it for later!</p></div>`);
    expect(pin).not.toContain('Pin it');
  });

  it("keeps a sentence after a video's label", () => {
    const line = 'VIDÉO. Les pompiers ont filmé la digue pendant toute la nuit, et leurs images montrent les pieux qui penchent.';
    expect(storyBody(`<p>${FIRST}</p><p>${line}</p><p>${SECOND}</p><p>${THIRD}</p>`, 'fr')).toContain(line);
  });
});

describe('metadata of the story, not of the page around it', () => {
  it("takes no writer from another story's card after the story", () => {
    const cards = `<section class="more"><h2>More Local News</h2>${['Ferry timetable changes for the spring', 'Quay shops plan a summer market'].map((h, i) => `<div class="item"><a href="/local/other-${i}/"><h3>${h}</h3></a><span class="c-byline">By Natalie Prudhomme</span></div>`).join('')}</section>`;
    const html = `<!doctype html><html lang="en"><head><title>Pier rebuild approved | Harbour News</title></head><body><main>
      <article><h1>Pier rebuild approved</h1><div class="body"><p>${FIRST}</p><p>${SECOND}</p><p>${THIRD}</p><p>${FOURTH}</p></div></article>${cards}</main></body></html>`;
    expect(extractArticle(html, { url }).authors).toEqual([]);
  });

  it("reads the byline of a header whose headline links to the story's web edition", () => {
    const html = `<!doctype html><html lang="en"><head><title>Pier rebuild approved</title></head><body><main><div class="post-intro">
      <h1 class="title"><a href="https://harbour-news.example/p/pier-rebuild">Pier rebuild approved</a></h1>
      <h2 class="subtitle"><a href="https://harbour-news.example/p/pier-rebuild">What the board decided and what it costs</a></h2>
      <div class="post-meta"><p class="byline">by <a href="https://harbour-news.example/authors/ana-ruiz">Ana Ruiz</a></p></div></div>
      <div class="post"><p>${FIRST}</p><p>${SECOND}</p><p>${THIRD}</p><p>${FOURTH}</p></div></main></body></html>`;
    expect(extractArticle(html, { url: 'https://mail-archive.example/feeds/abc/entries/xyz.html' }).authors).toEqual(['Ana Ruiz']);
  });

  it("refuses a search's page of results, however long its first result's summary", () => {
    const results = [FIRST, SECOND, THIRD].map((s, i) => `<article class="result"><h2><a href="/local/story-${i}-pier.html">Result ${i + 1} on the pier</a></h2><p>${s} ${STORY_SENTENCES[i + 4]}</p></article>`).join('');
    const html = `<!doctype html><html lang="en"><head><title>Search: pier | Harbour News</title></head><body><main><h1>Results for “pier”</h1>${results}</main></body></html>`;
    let code: string | null = null;
    try {
      extractArticle(html, { url: 'https://harbour-news.example/search/?q=pier' });
    } catch (err) {
      code = isCopydeskError(err) ? err.code : 'other';
    }
    expect(code).toBe('NOT_AN_ARTICLE');
    // The same terms after a story's address are a share tracker's, not a search.
    expect(extractArticle(storyPage(`<p>${FIRST}</p><p>${SECOND}</p><p>${THIRD}</p>`), { url: `${url}?s=20` }).title).toBe('Pier rebuild approved');
  });

  it('keeps the quotation marks of a headline that quotes somebody', () => {
    const html = `<!doctype html><html lang="de"><head><title>„Ein Lesesaal verkauft nichts“ | Harbour News</title><meta property="og:title" content="„Ein Lesesaal verkauft nichts“"></head><body><main><article>
      <h2><span class="kicker">Bibliotheken</span> <span>„Ein Lesesaal verkauft nichts“</span></h2><p>${FIRST}</p><p>${SECOND}</p><p>${THIRD}</p></article></main></body></html>`;
    expect(extractArticle(html, { url }).title).toBe('„Ein Lesesaal verkauft nichts“');
  });
});
