import { afterEach, describe, expect, it } from 'vitest';
import { monthFirstFor, normaliseDate, parseVisibleDate, urlDate } from '../../src/extract/dates.js';
import { parseHtml } from '../../src/extract/dom.js';
import type { PageDom } from '../../src/extract/dom.js';
import { readMetadata } from '../../src/extract/metadata.js';
import { visibleDate } from '../../src/extract/inpage.js';
import { couldBeSameDay, labelledDate, shownDate, storyDate } from '../../src/extract/shown-date.js';
import { extractArticle } from '../../src/pipeline.js';
import type { ShownDate } from '../../src/extract/shown-date.js';

let open: PageDom[] = [];
afterEach(() => {
  for (const p of open) p.close();
  open = [];
});

function page(body: string, head = '', url = 'https://news.example/harbour-story'): Document {
  const p = parseHtml(`<!doctype html><html lang="en"><head>${head}</head><body>${body}</body></html>`, url);
  open.push(p);
  return p.document;
}

describe('more written-out dates', () => {
  it('reads slashed and dashed dates in the order the language writes them, or the only order possible', () => {
    expect(parseVisibleDate('03/04/2021', { monthFirst: true })).toBe('2021-03-04');
    expect(parseVisibleDate('03/04/2021', { monthFirst: false })).toBe('2021-04-03');
    expect(parseVisibleDate('25/12/2020', { monthFirst: true })).toBe('2020-12-25');
    expect(parseVisibleDate('12/25/2020', { monthFirst: false })).toBe('2020-12-25');
    expect(parseVisibleDate('14-03-2021')).toBe('2021-03-14');
    expect(parseVisibleDate('2021/03/14')).toBe('2021-03-14');
    // Fractions and version numbers are not dates.
    expect(parseVisibleDate('1/2/3')).toBeNull();
    // A two-digit year after a German weekday, as with a time after it; alone, a version.
    expect(parseVisibleDate('Redaktion · Di., 12.03.24')).toBe('2024-03-12');
    expect(parseVisibleDate('12.03.24')).toBeNull();
    expect(parseVisibleDate('iOS 17.1.2')).toBeNull();
  });

  it('reads the half of the day after a time with seconds', () => {
    expect(parseVisibleDate('« on: March 02, 2021, 09:14:22 PM »')).toBe('2021-03-02T21:14:00');
    expect(parseVisibleDate('March 2, 2021 11:59:59 pm EST')).toBe('2021-03-02T23:59:00-05:00');
  });
  it('reads Dutch month names', () => {
    expect(parseVisibleDate('14 maart 2021')).toBe('2021-03-14');
    expect(parseVisibleDate('3 mei 2022')).toBe('2022-05-03');
  });

  it('knows which languages put the month first', () => {
    expect(monthFirstFor('en-US')).toBe(true);
    expect(monthFirstFor('en')).toBe(true);
    expect(monthFirstFor('en-GB')).toBe(false);
    expect(monthFirstFor('de')).toBe(false);
  });
});

describe('urlDate', () => {
  it('reads the day an address names, in its path only', () => {
    expect(urlDate('https://news.example/2021/03/14/harbour-story/')).toBe('2021-03-14');
    expect(urlDate('https://news.example/posts/2021-03-14-harbour-story')).toBe('2021-03-14');
    expect(urlDate('https://news.example/archive/20210314/')).toBe('2021-03-14');
    expect(urlDate('https://news.example/2021/03/harbour-story')).toBeNull();
    expect(urlDate('https://news.example/story?date=2021-03-14')).toBeNull();
    expect(urlDate('https://news.example/2021/02/30/x')).toBeNull();
  });
});

describe('couldBeSameDay', () => {
  it('tolerates a zone shift when a time is given, and day and month read in the other order', () => {
    expect(couldBeSameDay('2024-03-05', '2024-03-04T23:30:00-05:00')).toBe(true);
    expect(couldBeSameDay('2024-03-05', '2024-03-04')).toBe(false);
    expect(couldBeSameDay('2024-04-03', '2024-03-04')).toBe(true);
    expect(couldBeSameDay('2024-03-09', '2024-03-04T10:00:00Z')).toBe(false);
    // Two times a day apart that no two zones can make one instant: a publication and its update.
    expect(couldBeSameDay('2025-03-27T16:45:00-04:00', '2025-03-26T11:02:00-04:00')).toBe(false);
    expect(couldBeSameDay('2025-03-27T09:45:00', '2025-03-26T11:02:00Z')).toBe(true);
  });
});

