/**
 * Shapes that blog and content-management themes give the story's column: a caption box that
 * holds its picture ("wp-caption"), a sign-up box with a heading and a blurb beside its form,
 * a theme's "Check also" box, an opinion page's call for submissions, and a story's own list
 * item that begins "Download the …".
 */
import { describe, expect, it } from 'vitest';
import { widgetKind } from '../../src/clean/before.js';
import { WALL_PATTERN } from '../../src/clean/rules.js';
import { withRulesOff } from '../../src/clean/switches.js';
import { parseHtml } from '../../src/extract/dom.js';
import { extractArticle } from '../../src/pipeline.js';
import { STORY_SENTENCES } from '../helpers/story.js';

const [FIRST, SECOND, THIRD, FOURTH, FIFTH, SIXTH] = STORY_SENTENCES;
const url = 'https://coast.example/2024/03/03/harbour-pier-rebuild/';

function post(inner: string, lang = 'en'): string {
  return `<!doctype html><html lang="${lang}"><head><title>Harbour board weighs pier rebuild</title></head><body>
    <header><a href="/">Coast Notes</a></header>
    <article><h1>Harbour board weighs pier rebuild</h1><div class="entry-content">${inner}</div></article>
    <footer><p>Coast Notes, Quay Street 1</p></footer></body></html>`;
}

