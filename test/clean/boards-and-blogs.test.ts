/**
 * Forum threads and small sites' blogs: a thread whose posts all carry comment markup, the
 * boards' own lines (MyBB's edit note, Simple Machines' thread header), a registered body's
 * name as a byline, a theme's screen-reader label glued to its "By", Blogger's label pages,
 * boxes of one template in another state; and news lines: a municipal page's "Ultimo
 * aggiornamento", a station's plug for its channels, a press regulator's note, and an agency's
 * byline where the page declares only its newsroom.
 */
import { describe, expect, it } from 'vitest';
import { cleanAuthors } from '../../src/extract/authors.js';
import { taxonomyPage } from '../../src/clean/address.js';
import { postSeries } from '../../src/clean/posts.js';
import { parseHtml } from '../../src/extract/dom.js';
import { extractArticle } from '../../src/pipeline.js';
import { bodyAround, dropsLine, STORY_SENTENCES } from '../helpers/story.js';

const [FIRST, SECOND, THIRD, FOURTH, FIFTH, SIXTH] = STORY_SENTENCES;

/** A board's thread: every post an `<li>` whose class names it a comment entry, as vBulletin 5 writes them. */
function thread(replies: readonly string[]): string {
  const post = (text: string, i: number): string => `<li class="b-post js-post js-comment-entry__parent${i === 0 ? ' b-post--first' : ''}">
      <div class="b-userinfo"><a href="/forum/member/${100 + i}-user${i}">user${i}</a><ul><li><label>Beiträge:</label> <span>${12 * (i + 1)}</span></li></ul></div>
      <div class="b-post__content"><div class="b-post__timestamp"><time datetime="2023-11-1${i}T18:22:10">1${i}.11.2023, 18:22</time></div>
      <div class="js-post__content-text">${text}</div></div>
      <ul class="js-post-controls"><li><a href="#">Zitieren</a></li><li><a href="#">Melden</a></li></ul></li>`;
  const similar = ['Therme springt alle paar Minuten an', 'Wärmepumpe vereist bei Nebel', 'Druckminderer pfeift nachts', 'Solarthermie im Winter abschalten?', 'Heizkörper oben bleiben kalt', 'Fußbodenheizung regelt nicht']
    .map((t, i) => `<li><a href="/forum/heizung/${48000 + i}-thema">${t} – Diskussion im Forum Heizung</a> <span>Erstellt von user${i}</span></li>`).join('');
  return `<!doctype html><html lang="de"><head><title>Therme taktet ständig - Haustechnik-Forum</title></head><body>
    <nav><a href="/forum/">Forum</a> <a href="/forum/heizung">Heizung</a></nav>
    <main><h1>Therme taktet ständig</h1><ul class="conversation-list">${replies.map(post).join('')}</ul>
    <div class="similar-topics"><h3>Ähnliche Themen</h3><ul>${similar}</ul></div></main>
    <footer><p>Impressum</p></footer></body></html>`;
}

describe('a thread in comment markup', () => {
  it("keeps every post when the rest of the page is other threads' boxes and links", () => {
    const replies = [`${FIRST} ${SECOND}`, `${THIRD} ${FOURTH}`, `${FIFTH}`, `${SIXTH}`];
    const body = extractArticle(thread(replies), { url: 'https://haustechnik.example/forum/heizung/48221-therme-taktet' }).body;
    expect(body).toContain(FIRST);
    expect(body).toContain(FIFTH);
    expect(body).toContain(SIXTH);
  });
});

describe('a thread whose post boxes name a sidebar', () => {
  it("keeps every dated post (WoltLab's \"message messageSidebar\": a post with its poster's pane)", () => {
    const texts = [`${FIRST} ${SECOND}`, `${THIRD} ${FOURTH}`, FIFTH, SIXTH];
    const post = (text: string | undefined, i: number): string => `<article class="wbbPost message messageSidebar marginTop jsClipboardObject${i === 0 ? ' wbbFirstPost' : ''}">
        <aside class="messageSidebar member"><a href="/index.php/User/${20 + i}-user${i}/">user${i}</a><dl><dt>Beiträge</dt><dd>${40 * (i + 1)}</dd></dl></aside>
        <section class="messageContent"><header class="messageHeader"><time datetime="2016-10-2${i}T19:15:00+02:00">2${i}. Oktober 2016, 19:15</time></header>
        <div class="messageBody"><div class="messageText">${text ?? ''}</div></div></section></article>`;
    const page = `<!doctype html><html lang="de"><head><title>Erstes Teleskop für Planeten - Himmelsgucker-Forum</title></head><body>
      <nav><a href="/index.php/BoardList/">Forum</a></nav><main><h1>Erstes Teleskop für Planeten</h1><div class="wbbThreadPostList">${texts.map(post).join('')}</div></main></body></html>`;
    const body = extractArticle(page, { url: 'https://himmelsgucker.example/index.php/Thread/8821-erstes-teleskop/' }).body;
    for (const t of [FIRST, THIRD, FIFTH, SIXTH]) expect(body).toContain(t);
  });
});