describe('storyDate', () => {
  const shown = (iso: string, updated = false): ShownDate => ({ iso, updated, above: false, el: page('<p></p>').body });
  it('takes the shown date over a declared one that disagrees', () => {
    expect(storyDate({ declared: '2025-06-24', shown: shown('2024-08-25'), modified: null, fromUrl: null })).toBe('2024-08-25');
  });
  it('keeps the declared date when the shown one is an update or may be the same day', () => {
    expect(storyDate({ declared: '2024-02-27', shown: shown('2025-12-04', true), modified: null, fromUrl: null })).toBe('2024-02-27');
    expect(storyDate({ declared: '2024-02-27', shown: shown('2025-12-04'), modified: '2025-12-04T10:00:00Z', fromUrl: null })).toBe('2024-02-27');
    expect(storyDate({ declared: '2021-12-10T02:17:00Z', shown: shown('2021-12-09', true), modified: null, fromUrl: null })).toBe('2021-12-10T02:17:00Z');
    expect(storyDate({ declared: '2024-04-03', shown: shown('2024-03-04'), modified: null, fromUrl: null })).toBe('2024-04-03');
    expect(storyDate({ declared: '2024-03-04T10:00:00Z', shown: shown('2024-03-04'), modified: null, fromUrl: null })).toBe('2024-03-04T10:00:00Z');
  });
  it("takes the day readers are shown for an instant declared in another zone", () => {
    expect(storyDate({ declared: '2025-12-19T02:41:00Z', shown: shown('2025-12-18'), modified: null, fromUrl: null })).toBe('2025-12-18');
    // An update the same day as the shown one does not make that day the update's when the
    // shown time is the declared one's (00:35 local for 23:35 UTC); another time does.
    const update = { declared: '2024-11-02T23:35:00Z', modified: '2024-11-03T09:10:00Z', fromUrl: null };
    expect(storyDate({ ...update, shown: shown('2024-11-03T00:35:00') })).toBe('2024-11-03T00:35:00');
    expect(storyDate({ ...update, shown: shown('2024-11-03T10:10:00') })).toBe('2024-11-02T23:35:00Z');
  });
  it('lets the dateline win, even an update, over a publication date only the JSON-LD declares', () => {
    const alone = { declared: '2024-02-27', modified: '2025-12-04T10:00:00Z', fromUrl: null, jsonLdAlone: true };
    expect(storyDate({ ...alone, shown: shown('2025-12-04', true) })).toBe('2025-12-04');
    expect(storyDate({ ...alone, shown: shown('2025-12-04') })).toBe('2025-12-04');
    // A dateline that may be the declared day still gives way to it.
    expect(storyDate({ ...alone, shown: shown('2024-02-27') })).toBe('2024-02-27');
    // An update's time that tells no date of its own ("Updated 2 hours ago" over its datetime) does not.
    expect(storyDate({ ...alone, shown: { ...shown('2025-12-04T10:00:00Z', true), untold: true } })).toBe('2024-02-27');
    // An update shown a day after the declared time, more hours after it than zones lie apart,
    // is no restatement of it: the address's day names the declared one.
    const timed = { declared: '2025-03-26T11:02:00-04:00', modified: null, fromUrl: '2025-03-26', jsonLdAlone: true };
    expect(storyDate({ ...timed, shown: shown('2025-03-27T16:45:00-04:00', true) })).toBe('2025-03-26T11:02:00-04:00');
  });
  it("keeps the JSON-LD's day when the page's microdata declares it too, under a theme's update time set first", () => {
    const body = '<p>The council approved a budget late Monday that closes two of its five branch libraries this summer, after a long debate.</p><p>Supporters called the plan painful but unavoidable, and opponents promised to keep collecting signatures for a petition.</p>';
    const html = `<!doctype html><html><head><title>Mein ETF-Sparplan</title>
      <script type="application/ld+json">{"@type":"BlogPosting","headline":"Mein ETF-Sparplan","datePublished":"2023-06-20T06:00:00+02:00","dateModified":"2024-01-05T11:42:19+01:00"}</script></head>
      <body><article><h1>Mein ETF-Sparplan</h1><div class="entry-meta"><time class="updated" datetime="2024-01-05T11:42:19+01:00" itemprop="dateModified">5. Januar 2024</time><time class="entry-date published" datetime="2023-06-20T06:00:00+02:00" itemprop="datePublished">20. Juni 2023</time></div>${body}</article></body></html>`;
    expect(extractArticle(html, { url: 'https://geld.example/etf-sparplan/' }).publishedAt?.slice(0, 10)).toBe('2023-06-20');
  });

  it('reads "Updated 2 hours ago" over a datetime as an update, and keeps the day the JSON-LD declares', () => {
    const url = 'https://ledger.example/news/2024/03/11/council-budget-libraries/';
    const html = `<!doctype html><html><head><title>Council approves budget</title>
      <script type="application/ld+json">{"@type":"NewsArticle","headline":"Council approves budget","datePublished":"2024-03-11T22:45:00Z","dateModified":"2024-03-12T13:30:00Z"}</script></head>
      <body><article><h1>Council approves budget</h1><div class="css-1x9k"><time datetime="2024-03-12T13:30:00.000Z" title="Updated">Updated 2 hours ago</time></div>
      <p>The city council approved a budget late Monday that closes two of its five branch libraries this summer, after a long debate.</p>
      <p>Supporters called the plan painful but unavoidable, and opponents promised to keep collecting signatures for a petition.</p>
      <p>The library board meets on Thursday to discuss how to move staff and collections before the July deadline.</p></article></body></html>`;
    expect(extractArticle(html, { url }).publishedAt?.slice(0, 10)).toBe('2024-03-11');
  });
  it('lets the address break a tie', () => {
    expect(storyDate({ declared: '2021-01-18', shown: shown('2021-08-09'), modified: null, fromUrl: '2021-01-18' })).toBe('2021-01-18');
    expect(storyDate({ declared: '2021-01-18', shown: null, modified: null, fromUrl: '2021-01-19' })).toBe('2021-01-18');
    expect(storyDate({ declared: null, shown: null, modified: null, fromUrl: '2021-01-19' })).toBeNull();
  });
});

