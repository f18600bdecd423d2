/**
 * Boxes a page sets in the story that only their button or a compound class names (a sign-up
 * call, an appeal for readers' money; not a paid link's), an obituary's guestbook, and the parts of a
 * forum thread around its posts (the question a pick left out, the reply subjects, the titles
 * under the members' names, the count of likes).
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/pipeline.js';
import { STORY_SENTENCES, STORY_URL, storyPage } from '../helpers/story.js';

const [FIRST, SECOND, THIRD, FOURTH, FIFTH] = STORY_SENTENCES;
const url = STORY_URL;

describe('boxes named by their button or a compound class', () => {
  it('drops a newsletter box named "sign-up" in parts or only by its "Sign Up" link, and keeps a paragraph that ends in a call', () => {
    const call = 'That is what the course is for: it helps you plan the season, book the berths and keep the boat in the water for longer. Sign up now!';
    const html = storyPage(`<p>${FIRST}</p><p>${SECOND}</p>
      <div data-testid="SignUpInline"><p>The Harbour Brief gets you the latest on the quay, the ferry and the fishing fleet.</p></div>
      <p>${THIRD}</p>
      <div class="gnt_em gnt_em_nl"><p>Get the Morning Briefing in your inbox.</p><p>Start your day with the top stories from the three harbour towns.</p><a href="/newsletters/morning/">Sign Up</a></div>
      <p>${FOURTH}</p><p>${call.replace(' Sign up now!', '')} <a href="/course">Sign up now!</a></p>`);
    const body = extractArticle(html, { url }).body;
    expect(body).toContain(FOURTH);
    expect(body).toContain('it helps you plan the season');
    expect(body).not.toContain('The Harbour Brief gets you');
    expect(body).not.toContain('Start your day with the top stories');
  });

  it("keeps a review's box around a paid link: the product's verdict is the review's", () => {
    const html = storyPage(`<p>${FIRST}</p><p>${SECOND}</p>
      <div class="product-box"><h3>Harbour Rope 20 m</h3><p>Best rope overall: it floats, it holds a knot and it shrugs off a season of salt.</p><a class="button" rel="nofollow noopener sponsored" href="https://shop.example/dp/2">Check price</a></div>
      <p>${THIRD}</p><p>${FOURTH}</p>`);
    const body = extractArticle(html, { url }).body;
    expect(body).toContain(FOURTH);
    expect(body).toContain('Best rope overall');
  });

  it("drops appeals for readers' money in English, Spanish and French, and a member upsell", () => {
    const html = storyPage(`<p>${FIRST}</p><p>${SECOND}</p>
      <div class="support-box"><p>… we have a small favour to ask. Millions of readers rely on Harbour News for independent reporting.</p><a href="/support">Support Harbour News</a></div>
      <p>${THIRD}</p><div class="caja"><p><strong>Este análisis ha sido posible gracias a nuestros socios.</strong> Harbour News no tiene dueños. Hazte socio.</p></div>
      <p>${FOURTH}</p><div class="encart"><p>Cet article vous est offert. Pour que Harbour News reste sans publicité, rejoignez nos 6 200 abonnés.</p></div>
      <div data-testid="member-upsell"><p>Get Jo Pike's stories in your inbox</p><button>Subscribe</button></div><p>${FIFTH}</p>`);
    const body = extractArticle(html, { url }).body;
    expect(body).toContain(FIFTH);
    for (const gone of ['small favour', 'no tiene dueños', 'rejoignez nos', "Jo Pike's stories"]) expect(body).not.toContain(gone);
  });
});

describe("an obituary's guestbook", () => {
  it('is no part of the story, and its writers are no authors', () => {
    const html = storyPage(`<p>${FIRST}</p><p>${SECOND}</p><p>${THIRD}</p>
      <section class="guestbook"><h2>Memories &amp; Condolences</h2><div class="guestbook__entry"><p>Rest easy, Chief. You were the first at every call.</p><p class="guestbook__author">Dennis Carrier · February 5, 2025</p></div></section>`);
    const record = extractArticle(html, { url });
    expect(record.body).not.toContain('Rest easy');
    expect(record.authors).not.toContain('Dennis Carrier');
  });
});

describe('forum threads', () => {
  const reply = (n: number, who: string, text: string): string => `<article class="message message--post" id="post-${n}">
      <div class="message-user"><a href="/members/${who}/">${who}</a><span class="usertitle">Harbour Regular</span></div>
      <div class="message-main"><time datetime="2025-01-${10 + n}T10:00:00Z">Jan ${10 + n}, 2025</time>
      <h2 class="title">Re: Rotten piles under the ferry pier</h2><div class="bbWrapper">${text}</div>
      <footer class="message-footer"><span class="post-likes">${n} „Gefällt mir“</span></footer></div></article>`;
  const thread = (): string => `<!doctype html><html lang="en"><head><title>Rotten piles under the ferry pier | Harbour Forum</title></head><body>
    <h1>Rotten piles under the ferry pier</h1><div class="block-body">
    ${reply(1, 'quayside', `I moor beside the old pier and the piles look worse every week.<br><br>The timber at the waterline is soft enough to push a thumb into, and two of them have split.<br><br>Has anyone asked the harbour board what they plan to do about it before the winter?`)}
    ${reply(2, 'ferryman', `<p>${FIRST}</p><p>${SECOND}</p><p>${THIRD}</p>`)}
    ${reply(3, 'diver', `<p>${FOURTH}</p><p>${FIFTH}</p>`)}
    </div></body></html>`;

  it("keeps the question written in line breaks that the pick of the answers left out, without the reply subjects, the members' titles or the likes", () => {
    const body = extractArticle(thread(), { url: 'https://forum.harbour.example/threads/rotten-piles.4711/' }).body;
    expect(body).toContain('soft enough to push a thumb into');
    expect(body).toContain(FIFTH);
    expect(body).not.toContain('Re: Rotten piles');
    expect(body).not.toContain('Harbour Regular');
    expect(body).not.toContain('Gefällt mir');
  });
});

describe('lines set in the story', () => {
  it("drops a label and its link on one line, a bracketed pointer, a gallery's title and a shop's heading over its products", () => {
    const html = storyPage(`<p>${FIRST}</p>
      <section class="catcher"><span>Lire aussi</span> <a href="/autre/">La Cour des comptes alerte sur la dérive des finances locales</a></section>
      <p>${SECOND}</p><p><span>[</span><a href="/other/">RELATED: What's behind the harbour's budget gap?</a><span>]</span></p>
      <p>${THIRD}</p><div class="td-gallery"><div class="td-gallery-title">Bildergalerie: Die Güterhalle vor und nach dem Umbau</div></div>
      <div class="slider"><p class="slider-title">Passende Seile aus unserem Sortiment</p></div><p>${FOURTH}</p>`);
    const body = extractArticle(html, { url }).body;
    expect(body).toContain(FOURTH);
    for (const gone of ['La Cour des comptes', 'RELATED', 'Bildergalerie', 'aus unserem Sortiment']) expect(body).not.toContain(gone);
  });

  it("keeps the writer's own sentence about their e-mail, and drops a call to e-mail the newsroom", () => {
    const own = 'As always, tell us what is broken. Every email to feedback@harbour-news.example lands in my inbox, and I read all of them.';
    const html = storyPage(`<p>${FIRST}</p><p>${SECOND}</p><p>${own}</p><p>Questions? Email the newsroom at tips@harbour-news.example.</p>`);
    const body = extractArticle(html, { url }).body;
    expect(body).toContain('Every email to feedback@');
    expect(body).not.toContain('tips@harbour-news.example');
  });

  it("reads a byline's job title as no writer", () => {
    const html = storyPage(`<div class="byline"><a href="/our-team/fiona-carr">Fiona Carr</a>, Veterinary Surgeon</div><p>${FIRST}</p><p>${SECOND}</p><p>${THIRD}</p>`);
    expect(extractArticle(html, { url }).authors).toEqual(['Fiona Carr']);
  });
});

describe("a site's calls to follow it", () => {
  it('drops calls to follow the site by a longer name or on its messenger channel, a betting helpline and a call to sign up for its newsletters', () => {
    const tip = 'Follow relevant news sources and subscribe to industry newsletters to stay up to date with what the harbour board decides.';
    const html = storyPage(`<p>${FIRST}</p><p>${SECOND}</p><p>${tip}</p>
      <p>Follow The Harbour News TV on Facebook, Instagram and TikTok</p><p>Harbour News is now available on WhatsApp channels.</p>
      <p>${THIRD}</p><p>Gambling problem? Call 1-800-GAMBLER. 21+. Terms apply.</p><p>Bookmark us and sign up for our daily newsletters here.</p><p>${FOURTH}</p>`);
    const body = extractArticle(html, { url }).body;
    expect(body).toContain(FOURTH);
    expect(body).toContain('subscribe to industry newsletters');
    for (const gone of ['Harbour News TV', 'WhatsApp channels', 'GAMBLER', 'daily newsletters']) expect(body).not.toContain(gone);
  });

  it("reads a German adviser's trade after the name as no writer", () => {
    const html = storyPage(`<div class="byline">Von Sebastian Krüger, Versicherungsfachmann (IHK)</div><p>${FIRST}</p><p>${SECOND}</p><p>${THIRD}</p>`, 'de');
    expect(extractArticle(html, { url }).authors).toEqual(['Sebastian Krüger']);
  });
});