describe('what themes put in the story\'s column', () => {
  it('keeps the picture of a caption box that holds it, with the caption on the image and not in the text', () => {
    const html = post(`<p>${FIRST}</p><p>${SECOND}</p>
      <div id="attachment_61" class="wp-caption aligncenter"><img src="/uploads/pier.jpg" alt="The pier" width="800" height="533"><p class="wp-caption-text">The old pier at low tide, photographed in February.</p></div>
      <p>${THIRD}</p><p>${FOURTH}</p>`);
    const record = extractArticle(html, { url });
    expect(record.body).not.toContain('photographed in February');
    expect(record.images.map((i) => [i.src, i.caption])).toContainEqual(['https://coast.example/uploads/pier.jpg', 'The old pier at low tide, photographed in February.']);
  });

  it("drops an author box known by its microdata, the writer's biography, and keeps the byline's item", () => {
    const html = post(`<p class="byline">By <span itemprop="author" itemscope itemtype="https://schema.org/Person"><span itemprop="name">Lauren Meissner</span></span></p>
      <p>${FIRST}</p><p>${SECOND}</p><p>${THIRD}</p><p>${FOURTH}</p>
      <div class="sabox-wrap" itemprop="author" itemscope itemtype="https://schema.org/Person"><div class="sabox-name"><span>About the Author</span> <a href="/author/lauren/"><span>Lauren Meissner</span></a></div>
        <div class="sabox-desc"><div itemprop="description"><p>Lauren grew up in La Crosse and has spent fifteen years writing about the small towns and state parks of the upper Midwest.</p></div></div></div>`);
    const record = extractArticle(html, { url });
    expect(record.body).toContain(FOURTH);
    expect(record.body).not.toContain('Lauren grew up');
    expect(record.authors).toEqual(['Lauren Meissner']);
  });

  it('takes a sign-up box whole: its heading and blurb with the e-mail form', () => {
    const html = post(`<p>${FIRST}</p><p>${SECOND}</p><p>${THIRD}</p>
      <div class="kb-row"><h3>Get the Friday Ledger</h3><p>One practical money tip every Friday.</p>
        <div class="form-wrap"><form action="/subscribe"><input type="email" name="email" placeholder="Your e-mail"><button>Send</button></form></div></div>
      <p>${FOURTH}</p><p>${FIFTH}</p>`);
    const record = extractArticle(html, { url });
    expect(record.body).toContain(FIFTH);
    expect(record.body).not.toContain('Get the Friday Ledger');
    expect(record.body).not.toContain('One practical money tip');
    expect(withRulesOff(['before:signup-boxes'], () => extractArticle(html, { url })).body).toContain('One practical money tip');
  });

  it("takes a reader poll whole: its label and question with the form of choices", () => {
    const html = post(`<p>${FIRST}</p><p>${SECOND}</p><p>${THIRD}</p>
      <div class="Enhancement"><div class="Poll"><div class="Poll-title">Reader poll</div><div class="Poll-question">Should the county help pay for a new ballpark?</div>
        <form class="Poll-form"><label><input type="radio" name="p" value="1"> Yes, the team is worth it</label><label><input type="radio" name="p" value="2"> No public money</label><button>Vote</button></form></div></div>
      <p>${FOURTH}</p><p>${FIFTH}</p>`);
    const record = extractArticle(html, { url });
    expect(record.body).toContain(FIFTH);
    expect(record.body).not.toContain('Should the county help pay');
    expect(withRulesOff(['before:signup-boxes'], () => extractArticle(html, { url })).body).toContain('Should the county help pay');
  });

  it('takes a poll whose choices are buttons under its question, not a box of buttons beside other text', () => {
    const poll = `<div class="embed--survey"><p class="q">Do you swim in the lake in summer?</p><button>Yes, often</button> <button>Now and then</button> <button>Never</button></div>`;
    const html = post(`<p>${FIRST}</p><p>${SECOND}</p><p>${THIRD}</p>${poll}<p>${FOURTH}</p><p>${FIFTH}</p>`);
    expect(extractArticle(html, { url }).body).not.toContain('Do you swim in the lake');
    expect(extractArticle(html, { url }).body).toContain(FOURTH);
    expect(withRulesOff(['before:signup-boxes'], () => extractArticle(html, { url })).body).toContain('Do you swim in the lake');
    // With its label and its note of the votes.
    const noted = `<div class="poll"><p>Poll: Will the pier open by December?</p><button>Yes</button> <button>No</button><small>Not representative. 2,871 votes so far.</small></div>`;
    const body = extractArticle(post(`<p>${FIRST}</p><p>${SECOND}</p><p>${THIRD}</p>${noted}<p>${FOURTH}</p>`), { url }).body;
    expect(body).not.toContain('Will the pier open');
    expect(body).not.toContain('votes so far');
    // Two buttons beside a sentence that asks nothing: the story's own box stays.
    const box = `<div class="note"><p>The harbour board meets again on Thursday evening at the town hall.</p><button>Add to calendar</button><button>Share</button></div>`;
    expect(extractArticle(post(`<p>${FIRST}</p><p>${SECOND}</p><p>${THIRD}</p>${box}<p>${FOURTH}</p>`), { url }).body).toContain('meets again on Thursday');
  });

  it("takes the site's own appeal for donations, by the page its link leads to, whatever its words", () => {
    const appeal = `<div class="end-box"><p>We keep this reporting free for everyone. If it helped you, chip in what you can.</p><a href="/donate?utm_source=article_end">Give today</a></div>`;
    const html = post(`<p>${FIRST}</p><p>${SECOND}</p><p>${THIRD}</p><p>${FOURTH}</p>${appeal}<p>${FIFTH}</p>`);
    expect(extractArticle(html, { url }).body).not.toContain('chip in what you can');
    expect(extractArticle(html, { url }).body).toContain(FIFTH);
    expect(withRulesOff(['before:signup-boxes'], () => extractArticle(html, { url })).body).toContain('chip in what you can');
    // Another site's donation page, named in a box of the story: the story's own.
    const elsewhere = appeal.replace('/donate?utm_source=article_end', 'https://relief.example/donate');
    expect(extractArticle(post(`<p>${FIRST}</p><p>${SECOND}</p><p>${THIRD}</p><p>${FOURTH}</p>${elsewhere}<p>${FIFTH}</p>`), { url }).body).toContain('chip in what you can');
  });

  it("keeps a box the story sets among its paragraphs as an <aside>, but not a pull quote or a box of short lines", () => {
    const box = `<aside class="factbox"><h3>How to apply</h3><ol><li>Fill out the short form at the city's forestry page or call 311 from Monday.</li><li>Include your address and unit number; you do not need your landlord's permission.</li></ol></aside>`;
    const html = post(`<p>${FIRST}</p><p>${SECOND}</p><p>${THIRD}</p>${box}<p>${FOURTH}</p>`);
    expect(extractArticle(html, { url }).body).toContain('you do not need your landlord');
    expect(withRulesOff(['before:story-asides'], () => extractArticle(html, { url })).body).not.toContain('you do not need your landlord');
    const quote = post(`<p>${FIRST}</p><p>${SECOND}</p><p>${THIRD}</p><aside class="pullquote"><p>We will not wait another winter for a decision on the pier, said the chair.</p></aside><p>${FOURTH}</p>`);
    expect(extractArticle(quote, { url }).body).not.toContain('another winter');
    const pitch = post(`<p>${FIRST}</p><p>${SECOND}</p><p>${THIRD}</p><aside><p>Go from idea to launch</p><p>Here at Coast Notes we have every stage of sailing covered for you.</p><p>Plan and launch</p><p>Gear and tips</p><p>Presenting</p><p>Courses and guides</p></aside><p>${FOURTH}</p>`);
    expect(extractArticle(pitch, { url }).body).not.toContain('every stage of sailing');
    // The same box among paragraphs that a newsroom system wraps each in a box of its own.
    const wrap = (p: string | undefined): string => `<div class="paragraph"><p>${p ?? ''}</p></div>`;
    const wrapped = post(`${wrap(FIRST)}${wrap(SECOND)}${wrap(THIRD)}${box}${wrap(FOURTH)}`);
    expect(extractArticle(wrapped, { url }).body).toContain('you do not need your landlord');
  });

  it('reads the rest of a story that a "Continue reading" button opens, not a hidden panel of short lines', () => {
    const panel = (inner: string): string => `<div class="rm-content is-collapsed" id="rm-1" aria-hidden="true">${inner}</div><button type="button" class="rm-toggle" aria-controls="rm-1" aria-expanded="false">Continue reading</button>`;
    const html = post(`<p>${FIRST}</p><p>${SECOND}</p>${panel(`<h3>Where the money goes</h3><p>${THIRD}</p><p>${FOURTH}</p>`)}`);
    const body = extractArticle(html, { url }).body;
    expect(body).toContain(THIRD);
    expect(body).toContain(FOURTH);
    // Without the rule (and the coverage second look, which widens to the story's column on its own), the panel's text is lost.
    expect(withRulesOff(['before:disclosures', 'clean:prose-coverage'], () => extractArticle(html, { url })).body).not.toContain(FOURTH);
    const menu = post(`<p>${FIRST}</p><p>${SECOND}</p><p>${THIRD}</p><p>${FOURTH}</p>${panel('<p>Share on Facebook</p><p>Copy link</p>')}`);
    expect(extractArticle(menu, { url }).body).not.toContain('Copy link');
  });

  it("drops a blog post's filing line, as blogging software writes it under every post", () => {
    const filing = 'This entry was posted on Monday, March 12th, 2007 at 2:22 pm and is filed under Restorations, Olympia. You can follow any responses to this entry through the RSS 2.0 feed. You can leave a response, or trackback from your own site.';
    const html = post(`<p>${FIRST}</p><p>${SECOND}</p><p>${THIRD}</p><p>${FOURTH}</p><p class="postmetadata alt"><small>${filing}</small></p>`);
    const body = extractArticle(html, { url }).body;
    expect(body).toContain(FOURTH);
    expect(body).not.toContain('You can follow any responses');
    expect(withRulesOff(['lines:phrases'], () => extractArticle(html, { url })).body).toContain('You can follow any responses');
  });

  it("drops an appeal for readers' money under the story, not a sentence about a donor", () => {
    const appeals = [
      '<div class="story-support"><p><strong>Stories like this are possible because of listeners like you.</strong> Coast Public Media is a nonprofit newsroom. <a href="/donate">Give now</a>.</p></div>',
      '<div class="sc-jHkVzv"><h3>Support independent local journalism</h3><p>Coast Notes is funded by readers. Members get our weekend newsletter and invitations to events.</p><a href="/membership">Join today</a></div>',
    ];
    for (const appeal of appeals) {
      const body = extractArticle(post(`<p>${FIRST}</p><p>${SECOND}</p><p>${THIRD}</p><p>${FOURTH}</p>${appeal}`), { url }).body;
      expect(body).toContain(FOURTH);
      expect(body).not.toMatch(/listeners like you|funded by readers|Support independent/);
    }
    const donor = 'The new pier is funded by donors from the harbour association and a grant from the county.';
    expect(extractArticle(post(`<p>${FIRST}</p><p>${SECOND}</p><p>${donor}</p><p>${FOURTH}</p>`), { url }).body).toContain(donor);
  });

  it("keeps a short post whose own element lists its tags in its class ('tag-theft' beside 'type-post'), among other stories' teasers", () => {
    const teaser = (i: number): string => `<div class="td_module_mx1"><h3 class="entry-title"><a href="/2026/03/1${i}/story-${i}/">Council weighs plan number ${i} for the quay</a></h3><div class="meta"><span>Renee Pelletier</span> <time datetime="2026-03-1${i}">March 1${i}, 2026</time></div><div class="td-excerpt">More than ${i}00 residents filled the hall on Tuesday night, and after four hours of comment the board agreed to wait until April.</div></div>`;
    const html = `<!doctype html><html lang="en"><head><title>Police seek witnesses after thefts</title></head><body><div class="td-main-content">
      <article id="post-88412" class="post-88412 post type-post status-publish format-standard category-police-fire tag-theft">
        <h1 class="entry-title">Police seek witnesses after catalytic converter thefts on Orchard Lane</h1>
        <div class="td-post-content tagdiv-type"><p>${FIRST}</p><p>${SECOND}</p><p>${THIRD}</p></div></article>
      <div class="td_block_wrap"><h4 class="block-title"><span>Latest News</span></h4><div class="td_block_inner">${[1, 2, 3, 4].map(teaser).join('')}</div></div>
      </div></body></html>`;
    const body = extractArticle(html, { url: 'https://millbrook.example/2026/03/12/police-seek-witnesses/' }).body;
    expect(body).toContain(FIRST);
    expect(body).toContain(THIRD);
    // The post's own terms name no furniture; a tag cloud's class does.
    const { document } = parseHtml('<article class="post-88412 post type-post status-publish category-police-fire tag-theft"></article><div class="tag-cloud"></div><div class="post-tags"></div>');
    const [article, cloud, tags] = Array.from(document.querySelectorAll('article, div'));
    expect(article && widgetKind(article)).toBeNull();
    expect(cloud && widgetKind(cloud)).toBe('tags');
    expect(tags && widgetKind(tags)).toBe('tags');
  });

  it("drops a read-aloud player's note that the voice is a machine's", () => {
    for (const note of ['Voice generated by AI. Feedback welcome.', 'The audio version of this article is generated by text-to-speech, a technology based on artificial intelligence.', 'Abgespielt wird eine künstliche Stimme']) {
      const body = extractArticle(post(`<div class="audio"><button>Listen to this article</button><span class="note">${note}</span></div><p>${FIRST}</p><p>${SECOND}</p><p>${THIRD}</p><p>${FOURTH}</p>`), { url }).body;
      expect(body).toContain(FOURTH);
      expect(body).not.toContain(note.slice(0, 24));
    }
  });

  it('reads a wall\'s prompt to keep reading with an account or a subscription', () => {
    expect(WALL_PATTERN.test('Log in or create a free account to keep reading')).toBe(true);
    expect(WALL_PATTERN.test('Sigue leyendo con la suscripción digital del Diario del Guadalmar')).toBe(true);
    expect(WALL_PATTERN.test('She kept reading the letters her grandfather had sent from the front.')).toBe(false);
  });

  it("drops a subscription's trial offer under the story", () => {
    for (const [offer, lang] of [['Alle Artikel lesen – jetzt einen Monat für 0,99 € testen.', 'de'], ['Jetzt 4 Wochen kostenlos testen!', 'de'], ['Try 4 weeks of unlimited access for $1.', 'en'], ['Testez 1 mois pour 1 € seulement.', 'fr']] as const) {
      const html = post(`<p>${FIRST}</p><p>${SECOND}</p><p>${THIRD}</p><p>${FOURTH}</p><div class="plusbox"><div class="plusbox-t">Coast Notes Plus</div><p>${offer}</p><a href="/abo/" class="btn">Start</a></div>`, lang);
      const body = extractArticle(html, { url }).body;
      expect(body).toContain(FOURTH);
      expect(body).not.toContain(offer.slice(0, 20));
    }
  });

  it('drops a theme\'s "Check also" box after the story, in English and German', () => {
    for (const [heading, lang] of [['Check Also', 'en'], ['Schau auch', 'de']] as const) {
      const html = post(`<p>${FIRST}</p><p>${SECOND}</p><p>${THIRD}</p><p>${FOURTH}</p>
        <section id="check-also-box"><h3>${heading}</h3><h2><a href="/other-story/">Road works start in April</a></h2><p>The quay road will be resurfaced over eight hundred metres from February onwards.</p></section>`, lang);
      const record = extractArticle(html, { url });
      expect(record.body).toContain(FOURTH);
      expect(record.body).not.toContain('resurfaced over eight hundred metres');
    }
  });

  it('drops an opinion page\'s call for submissions to an address, in French', () => {
    const html = post(`<p>${FIRST}</p><p>${SECOND}</p><p>${THIRD}</p><p>${FOURTH}</p>
      <p class="tribune__avertissement">Les tribunes publiées dans cette rubrique n'engagent que leurs auteurs. Vous souhaitez proposer une tribune ? Écrivez à idees@courrier.example</p>`, 'fr');
    const record = extractArticle(html, { url });
    expect(record.body).toContain(FOURTH);
    expect(record.body).not.toContain('idees@courrier.example');
  });

  it('keeps a list item that begins "Download the …" and drops an app\'s promo', () => {
    const html = post(`<p>${FIRST}</p><p>${SECOND}</p><ul><li>Download the maps for offline use; phone signal disappears for hours at a time.</li><li>Carry twice the water you think you need.</li></ul>
      <p>${THIRD}</p><p>Download the Coast Notes app for the latest news.</p><p>${FOURTH}</p><p>${SIXTH}</p>`);
    const record = extractArticle(html, { url });
    expect(record.body).toContain('Download the maps for offline use');
    expect(record.body).not.toContain('Coast Notes app');
  });

  it('drops other stories\' cards declared articles by microdata under the story (a news system\'s "More news")', () => {
    const card = (n: number, teaser: string): string =>
      `<div class="article articletype-0" itemscope itemtype="http://schema.org/Article"><div class="header"><h3><a href="/news/${n}"><span itemprop="headline">Other story ${n}</span></a></h3></div><div class="footer"><time itemprop="datePublished" datetime="2024-03-0${n}">0${n}/03/2024</time></div><div class="teaser-text"><div itemprop="description"><p>${teaser}</p></div></div></div>`;
    const html = `<!doctype html><html lang="en"><head><title>Harbour board weighs pier rebuild</title></head><body>
      <div class="col-main"><div class="news news-single"><div class="article" itemscope itemtype="http://schema.org/Article"><div class="header"><h1 itemprop="headline">Harbour board weighs pier rebuild</h1></div>
      <div class="news-text-wrap" itemprop="articleBody"><p>${FIRST}</p><p>${SECOND}</p><p>${THIRD}</p></div></div></div>
      <div class="news-more"><h2>More news</h2><div class="news-list-view">${card(1, 'The new cleanroom will host thin-film deposition and lithography equipment for three research groups.')}${card(2, 'The new cohort comes from nine countries and will work on topics ranging from photonics to batteries.')}</div></div></div></body></html>`;
    const record = extractArticle(html, { url: 'https://institute.example/news/detail/pier-rebuild' });
    expect(record.body).toContain(THIRD);
    expect(record.body).not.toContain('thin-film deposition');
    expect(record.body).not.toContain('nine countries');
    // Without the rule the heading "More news", which Readability's pick now holds (a gap's heading), takes them.
    expect(withRulesOff(['blocks:item-cards', 'lines:headings'], () => extractArticle(html, { url: 'https://institute.example/news/detail/pier-rebuild' })).body).toContain('nine countries');
  });
});