describe('shownDate', () => {
  it('reads the dateline above the headline when the text after it is set between <br>s, before a related link\'s date', () => {
    const text = 'Mit sieben zu sechs Stimmen hat der Gemeinderat am Dienstagabend den geplanten Windpark am Stegskopf abgelehnt und damit sein Einvernehmen verweigert.';
    const body = `<div class="artikel"><div class="autor">Von Markus Klöckner</div><div class="datum">Donnerstag, 17. November 2011, 14:32 Uhr</div><h1>Ratsmehrheit gegen Windräder</h1>
      <div class="text">${text}<br /><br />${text}<br /><br />${text}<br /><br /><div class="box"><b>Zum Thema:</b><br /><a href="/a?id=48610">Bürgerinitiative gegründet (02.11.2011)</a></div>${text}</div></div>`;
    expect(shownDate(page(body), { title: 'Ratsmehrheit gegen Windräder' })?.iso).toBe('2011-11-17T14:32:00');
  });

  it('reads the dateline under the headline and says whether it is an update', () => {
    const d = shownDate(page('<h1>Harbour reopens</h1><p class="meta">By Ada Lovelace · Updated March 9, 2024</p><p>Text.</p>'));
    expect(d?.iso).toBe('2024-03-09');
    expect(d?.updated).toBe(true);
  });

  it("passes over a short story's text to the date above its headline, not a row of dated teasers below it", () => {
    const item = (time: string, n: number): string => `<div class="item"><span class="date">16.07.2021 ${time}</span><a href="/region/story-id${n}.html">Pegel sinken langsam</a><p>Die Wasserstände gehen zurück.</p></div>`;
    const html = `<div class="date">16.07.2021 08:45</div><h1>Bahnstrecke wieder frei</h1><p>Die Strecke ist nach den Unwettern wieder befahrbar.</p><div class="list"><h2>Weitere Nachrichten</h2>${item('08:30', 1)}${item('08:12', 2)}${item('07:55', 3)}</div>`;
    const doc = page(html, '', 'https://news.example/region/bahnstrecke-id4712.html');
    expect(shownDate(doc, { title: 'Bahnstrecke wieder frei' })?.iso).toBe('2021-07-16T08:45:00');
    expect(readMetadata(doc, doc.URL).publishedAt).toBe('2021-07-16T08:45:00');
    // Teasers beside the story's own header, dated in the same class, leave its date alone.
    const own = page(`<div class="head"><h1>Bahnstrecke wieder frei</h1><div class="meta"><span class="date">12.03.2024</span></div></div>${item('08:30', 1).replace('class="item"', 'class="head"')}${item('08:12', 2).replace('class="item"', 'class="head"')}`, '', 'https://news.example/region/bahnstrecke-id4712.html');
    expect(shownDate(own, { title: 'Bahnstrecke wieder frei' })?.iso).toBe('2024-03-12');
  });
  it('reads the day a post was posted above its headline, not the day it was edited beside it', () => {
    const header = '<div class="meta"><a href="/mkovac">Marko Kovač</a><p>Posted on <time datetime="2025-01-17T14:22:08Z">Jan 17</time> <span>• Edited on <time datetime="2025-01-19T09:01:44Z">Jan 19</time></span></p></div>';
    const doc = page(`${header}<h1>Building a CLI with clap</h1><p>The clap crate turns a struct into a command line parser.</p>`);
    const d = shownDate(doc, { title: 'Building a CLI with clap' });
    expect(d?.iso).toBe('2025-01-17T14:22:08Z');
    expect(d?.updated).toBe(false);
    // The edit alone above the headline is still shown, as an update.
    const edited = shownDate(page(`<p><span>Edited on <time datetime="2025-01-19T09:01:44Z">Jan 19</time></span></p><h1>Building a CLI with clap</h1><p>Text.</p>`), { title: 'Building a CLI with clap' });
    expect(edited?.iso).toBe('2025-01-19T09:01:44Z');
    expect(edited?.updated).toBe(true);
  });
  it('reads a date written as bare text right after the headline', () => {
    const doc = page('<fieldset><legend>Harbour reopens after storm</legend> 20 December 2025 <div class="body"><p>The harbour reopened on Friday after a week of repairs to the outer wall.</p></div></fieldset>');
    expect(shownDate(doc, { title: 'Harbour reopens after storm' })?.iso).toBe('2025-12-20');
    // A sentence after the headline is no dateline, even with a date in it.
    const prose = page('<h1>Harbour reopens after storm</h1> The wall was first damaged on 20 December 2025, and repairs took a week. <p>Text.</p>');
    expect(shownDate(prose, { title: 'Harbour reopens after storm' })?.iso ?? null).toBeNull();
  });
  it('passes over a span of two dates (a life, an event) to the day the story was published', () => {
    const doc = page('<h1>Margaret Ellen Thornbury</h1><p class="dates">March 3, 1938 – April 21, 2025</p><p class="pub">Published in The Hillsdale Gazette on April 24, 2025</p><p>Text.</p>');
    expect(shownDate(doc, { title: 'Margaret Ellen Thornbury' })?.iso).toBe('2025-04-24');
  });
  it('prefers the published date of a line that gives both', () => {
    const d = shownDate(page('<h1>Harbour reopens</h1><p>Updated March 9, 2024 | Published March 4, 2024</p>'));
    expect(d).toMatchObject({ iso: '2024-03-04', updated: false });
  });

  it("reads no date from a picture's caption beside the headline", () => {
    const hero = '<h1>Tam McArthur Rim in early season</h1><span class="page__hero-caption">Broken Top from the rim viewpoint, 8 July 2023</span>';
    expect(shownDate(page(hero))).toBeNull();
    expect(shownDate(page(`${hero}<p class="meta">July 9, 2023</p>`))).toMatchObject({ iso: '2023-07-09' });
    expect(shownDate(page('<h1>Harbour reopens</h1><figure><img src="/a.jpg" alt=""><figcaption>The quay, March 2, 2024</figcaption></figure>'))).toBeNull();
  });

  it('prefers the published date in German, French and Portuguese datelines too', () => {
    expect(shownDate(page('<h1>Hafen öffnet</h1><p>Aktualisiert: 03.12.2026, Erstveröffentlichung: 02.12.2026</p>'))).toMatchObject({ iso: '2026-12-02', updated: false });
    expect(shownDate(page('<h1>Hafen öffnet</h1><p>Aktualisiert am 03.12.2026 · Erschienen am 02.12.2026</p>'))).toMatchObject({ iso: '2026-12-02', updated: false });
    expect(shownDate(page('<h1>Hafen öffnet</h1><p>Aktualisiert am 03.12.2026, erstellt am 02.12.2026</p>'))).toMatchObject({ iso: '2026-12-02', updated: false });
    expect(shownDate(page('<h1>Le port rouvre</h1><p>Mis à jour le 3 décembre 2026 · Mis en ligne le 2 décembre 2026</p>'))).toMatchObject({ iso: '2026-12-02', updated: false });
    expect(shownDate(page('<h1>O porto reabre</h1><p>Atualizado em 03/12/2026 · Data de publicação: 02/12/2026</p>'))).toMatchObject({ iso: '2026-12-02', updated: false });
  });

  it('reads a German "Stand:" or "zuletzt geändert" dateline as the day of an update', () => {
    expect(shownDate(page('<h1>Hafen öffnet</h1><p>Stand: 03.12.2026 14:35 Uhr</p>'))).toMatchObject({ iso: '2026-12-03T14:35:00', updated: true });
    expect(shownDate(page('<h1>Hafen öffnet</h1><p>Zuletzt geändert am 03.12.2026</p>'))).toMatchObject({ iso: '2026-12-03', updated: true });
    // "Stand" in a sentence labels nothing.
    expect(shownDate(page('<h1>Hafen öffnet</h1><p>Der Stand vom 02.12.2026</p>'))).toMatchObject({ iso: '2026-12-02', updated: false });
  });

  it('knows an update by its class name when the text has no label', () => {
    const d = shownDate(page('<h1>Harbour reopens</h1><div class="meta"><span class="post-updated">March 9, 2024</span></div>'));
    expect(d).toMatchObject({ iso: '2024-03-09', updated: true });
  });

  it('skips dates in lists of other stories and in teaser cards', () => {
    const list = page('<h1>Harbour reopens</h1><ul><li>2021-08-09 Note added</li><li>2022-04-12 Link fixed</li><li>2023-06-12 Typo</li></ul>');
    expect(shownDate(list)).toBeNull();
    const card = page('<h1>Harbour reopens</h1><a href="/other"><h3>Ferry fares rise</h3><span>May 1, 2020</span></a>');
    expect(shownDate(card)).toBeNull();
  });

  it('skips the date of a card that links another story by its headline, not one beside a byline or breadcrumb', () => {
    const popular =
      '<div class="popular"><div class="card"><a href="/news/ferry-fares">Harbour</a><div><a href="/news/ferry-fares-rise">Ferry fares rise again as the winter timetable starts</a></div>' +
      '<div><a href="/writers/ada">Ada Lovelace</a> <span>| July 15, 2025</span></div></div></div>';
    const doc = page(`<div class="head"><p>January 16, 2025</p><h1>Harbour reopens</h1></div>${popular}<p>Text.</p>`);
    expect(shownDate(doc)?.iso).toBe('2025-01-16');
    // A byline's link, a link to the page itself and one to a section are no other story's headline.
    const byline = page('<h1>Harbour reopens</h1><div><a href="/news/writers/ada">By Ada Lovelace, Senior Harbour and Shipping Correspondent</a> <span>July 15, 2025</span></div>');
    expect(shownDate(byline)?.iso).toBe('2025-07-15');
    const self = page('<h1>Harbour reopens</h1><div><a href="/news/harbour-story">Harbour reopens after the long winter storm</a> <span>July 15, 2025</span></div>', '', 'https://news.example/news/harbour-story/');
    expect(shownDate(self)?.iso).toBe('2025-07-15');
    const section = page('<h1>Harbour reopens</h1><div><a href="/news">Back to all the news from the harbour</a> <span>July 15, 2025</span></div>');
    expect(shownDate(section)?.iso).toBe('2025-07-15');
  });

  it('skips the date an expert reviewed the text on', () => {
    const d = shownDate(page('<h1>Harbour reopens</h1><p>Medically reviewed on March 1, 2024</p><p>March 4, 2024</p>'));
    expect(d?.iso).toBe('2024-03-04');
  });

  it("does not read today's date in the site's header above the headline", () => {
    const doc = page('<header><div>Friday, December 19, 2025</div></header><main><h1>Harbour reopens</h1><p>Text without a date.</p></main>');
    expect(shownDate(doc)).toBeNull();
  });

  it('wins over a template date in the metadata, through readMetadata', () => {
    const head = '<meta property="article:published_time" content="2025-06-24T10:00:00Z">';
    const doc = page('<article><h1>Harbour reopens</h1><p class="byline">Ada Lovelace · August 25, 2024</p><p>Text.</p></article>', head);
    expect(readMetadata(doc, doc.URL).publishedAt).toBe('2024-08-25');
  });

  it('gives way to the dateline, even an update, when only the JSON-LD declares the publication date', () => {
    const ld = '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Harbour reopens","datePublished":"2024-02-27T09:00:00Z","dateModified":"2025-12-04T10:00:00Z"}</script>';
    const body = '<article><h1>Harbour reopens</h1><p class="meta">By Ada Lovelace · Updated December 4, 2025</p><p>Text.</p></article>';
    const alone = page(body, ld);
    expect(readMetadata(alone, alone.URL).publishedAt).toBe('2025-12-04');
    // An Open Graph tag that declares the same day stands behind it.
    const backed = page(body, `${ld}<meta property="article:published_time" content="2024-02-27T09:00:00Z">`);
    expect(readMetadata(backed, backed.URL).publishedAt).toBe('2024-02-27T09:00:00Z');
  });

  it('takes the day a line of the story says it was originally published', () => {
    const head = '<meta property="article:published_time" content="2022-09-30T11:07:00+10:00">';
    const told = page('<article><h1>Harbour reopens</h1><p>30 Sep 2022, 11:07am</p><p>Text.</p><p><em>This article was originally published on 26 Sep 2019 at 4:12pm but has been updated since.</em></p></article>', head);
    expect(readMetadata(told, told.URL).publishedAt).toBe('2019-09-26T16:12:00');
    // The metadata's time for that same day is kept.
    const same = page('<article><h1>Harbour reopens</h1><p>Text.</p><p>Originally published March 2, 2022. Last updated January 5, 2025.</p></article>', '<meta property="article:published_time" content="2022-03-02T13:00:00-05:00">');
    expect(readMetadata(same, same.URL).publishedAt).toBe('2022-03-02T13:00:00-05:00');
    // A sentence of the story about another text, a month without a day, and a preprint's "first published" tell nothing.
    const mention = page('<article><h1>Harbour reopens</h1><p>March 4, 2024</p><p>The harbour master said that the report on the old quay, which the council had originally published on May 3, 2019, was wrong.</p></article>');
    expect(readMetadata(mention, mention.URL).publishedAt).toBe('2024-03-04');
    const month = page('<article><h1>Harbour reopens</h1><p>March 4, 2024</p><p>Originally published in March 2022.</p></article>');
    expect(readMetadata(month, month.URL).publishedAt).toBe('2024-03-04');
    const first = page('<article><h1>Harbour reopens</h1><p>March 4, 2024</p><p>A preprint was first published on 4 April 2019.</p></article>');
    expect(readMetadata(first, first.URL).publishedAt).toBe('2024-03-04');
    // The label in an element of its own, the date beside it; and in German.
    const history = page('<article><h1>Harbour reopens</h1><p>Updated on March 10, 2025</p><p>Text of the story.</p><ul class="history"><li><strong>Originally published</strong> <time datetime="2025-01-28">Jan 28, 2025</time></li><li><strong>Updated</strong> Mar 10, 2025</li></ul></article>', '<meta property="article:published_time" content="2025-03-10T09:00:00Z">');
    expect(readMetadata(history, history.URL).publishedAt).toBe('2025-01-28');
    const erstmals = page('<article><h1>Hafen öffnet wieder</h1><p>Stand: 06.03.2025</p><p>Text der Geschichte.</p><p>Erstmals veröffentlicht am 05.03.2025, 17:40 Uhr</p></article>', '<meta property="article:published_time" content="2025-03-06T08:00:00+01:00">');
    expect(readMetadata(erstmals, erstmals.URL).publishedAt?.slice(0, 10)).toBe('2025-03-05');
  });

  it('leaves the address to date a page that shows and declares nothing', () => {
    const doc = page('<article><h1>Harbour reopens</h1><p>Text.</p></article>', '', 'https://news.example/2021/03/14/harbour');
    expect(readMetadata(doc, doc.URL).publishedAt).toBe('2021-03-14');
  });
});

