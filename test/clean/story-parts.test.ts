/**
 * Parts of a story that templates set where a rule for something else could take them: the
 * subheading after a box of related links, a fact box between the story's sections, a
 * subheading whose words the search title repeats; and parts that are no story's: an old
 * newspaper's cutline with its credit after the last sentence, and what the page keeps out
 * of search engines' index.
 */
import { describe, expect, it } from 'vitest';
import { withRulesOff } from '../../src/clean/switches.js';
import { DOM_KINDS } from '../../src/config.js';
import { extractArticle } from '../../src/pipeline.js';
import { STORY_SENTENCES } from '../helpers/story.js';

const [FIRST, SECOND, THIRD, FOURTH, FIFTH, SIXTH] = STORY_SENTENCES;
const url = 'https://coast.example/2024/03/03/harbour-pier-rebuild/';

function page(inner: string, title = 'Harbour board weighs pier rebuild'): string {
  return `<!doctype html><html lang="en"><head><title>${title}</title></head><body>
    <header><a href="/">Coast Notes</a></header>
    <article><h1>Harbour board weighs pier rebuild</h1>${inner}</article>
    <footer><p>Coast Notes, Quay Street 1</p></footer></body></html>`;
}

describe('parts of the story', () => {
  it("keeps an interview's next question after a box of related links, and drops the box", () => {
    const html = page(`<div class="frame"><div class="text"><h3>Why now?</h3><p>${FIRST}</p><h3>What did the engineers find?</h3><p>${SECOND}</p></div></div>
      <div class="frame"><div class="text"><p class="box-title">Related stories</p><ul><li><a href="/2024/02/ferry-fares">Ferry fares rise again in spring</a></li><li><a href="/2024/01/quay-works">Quay works start in January</a></li></ul></div></div>
      <div class="frame"><div class="text"><h3>Will the ferry keep running?</h3><p>${THIRD}</p><h3>What happens next?</h3><p>${FOURTH}</p></div></div>`);
    const body = extractArticle(html, { url }).body;
    expect(body).toContain('Will the ferry keep running?');
    expect(body).toContain(THIRD);
    expect(body).not.toContain('Ferry fares rise again');
  });

  it('keeps a fact box the story sets as an <aside> between two of its <section>s', () => {
    const facts = 'The pier was built in 1887 and rebuilt once, in 1961, when its deck was widened for cars and vans.';
    const html = page(`<section><p>${FIRST}</p><p>${SECOND}</p></section>
      <aside class="infobox"><p class="infobox__label">Background</p><h3>The pier in numbers</h3><p>${facts}</p><p>It carries about three hundred foot passengers on a busy summer day.</p></aside>
      <section><h2>A long winter</h2><p>${THIRD}</p><p>${FOURTH}</p></section>`);
    expect(extractArticle(html, { url }).body).toContain(facts);
    expect(withRulesOff(['before:story-asides'], () => extractArticle(html, { url })).body).not.toContain(facts);
  });

  it('keeps a box of key points set as an <aside> over the story\'s body', () => {
    const point = 'The pier has been closed to cars since the storm damaged its deck in January.';
    const box = `<aside class="key-points"><h3>Key points</h3><ul><li>${point}</li><li>The harbour board will choose between two plans for the rebuild in April.</li><li>Ferries keep running from the north quay while the work goes on.</li></ul></aside>`;
    expect(extractArticle(page(`<h2>A standfirst over the story</h2>${box}<div class="body"><p>${FIRST}</p><p>${SECOND}</p><p>${THIRD}</p><p>${FOURTH}</p></div>`), { url }).body).toContain(point);
    // After the body it stands beside, such a box is the page's, not the story's.
    expect(extractArticle(page(`<div class="body"><p>${FIRST}</p><p>${SECOND}</p><p>${THIRD}</p><p>${FOURTH}</p></div>${box}`), { url }).body).not.toContain(point);
  });

  it("keeps a tip set as an <aside> of bare text in one of a guide's steps", () => {
    const tip = 'Hold the valve body inside the tank with one hand so that the whole assembly does not spin.';
    const steps = ['Shut off the water', 'Drain the tank', 'Remove the old valve'].map((title, i) => `<li><h3>${title}</h3><p>${STORY_SENTENCES[i] ?? ''}</p>${i === 2 ? `<aside class="callout-tip"><strong>Pro tip:</strong> ${tip}</aside>` : ''}</li>`).join('');
    const html = page(`<p>${FOURTH}</p><h2>Instructions</h2><ol class="steps">${steps}</ol><p>${FIFTH}</p>`);
    expect(extractArticle(html, { url }).body).toContain(tip);
    // A box of links in a list of links is no step's tip.
    const menu = page(`<p>${FOURTH}</p><p>${FIFTH}</p><ul><li><a href="/a">Ferries</a><aside><a href="/b">Ferry timetables for the whole coast, updated every morning at six.</a></aside></li></ul><p>${SIXTH}</p>`);
    expect(extractArticle(menu, { url }).body).not.toContain('Ferry timetables');
  });

  it("keeps a photo story's opening paragraph and its captions, without their credits, and a paper's print shop goes", () => {
    const opening = 'More than two thousand people followed the paper lanterns along the river on Saturday night, the first parade since the footbridge was rebuilt.';
    const captions = [
      'The parade sets off from the market cross shortly after six, led by a heron built from willow.',
      'Pupils from the primary school carry the fish lanterns they spent three Saturdays building.',
      'The samba band keeps the pace on the new footbridge, which reopened in September.',
      'Reflections of the lanterns on the river below the mill weir late in the evening.',
      'A volunteer relights a lantern that blew out on the climb up the church bank.',
    ];
    const figures = captions.map((c, i) => `<figure class="wp-block-image"><img src="/p/${i}.jpg" alt=""><figcaption>${c} <span class="galeria__credito">© Jenna Rossiter</span></figcaption></figure>`).join('');
    const html = page(`<div class="entry-meta"><span class="byline">Words and pictures by Jenna Rossiter</span></div><div class="entry-content"><p>${opening}</p>${figures}</div><div class="author-box"><h4>Jenna Rossiter</h4><p>Jenna Rossiter is the chief photographer and has covered the valley for fourteen years. She also runs the reader photography club.</p></div><div class="shop"><p><strong>Buy a print:</strong> All photographs from this gallery are available as prints from our photo shop.</p></div>`);
    const body = extractArticle(html, { url }).body;
    expect(body).toContain(opening);
    for (const c of captions) expect(body).toContain(c);
    expect(body).not.toContain('Rossiter');
    expect(body).not.toContain('Buy a print');
    // Captions beside a story's paragraphs are no gallery's text.
    const story = page(`<div class="entry-content"><p>${FIRST}</p>${figures.split('</figure>').slice(0, 3).join('</figure>')}</figure><p>${SECOND}</p><p>${THIRD}</p><p>${FOURTH}</p><p>${FIFTH}</p><p>${SIXTH}</p></div>`);
    const text = extractArticle(story, { url }).body;
    expect(text).toContain(SIXTH);
    expect(text).not.toContain(captions[0]);
  });

  it('keeps a fact box of labelled lines set as an <aside> among the paragraphs', () => {
    const facts = '<aside class="c4"><h3>Info</h3><ul><li>Work starts: March 2025</li><li>Length: about 120 metres</li><li>Cost: 4.2 million euros</li><li>Closed to cars: until autumn</li></ul></aside>';
    const html = page(`<div class="text"><p>${FIRST}</p><p>${SECOND}</p><p>${THIRD}</p>${facts}<p>${FOURTH}</p></div>`);
    expect(extractArticle(html, { url }).body).toContain('Length: about 120 metres');
    // A box of short lines that are links is no fact box.
    const menu = facts.replace(/<li>([^<]*)<\/li>/g, '<li><a href="/x">$1</a></li>');
    expect(extractArticle(page(`<div class="text"><p>${FIRST}</p><p>${SECOND}</p><p>${THIRD}</p>${menu}<p>${FOURTH}</p></div>`), { url }).body).not.toContain('Length: about 120 metres');
  });

  it("drops a post's tallies, a reading time in the meta list, a programme's dateline and a review site's disclosure", () => {
    const html = page(`<ul class="m"><li>3 Min. Lesezeit</li><li>12. März 2025</li></ul><div class="text"><p>We independently review everything we recommend. When you buy through our links, Coast Notes may earn a commission.</p><p>${FIRST}</p><p>${SECOND}</p><p>${THIRD}</p><p>${FOURTH}</p><p><span>214 Aufrufe</span> <span>0 Kommentare</span></p><p>Coast Radio | Evening News | 12.02.2025 | 17:30</p><p>*Affiliate-Link: Bei einem Kauf erhalten wir eine Provision.</p></div>`);
    const body = extractArticle(html, { url }).body;
    for (const gone of ['Evening News', 'Provision', 'Lesezeit', 'Aufrufe', 'independently review']) expect(body).not.toContain(gone);
    expect(body).toContain(FOURTH);
  });

  it("drops a recipe card's nutrition disclaimer, a forum's similar threads and its software's lines under the posts", () => {
    const html = page(`<div class="text"><p>${FIRST}</p><p>${SECOND}</p><p>${THIRD}</p>
      <p>Nutrition information is automatically calculated and should only be used as an approximation.</p>
      <p>Die Nährwertangaben sind automatisch berechnet und dienen nur als grobe Orientierung.</p>
      <p>${FOURTH}</p><p>The Following 2 Users Say Thank You to CVT_Carl For This Useful Post:</p><p>${FIFTH}</p>
      <p>Not the answer you're looking for? Browse other questions tagged electrical.</p>
      <h3>Ähnliche Themen</h3><ul><li><a href="/t/1">Gelbe Blätter an der Paprika</a> von Regentonne</li><li><a href="/t/2">Tomaten platzen nach Starkregen</a> von Gärtnerin</li></ul></div>`);
    const body = extractArticle(html, { url }).body;
    for (const gone of ['Nutrition information', 'Nährwertangaben', 'Say Thank You', 'Not the answer', 'Gelbe Blätter']) expect(body).not.toContain(gone);
    expect(body).toContain(FIFTH);
  });

  it('keeps the story after an ad whose skip link targets it ("after-story-ad-2"), and drops a metered wall\'s count and a commission note', () => {
    const html = page(`<div class="a1"><p>${FIRST}</p><p>${SECOND}</p></div><div id="story-ad-2-wrapper"><p>Advertisement</p><a href="#after-story-ad-2">SKIP ADVERTISEMENT</a></div>
      <div class="a1" id="after-story-ad-2"><p>${THIRD}</p><p>${FOURTH}</p><p>If you buy something from a Coast Notes link, Harbour Media may earn a commission.</p></div>
      <div class="m"><p>You've read 3 of 5 free articles this month.</p></div>`);
    const body = extractArticle(html, { url }).body;
    expect(body).toContain(FOURTH);
    expect(body).not.toContain('free articles');
    expect(body).not.toContain('may earn a commission');
  });

  it("drops a blogger's sign-off under the post and a 'Pin it' button, and keeps the P.S.", () => {
    for (const signoff of ['Eure Gabi', 'xoxo, Jen', 'Hugs, Rachel']) {
      const html = page(`<div class="entry-content"><p>${FIRST}</p><p>Pin it</p><p>${SECOND}</p><p>${THIRD}</p><p>${signoff}</p><p>P.S. The ferry timetable for the summer is out next week.</p></div>`);
      const body = extractArticle(html, { url }).body;
      expect(body).not.toContain(signoff);
      expect(body).not.toContain('Pin it');
      expect(body).toContain('P.S. The ferry timetable');
    }
  });

  it('keeps a subheading whose words the search title repeats, after the first paragraph', () => {
    const title = 'Ferry pier costs: what it will cost the town, when the works start and where the ferry will land | Coast Notes';
    const html = page(`<div class="text"><p>${FIRST} ${SECOND}</p><h2>What it will cost</h2><p>${THIRD}</p><p>${FOURTH}</p><p>${FIFTH}</p></div>`, title);
    const body = extractArticle(html, { url }).body;
    expect(body).toContain('What it will cost');
    expect(withRulesOff(['readability:title-subheadings'], () => extractArticle(html, { url })).body).not.toContain('What it will cost');
    // So with the story's paragraphs each in a box of its own, on both DOMs.
    const boxed = page(`<div class="entry"><div class="lead"><p>${FIRST} ${SECOND}</p><p>${SIXTH}</p></div><h2>What it will cost</h2><div class="text"><p>${THIRD}</p></div><p>${FOURTH}</p><p>${FIFTH}</p></div>`, title);
    for (const dom of DOM_KINDS) expect(extractArticle(boxed, { url }, { dom }).body).toContain('What it will cost');
  });

  it("keeps a data table's caption, its title, where a class names it a caption", () => {
    const html = page(`<div class="text"><p>${FIRST}</p><p>${SECOND}</p><div class="DataTable_wrapper__oQ3hM"><table class="DataTable_table__1XkP0"><caption class="DataTable_caption__gS6wY">Ferry passengers by season, 2022 and 2024</caption>
      <thead><tr><th>Season</th><th>2022</th><th>2024</th></tr></thead><tbody><tr><td>Summer</td><td>31,200</td><td>28,900</td></tr><tr><td>Winter</td><td>9,400</td><td>8,100</td></tr></tbody></table></div><p>${THIRD}</p><p>${FOURTH}</p></div>`);
    for (const dom of DOM_KINDS) expect(extractArticle(html, { url }, { dom }).body).toContain('Ferry passengers by season, 2022 and 2024');
  });

  it("reads a newsroom's web components outside paragraphs as the blocks a browser lays them out as", () => {
    const html = page(`<story-body><story-paragraph>${FIRST}</story-paragraph><story-paragraph>${SECOND}</story-paragraph>
      <teaser-inline><span>Mehr zum Thema</span> <a href="/2024/02/ferry-fares">Ferry fares rise again in spring</a></teaser-inline>
      <story-subheadline><h2>What happens next</h2></story-subheadline><story-paragraph>${THIRD} <x-term>pier</x-term> works.</story-paragraph><story-paragraph>${FOURTH}</story-paragraph>
      <div class="audio"><span>Anhören</span><span>4:05 Min.</span></div></story-body>`);
    for (const dom of DOM_KINDS) {
      const lines = extractArticle(html, { url }, { dom }).body.split('\n').filter(Boolean);
      expect(lines).toContain(FIRST);
      expect(lines).toContain(SECOND);
      expect(lines).toContain(`${THIRD} pier works.`);
      expect(lines.join(' ')).not.toContain('Ferry fares rise again');
      expect(lines.join(' ')).not.toContain('4:05');
    }
    const off = withRulesOff(['before:custom-blocks'], () => extractArticle(html, { url }).body);
    expect(off.split('\n')).not.toContain(FIRST);
  });

  it("drops an old newspaper's cutline that ends with its credit after the last sentence", () => {
    const html = page(`<div><p>${FIRST}</p><p>${SECOND}</p>
      <table align="right" width="220"><tr><td><img src="/photos/pier.jpg" width="210" height="158"></td></tr>
      <tr><td class="c1">Workers inspect the rotten timber piles under the old pier at low tide in February. Staff photo by Gary Lindqvist</td></tr></table>
      <p>${THIRD}</p><p>${FOURTH}</p></div>`);
    const body = extractArticle(html, { url }).body;
    expect(body).not.toContain('Staff photo by');
    expect(body).toContain(FIRST);
  });

  it('drops captions that a class names in French, German or Italian, and a newsroom\'s offer to republish its articles', () => {
    const slides = ['Le quai au petit matin, avant l\'arrivée des bateaux de pêche.', 'Die Fähre legt am Morgen am alten Anleger an.', 'Il molo visto dalla spiaggia al tramonto.']
      .map((t, i) => `<li><img src="/g/${i}.jpg" width="900" height="600"><p class="${['diaporama__legende', 'bildunterschrift', 'foto-didascalia'][i]}">${t}</p></li>`).join('');
    const html = page(`<div class="text"><p>${FIRST}</p><p>${SECOND}</p><ul class="g1">${slides}</ul><p>Bildergalerie: Fotos: FF Altdorf / Pressestelle</p><p>${THIRD}</p><p>${FOURTH}</p>
      <p class="note">Republish our articles for free, online or in print, under a Creative Commons license.</p></div>`);
    const body = extractArticle(html, { url }).body;
    for (const gone of ['bateaux de pêche', 'alten Anleger', 'al tramonto', 'Pressestelle', 'Republish our articles']) expect(body).not.toContain(gone);
    expect(body).toContain(FOURTH);
  });

  it('reads what a test hook names where the classes are hashed: a box of related stories goes', () => {
    const related = '<div class="x9f3a" data-testid="related-articles"><p class="k2j1">Ferry fares rise again in spring, the operator says, because fuel costs more than it did a year ago.</p></div>';
    const html = page(`<div class="a81kd"><p class="p0q">${FIRST}</p><p class="p0q">${SECOND}</p>${related}<p class="p0q">${THIRD}</p><p class="p0q">${FOURTH}</p></div>`);
    expect(extractArticle(html, { url }).body).not.toContain('Ferry fares rise again');
    expect(extractArticle(html.replace('data-testid="related-articles"', 'data-x="1"'), { url }).body).toContain('Ferry fares rise again');
  });

  it('drops what a template keeps out of search engines\' index between its comments, unless that is most of the page', () => {
    const html = page(`<div class="text"><p>${FIRST}</p><p>${SECOND}</p><p>${THIRD}</p>
      <!-- indexer::stop --><div class="c7"><h3>Our magazine by post</h3><p>Our magazine comes out six times a year and lies in over two hundred cafés; a year by post costs 24 euros.</p></div><!-- indexer::continue -->
      <p>${FOURTH}</p><!--googleoff: index--><p class="c9">Latest: ferry fares rise again in spring, and the quay works start in January.</p><!--googleon: index--><p>${FIFTH}</p></div>`);
    const body = extractArticle(html, { url }).body;
    expect(body).not.toContain('six times a year');
    expect(body).not.toContain('ferry fares rise again');
    expect(body).toContain(FIFTH);
    expect(withRulesOff(['before:unindexed'], () => extractArticle(html, { url })).body).toContain('six times a year');
    // A stop with no continue among the same children removes nothing; nor does a pair around the story itself.
    const unclosed = page(`<div class="text"><p>${FIRST}</p><!-- indexer::stop --><p>${SECOND}</p><p>${THIRD}</p></div><!-- indexer::continue -->`);
    expect(extractArticle(unclosed, { url }).body).toContain(THIRD);
    const story = page(`<!-- googleoff: all --><div class="text"><p>${FIRST}</p><p>${SECOND}</p><p>${THIRD}</p><p>${FOURTH}</p><p>${SIXTH}</p></div><!-- googleon: all -->`);
    expect(extractArticle(story, { url }).body).toContain(SIXTH);
  });

  it("keeps a table a CMS sets in a frame of its own between two of the story's text frames, not a box of links so set", () => {
    const table = `<div class="frame frame-type-table"><h2>Fares by route</h2><table><caption>Pounds, single trip</caption>
      <thead><tr><th>Route</th><th>2023</th><th>2024</th></tr></thead>
      <tbody><tr><td>Quay to Point</td><td>3.10</td><td>3.40</td></tr><tr><td>Point to Isle</td><td>4.20</td><td>4.90</td></tr><tr><td>Isle to Quay</td><td>5.00</td><td>5.60</td></tr></tbody></table></div>`;
    const links = '<div class="frame frame-type-list"><ul><li><a href="/2024/02/ferry-fares">Ferry fares rise again in spring</a></li><li><a href="/2024/01/quay-works">Quay works start in January</a></li></ul></div>';
    const html = (between: string): string => `<!doctype html><html lang="en"><head><title>Harbour board weighs pier rebuild</title></head><body>
      <header><a href="/">Coast Notes</a></header><h1>Harbour board weighs pier rebuild</h1>
      <div class="content"><div class="frame frame-type-text"><p>${FIRST}</p><p>${SECOND}</p></div>${between}
      <div class="frame frame-type-text"><h2>What happens next</h2><p>${THIRD}</p><p>${FOURTH}</p></div></div>
      <footer><p>Coast Notes, Quay Street 1</p></footer></body></html>`;
    const body = extractArticle(html(table), { url }).body;
    for (const kept of ['Fares by route', 'Point to Isle', 'Isle to Quay', 'What happens next']) expect(body).toContain(kept);
    expect(body.indexOf('Point to Isle')).toBeLessThan(body.indexOf('What happens next'));
    expect(withRulesOff(['readability:gap-blocks'], () => extractArticle(html(table), { url })).body).not.toContain('Point to Isle');
    expect(extractArticle(html(links), { url }).body).not.toContain('Ferry fares rise again');
  });
});
