/**
 * Title, author and date as content-management systems print them on pages that declare
 * nothing else: Drupal's "Submitted by … on Tue, 03/12/2024 - 10:15" with its RDFa date,
 * Joomla's "Geschrieben von:" in a <dd>, a static blog's header link marked rel=author, a
 * news extension that keeps the <h1> for the section and marks the story's headline with
 * microdata, an old table layout's headline in a <b>, and a theme's hidden ISO time of the
 * last edit beside the shown date.
 */
import { describe, expect, it } from 'vitest';
import { cleanAuthors } from '../../src/extract/authors.js';
import { parseVisibleDate } from '../../src/extract/dates.js';
import { extractArticle } from '../../src/pipeline.js';
import { STORY_SENTENCES } from '../helpers/story.js';

const STORY = STORY_SENTENCES.slice(0, 4).map((s) => `<p>${s}</p>`).join('');

function page(head: string, body: string, lang = 'en'): string {
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8">${head}</head><body>
    <header><a class="logo" href="/">Harbour Town Council</a><nav><a href="/news">News</a> <a href="/events">Events</a></nav></header>
    ${body}
    <footer><p>Harbour Town Council, Quay Street 1</p></footer></body></html>`;
}

describe('bylines and dates as content-management systems print them', () => {
  it('reads Drupal\'s "Submitted by … on Tue, 03/12/2024", the day from its RDFa date', () => {
    const html = page(
      '<title>Pier rebuild approved | Harbour Town Council</title>',
      `<div class="node node-article"><h1>Pier rebuild approved</h1>
        <div class="meta submitted"><span property="dc:date dc:created" content="2024-03-12T10:15:00+00:00">Submitted by <span class="username">Helen Carter</span> on Tue, 03/12/2024 - 10:15</span></div>
        <div class="field-name-body">${STORY}</div></div>`,
    );
    const record = extractArticle(html, { url: 'https://council.example/node/123' });
    expect(record.authors).toEqual(['Helen Carter']);
    expect(record.publishedAt?.slice(0, 10)).toBe('2024-03-12');
  });

  it('ends a German byline at "am" before a weekday ("Verfasst von Katrin Vogel am Di, 12.03.2024")', () => {
    const html = page(
      '<title>Hafen: Neuer Anleger beschlossen</title>',
      `<div class="node"><h1>Hafen: Neuer Anleger beschlossen</h1>
        <div class="meta submitted">Verfasst von <span class="username">Katrin Vogel</span> am Di, 12.03.2024 - 10:15</div>
        <div class="content">${STORY}</div></div>`,
      'de',
    );
    expect(extractArticle(html, { url: 'https://partei.example/node/77' }).authors).toEqual(['Katrin Vogel']);
  });

  it('reads "Geschrieben von: …" in a description list\'s <dd>, as Joomla prints it', () => {
    const html = page(
      '<title>Neuer Anleger beschlossen</title>',
      `<div class="item-page"><h1>Neuer Anleger beschlossen</h1>
        <dl class="article-info"><dt>Details</dt><dd class="createdby">Geschrieben von: <span>Verena Schulz</span></dd></dl>
        <div class="article-body">${STORY}</div></div>`,
      'de',
    );
    expect(extractArticle(html, { url: 'https://gemeinde.example/neuer-anleger-beschlossen.html' }).authors).toEqual(['Verena Schulz']);
  });

  it('does not take a header\'s home link marked rel=author (the blog\'s name) for the byline', () => {
    const html = `<!doctype html><html lang="de"><head><title>Eine Woche am Meer</title></head><body>
      <header><a class="site-title" rel="author" href="/">Max Musters Notizen</a></header>
      <article><h1>Eine Woche am Meer</h1><p class="post-meta">Veröffentlicht am 12. März 2024 von Max Muster</p>${STORY}</article></body></html>`;
    expect(extractArticle(html, { url: 'https://notizen.example/2024/03/meer/' }).authors).toEqual(['Max Muster']);
  });

  it('drops a job after a comma whole ("Tom Whitfield, Local Democracy Reporter"), not just its last word', () => {
    expect(cleanAuthors(['By Tom Whitfield, Local Democracy Reporter'])).toEqual(['Tom Whitfield']);
    expect(cleanAuthors(['Jane Doe, Senior Political Correspondent'])).toEqual(['Jane Doe']);
    expect(cleanAuthors(['Diego Castillo Periodista'])).toEqual(['Diego Castillo']);
    expect(cleanAuthors(['Jane Doe, John Roe'])).toEqual(['Jane Doe', 'John Roe']);
  });

  it('drops a job or a desk after a comma in the other languages ("Redakteur Wirtschaft", "Lokalredaktion")', () => {
    expect(cleanAuthors(['Von Klaus Berger, Redakteur Wirtschaft'])).toEqual(['Klaus Berger']);
    expect(cleanAuthors(['Birgit Schulte, Lokalredaktion Leverkusen'])).toEqual(['Birgit Schulte']);
  });

  it('reads the agency of a Spanish wire\'s dateline with its day ("Madrid, 10 nov (EFE).-")', () => {
    const html = page(
      '<title>El Gobierno aprueba el plan de vivienda</title>',
      `<article><h1>El Gobierno aprueba el plan de vivienda</h1>
        <p>Madrid, 10 nov (EFE).- El Consejo de Ministros aprobó este martes el plan estatal de vivienda para los próximos cuatro años, con una dotación récord.</p>${STORY}</article>`,
      'es',
    );
    expect(extractArticle(html, { url: 'https://diario.example/economia/plan-vivienda-aprobado-20241110.html' }).authors).toEqual(['EFE']);
  });

  it('reads the time of an ISO date and time from its hours ("2024-03-11T09:14:02"), not its minutes', () => {
    expect(parseVisibleDate('2024-03-11T09:14:02+01:00')).toBe('2024-03-11T09:14:00');
    expect(parseVisibleDate('2024-03-11T08:00:00')).toBe('2024-03-11T08:00:00');
  });

  it('reads no date from a top bar above the site\'s header ("Saturday, December 5, 2026"): the address\'s day, or the one at the end', () => {
    const frame = (inner: string): string => `<!doctype html><html lang="en"><head><title>Museum returns 40 artifacts | Daily Courier</title></head><body>
      <div class="topbar"><span class="today">Saturday, December 5, 2026</span> <a href="/login">Login</a></div>
      <header class="site-header"><a href="/">Daily Courier</a><nav><a href="/news/">News</a> <a href="/sports/">Sports</a></nav></header>
      <main><article><h1>Museum returns 40 artifacts</h1><p class="author-line">By Lena Ortiz</p>${STORY}${inner}</article></main></body></html>`;
    expect(extractArticle(frame(''), { url: 'https://courier.example/2026/09/14/museum-returns-artifacts/' }).publishedAt?.slice(0, 10)).toBe('2026-09-14');
    expect(extractArticle(frame('<p>Erschienen in der Ausgabe vom 22.11.2026</p>'), { url: 'https://courier.example/lokales/museum-returns-artifacts' }).publishedAt?.slice(0, 10)).toBe('2026-11-22');
  });

  it('skips a hidden ISO time of the last edit glued to the shown date in a meta line', () => {
    const html = page(
      '<title>Wärmepumpe im Altbau</title>',
      `<article><h1>Wärmepumpe im Altbau</h1>
        <div class="fusion-meta-info">Von <a href="/author/tb/" rel="author">Thomas Berger</a><span>|</span><span class="updated rich-snippet-hidden">2024-03-11T09:14:02+01:00</span><span>3. März 2024</span><span>|</span><a href="/category/allgemein/">Allgemein</a></div>
        ${STORY}</article>`,
      'de',
    );
    expect(extractArticle(html, { url: 'https://haustechnik.example/waermepumpe-altbau/' }).publishedAt?.slice(0, 10)).toBe('2024-03-03');
  });
});

describe('a portrait beside the headline', () => {
  it("names no writer when the headline names the person pictured (an obituary's)", () => {
    const html = page(
      '<title>Evelyn Marie Sorensen, 1938–2024 | Obituaries | The Valley Record</title>',
      `<article class="obit"><div class="obit-photo"><img src="/obits/sorensen.jpg" alt="Evelyn Marie Sorensen"></div><h1 class="obit-name">Evelyn Marie Sorensen, 1938–2024</h1>${STORY}</article>`,
    );
    expect(extractArticle(html, { url: 'https://record.example/obituaries/evelyn-marie-sorensen/' }).authors).toEqual([]);
  });
});

describe('the headline where the <h1> is not it', () => {
  it('takes the headline marked itemprop="headline" under a section\'s <h1>', () => {
    const html = page(
      '<title>Aktuelles | TSV Musterdorf</title>',
      `<div class="page"><h1>Aktuelles</h1><div class="news news-single"><div class="article" itemscope itemtype="http://schema.org/Article">
        <h2 itemprop="headline">Zweite Mannschaft dreht Spiel nach Rückstand</h2>${STORY}</div></div></div>`,
      'de',
    );
    expect(extractArticle(html, { url: 'https://tsv.example/aktuelles/detail/zweite-mannschaft' }).title).toBe('Zweite Mannschaft dreht Spiel nach Rückstand');
  });

  it("takes the post's own of two headlines marked so, when a theme's page header marks the blog's name too", () => {
    const html = page(
      '<title>Halbmarathon unter 2 Stunden: Mein 12-Wochen-Plan | Kilometerfresser</title><meta property="og:title" content="Halbmarathon unter 2 Stunden: Mein 12-Wochen-Plan">',
      `<header class="page-header"><h1 class="page-header-title" itemprop="headline">Laufblog</h1></header><article itemscope itemtype="https://schema.org/BlogPosting">
        <h2 class="single-post-title entry-title" itemprop="headline">Halbmarathon unter 2 Stunden: Mein 12-Wochen-Plan</h2>${STORY}</article>`,
      'de',
    );
    expect(extractArticle(html, { url: 'https://kilometerfresser.example/halbmarathon-unter-2-stunden/' }).title).toBe('Halbmarathon unter 2 Stunden: Mein 12-Wochen-Plan');
  });

  it('takes the part of a "Site - Section - Headline" title that an old table layout sets alone in a <b>', () => {
    const html = `<!doctype html><html lang="de"><head><title>Rheinische Abendpost - Region - Stadtwerke erhöhen Wasserpreise zum 1. Juli</title></head><body>
      <table><tr><td><a href="/">Rheinische Abendpost</a> <a href="/region/">Region</a></td></tr>
      <tr><td><div class="ueberschrift"><font size="5"><b>Stadtwerke erhöhen Wasserpreise zum 1. Juli</b></font></div>${STORY}</td></tr></table></body></html>`;
    expect(extractArticle(html, { url: 'https://abendpost.example/region/artikel.php?id=31877' }).title).toBe('Stadtwerke erhöhen Wasserpreise zum 1. Juli');
  });
});

describe("an old table layout's side columns", () => {
  it('go beside a short notice of two paragraphs, as beside a long story', () => {
    const side = (items: string): string => `<td width="180" valign="top"><table><tr><th>Notruf</th></tr><tr><td>${items}</td></tr></table></td>`;
    const html = `<!doctype html><html lang="de"><head><title>Feuerwehr Oberweiling - Altpapiersammlung verschoben</title></head><body><table width="900"><tr>
      ${side('<a href="/">Startseite</a><br><a href="/aktuelles">Aktuelles</a><br><a href="/fahrzeuge">Fahrzeuge</a>')}
      <td valign="top"><table><tr><td class="contentheading">Altpapiersammlung verschoben</td></tr><tr><td>
        <p>Die für kommenden Samstag geplante Altpapiersammlung der Jugendfeuerwehr muss leider um eine Woche verschoben werden, da an diesem Tag die Leistungsprüfung im Landkreis stattfindet.</p>
        <p>Bitte stellen Sie Zeitungen und Kartonagen gebündelt bis spätestens 8.30 Uhr gut sichtbar an den Straßenrand. Der Erlös kommt wie immer der Jugendarbeit unserer Wehr zugute.</p></td></tr></table></td>
      ${side('Nächste Übung: Donnerstag, 15.03.2007, 19.30 Uhr am Gerätehaus - Thema: Technische Hilfeleistung')}
    </tr></table></body></html>`;
    const body = extractArticle(html, { url: 'https://ff.example/index.php?option=com_content&task=view&id=89' }).body;
    expect(body).toContain('Der Erlös kommt wie immer der Jugendarbeit');
    expect(body).not.toContain('Nächste Übung');
  });
});

describe('datelines and bylines of small newsrooms and blogs', () => {
  it("reads a long dateline whose part says \"Veröffentlicht\", the desk's name and an update beside it", () => {
    const dateline = 'Redaktion Blaulicht · Veröffentlicht am 03.11.2024 um 00:35 Uhr · Zuletzt aktualisiert am 03.11.2024 um 10:10 Uhr';
    const html = page(
      '<title>Einbruchserie am Sonnenhang</title><script type="application/ld+json">{"@type":"NewsArticle","headline":"Einbruchserie am Sonnenhang","datePublished":"2024-11-02T23:35:00Z","dateModified":"2024-11-03T09:10:00Z"}</script>',
      `<div class="artikel"><h1>Einbruchserie am Sonnenhang</h1><div class="artikel-info">${dateline}</div><div class="text">${STORY}</div></div>`,
      'de',
    );
    const record = extractArticle(html, { url: 'https://kurier.example/blaulicht/einbruchserie_4410923' });
    expect(record.publishedAt?.slice(0, 10)).toBe('2024-11-03');
    expect(record.body).not.toContain('Veröffentlicht am');
  });

  it('leaves out a declared author the page shows only as the photographer', () => {
    const html = (credit: string): string => page(
      '<title>Stadtfest</title><script type="application/ld+json">{"@type":"NewsArticle","headline":"Stadtfest","author":[{"@type":"Person","name":"Lena Hofbauer"},{"@type":"Person","name":"Tobias Greiner"}]}</script>',
      `<article><h1>Stadtfest</h1><div class="autoren">${credit}</div><figure><img src="/a.jpg" alt=""><figcaption>Volle Gassen. Bild: Tobias Greiner</figcaption></figure>${STORY}</article>`,
      'de',
    );
    const url = 'https://echo.example/lokales/stadtfest-rekord_8821407';
    expect(extractArticle(html('Text: Lena Hofbauer | Fotos: Tobias Greiner'), { url }).authors).toEqual(['Lena Hofbauer']);
    // The labels in elements of their own, without a colon.
    expect(extractArticle(html('<ul><li><span>Interview</span> <a href="/autoren/lena-hofbauer">Lena Hofbauer</a></li>\n<li><span>Fotos</span> <a href="/autoren/tobias-greiner">Tobias Greiner</a></li></ul>'), { url }).authors).toEqual(['Lena Hofbauer']);
    // Named as a writer once, he is one.
    expect(extractArticle(html('Von Lena Hofbauer und Tobias Greiner'), { url }).authors).toEqual(['Lena Hofbauer', 'Tobias Greiner']);
  });

  it('reads "Ein Gastkommentar von …" and "An editorial by …" as bylines, over the writers of the opinion pieces listed under them', () => {
    const html = (credit: string): string => page(
      '<title>Die Pflege braucht mehr als Applaus</title>',
      `<section class="opinion"><div class="rubrik">Meinung</div><h1>Die Pflege braucht mehr als Applaus</h1><span class="name">${credit}</span>${STORY}</section>
       <section class="more"><div class="card"><a href="/meinung/budget-a7711980">Das Landesbudget ist ein Offenbarungseid</a> <span class="card-author">Von Petra Schöberl</span></div></section>`,
      'de',
    );
    const url = 'https://rundschau.example/meinung/pflege-braucht-mehr-als-applaus-a7712093';
    expect(extractArticle(html('Ein Gastkommentar von Helmut Gruber'), { url }).authors).toEqual(['Helmut Gruber']);
    expect(extractArticle(html('An editorial by Helmut Gruber'), { url }).authors).toEqual(['Helmut Gruber']);
  });

  it('takes the byline over a declared author the page credits only as its editor', () => {
    const html = (note: string): string => page(
      '<title>Queue outage</title><script type="application/ld+json">{"@type":"NewsArticle","headline":"Queue outage","author":{"@type":"Person","name":"Sam Whitaker"}}</script>',
      `<article><h1>Queue outage</h1><div class="meta"><a class="post-author" href="/authors/nadia-ferreira">Nadia Ferreira</a></div>${STORY}<p class="note"><small>${note}</small></p></article>`,
    );
    const url = 'https://signal.example/news/queue-outage-2024';
    expect(extractArticle(html('Edited by Sam Whitaker.'), { url }).authors).toEqual(['Nadia Ferreira']);
    expect(extractArticle(html('Sam Whitaker contributed to this story.'), { url }).authors).toEqual(['Sam Whitaker']);
  });

  it('takes the full name the byline shows for a given name the metadata declares alone', () => {
    const html = (byline: string): string => page(
      '<title>Zwetschgenkuchen</title><meta name="author" content="Julia">',
      `<article><h1>Zwetschgenkuchen vom Blech</h1><span class="byline">${byline}</span>${STORY}</article>`,
      'de',
    );
    const url = 'https://ofen.example/zwetschgenkuchen-vom-blech/';
    expect(extractArticle(html('von <a href="/ueber-mich/">Julia Brandner</a>'), { url }).authors).toEqual(['Julia Brandner']);
    expect(extractArticle(html('von <a href="/ueber-mich/">Julia</a>'), { url }).authors).toEqual(['Julia']);
  });

  it("leaves out a documentation heading's permalink mark", () => {
    const html = page('<title>Logging HOWTO — Python 3 documentation</title>', `<div class="body"><h1>Logging HOWTO<a class="headerlink" href="#logging-howto">¶</a></h1>${STORY}</div>`);
    expect(extractArticle(html, { url: 'https://docs.example/3/howto/logging.html' }, { keepNonArticles: true }).title).toBe('Logging HOWTO');
  });
});

describe('old table layouts', () => {
  const report = (headline: string, credit: string): string => `<html><head><title>Wanderverein Rosstal-Höhe 1898 e.V. - Wanderberichte</title></head><body>
    <table width="760"><tr><td colspan="2"><font face="Verdana" size="5" color="#ffffff"><b>Wanderverein Rosstal-Höhe 1898 e.V.</b></font><br><font size="2">Parish of Rosstal, since 1898, walking the hills of the valley every month of the year</font></td></tr>
    <tr><td width="160" valign="top"><font size="2"><a href="index.html">Startseite</a><br><a href="berichte.html">Wanderberichte</a></font></td>
    <td valign="top"><font size="1"><a href="index.html">Startseite</a> » <a href="berichte.html">Wanderberichte</a></font><br><br>
    ${headline}<br>
    <font size="1" color="#777777">Wanderung vom 14.10.2007 · Bericht eingestellt am 17.10.2007</font><br><br>
    <font face="Verdana" size="2">${STORY_SENTENCES.slice(0, 4).join(' ')}<br><br>${STORY_SENTENCES.slice(4, 8).join(' ')}<br><br>${credit}</font></td></tr></table></body></html>`;
  const url = 'https://wanderverein.example/berichte/2007-kaltenstein.html';

  it('reads the headline set in large type, with no <h1>, over a <title> that names the club', () => {
    const record = extractArticle(report('<font face="Verdana" size="4" color="#2f5f1f"><b>Herbstwanderung zum Kaltenstein: 23 Wanderer trotzen dem Nebel</b></font>', ''), { url });
    expect(record.title).toBe('Herbstwanderung zum Kaltenstein: 23 Wanderer trotzen dem Nebel');
    expect(record.publishedAt?.slice(0, 10)).toBe('2007-10-17');
    // A fact table between the headline and the text is read past.
    const facts = `<font size="4"><b>Scheunenbrand in Untermühlbach – Übergreifen auf Wohnhaus verhindert</b></font><table>${Array.from({ length: 8 }, (_, i) => `<tr><td><b>Feld ${i}:</b></td><td>Wert ${i}</td></tr>`).join('')}<tr><td><b>Kräfte:</b></td><td>FF Untermühlbach, FF Oberried, FF Kastl mit Drehleiter und Rettungsdienst vor Ort.</td></tr></table>`;
    expect(extractArticle(report(facts, ''), { url }).title).toBe('Scheunenbrand in Untermühlbach – Übergreifen auf Wohnhaus verhindert');
    // Set in bold alone, it is not read: on modern pages such lines are other boxes' titles.
    expect(extractArticle(report('<b>Herbstwanderung zum Kaltenstein: 23 Wanderer trotzen dem Nebel</b>', ''), { url }).title).not.toBe('Herbstwanderung zum Kaltenstein: 23 Wanderer trotzen dem Nebel');
  });

  it('reads a line whose class names it the headline, with no <h1>, over a <title> that names the site', () => {
    const named = extractArticle(report('<div class="headline">Herbstwanderung zum Kaltenstein: 23 Wanderer trotzen dem Nebel</div>', ''), { url });
    expect(named.title).toBe('Herbstwanderung zum Kaltenstein: 23 Wanderer trotzen dem Nebel');
    // Any other class, as bold type alone, says nothing.
    expect(extractArticle(report('<div class="teaser-box">Herbstwanderung zum Kaltenstein: 23 Wanderer trotzen dem Nebel</div>', ''), { url }).title).not.toBe('Herbstwanderung zum Kaltenstein: 23 Wanderer trotzen dem Nebel');
  });

  it('reads an <h2> as the headline on a page laid out with <font> tags, not on a page of HTML5 sections', () => {
    const old = report('<h2>Herbstwanderung zum Kaltenstein: 23 Wanderer trotzen dem Nebel</h2>', '');
    expect(extractArticle(old, { url }).title).toBe('Herbstwanderung zum Kaltenstein: 23 Wanderer trotzen dem Nebel');
    const modern = old.replace('<body>', '<body><header><a href="/">Home</a></header>');
    expect(extractArticle(modern, { url }).title).not.toBe('Herbstwanderung zum Kaltenstein: 23 Wanderer trotzen dem Nebel');
  });

  it("leaves out a table layout's side column that Readability takes with the story's", () => {
    const side = '<td width="200" valign="top" bgcolor="#fff4d6"><b>Diary Dates</b><br>12 May - Year 6 SATs week begins<br>23 May - Break up for half term<br><br><b>PTA Summer Fair</b><br>Saturday 21st June, 12 - 3pm. Donations of tombola prizes gratefully received at the school office.</td>';
    const page = report('<font size="4"><b>Herbstwanderung zum Kaltenstein: 23 Wanderer trotzen dem Nebel</b></font>', '').replace('</td></tr></table></body>', `</td>${side}</tr></table></body>`);
    const body = extractArticle(page, { url }).body;
    expect(body).toContain(STORY_SENTENCES[0]);
    expect(body).not.toContain('tombola prizes');
    expect(body).not.toContain('SATs week');
  });

  it("takes the writer from a letter's closing words and the name under them", () => {
    const letter = (close: string): string => report('<font size="5"><b>From the Rectory: Harvest, and learning to say thank you</b></font>', `${close}<br><br><i>Sarah Whitcombe</i><br>Rector`);
    expect(extractArticle(letter('With every blessing,'), { url }).authors).toEqual(['Sarah Whitcombe']);
    expect(extractArticle(letter('Ihr Pfarrer'), { url }).authors).toEqual(['Sarah Whitcombe']);
    // A name with no closing words before it is no signature.
    expect(extractArticle(letter('Photo of the harvest supper'), { url }).authors).toEqual([]);
  });

  it("takes the writer from a credit closing the report, and leaves the credit out of the text", () => {
    const record = extractArticle(report('<font size="4"><b>Herbstwanderung zum Kaltenstein: 23 Wanderer trotzen dem Nebel</b></font>', '<i>Text: Gerda Sailer · Fotos: Konrad Lieb</i>'), { url });
    expect(record.authors).toEqual(['Gerda Sailer']);
    expect(record.body).not.toContain('Gerda Sailer');
    expect(extractArticle(report('<font size="4"><b>Herbstwanderung zum Kaltenstein: 23 Wanderer trotzen dem Nebel</b></font>', '<i>Bericht: Klaus Wendt</i>'), { url }).authors).toEqual(['Klaus Wendt']);
    const both = extractArticle(report('<font size="4"><b>Herbstwanderung zum Kaltenstein: 23 Wanderer trotzen dem Nebel</b></font>', '<p>Text und Fotos: Tobias Weber</p>'), { url });
    expect(both.authors).toEqual(['Tobias Weber']);
    expect(both.body).not.toContain('Tobias Weber');
    const words = extractArticle(report('<font size="4"><b>Herbstwanderung zum Kaltenstein: 23 Wanderer trotzen dem Nebel</b></font>', '<p>Words: Ellie Marsh</p>'), { url });
    expect(words.authors).toEqual(['Ellie Marsh']);
    expect(words.body).not.toContain('Ellie Marsh');
    // An interview's credit names its writer, the interviewer, in German and in French.
    for (const credit of ['<p><em>Das Gespräch führte Lea Krüger.</em></p>', '<p><i>Propos recueillis par Claire Fontaine</i></p>']) {
      const interview = extractArticle(report('<font size="4"><b>Herbstwanderung zum Kaltenstein: 23 Wanderer trotzen dem Nebel</b></font>', credit), { url });
      expect(interview.authors).toEqual([credit.includes('Lea') ? 'Lea Krüger' : 'Claire Fontaine']);
    }
  });
});


describe("a blog's home page that shows one post", () => {
  it("takes the post's title its markup declares under the blog's own <h1>, not the blog's name", () => {
    const blog = (posts: string): string => page('<title>The Quiet Bench</title><meta property="og:title" content="The Quiet Bench">',
      `<div class="header"><h1 class="title">The Quiet Bench</h1></div><div class="blog-posts">${posts}</div>`);
    const post = (title: string, slug: string): string => `<div class="post hentry"><h3 class="post-title entry-title"><a href="https://quietbench.example/2025/03/${slug}.html">${title}</a></h3><div class="post-body entry-content">${STORY}</div></div>`;
    expect(extractArticle(blog(`<h2 class="date-header"><span>Sunday, 9 March 2025</span></h2>${post('The chair that came back in pieces', 'chair')}`), { url: 'https://quietbench.example/' }, { keepNonArticles: true }).title).toBe('The chair that came back in pieces');
    // Two posts' titles: neither is the page's.
    expect(extractArticle(blog(post('The chair that came back in pieces', 'chair') + post('Oiling the old workbench', 'bench')), { url: 'https://quietbench.example/' }, { keepNonArticles: true }).title).toBe('The Quiet Bench');
  });
});

describe('a writer named by two sources', () => {
  it('is named once', () => {
    const html = page('<title>Netzentgelte: Was sich ab Juli ändert</title><meta property="article:published_time" content="2025-04-08T14:55:00+02:00">',
      `<main><article><header><h1>Netzentgelte: Was sich ab Juli ändert</h1><div class="tr-article__meta"><span class="tr-article__author">Sarah Engel, mit dpa</span>
      <span class="tr-article__date"><time datetime="2025-04-08T14:55:00+02:00">08.04.2025 - 14:55 Uhr</time></span>
      <span class="tr-article__updated">Aktualisiert am 09.04.2025 - 11:20 Uhr</span><span class="tr-article__readtime">Lesedauer: 4 Min.</span></div></header>${STORY}</article></main>`, 'de');
    expect(extractArticle(html, { url: 'https://radar.example/wirtschaft/netzentgelte-juli-100.html' }).authors).toEqual(['Sarah Engel']);
  });
});

describe("an author box headed with the writer's given name", () => {
  it('reads "Über Anna" as the label and the given name, not as a name', () => {
    const html = page('<title>Usedom im November</title><meta name="author" content="Anna Seidel"><script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"Usedom im November","author":{"@type":"Person","name":"Anna Seidel"},"publisher":{"@type":"Person","name":"Anna Seidel"}}</script>',
      `<main><article><h1>Usedom im November</h1>${STORY}<div class="wp-block-group author-box"><h4>Über Anna</h4><p>Ich reise seit zwanzig Jahren an die Ostsee und schreibe hier über stille Orte.</p></div></article></main>`, 'de');
    expect(extractArticle(html, { url: 'https://annas-fernweh.example/2023/11/usedom-im-november/' }).authors).toEqual(['Anna Seidel']);
  });
});