describe('where the story is', () => {
  it('does not take a body or article named "comments-open" for a comment', () => {
    const doc = page('<article class="post comments-open"><h1>Harbour reopens</h1><p class="meta">March 4, 2024</p></article>');
    doc.body.setAttribute('class', 'single has-comments sidebar-related');
    expect(readMetadata(doc, doc.URL).publishedAt).toBe('2024-03-04');
  });

  it("reads the date in the footer of the article that holds the headline", () => {
    const doc = page('<article><h1>Harbour reopens</h1><p>Text.</p><footer>By Ada Lovelace, March 4, 2024</footer></article><article><h2>Other</h2><footer>May 1, 2020</footer></article>');
    expect(readMetadata(doc, doc.URL).publishedAt).toBe('2024-03-04');
  });

  it("reads the date in the only article's own aside, not in a comment's", () => {
    const doc = page('<article><aside><time datetime="2021-06-06">June 6, 2021</time></aside><h2>Harbour reopens</h2><p>Text.</p></article>');
    expect(readMetadata(doc, doc.URL).publishedAt).toBe('2021-06-06');
    const nested = page('<h1>Harbour reopens</h1><article><footer>By <article>Ada Lovelace</article> March 4, 2024</footer><p>Text.</p></article>');
    expect(readMetadata(nested, nested.URL).publishedAt).toBe('2024-03-04');
    const two = page('<article><aside><time datetime="2021-06-06">June 6, 2021</time></aside><p>Text.</p></article><article><p>Other.</p></article>');
    expect(readMetadata(two, two.URL).publishedAt).toBeNull();
  });

  it('finds the headline by the title: past a menu in an <h1>, or in an <h2> when there is no <h1>', () => {
    const menu = page('<h1>Open Menu Close Menu</h1><p>Site news May 1, 2020</p><h1>Harbour reopens after storm</h1><p>March 4, 2024</p>');
    expect(shownDate(menu, { title: 'Harbour reopens after storm' })?.iso).toBe('2024-03-04');
    const noH1 = page('<h2>Harbour reopens after storm</h2><p>By Ada Lovelace, March 4, 2024</p>');
    expect(shownDate(noH1, { title: 'Harbour reopens after storm | Coast Gazette' })?.iso).toBe('2024-03-04');
  });
});