describe("a board's own lines", () => {
  it.each([
    ['en', '<p>2019-02-23, 09:14 PM (This post was last modified: 2024-01-05, 03:27 AM by rustyspoon.)</p>', 'last modified'],
    ['en', '<p>Topic: Overwintering potted figs in zone 6 (Read 3,418 times)</p>', 'Read 3,418'],
    ['de', '<p>Thema: Feigen im Kübel überwintern (Gelesen 1.204 mal)</p>', 'Gelesen'],
    ['de', '<p>Dieses Thema wurde von einem Moderator aus dem Bereich „Einsteigerfragen“ in das Forum „Teleskope“ verschoben.</p>', 'verschoben'],
    ['en', '<p>This thread was moved from Beginners to Telescopes by a moderator.</p>', 'moved from'],
  ])('drops the %s line %#', dropsLine);

  it('keeps a sentence about a post that was modified', () => {
    const line = 'This post was modified after readers pointed out that the ferry timetable had changed in the spring.';
    expect(bodyAround(`<p>${line}</p>`)).toContain(line);
  });
});

describe('bylines of small sites', () => {
  it('reads a registered body\'s name after "Ein Beitrag von:"', () => {
    expect(cleanAuthors(['Ein Beitrag von: Stadtmarketing Heidenburg e.V.'])).toEqual(['Stadtmarketing Heidenburg e.V.']);
    expect(cleanAuthors(['Ein Beitrag von: Anna Schmidt'])).toEqual(['Anna Schmidt']);
  });

  it("takes a registered body's byline under the headline", () => {
    const page = `<!doctype html><html lang="de"><head><title>Frühlingsmarkt lockt in die Innenstadt – Heidenburg erleben</title></head><body>
      <main><h1>Frühlingsmarkt lockt in die Innenstadt</h1>
      <ul class="elementor-post-info"><li><span>Mi, 05.02.2025</span></li><li><span class="elementor-post-info__item--type-custom">Ein Beitrag von: Stadtmarketing Heidenburg e.V.</span></li></ul>
      <div class="entry"><p>${FIRST}</p><p>${SECOND}</p><p>${THIRD}</p></div></main></body></html>`;
    expect(extractArticle(page, { url: 'https://heidenburg-erleben.example/news/fruehlingsmarkt-2025/' }).authors).toEqual(['Stadtmarketing Heidenburg e.V.']);
  });

  it.each([
    ['BeitragsautorVon Tanja', 'Tanja'],
    ['Post authorBy Jane Doe', 'Jane Doe'],
  ])('reads %s without the screen reader\'s label', (raw, name) => {
    expect(cleanAuthors([raw])).toEqual([name]);
  });
});

describe("Blogger's label pages", () => {
  it('are a taxonomy\'s pages by their address', () => {
    expect(taxonomyPage('https://plot12diaries.blogspot.com/search/label/potatoes')).toBe(true);
    expect(taxonomyPage('https://plot12diaries.blogspot.com/2024/05/first-potatoes-of-the-year.html')).toBe(false);
  });
});

