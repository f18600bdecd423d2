/**
 * Boxes and lines a page sets in the story's column: a call-out for readers' stories and the
 * heading over it, a gallery's closing slide, a recipe's call to rate it; and text a layout
 * class put at risk (text beside a picture).
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/pipeline.js';
import { STORY_SENTENCES, STORY_URL, storyPage } from '../helpers/story.js';

const [FIRST, SECOND, THIRD, FOURTH] = STORY_SENTENCES;
const url = STORY_URL;
const page = storyPage;

describe('calls set in the story', () => {
  it("drops a call-out for readers' stories and the heading left over it", () => {
    const html = page(`<p>${FIRST}</p><p>${SECOND}</p><p>${THIRD}</p>
      <div class="dcr-callout"><h3>Do you have a story about your local pier?</h3>
      <p>Tell us about it. You can get in touch using the form below or by messaging us on WhatsApp.</p></div>`);
    const body = extractArticle(html, { url }).body;
    expect(body).toContain(THIRD);
    expect(body).not.toContain('get in touch');
    expect(body).not.toContain('Do you have a story');
  });

  it("keeps a police appeal's call to get in touch", () => {
    const appeal = 'Anyone who saw the crash is asked to get in touch with officers on 101, quoting incident 4711.';
    const body = extractArticle(page(`<p>${FIRST}</p><p>${SECOND}</p><p>${appeal}</p>`), { url }).body;
    expect(body).toContain(appeal);
  });

  it("drops a gallery's closing slide and a recipe's call to rate it", () => {
    const html = page(`<p>${FIRST}</p><p>${SECOND}</p><p>${THIRD}</p><p>Has visto las 12 fotos de esta galería</p>
      <p>${FOURTH}</p><p>Wie gefällt Ihnen dieses Rezept? Jetzt bewerten!</p>`);
    const body = extractArticle(html, { url }).body;
    expect(body).toContain(FOURTH);
    expect(body).not.toContain('Has visto');
    expect(body).not.toContain('Wie gefällt');
  });

  it("drops a player's next clip, a narrator's credit, an appeal for readers' money and a Spanish pointer to other stories", () => {
    const html = page(`<p>${FIRST}</p><p>Read by Simon Tate. Audio narration of articles is a benefit of a Harbour News subscription.</p><p>${SECOND}</p>
      <div class="video-player__upnext"><span>Up next</span><span>Seagull steals a pasty on the beach</span><span>0:34</span></div><p>${THIRD}</p>
      <div class="box-2c3Pq"><h3>Support Science Journalism</h3><p>Like what you're reading? Harbour News depends on readers. By subscribing, you keep these stories coming.</p></div>
      <p><strong>Te recomendamos:</strong> <a href="/otra/">El puerto cierra por obras</a></p><p>${FOURTH}</p>`);
    const body = extractArticle(html, { url }).body;
    expect(body).toContain(FOURTH);
    for (const gone of ['Read by Simon Tate', 'Seagull steals', 'Support Science', 'depends on readers', 'Te recomendamos']) expect(body).not.toContain(gone);
  });

  it("keeps the section after an ad's label, its heading and its list", () => {
    const html = page(`<p>${FIRST}</p><p>${SECOND}</p><div class="td-a-rec"><span class="td-adspot-title">- Advertisement -</span><a href="https://ads.example/go/1"><img src="/ad.png" alt=""></a></div>
      <h2>What you need before you start</h2><ul><li>A boat with a working radio and spare fuel</li><li>A berth booked at the harbour office</li></ul><p>${THIRD}</p><p>${FOURTH}</p>`);
    const body = extractArticle(html, { url }).body;
    expect(body).toContain('What you need before you start');
    expect(body).toContain('A berth booked at the harbour office');
    expect(body).not.toContain('Advertisement');
  });

  it("keeps an accordion's answers hidden by the collapsing box around each panel", () => {
    const answer = 'The harbour office opens its berth list on the first Monday of March, and boats are placed in the order their forms arrive.';
    const item = (n: number, q: string, a: string): string => `<div class="chakra-accordion__item"><h3><button type="button" aria-expanded="false" aria-controls="panel-${n}">${q}</button></h3>
      <div class="chakra-collapse" style="overflow:hidden;display:none;opacity:0;height:0px"><div role="region" id="panel-${n}"><p>${a}</p></div></div></div>`;
    const html = page(`<p>${FIRST}</p><p>${SECOND}</p><p>${THIRD}</p><h2>FAQ</h2><div class="chakra-accordion">${item(1, 'When can I apply for a berth?', answer)}${item(2, 'Is there a waiting list?', `${FOURTH}`)}</div>`);
    const body = extractArticle(html, { url }).body;
    expect(body).toContain(answer);
    expect(body).toContain('When can I apply for a berth?');
  });

  it("drops a reader poll whose choices sit in no form, a messenger channel named by the site, a subscribers' credit, a view count and a forum's thanks", () => {
    const poll = `<section class="poll svelte-6bn2vq"><h3>Quick poll</h3><p>Were you stuck on the ferry on Tuesday?</p>
      <label><input type="radio" name="poll-2231"> Yes, for more than an hour</label><label><input type="radio" name="poll-2231"> No, not at all</label></section>`;
    const html = page(`<p>${FIRST}</p><p>${SECOND}</p>${poll}<p>${THIRD}</p><p>Zugriffe: 412</p><p>${FOURTH}</p>
      <p>Join Harbour News's WhatsApp channel and get the latest news and must-reads.</p>
      <p>This article is brought to you by Harbour News subscribers. Support quality journalism for €1.</p>
      <p>Folgende 4 Benutzer sagen Danke zu Jiggermeister für den nützlichen Beitrag:</p>
      <p>If this is your first visit, be sure to check out the FAQ by clicking the link above.</p>`);
    const body = extractArticle(html, { url }).body;
    expect(body).toContain(FOURTH);
    for (const gone of ['Quick poll', 'stuck on the ferry', 'Zugriffe', 'WhatsApp', 'brought to you by', 'sagen Danke', 'first visit']) expect(body).not.toContain(gone);
  });

  it("drops a portal's clip teasers, a poll whose choices are buttons in a list, and a synthetic voice's note, and keeps a live blog's timed entry", () => {
    const html = page(`<p>${FIRST}</p><div class="vplayer vplayer--inline"><div class="vplayer__title">Harbour: how many jobs are at stake?</div><div class="vplayer__duration">04:51 min</div></div>
      <p>${SECOND}</p><div class="id-Video"><p class="id-Video-title">Listerien: Wie gefährlich sind die Bakterien wirklich?</p><span class="id-Video-duration">01:48</span></div>
      <div class="module-poll"><p>Umfrage</p><p>Fahren Sie bei Glätte trotzdem mit dem Auto zur Arbeit?</p><ul><li><button>Ja, ich habe keine Alternative</button></li><li><button>Nein, ich bleibe zu Hause</button></li></ul><p>Die Umfrage ist nicht repräsentativ.</p></div>
      <p>${THIRD}</p><p>Diese Audioversion wurde künstlich erzeugt.</p><div class="entry"><span class="entry__time">10:45</span><p>The ferry to the island is running again after the storm, the harbour office says.</p></div><p>${FOURTH}</p>`);
    const body = extractArticle(html, { url }).body;
    expect(body).toContain(FOURTH);
    expect(body).toContain('The ferry to the island is running again');
    for (const gone of ['how many jobs', 'Listerien', 'Fahren Sie bei Glätte', 'Audioversion']) expect(body).not.toContain(gone);
  });

  it("drops an embed's consent placeholder", () => {
    const html = page(`<p>${FIRST}</p><p>${SECOND}</p><div class="cmplz-blocked-content-notice"><p>Klicke auf „Ich stimme zu“, um Inhalte von Instagram zu laden. Dabei werden personenbezogene Daten an Meta übermittelt.</p></div><p>${THIRD}</p>
      <div class="rcb-content-blocker"><p>Wir benötigen deine Zustimmung, um den YouTube-Video-Service zu laden!</p></div><p>${FOURTH}</p>`);
    const body = extractArticle(html, { url }).body;
    expect(body).toContain(FOURTH);
    expect(body).not.toContain('Ich stimme zu');
    expect(body).not.toContain('Wir benötigen deine Zustimmung');
  });

  it('keeps text set beside a picture by a layout class that names media', () => {
    const beside = 'The harbour master will run every crossing herself and has waited eleven years for this job.';
    const html = page(`<div class="entry-content"><p>${FIRST}</p><p>${SECOND}</p>
      <div class="kt-info-box"><div class="kt-blocks-info-box-link-wrap kt-blocks-info-box-media-align-left"><div class="kt-infobox-textcontent"><h3>Storage</h3><p>${beside}</p></div></div></div>
      <p>${THIRD}</p><p>${FOURTH}</p></div>`);
    const body = extractArticle(html, { url }).body;
    expect(body).toContain(beside);
    expect(body).toContain(FOURTH);
  });
});