describe('more metadata dates', () => {
  it('reads slashed dates from metadata in American order', () => {
    expect(normaliseDate('Thu, 09/25/2025 - 11:38')).toBe('2025-09-25T11:38:00');
    // A year or a month names no day.
    expect(normaliseDate('2020')).toBeNull();
    expect(normaliseDate('2020-05')).toBeNull();
  });

  it('reads publication dates under any system prefix, a date before a time', () => {
    const doc = page('<article><h1>Harbour reopens</h1><p>Text.</p></article>', '<meta name="cms-published-time" content="2026-03-09T08:45:32Z"><meta name="cms-published-date" content="2021-02-16">');
    expect(readMetadata(doc, doc.URL).publishedAt).toBe('2021-02-16');
  });
});

describe('dates of other stories above the headline', () => {
  it('passes over a short list of dated links ("Trending", two items) for the story\'s own labelled date', () => {
    const doc = page(`<header><a href="/" class="logo">Metro Business Journal</a>
<nav><a href="/tech">Tech</a> <a href="/real-estate">Real Estate</a> <a href="/retail">Retail</a> <a href="/events">Events</a></nav></header>
<section class="trending">
  <h5>Trending</h5>
  <ul>
    <li><a href="/retail/2024/03/06/grocery-merger">Grocery chains announce merger</a> <time datetime="2024-03-06T08:00:00-05:00">March 6, 2024</time></li>
    <li><a href="/tech/2024/03/05/chip-plant">Chip plant hiring 800</a> <time datetime="2024-03-05T10:00:00-05:00">March 5, 2024</time></li>
  </ul>
</section>
<main>
<article>
  <h1>Startup brings vertical farming to former mall</h1>
  <div class="byline">By Emily Carter | Photography by Sam Lee</div>
  <p>Where shoppers once browsed for shoes and perfume, rows of LED-lit shelves now stretch nearly to the ceiling. GreenStack, a two-year-old startup, has turned the former Hartman's department store at Westfield Commons into an indoor farm.</p>
  <p>The company says the 60,000-square-foot facility produces about two tons of lettuce, basil and microgreens each week, sold to grocery stores and restaurants within a 50-mile radius.</p>
  <p>"Malls have great bones for this," said co-founder Anika Shah. "High ceilings, loading docks, lots of power, and they're close to where people actually live."</p>
  <p>Vertical farms have struggled nationally, with several high-profile companies filing for bankruptcy over the past two years as energy costs rose. Shah said GreenStack keeps costs down by buying electricity at night and using rooftop solar panels installed by the mall's owner.</p>
  <p>The company employs 45 people and plans to open a second site in a vacant big-box store next year.</p>
  <p class="posted">Posted on 14 March 2024</p>
</article>
</main>
<section class="comments"><h4>Join the conversation</h4>
  <div class="comment"><span class="author">J. Patel</span> <span class="time">March 15, 2024</span><p>Great reuse of the space.</p></div>
</section>
<footer>© 2024 Metro Business Journal · A division of Citywide Media</footer>`, '<title>Startup brings vertical farming to former mall - Metro Business Journal</title>', 'https://www.metrobusinessjournal.example/real-estate/startup-vertical-farming-former-mall');
    expect(readMetadata(doc, doc.URL).publishedAt?.slice(0, 10)).toBe('2024-03-14');
  });

  it("passes over the <time> of a grid's first card: a page of stories has no day of its own", () => {
    const card = (slug: string, title: string, day: string): string =>
      `<div class="views-row"><article class="card"><h3><a href="/actualites/${slug}">${title}</a></h3><div class="meta"><time datetime="${day}">${day}</time></div><p>Résumé de l'actualité.</p></article></div>`;
    const grid = [card('potager-campus', 'Un potager partagé sur le campus', '2024-03-11'), card('capteurs-chauffage', 'Des capteurs pour réduire le chauffage', '2024-03-06'), card('velos-campus', 'Des vélos en libre-service', '2024-02-28')].join('');
    const doc = page(`<main><h1>Actualités : développement durable</h1><div class="view-content">${grid}</div></main>`, '<title>Développement durable | Université</title>', 'https://univ.example/fr/actualites/etiquette/developpement-durable');
    expect(readMetadata(doc, doc.URL).publishedAt).toBeNull();
    // The story's own <time> beside its headline is still read.
    const story = page(`<article><h1>Un potager partagé sur le campus</h1><time datetime="2024-03-11">11 mars 2024</time><p>Texte.</p></article><aside>${grid}</aside>`, '', 'https://univ.example/fr/actualites/potager-campus');
    expect(readMetadata(story, story.URL).publishedAt).toBe('2024-03-11');
  });
});