describe('boxes of one template in another state', () => {
  it("join their template's series (a thread's first post, a page builder's numbered sections)", () => {
    const texts = [`${FIRST} ${SECOND}`, `${THIRD} ${FOURTH}`, `${FIFTH} ${SIXTH}`];
    const classes = ['post post-entry js-post post--first', 'post post-entry js-post', 'post post-entry js-post'];
    const html = `<html><body><h1>Therme taktet ständig</h1><div id="thread">${texts.map((t, i) => `<div class="${classes[i]}"><p>${t}</p></div>`).join('')}</div></body></html>`;
    const series = postSeries(parseHtml(html, 'https://forum.example/t/48221').document);
    expect(series.map((s) => s.members.length)).toContain(3);
  });

  it('stay apart from boxes that share only a word or two', () => {
    const html = `<html><body><div class="card teaser"><p>${FIRST}</p></div><div class="card teaser"><p>${SECOND}</p></div><div class="card promo-box newsletter"><p>${THIRD}</p></div></body></html>`;
    const series = postSeries(parseHtml(html, 'https://news.example/pier').document);
    expect(series.every((s) => s.members.length === 2)).toBe(true);
  });
});

describe('news lines', () => {
  it.each([
    ['it', '<p>Ultimo aggiornamento: 06/03/2024, 10:22</p>', 'aggiornamento'],
    ['en', '<p>For the latest news, weather, sports, and streaming video, head to WKTF 7.</p>', 'streaming video'],
    ['en', "<p>This newspaper adheres to the Independent Press Standards Organisation's Editors' Code of Practice.</p>", 'Editors'],
    ['en', '<p>This newspaper is a member of the Independent Press Standards Organisation (IPSO).</p>', 'member of the'],
    ['de', '<div class="klaro-placeholder"><p>Inhalt von YouTube ist deaktiviert.</p></div>', 'deaktiviert'],
    ['en', '<p>Warning: Third party content may contain adverts</p>', 'adverts'],
  ])('drops the %s line %#', dropsLine);
});

describe("an agency's byline", () => {
  it('is the writer where the page declares only its newsroom ("Redazione")', () => {
    const page = `<!doctype html><html lang="it"><head><title>Bari, sequestrati 300 chili di pesce - Puglia News</title>
      <meta name="author" content="Redazione"></head><body>
      <main><article><h1>Bari, sequestrati 300 chili di pesce</h1><p class="meta"><span class="byline">di <span class="author vcard">ANSA</span></span> <time datetime="2024-04-12T09:10:00+02:00">12 aprile 2024</time></p>
      <p>${FIRST}</p><p>${SECOND}</p><p>${THIRD}</p></article>
      <aside><h2>Articoli correlati</h2><ul><li><a href="/porto-di-bari-tonno/">Porto di Bari, sequestrate 8 tonnellate di tonno</a> <span class="rp-author">di Redazione</span></li></ul></aside></main></body></html>`;
    expect(extractArticle(page, { url: 'https://puglianews.example/bari/sequestro-pesce-santo-spirito/' }).authors).toEqual(['ANSA']);
  });
});

describe("a firm's job advert in its blog post", () => {
  it('goes with the sentences under its heading, up to the next heading', () => {
    const advert = '<div class="hiring"><p><strong>We’re hiring</strong></p><p>Like working on databases that move real parcels? Our infrastructure team is looking for a Senior Database Reliability Engineer in Amsterdam.</p><p><a href="/careers/dbre">See the open role</a></p></div>';
    const body = bodyAround(`${advert}<h2>What went wrong</h2>`);
    expect(body).toContain(THIRD);
    expect(body).toContain('What went wrong');
    expect(body).not.toContain('looking for a Senior');
  });
});

describe("a blog system's post classes", () => {
  it('mark no furniture that would let a newsletter box under the story pass for its comments', () => {
    const story = STORY_SENTENCES.slice(0, 6).map((s) => `<p>${s}</p>`).join('');
    const html = `<!doctype html><html lang="en"><head><title>How we rebuilt the pier</title></head><body class="post-template tag-harbour">
      <main><article class="article post tag-harbour tag-history"><header><h1>How we rebuilt the pier</h1></header><section class="gh-content">${story}</section>
      <section class="article-comments gh-canvas"><div class="gh-cta-newsletter"><h3>Free harbour walking maps</h3><p>Subscribe to The Quay Letter and get six printable walking maps in three styles, plus one small story from the archive in your inbox every Sunday.</p><a href="#/portal/signup">Subscribe for free</a></div></section></article></main></body></html>`;
    const body = extractArticle(html, { url: 'https://quayletter.example/how-we-rebuilt-the-pier/' }).body;
    expect(body).toContain(SIXTH);
    expect(body).not.toContain('printable walking maps');
  });
});