describe('a dateline of several elements', () => {
  it("takes no time from the update's line glued to the day by textContent", () => {
    const doc = page(`<article><h1>Why small farms share cold storage</h1>
      <div class="meta"><div>By <a href="/staff/priya-raman">Priya Raman</a></div><div>March 1, 2024</div><div>Updated March 2, 2024 at 9:15 a.m.</div></div>
      <p>On a gravel lot outside the town, a white steel building hums through the night.</p></article>`, '<title>Why small farms share cold storage</title>', 'https://ledger.example/news/farms-cold-storage');
    expect(readMetadata(doc, doc.URL).publishedAt).toBe('2024-03-01');
  });

  it("takes the update's day when no line gives the day of publication", () => {
    const doc = page(`<div class="hero"><span class="team">ACO Rankings Team</span><span class="meta">Updated on December 11, 2025</span></div>
      <h1>Best online MBA programs</h1><p>Earning an MBA online can open new doors.</p>`, '<title>Best online MBA programs</title>', 'https://colleges.example/degrees/mba-programs/');
    expect(readMetadata(doc, doc.URL).publishedAt).toBe('2025-12-11');
    expect(visibleDate(doc, doc.querySelector('h1'))).toBe('2025-12-11');
    // A line that says when it was published still wins, wherever it sits.
    const both = page(`<h1>Best online MBA programs</h1><div class="meta">Updated on December 11, 2025</div><p>Earning an MBA online can open new doors.</p><p class="posted">Published March 3, 2025</p>`);
    expect(visibleDate(both, both.querySelector('h1'))).toBe('2025-03-03');
  });
});

describe('a span of dates', () => {
  it("is a life's, not the story's, when each end sits in an element of its own", () => {
    const doc = page(`<article><h1>Margaret Ellen Doyle</h1><p class="obit__dates"><span class="born">August 22, 1938</span> – <span class="died">March 9, 2025</span></p>
      <p class="published">Published in The Ridgewood Herald on <time datetime="2025-03-12">March 12, 2025</time></p><p>Margaret taught piano to three generations of children.</p></article>`,
      '<title>Margaret Ellen Doyle Obituary</title><meta property="article:published_time" content="2025-03-12T05:00:00-04:00">', 'https://herald.example/obituaries/margaret-ellen-doyle');
    expect(readMetadata(doc, doc.URL).publishedAt?.slice(0, 10)).toBe('2025-03-12');
  });
});

describe('an event\'s date', () => {
  it('is not the story\'s: "Termin:" and "When:" label the day of what the story announces', () => {
    const doc = page(`<article><h1>Philharmonie spielt im Stadtpark</h1>
      <div class="infobox-termin"><strong>Termin:</strong> Freitag, 24. Mai 2024, 20 Uhr, Stadtpark-Bühne</div>
      <p class="datum">12. März 2024</p><p>Das Orchester kommt zum ersten Mal seit fünf Jahren in den Stadtpark.</p></article>`, '<title>Philharmonie spielt im Stadtpark</title>', 'https://weserblick.example/kultur/philharmonie-stadtpark');
    expect(readMetadata(doc, doc.URL).publishedAt?.slice(0, 10)).toBe('2024-03-12');
  });
});

describe('a headline under the site\'s logo', () => {
  it('takes the article\'s <h2> when the <h1> is the logo and the <title> only the site\'s name', () => {
    const doc = page(`<header class="top"><h1 class="logo"><a href="/">The Harbor Ledger</a></h1></header>
      <article class="post"><h2 class="entry-title">Ferry operator to add night sailings as ridership hits record</h2>
      <p>The operator said on Thursday that it would add three late sailings each weekday from May.</p>
      <h2>What riders said</h2><p>Commuters welcomed the change.</p></article>`, '<title>The Harbor Ledger</title>', 'https://harborledger.example/2024/04/18/ferry-night-sailings/');
    expect(readMetadata(doc, doc.URL).title).toBe('Ferry operator to add night sailings as ridership hits record');
    // A <title> that names the story keeps it.
    const titled = page(`<header class="top"><h1 class="logo"><a href="/">The Harbor Ledger</a></h1></header>
      <article class="post"><h2>What riders said about the ferries</h2><p>Commuters welcomed the change.</p></article>`, '<title>Ferry operator adds night sailings | The Harbor Ledger</title>', 'https://harborledger.example/2024/04/18/ferry-night-sailings/');
    expect(readMetadata(titled, titled.URL).title).toBe('Ferry operator adds night sailings');
  });
});

describe('dates an old or a chatty template shows', () => {
  const story = '<p>The bridge over the creek will close for six weeks of repairs this spring, the commissioners decided on Tuesday.</p>';
  it('reads a "Published on" line set in a <font> under the story', () => {
    const doc = page(`<table><tr><td><h1>Bridge to close for repairs</h1><font size="2"><b>By Gordon Pell</b></font>${story}<font size="1">Published on Thursday, April 11, 2024</font></td></tr></table>`);
    expect(labelledDate(doc)?.slice(0, 10)).toBe('2024-04-11');
  });
  it('takes the date in the tooltip of a relative day beside the headline', () => {
    const doc = page(`<h1>Bridge to close for repairs</h1><div class="meta"><span class="by">Rita Costa</span> <span class="when" title="27/03/2025 18:20">há 2 dias</span></div>${story}`, '', 'https://news.example/pt/ponte-fecha');
    expect(shownDate(doc)?.iso.slice(0, 10)).toBe('2025-03-27');
  });
});

describe('a date shown for readers in the page\'s own zone', () => {
  const URL_ = 'https://news.example/local/storm-outages';
  const TEXT = '<p>More than forty thousand homes lost power across three counties as the storm brought down trees and lines on Friday evening.</p>';
  function published(head: string, dateline: string, lang = 'en'): string | null {
    const p = parseHtml(`<!doctype html><html lang="${lang}"><head>${head}</head><body><article><h1>Storm knocks out power across three counties</h1><div class="meta">${dateline}</div>${TEXT}</article></body></html>`, URL_);
    open.push(p);
    return readMetadata(p.document, URL_).publishedAt;
  }
  it("is read from a relative day's tooltip, written for readers, before its UTC datetime", () => {
    const head = '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Storm knocks out power across three counties","datePublished":"2026-03-13T21:45:00-04:00","dateModified":"2026-03-14T00:10:00-04:00"}</script>';
    const dateline = '<time class="tnt-date" datetime="2026-03-14T01:45:00Z" title="March 13, 2026 9:45 PM EDT">3 hours ago</time>';
    expect(published(head, dateline)?.slice(0, 10)).toBe('2026-03-13');
  });
  it("is the publication's, not an update's, under a theme's `entry-date updated` class on the one date it shows", () => {
    const head = '<meta property="article:published_time" content="2025-12-04T05:52:00+00:00"><meta property="article:modified_time" content="2025-12-04T06:31:00+00:00">';
    const dateline = '<time class="entry-date updated td-module-date" datetime="2025-12-04T05:52:00+00:00">3 diciembre, 2025 | 23:52</time>';
    expect(published(head, dateline, 'es')?.slice(0, 10)).toBe('2025-12-03');
    // A day shown in a <time> whose datetime holds the time and zone: the instant declared in UTC the evening before.
    const italian = '<meta property="article:published_time" content="2026-03-12T23:30:12+00:00"><meta property="article:modified_time" content="2026-03-13T07:02:44+00:00">';
    expect(published(italian, '<span class="td-post-date"><time class="entry-date updated td-module-date" datetime="2026-03-13T00:30:12+01:00">13 Marzo 2026</time></span>', 'it')?.slice(0, 10)).toBe('2026-03-13');
    // A date marked as the update alone is still the update's.
    const update = '<time class="updated" datetime="2025-12-04T06:31:00+00:00">4 diciembre, 2025 | 00:31</time>';
    expect(published(head, update, 'es')?.slice(0, 10)).toBe('2025-12-04');
  });
});
