import { afterEach, describe, expect, it } from 'vitest';
import { parseHtml } from '../../src/extract/dom.js';
import type { PageDom } from '../../src/extract/dom.js';
import { readMetadata } from '../../src/extract/metadata.js';
import type { PageMetadata } from '../../src/extract/metadata.js';

const URL_ = 'https://news.example/world/2024/harbour-story.html';
let open: PageDom[] = [];
afterEach(() => {
  for (const p of open) p.close();
  open = [];
});

function meta(head: string, body = '<article><h1>Harbour reopens after storm</h1><p>Text.</p></article>', url = URL_): PageMetadata {
  const page = parseHtml(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`, url);
  open.push(page);
  return readMetadata(page.document, page.document.URL);
}

function ld(obj: unknown): string {
  return `<script type="application/ld+json">${JSON.stringify(obj)}</script>`;
}

describe('JSON-LD variants', () => {
  for (const type of ['Article', 'NewsArticle', 'BlogPosting', 'ReportageNewsArticle', 'AnalysisNewsArticle', ['NewsArticle', 'Article'], 'schema:NewsArticle']) {
    it(`reads a ${JSON.stringify(type)} object`, () => {
      const m = meta(ld({ '@context': 'https://schema.org', '@type': type, headline: 'Harbour reopens after storm', datePublished: '2024-03-04T09:30:00+01:00', author: { '@type': 'Person', name: 'Ada Lovelace' } }));
      expect(m.title).toBe('Harbour reopens after storm');
      expect(m.publishedAt).toBe('2024-03-04T09:30:00+01:00');
      expect(m.authors).toEqual(['Ada Lovelace']);
    });
  }

  it('finds the article inside @graph and resolves an author given by @id', () => {
    const m = meta(
      ld({
        '@context': 'https://schema.org',
        '@graph': [
          { '@type': 'WebSite', '@id': 'https://news.example/#site', name: 'Coast Gazette' },
          { '@type': 'Person', '@id': 'https://news.example/#/person/1', name: 'Grace Hopper' },
          { '@type': 'ImageObject', '@id': 'https://news.example/#img', url: '/img/harbour.jpg' },
          { '@type': 'NewsArticle', headline: 'Harbour reopens after storm', author: { '@id': 'https://news.example/#/person/1' }, image: { '@id': 'https://news.example/#img' }, publisher: { '@id': 'https://news.example/#site' } },
        ],
      }),
    );
    expect(m.authors).toEqual(['Grace Hopper']);
    expect(m.image).toBe('https://news.example/img/harbour.jpg');
    expect(m.siteName).toBe('Coast Gazette');
  });

  it('takes the site name from an Organization object when nothing else names the site', () => {
    expect(meta(ld({ '@type': 'Organization', name: 'Coast Gazette' }) + ld({ '@type': 'NewsArticle', headline: 'Harbour reopens' })).siteName).toBe('Coast Gazette');
  });

  it('reads authors given as a string, an array of strings and objects, and given/family names', () => {
    expect(meta(ld({ '@type': 'Article', author: 'By Ada Lovelace' })).authors).toEqual(['Ada Lovelace']);
    expect(meta(ld({ '@type': 'Article', author: ['Ada Lovelace', { '@type': 'Person', name: 'Alan Turing' }, { givenName: 'Grace', familyName: 'Hopper' }] })).authors).toEqual([
      'Ada Lovelace',
      'Alan Turing',
      'Grace Hopper',
    ]);
  });

  it('drops an author typed as an organisation when a person is named beside it, keeps it when alone', () => {
    const org = { '@type': 'NewsMediaOrganization', name: 'Harbour Herald Desk' };
    expect(meta(ld({ '@type': 'NewsArticle', author: [{ '@type': 'Person', name: 'Ada Lovelace' }, org] })).authors).toEqual(['Ada Lovelace']);
    expect(meta(ld({ '@type': 'NewsArticle', author: [{ '@type': 'Organization', name: 'Wavecrest' }, 'Ada Lovelace'] })).authors).toEqual(['Ada Lovelace']);
    expect(meta(ld({ '@type': 'NewsArticle', author: org })).authors).toEqual(['Harbour Herald Desk']);
    // Whole, whatever commas and ampersands its name holds: no part of it is a person.
    const ministry = { '@type': 'GovernmentOrganization', name: 'Department for Environment, Food & Rural Affairs' };
    expect(meta(ld({ '@type': 'NewsArticle', author: ministry })).authors).toEqual(['Department for Environment, Food & Rural Affairs']);
  });

  it('reads the image as a string, an object, or an array', () => {
    expect(meta(ld({ '@type': 'Article', image: '/a.jpg' })).image).toBe('https://news.example/a.jpg');
    expect(meta(ld({ '@type': 'Article', image: { '@type': 'ImageObject', url: 'https://cdn.example/b.jpg' } })).image).toBe('https://cdn.example/b.jpg');
    expect(meta(ld({ '@type': 'Article', image: [{ url: '//cdn.example/c.jpg' }, 'https://cdn.example/d.jpg'] })).image).toBe('https://cdn.example/c.jpg');
  });

  it('picks the article among several blocks, preferring the fullest one over a related-story stub', () => {
    const m = meta(ld({ '@type': 'NewsArticle', headline: 'Other story' }) + ld({ '@type': 'NewsArticle', headline: 'Harbour reopens after storm', datePublished: '2024-03-04', author: 'Ada Lovelace', articleBody: 'Body.' }));
    expect(m.title).toBe('Harbour reopens after storm');
  });

  it('repairs common breakage: raw newlines in strings, trailing commas, HTML comments, concatenated objects', () => {
    const raw = (s: string): string => `<script type="application/ld+json">${s}</script>`;
    expect(meta(raw('{"@type":"NewsArticle","headline":"Line one\nline two"}')).title).toBe('Line one line two');
    expect(meta(raw('{"@type":"NewsArticle","headline":"Harbour reopens after storm",}')).title).toBe('Harbour reopens after storm');
    expect(meta(raw('<!-- {"@type":"NewsArticle","headline":"Harbour reopens after storm"} -->')).title).toBe('Harbour reopens after storm');
    expect(meta(raw('{"@type":"WebSite","name":"Coast Gazette"}{"@type":"NewsArticle","headline":"Harbour reopens after storm","author":"Ada Lovelace"}')).authors).toEqual(['Ada Lovelace']);
  });

  it('skips malformed JSON-LD and falls back to Open Graph', () => {
    const m = meta('<script type="application/ld+json">{"@type": "NewsArticle", "headline": </script><meta property="og:title" content="Harbour reopens after storm">');
    expect(m.title).toBe('Harbour reopens after storm');
  });

  it('survives deeply nested JSON-LD without reading it all', () => {
    const depth = 5000;
    const nested = `${'{"@graph":['.repeat(depth)}{"@type":"NewsArticle","headline":"Too deep"}${']}'.repeat(depth)}`;
    const m = meta(`<script type="application/ld+json">${nested}</script><meta property="og:title" content="Harbour reopens after storm">`);
    expect(m.title).toBe('Harbour reopens after storm');
  });

  it('uses articleBody as paragraphs, decoding entities and dropping tags', () => {
    const m = meta(ld({ '@type': 'NewsArticle', articleBody: '<p>First &amp; foremost.</p><p>Second line.</p>' }));
    expect(m.ldBody).toBe('First & foremost.\n\nSecond line.');
    expect(meta(ld({ '@type': 'NewsArticle', articleBody: 'One.\n\nTwo.\nThree.' })).ldBody).toBe('One.\n\nTwo.\n\nThree.');
  });

  it('keeps the types for the article verdict', () => {
    expect(meta(ld({ '@graph': [{ '@type': 'WebPage' }, { '@type': 'NewsArticle' }] })).ldTypes).toEqual(expect.arrayContaining(['webpage', 'newsarticle']));
  });

  it("reads a recipe's own author and date when the page declares no article", () => {
    const recipe = { '@type': 'Recipe', name: 'Omas Apfelstrudel', author: { '@type': 'Person', name: 'kuechenfee77' }, datePublished: '2016-10-03' };
    const body = '<article><h1>Omas Apfelstrudel</h1><p>Mehl, Salz und Wasser verkneten.</p></article>';
    expect(meta(ld(recipe), body)).toMatchObject({ authors: ['kuechenfee77'], publishedAt: '2016-10-03' });
    // A list of recipes is no recipe page: its items are not the page's own work.
    const list = { '@type': 'ItemList', itemListElement: [{ '@type': 'ListItem', position: 1, item: recipe }] };
    expect(meta(ld(list), body).authors).toEqual([]);
    // The page's own WebPage with a date and an author comes before a recipe it embeds.
    const graph = { '@graph': [{ '@type': 'WebPage', headline: 'Our favourite autumn bake', datePublished: '2024-10-03', author: { '@type': 'Person', name: 'Jane Miller' } }, recipe] };
    expect(meta(ld(graph), body)).toMatchObject({ authors: ['Jane Miller'], publishedAt: '2024-10-03' });
  });

  it("reads a photo story's author and date from the gallery it declares itself", () => {
    const gallery = { '@type': 'ImageGallery', name: 'La vendemmia tardiva', datePublished: '2024-11-10T08:30:00+01:00', author: { '@type': 'Person', name: 'Matteo Gualdi' } };
    const body = '<article><h1>La vendemmia tardiva</h1><figure><img src="/1.jpg" alt=""><figcaption>I terrazzamenti all\'alba.</figcaption></figure></article>';
    expect(meta(ld(gallery), body)).toMatchObject({ authors: ['Matteo Gualdi'], publishedAt: '2024-11-10T08:30:00+01:00' });
    // A gallery with neither headline nor date is no page's own description.
    expect(meta(ld({ '@type': 'ImageGallery', author: { '@type': 'Person', name: 'Matteo Gualdi' } }), body).authors).toEqual([]);
  });
});

describe('Open Graph, Twitter and meta names', () => {
  it('reads Open Graph and article:* properties', () => {
    const m = meta(`<meta property="og:title" content="Harbour reopens after storm">
      <meta property="og:site_name" content="Coast Gazette"><meta property="og:image" content="/img/a.jpg">
      <meta property="article:published_time" content="2024-03-04T09:30:00Z"><meta property="article:modified_time" content="2024-03-05T10:00:00+0200">
      <meta property="article:section" content="World"><meta property="article:tag" content="Ports"><meta property="article:tag" content="Weather">
      <meta property="og:description" content="The harbour reopened.">`);
    expect(m).toMatchObject({
      title: 'Harbour reopens after storm',
      siteName: 'Coast Gazette',
      image: 'https://news.example/img/a.jpg',
      publishedAt: '2024-03-04T09:30:00Z',
      modifiedAt: '2024-03-05T10:00:00+02:00',
      section: 'World',
      tags: ['Ports', 'Weather'],
      description: 'The harbour reopened.',
    });
  });

  it('falls back to Twitter cards, then meta names', () => {
    expect(meta('<meta name="twitter:title" content="Harbour reopens after storm"><meta name="twitter:image" content="https://cdn.example/t.jpg">')).toMatchObject({
      title: 'Harbour reopens after storm',
      image: 'https://cdn.example/t.jpg',
    });
    expect(meta('<meta name="author" content="By Ada Lovelace and Alan Turing"><meta name="keywords" content="ports, weather">')).toMatchObject({
      authors: ['Ada Lovelace', 'Alan Turing'],
      tags: ['ports', 'weather'],
    });
  });

  it('refines a bare JSON-LD date with a time on the same day from a later source', () => {
    expect(meta(ld({ '@type': 'NewsArticle', datePublished: '2024-03-04' }) + '<meta property="article:published_time" content="2024-03-04T09:30:00+01:00">').publishedAt).toBe(
      '2024-03-04T09:30:00+01:00',
    );
    expect(meta(ld({ '@type': 'NewsArticle', datePublished: '2024-03-04' }) + '<meta property="article:published_time" content="2024-03-05T09:30:00+01:00">').publishedAt).toBe('2024-03-04');
    expect(meta(ld({ '@type': 'NewsArticle', datePublished: '2024-03-04T09:30:00' }) + '<meta property="article:published_time" content="2024-03-04T09:30:00-05:00">').publishedAt).toBe(
      '2024-03-04T09:30:00-05:00',
    );
  });

  it('reads the writer from a card\'s labelled pair and from citation_author tags', () => {
    const card = '<meta name="twitter:label1" content="Est. reading time"><meta name="twitter:data1" content="5 minutes"><meta name="twitter:label2" content="Written by"><meta name="twitter:data2" content="Ada Lovelace">';
    expect(meta(card).authors).toEqual(['Ada Lovelace']);
    expect(meta('<meta name="citation_author" content="Lovelace, Ada"><meta name="citation_author" content="Alan Turing">').authors).toEqual(['Ada Lovelace', 'Alan Turing']);
    // Dublin Core's creator, family name first, or two writers.
    expect(meta('<meta name="DC.creator" content="Okonkwo, Adaeze">').authors).toEqual(['Adaeze Okonkwo']);
    expect(meta('<meta name="dcterms.creator" content="van der Berg, Anna">').authors).toEqual(['Anna van der Berg']);
    expect(meta('<meta name="DC.creator" content="Jane Doe, John Roe">').authors).toEqual(['Jane Doe', 'John Roe']);
  });

  it('trusts JSON-LD over Open Graph', () => {
    const m = meta(ld({ '@type': 'NewsArticle', headline: 'Harbour reopens after storm', author: 'Ada Lovelace' }) + '<meta property="og:title" content="Share title"><meta name="author" content="Someone Else">');
    expect(m.title).toBe('Harbour reopens after storm');
    expect(m.authors).toEqual(['Ada Lovelace']);
  });

  it('decodes entities escaped twice and strips tags in metadata', () => {
    const m = meta('<meta property="og:title" content="Bike &amp;amp; Style &amp;#8211; a &lt;em&gt;review&lt;/em&gt;">', '<p>x</p>');
    expect(m.title).toBe('Bike & Style – a review');
  });

  it('decodes JSON-LD escaped twice, which the parser leaves as written inside its <script>', () => {
    const m = meta(ld({ '@type': 'NewsArticle', headline: 'Bund und L&amp;#228;nder', description: 'Es geht ums Geld &amp;#8211; sagt er', author: { '@type': 'Person', name: 'Bj&amp;#246;rn K&amp;#228;&amp;#223;mann' } }));
    expect(m.authors).toEqual(['Björn Käßmann']);
    expect(m.description).toBe('Es geht ums Geld – sagt er');
  });

  it('makes canonical and image URLs absolute', () => {
    const m = meta('<link rel="canonical" href="/world/harbour"><meta property="og:image" content="../img/x.png">');
    expect(m.canonicalUrl).toBe('https://news.example/world/harbour');
    expect(m.image).toBe('https://news.example/world/img/x.png');
  });

  it('takes lang from <html lang>, else og:locale, and ignores empty values', () => {
    const page = parseHtml('<html lang=""><head><meta property="og:locale" content="en_GB"></head><body></body></html>', URL_);
    open.push(page);
    expect(readMetadata(page.document, URL_).lang).toBe('en-GB');
    const page2 = parseHtml('<html lang="fr-CA"><head></head><body></body></html>', URL_);
    open.push(page2);
    expect(readMetadata(page2.document, URL_).lang).toBe('fr-CA');
  });
});

describe('in-page metadata', () => {
  it('reads <time datetime> when no meta gives a date, keeping the offset', () => {
    expect(meta('', '<article><time datetime="2024-03-04T09:30:00-05:00">March 4</time><p>x</p></article>').publishedAt).toBe('2024-03-04T09:30:00-05:00');
  });

  it('reads a written-out dateline when nothing is machine-readable', () => {
    expect(meta('', '<article><div class="publish-date">Published 10:02 AM EST Nov 19, 2019</div><p>x</p></article>').publishedAt).toBe('2019-11-19T10:02:00-05:00');
    expect(meta('', '<article><div class="publish-date">Updated 3 hours ago</div><p>x</p></article>').publishedAt).toBeNull();
  });

  it("reads the place and day a press release opens its first paragraph with, when nothing else dates it", () => {
    const release = (opening: string): string =>
      `<article><h1>Conservera invests in a new plant</h1><p>${opening} the company presented its plans for a plant that will employ 160 people from the middle of 2027 onwards.</p><p>More text.</p></article>`;
    expect(meta('', release('<strong>Boiro (A Coruña), 15 de septiembre de 2025.–</strong> Conservas Ría de Arousa said that')).publishedAt).toBe('2025-09-15');
    expect(meta('', release('NEW YORK, March 3, 2025 /PRNewswire/ -- Acme Corp said that')).publishedAt).toBe('2025-03-03');
    expect(meta('', release('BERLIN, 3. März 2025 – Die Firma teilte mit, dass')).publishedAt).toBe('2025-03-03');
    // A person and an age before a dash, an agency's place alone: no date.
    expect(meta('', release('Tom Hale, 34, said the tree fell - nobody was hurt, and')).publishedAt).toBeNull();
    expect(meta('', release('WASHINGTON (AP) — The Senate said on Tuesday that')).publishedAt).toBeNull();
  });

  it('takes no place or section beside a dateline\'s writer for a second writer', () => {
    const head = (names: string): string =>
      `<div class="page"><div class="a-head"><h1>Stichwahl in Sonnfeld entschieden</h1><div class="a-head__meta"><span class="a-head__names">${names}</span> <span class="a-head__when">Aktualisiert: 13.10.2024, 22:47 Uhr</span></div></div><p>Die Wahlbeteiligung lag bei 58 Prozent, teilte das Wahlamt am Abend mit.</p></div>`;
    expect(meta('', head('Anna Reiter, Bad Tölz')).authors).toEqual(['Anna Reiter']);
    expect(meta('', head('Jane Doe, New York')).authors).toEqual(['Jane Doe']);
  });

  it("reads every writer of the headline's byline when an author box names only the first", () => {
    const page = (byline: string): string =>
      `<article><h1>Students protest hostel fee rise</h1><div class="meta"><span class="cm-author">${byline}</span> <span class="cm-date">Published on <time datetime="2024-04-29T19:22:05+01:00">29th April 2024</time></span></div><p>Hundreds of students marched to the bursary on Monday to protest a rise in hostel fees, union leaders said.</p><div class="cm-author-box"><h4 class="cm-author-name">Ifeoma Nwachukwu</h4><p>Ifeoma is News Editor of the Clarion.</p></div></article>`;
    expect(meta('', page('By <a href="/author/ifeoma/">Ifeoma Nwachukwu</a> and <a href="/author/tunde/">Tunde Bakare</a>, Campus Reporters')).authors).toEqual(['Ifeoma Nwachukwu', 'Tunde Bakare']);
    // A byline led by another writer adds no one, nor one whose first name only ends like the box's,
    // nor a place after a comma.
    expect(meta('', page('By <a href="/author/tunde/">Tunde Bakare</a>')).authors).toEqual(['Ifeoma Nwachukwu']);
    expect(meta('', page('By Bifeoma Nwachukwu and Kate Lee')).authors).toEqual(['Ifeoma Nwachukwu']);
    expect(meta('', page('By Ifeoma Nwachukwu, Santa Monica')).authors).toEqual(['Ifeoma Nwachukwu']);
  });

  it('reads a writer signed after the date in the dateline\'s own words', () => {
    const page = (line: string): string =>
      `<div class="news"><p class="info">${line}</p><h1>Wolf reißt 17 Schafe bei Kleinbrechow</h1><p>Die Schäferin zählte am Montagmorgen 17 getötete Tiere hinter dem Zaun, teilte der Landkreis mit.</p></div>`;
    expect(meta('', page('<time datetime="2024-05-22T11:40:00+02:00">22.05.2024 11:40</time> von Jana Kirchhoff')).authors).toEqual(['Jana Kirchhoff']);
    // Words beside the date that sign nothing give no writer.
    expect(meta('', page('<time datetime="2024-05-22T11:40:00+02:00">22.05.2024 11:40</time> Landkreis Ostholm')).authors).toEqual([]);
  });

  it('takes no byline from a reader\'s comment named in Spanish or Portuguese', () => {
    const page = `<article><h1>Arde una nave en el polígono</h1><p class="autor">Redacción | Castelló</p><p>Los bomberos trabajaron durante cuatro horas para apagar el fuego, según informó el consorcio.</p></article><div class="comentarios"><div class="comentario"><div class="c-autor">Maria José</div><div class="c-texto">Es la tercera nave que arde en dos años.</div></div></div>`;
    expect(meta('', page).authors).not.toContain('Maria José');
  });

  it('ignores dates inside embedded posts and related-story lists', () => {
    const body = `<h1>Harbour reopens</h1><blockquote class="twitter-tweet"><p>Ferries!</p>— Port (@port) March 1, 2024</blockquote>
      <ul class="related-stories"><li><span class="date">February 2, 2024</span></li></ul><p class="post-meta">March 4, 2024</p>`;
    expect(meta('', body).publishedAt).toBe('2024-03-04');
  });

  it('reads the dateline under the headline before a date quoted above it, and skips "updated" lines', () => {
    const body = `<div class="claim-meta">Said on Sunday, October 13th, 2019</div><h1>Harbour reopens</h1>
      <p class="post-meta">Last updated on December 2, 2019</p><p class="post-meta">By Ada Lovelace on Monday, November 18th, 2019 at 11:08 a.m.</p>`;
    expect(meta('', body).publishedAt).toBe('2019-11-18T11:08:00');
  });

  it('reads the visible byline, not the comment authors', () => {
    const m = meta('', `<article><p class="byline">By <a rel="author" href="/a/ada">Ada Lovelace</a></p><p>x</p>
      <section class="comments"><span itemprop="author">Troll</span></section></article>`);
    expect(m.authors).toEqual(['Ada Lovelace']);
  });

  it('reads bylines named by their test ids where the class names are generated', () => {
    const name = (n: string): string => `<div class="sc-8d1-6"><span data-testid="byline-name" class="sc-8d1-7">${n}</span><div class="sc-8d1-8"><span>Political editor</span></div></div>`;
    const m = meta('', `<article><h1>Harbour reopens</h1><div data-testid="byline-new-contributors" class="sc-8d1-5">${name('Ada Lovelace')}${name('Alan Turing')}</div><p>x</p></article>`);
    expect(m.authors).toEqual(['Ada Lovelace', 'Alan Turing']);
  });

  it('keeps names apart that the markup separates only with a line break', () => {
    const m = meta('', '<article><div class="byline">Ada Lovelace<br>Associated Press</div><p>x</p></article>');
    expect(m.authors).toEqual(['Ada Lovelace']);
  });

  it('reads a "By" line under the headline when no element is named for the byline', () => {
    const m = meta('', '<h1>Harbour reopens</h1><p class="meta">By <a href="/s/1">Ada Lovelace</a> , <a href="/s/2">Alan Turing</a> <span>on Monday, November 18th, 2019</span></p><p>Bystanders cheered.</p>');
    expect(m.authors).toEqual(['Ada Lovelace', 'Alan Turing']);
    expect(meta('', '<h1>Harbour reopens</h1><p>Bystanders cheered. By Tuesday the ferries ran.</p>').authors).toEqual([]);
    expect(meta('', '<h1>Harbour reopens</h1><p>By Tuesday the ferries ran again.</p>').authors).toEqual([]);
  });

  it('reads a "By" paragraph opening the story when the headline is no <h1>', () => {
    const prose = '<p>The harbour reopened on a grey morning after six weeks of repairs, and the first ferries ran full.</p>';
    const body = `<div class="headline"><h4>Harbour reopens after six weeks</h4></div><figure><img src="a.jpg"><figcaption>The quay at dawn.</figcaption></figure><p>By <strong>Ada Lovelace</strong></p>${prose}`;
    expect(meta('', body).authors).toEqual(['Ada Lovelace']);
    // Not in a block of other stories, and not a sentence that starts with "By".
    expect(meta('', `<aside class="related"><p>By Alan Turing</p></aside>${prose}`).authors).toEqual([]);
    expect(meta('', `<h4>Harbour reopens</h4><p>By Tuesday the ferries ran again.</p>${prose}`).authors).toEqual([]);
  });

  it('skips the bylines of other stories\' teasers, whatever their class names say', () => {
    const prose = '<p>The harbour reopened on a grey morning after six weeks of repairs, and the first ferries ran full.</p>';
    const teaser = (n: number, name: string): string => `<div class="t5"><h4><a href="/2025/11/story-${n}/">Story ${n} of the week</a></h4><p class="t5-meta"><span class="author">By <a href="/author/x${n}/" rel="author">${name}</a></span></p></div>`;
    const teasers = `<div class="grid">${teaser(1, 'Ben Hon')}${teaser(2, 'Ellie Plass')}</div>`;
    expect(meta('', `<h1>Harbour reopens after six weeks</h1>${prose}${teasers}`).authors).toEqual([]);
    // A headline linked to the page itself, as blog themes set it, is the story's own.
    const own = `<div class="post"><h2><a href="${URL_}">Harbour reopens after six weeks</a></h2><span class="author">By <a href="/author/ada/" rel="author">Ada Lovelace</a></span></div>`;
    expect(meta('', `${own}${prose}${teasers}`).authors).toEqual(['Ada Lovelace']);
  });

  it('reads a "Posted" dateline up to where it says "updated"', () => {
    expect(meta('', '<h1>Harbour reopens</h1><div class="post-meta">Posted on Nov 21, 2018 Updated at Mar 3, 2024</div><p>x</p>').publishedAt).toBe('2018-11-21');
  });

  it('finds an unmarked dateline beside a headline that sits in the article column', () => {
    const prose = '<p>The harbour reopened on a grey morning after six weeks of repairs, and the first ferries ran full.</p>'.repeat(30);
    const body = `<main><div class="col"><h1>Harbour reopens after six weeks</h1><div><span>Ada Lovelace</span><span>17.05.2021</span></div>${prose}</div></main>`;
    expect(meta('', body).publishedAt).toBe('2021-05-17');
    // A date above the headline is read too, after the ones below it.
    expect(meta('', `<main><div class="col"><div><span>March 3, 2024</span></div><h1>Harbour reopens after six weeks</h1>${prose}</div></main>`).publishedAt).toBe('2024-03-03');
    // A date in the story's first sentence is not a dateline.
    expect(meta('', `<main><div class="col"><h1>Harbour reopens after six weeks</h1><p>On March 3, 2024, the harbour reopened after six weeks of repairs, and the first ferries of the morning ran full to the islands.</p>${prose}</div></main>`).publishedAt).toBeNull();
  });

  it('prefers a writer named on the page to a publisher declared as the author', () => {
    const head = `${ld({ '@type': 'NewsArticle', headline: 'Harbour reopens', author: { '@type': 'Organization', name: 'Coast Gazette' } })}<meta property="og:site_name" content="Coast Gazette">`;
    expect(meta(head, '<article><h1>Harbour reopens</h1><p class="byline">By Ada Lovelace</p><p>x</p></article>').authors).toEqual(['Ada Lovelace']);
    expect(meta(head, '<article><h1>Harbour reopens</h1><p>x</p></article>').authors).toEqual(['Coast Gazette']);
  });

  it('reads bylines under a later headline, in the sole article\'s footer, and past a class on <body>', () => {
    // The first <h1> is the site's name.
    expect(meta('', '<header><h1>Coast Gazette</h1></header><main><h1>Harbour reopens</h1><p>By <a href="/p/ada">Ada Lovelace</a></p><p>x</p></main>').authors).toEqual(['Ada Lovelace']);
    expect(meta('', '<article><h1>Harbour reopens</h1><p>x</p><footer><span class="entry-author"><a rel="author" href="/a/ada">Ada Lovelace</a></span></footer></article><footer><a rel="author" href="/">Site Owner</a></footer>').authors).toEqual(['Ada Lovelace']);
    // Two articles: a footer is no longer known to be the story's own.
    expect(meta('', '<article><h1>Harbour reopens</h1><p>x</p><footer><a rel="author" href="/a/ada">Ada Lovelace</a></footer></article><article><p>y</p></article>').authors).toEqual([]);
    const page = parseHtml('<!doctype html><html><head></head><body class="single comments-open"><article><h1>Harbour reopens</h1><p class="byline">By Ada Lovelace</p><p>x</p></article></body></html>', URL_);
    open.push(page);
    expect(readMetadata(page.document, URL_).authors).toEqual(['Ada Lovelace']);
  });

  it('prefers an element named for the author\'s name to a box named "author"', () => {
    const m = meta('', '<article><h1>Harbour reopens</h1><div class="author">March 3, 2024 · 5 min read</div><span class="author-name">Ada Lovelace</span><p>x</p></article>');
    expect(m.authors).toEqual(['Ada Lovelace']);
  });

  it('reads the portrait\'s alt text in a byline that shows no name', () => {
    expect(meta('', '<article><h1>Harbour reopens</h1><a rel="author" href="/a/ada"><img src="/ada.jpg" alt="Ada Lovelace"></a><p>x</p></article>').authors).toEqual(['Ada Lovelace']);
  });

  it('reads "written by" and "posted by" lines anywhere in the story', () => {
    expect(meta('', '<article><h1>Harbour reopens</h1><p>x</p><p><em>This post was written by <a href="/team">Ada Lovelace, MD</a>, harbour physician.</em></p></article>').authors).toEqual(['Ada Lovelace, MD']);
    expect(meta('', '<main><h1>Harbour reopens</h1><p>x</p><div><p>Posted by Ada Lovelace on 2025-12-18 in harbours.</p></div></main>').authors).toEqual(['Ada Lovelace']);
    expect(meta('', '<main><h1>Harbour reopens</h1><p>The ferry was built by Harbour Works in 1990.</p></main>').authors).toEqual([]);
    expect(meta('', '<main><h1>Harbour reopens</h1><p>x</p><div><h3>Written by Ada Lovelace</h3><p>Ada Lovelace writes about harbours and ferries.</p></div></main>').authors).toEqual(['Ada Lovelace']);
    expect(meta('', '<main><h1>Harbour reopens</h1><div>Article by<b>Ada Lovelace</b></div><p>x</p></main>').authors).toEqual(['Ada Lovelace']);
    // A byline quoted in the text is talked about, not signed.
    expect(meta('', '<main><h1>Harbour reopens</h1><h5>Why do my posts say "Posted by Harbour App"?</h5><p>x</p></main>').authors).toEqual([]);
  });

  it('reads the name heading of an author box', () => {
    const box = '<div class="post-author-box"><img src="/ada.jpg" alt=""><div><h4>About the author: Ada Lovelace</h4><p>Ada writes about harbours.</p></div></div>';
    expect(meta('', `<article><h1>Harbour reopens</h1><p>x</p>${box}</article>`).authors).toEqual(['Ada Lovelace']);
    expect(meta('', `<article><h1>Harbour reopens</h1><p>x</p></article><aside>${box}</aside>`).authors).toEqual([]);
    // No heading: the box's first short line.
    expect(meta('', '<article><h1>Harbour reopens</h1><p>x</p><div class="blog_author-box"><img src="/a.jpg" alt=""><div><div>Ada Lovelace</div><p>Ada writes about harbours.</p></div></div></article>').authors).toEqual(['Ada Lovelace']);
  });

  it('takes the co-authors of the byline when the metadata names only its first writer', () => {
    const head = '<meta name="author" content="Ada Lovelace">';
    const byline = '<h1>Harbour reopens</h1><p class="byline">By Dr Ada Lovelace, Alan Turing and Grace Hopper</p>';
    expect(meta(head, `<article>${byline}<p>x</p></article>`).authors).toEqual(['Dr Ada Lovelace', 'Alan Turing', 'Grace Hopper']);
    // A byline led by someone else is another story's.
    expect(meta(head, '<article><h1>Harbour reopens</h1><p class="byline">By Alan Turing and Grace Hopper</p><p>x</p><p>Edited by Ada Lovelace</p></article>').authors).toEqual(['Ada Lovelace']);
  });

  it('takes the co-authors set as bylines of their own when the metadata names only the first', () => {
    const head = '<meta name="author" content="Ada Lovelace">';
    const byline = (name: string): string => `<div class="byline"><p class="byline__name"><a rel="author" href="/people/${name.replace(' ', '-')}">${name}</a></p></div>`;
    expect(meta(head, `<article><h1>Harbour reopens</h1>${byline('Ada Lovelace')}${byline('Alan Turing')}<p>x</p></article>`).authors).toEqual(['Ada Lovelace', 'Alan Turing']);
    // Bylines led by someone else: the declared writer stays alone.
    expect(meta(head, `<article><h1>Harbour reopens</h1>${byline('Alan Turing')}${byline('Ada Lovelace')}<p>x</p></article>`).authors).toEqual(['Ada Lovelace']);
  });

  it('takes the byline under the headline over a declared author the page never shows', () => {
    const head = '<meta name="author" content="Luke Deckard">';
    expect(meta(head, '<article><h1>Harbour reopens</h1><p>By Ada Lovelace</p><p>x</p></article>').authors).toEqual(['Ada Lovelace']);
    // Shown on the page too: the declared author stays.
    expect(meta(head, '<article><h1>Harbour reopens</h1><p>By Ada Lovelace</p><p>x</p><p>Edited by Luke Deckard</p></article>').authors).toEqual(['Luke Deckard']);
  });

  it('keeps a group signing from the weaker byline sources', () => {
    expect(meta('', '<main><h1>Harbour reopens</h1><div class="post-author">By the Harbour Team</div><p>x</p></main>').authors).toEqual(['the Harbour Team']);
    expect(meta('', '<main><h1>Harbour reopens</h1><p>By the time the ferries ran, it was dark.</p></main>').authors).toEqual([]);
  });

  it('uses itemprop microdata names', () => {
    const m = meta('', '<article><span itemprop="author" itemscope><span itemprop="name">Grace Hopper</span></span><p>x</p></article>');
    expect(m.authors).toEqual(['Grace Hopper']);
  });

  it("reads the writer's name from a link to their archive marked as the author", () => {
    const page = '<article><h1>Harbour reopens</h1><p>The harbour reopened on Monday after six weeks of repairs to the sea wall.</p><a class="author-link" href="/author/jdoe/" rel="author">Mehr von Jana Doerr</a></article>';
    expect(meta('', page).authors).toEqual(['Jana Doerr']);
    expect(meta('', page.replace('Mehr von', 'More by')).authors).toEqual(['Jana Doerr']);
  });

  it("reads a signature closing the story ('— Tom Whitlock') as the writer, not a quotation's attribution inside it", () => {
    const body = '<article><h1>Harbour reopens</h1><p>The harbour reopened on Monday after six weeks of repairs.</p><p>The ferries run again from Tuesday.</p><p class="sig">— Tom Whitlock</p></article>';
    expect(meta('', body).authors).toEqual(['Tom Whitlock']);
    const quoted = '<article><h1>Harbour reopens</h1><p>The harbour reopened on Monday after six weeks of repairs.</p><blockquote><p>"We are back."</p><p>— Jane Roe</p></blockquote><p>The ferries run again from Tuesday.</p></article>';
    expect(meta('', quoted).authors).toEqual([]);
  });

  it("reads a biography closing the story as the writer when nothing else names one, not a closing sentence about someone", () => {
    const story = (last: string): string => `<article><h1>Harbour reopens</h1><p>The harbour reopened on Monday after six weeks of repairs.</p><p>The ferries run again from Tuesday.</p><p><em>${last}</em></p></article>`;
    expect(meta('<meta name="author" content="Super User">', story('Anna Berger ist Redakteurin im Lokalressort.')).authors).toEqual(['Anna Berger']);
    expect(meta('', story('Jane Roe covers the harbour and city hall for the Gazette.')).authors).toEqual(['Jane Roe']);
    expect(meta('', story('Maria Lopez is hopeful the ferries will keep to the new timetable.')).authors).toEqual([]);
  });

  it("drops a partner outlet named after the writer in the byline ('…, Ridgeline Health Report')", () => {
    const body = '<article><h1>Ambulance district asks voters for more</h1><p class="byline">By Jessamyn Orr, Ridgeline Health Report</p><p>The ambulance district will ask voters for a higher levy in May.</p></article>';
    expect(meta('', body).authors).toEqual(['Jessamyn Orr']);
  });

  it('reads a closing credit for words and pictures as the writer', () => {
    const page = (credit: string): string => `<article><h1>Neues Löschfahrzeug</h1><p>Die Löschgruppe hat am Samstag ihr neues Fahrzeug übernommen.</p><p><em>${credit}</em></p></article>`;
    expect(meta('', page('Text und Fotos: Ralf Dörr')).authors).toEqual(['Ralf Dörr']);
    expect(meta('', page('Texte et photos : Claire Vasseur')).authors).toEqual(['Claire Vasseur']);
  });

  it("takes a declared author that is the start of the site's name for the publisher, and reads the credit line", () => {
    const head = '<meta property="og:site_name" content="Grain &amp; Salt Quarterly"><meta itemprop="author" content="Grain &amp; Salt">';
    const body = '<article><h1>The noodle maker of Mercer Row</h1><div class="sqs-block"><p class="sqsrte-small"><em>Words by Nell Archer · Photographs by Jun Takeda · Prop styling by Amara Osei</em></p></div><p>He folds the dough.</p><p>He stretches it.</p><div class="BlogItem-author"><a href="/journal?author=5f1c" class="BlogItem-author-name">Grain &amp; Salt</a><p>Stories about the people who grow our food.</p></div></article>';
    expect(meta(head, body).authors).toEqual(['Nell Archer']);
  });

  it('reads no weekday as a name from a date set in an element of its own beside the byline', () => {
    const body = '<article><div class="byline-top">Interview by <a href="/author/priya-nair/">Priya Nair</a></div><h1>The ice does not negotiate</h1><div class="byline-meta"><time class="byline-meta-date">Tuesday 10 June 2025</time><span class="reading-time">9 min read</span></div><p>Text.</p></article>';
    expect(meta('', body).authors).toEqual(['Priya Nair']);
  });

  it("takes 'Interview:' and 'Propos recueillis par' for the interviewer's credit", () => {
    const interview = '<article><h1>Intendantin Dana Reuter: „Wir spielen nicht für 1990“</h1><p class="news-single-author">Interview: Katrin Vogel</p><p>Seit August leitet Dana Reuter das Stadttheater.</p></article>';
    expect(meta('', interview).authors).toEqual(['Katrin Vogel']);
    const propos = '<article><span class="signature">Par La rédaction</span><h1>« Je dessine comme on respire »</h1><p>Elle dessine depuis quarante ans.</p><p><em>Propos recueillis par <a href="/auteurs/elodie-martin/">Élodie Martin</a></em></p></article>';
    expect(meta('<meta name="author" content="La rédaction">', propos).authors).toEqual(['Élodie Martin']);
  });

  it("reads no name from a photo's caption beside the headline", () => {
    const body = '<article><h1>Intendantin im Gespräch</h1><div class="news-img"><img src="/p.jpg" alt="Dana Reuter"><p class="news-imgcaption">Dana Reuter im Foyer des Stadttheaters. Foto: Max Engel</p></div><p>Seit August leitet sie das Stadttheater.</p></article>';
    expect(meta('', body).authors).toEqual([]);
  });

  it("reads no name from a table's column headings ('Author | Message')", () => {
    const body = '<h2>Moving my reef tank</h2><table><tr><th>Author</th><th>Message</th></tr><tr><td><b class="postauthor">reefless_rob</b></td><td>I am moving house next month.</td></tr></table>';
    expect(meta('', body).authors).toEqual([]);
  });

  it("reads no date from a ticker of dated links above the story, nor from another thread's last post", () => {
    const ticker = '<div id="ticker"><strong>Neu im Magazin:</strong> <span class="tick"><a href="/stadtleben/flohmarkt/">Die Flohmarktsaison ist eröffnet</a> (20.10.2025)</span> <span class="tick"><a href="/essen/ramen-bar/">Neue Ramen-Bar in der Südstadt</a> (18.10.2025)</span> <span class="tick"><a href="/kultur/jazzfestival/">Jazzfestival zieht Bilanz</a> (15.10.2025)</span></div>';
    const text = '<p>Ehrlich gesagt bin ich immer noch müde, aber es war ein gutes Müde nach einem vollen Haus und langen Gesprächen im Foyer.</p>'.repeat(8);
    const story = `<div id="content"><p class="news-category">Kultur · Interview</p><h1>Intendantin Dana Reuter im Gespräch</h1><div class="text">${text}</div><p class="news-date">Veröffentlicht: <span class="date">22.10.2025</span></p></div>`;
    expect(meta('', ticker + story).publishedAt?.slice(0, 10)).toBe('2025-10-22');
    const post = (date: string, text: string): string => `<div class="post"><span class="date">${date}</span><div class="content">${text}</div></div>`;
    const thread = `${post('14-02-2025, 07:41 PM', 'Sills are rotten on my roadster.')}${post('15-02-2025, 10:02 AM', 'Cut them out.')}${post('23-02-2025, 06:30 PM', 'Done now.')}<ul><li><a href="/t/4410">Floor pan repair</a><div class="dateblock">Replies: 12<div class="starter">Last Post: 02-11-2024, 08:12 PM</div></div></li></ul>`;
    expect(meta('', thread).publishedAt?.slice(0, 10)).not.toBe('2024-11-02');
  });

  it("reads old publishing systems' credit lines: 'Eingereicht von', 'Verfasst am … von', 'Posted By: … 03-12-2007'", () => {
    const drupal = '<div class="node"><h2>Tag der offenen Mühle</h2><span class="submitted">Eingereicht von <a href="/users/helga-brandt">Helga Brandt</a> am Mi, 15.10.2008 - 19:05</span><div class="content"><p>Die Mühle öffnet am Sonntag.</p></div></div>';
    expect(meta('', drupal).authors).toEqual(['Helga Brandt']);
    const board = '<table><tr><td><span class="gensmall">Verfasst am 03.06.2006 um 21:14 Uhr von <a href="profile.php?u=5">Rainer Wolff</a> · Kategorie: <a href="portal.php?cat=2">Stammtisch</a></span></td></tr><tr><td><p>Am Samstag waren wir zu zwölft in der Zuchtanlage.</p></td></tr></table>';
    expect(meta('', board)).toMatchObject({ authors: ['Rainer Wolff'], publishedAt: '2006-06-03T21:14:00' });
    const vbulletin = '<table><tr><td class="alt2"><div class="smallfont">Posted By: <a href="member.php?u=412">Greg Halvorsen</a> &nbsp; 03-12-2007, 02:22 PM</div></td></tr><tr><td><p>The lens arrived on Monday.</p></td></tr></table>';
    expect(meta('', vbulletin).authors).toEqual(['Greg Halvorsen']);
    // A blog theme's line with the day between, the category a link after the name ("… door X in <a>…</a>").
    const club = '<article><h2>Nieuw clubhuis geopend</h2><p class="meta">Geplaatst op 15 september 2024 door Bert Janssens in <a href="/nieuws/categorie/vereniging/">Vereniging</a></p><p>Het clubhuis is open.</p></article>';
    expect(meta('', club).authors).toEqual(['Bert Janssens']);
    // A German print page's "autor-datum" line, its class naming the writer in German.
    const print = '<div class="druckansicht"><h1>Wochenmarkt zieht um</h1><div class="autor-datum">Franziska Weidenbach · 21.03.2024</div><p>Der Wochenmarkt zieht im April auf den Rathausplatz.</p></div>';
    expect(meta('', print).authors).toEqual(['Franziska Weidenbach']);
  });

  it("reads a review page's own Review object when it declares no article", () => {
    const ld = '<script type="application/ld+json">{"@context":"https://schema.org","@type":"Review","name":"Kestrel Aero 14 review","datePublished":"2025-02-20T13:00:00-0500","author":{"@type":"Person","name":"Nathaniel Cho"},"itemReviewed":{"@type":"Product","name":"Kestrel Aero 14"}}</script>';
    expect(meta(ld, '<article><h1>Kestrel Aero 14 review</h1><p>The laptop is light.</p></article>').publishedAt).toBe('2025-02-20T13:00:00-05:00');
  });

  it("reads the day of publication, not of the update, from a blog theme's two <time> elements", () => {
    const body = '<article><h1>SSH-Schlüssel mit ed25519 einrichten</h1><span class="posted-on"><time class="updated" datetime="2026-01-04T10:12:55+01:00">4. Januar 2026</time><time class="entry-date published" datetime="2025-11-22T19:45:03+01:00">22. November 2025</time></span><p>Text.</p></article>';
    expect(meta('<meta property="og:type" content="article">', body).publishedAt?.slice(0, 10)).toBe('2025-11-22');
    const only = '<article><h1>SSH-Schlüssel mit ed25519 einrichten</h1><time class="entry-date updated" datetime="2026-01-04T10:12:55+01:00">4. Januar 2026</time><p>Text.</p></article>';
    expect(meta('', only).publishedAt?.slice(0, 10)).toBe('2026-01-04');
  });

  it("drops a broadcaster's studio named after the writer in the byline", () => {
    const body = '<article><h1>Rheinpolder wird geflutet</h1><div class="detail__author">Von Jonas Feldkamp, RO-Studio Offenburg</div><p>Der Polder wird am Montag geflutet.</p></article>';
    expect(meta('', body).authors).toEqual(['Jonas Feldkamp']);
  });

  it("reads no date from a member's join date or a last post known by its class, beside a thread's posts", () => {
    const post = (date: string, text: string): string => `<div class="post"><div class="userCredits"><p>Beiträge: 214</p><p>Registriert: 19. März 2019</p></div><span class="date">${date}</span><div class="content">${text}</div></div>`;
    const thread = `<h1>AdBlue-Warnung nach Tankstopp</h1>${post('10.01.2026, 18:44', 'Seit gestern leuchtet die Warnung.')}${post('10.01.2026, 19:20', 'Sensor prüfen lassen.')}${post('11.01.2026, 08:02', 'Erledigt, danke.')}<ul><li><a href="/t/4410">Ähnliches Thema</a><div class="dateblock">Antworten: 14<div class="lastpost_date">18.11.2025, 09:41</div></div></li></ul>`;
    const date = meta('', thread).publishedAt?.slice(0, 10);
    expect(date).not.toBe('2019-03-19');
    expect(date).not.toBe('2025-11-18');
  });

  it('reads every name of one author item, not the names of items inside it', () => {
    const two = '<article><h1>Harbour reopens</h1><span itemprop="author" itemscope itemtype="https://schema.org/Person">Von <span itemprop="name">Anna Beispiel</span> und <span itemprop="name">Jonas Muster</span></span><p>x</p></article>';
    expect(meta('', two).authors).toEqual(['Anna Beispiel', 'Jonas Muster']);
    const affiliated = '<article><h1>Harbour reopens</h1><span itemprop="author" itemscope itemtype="https://schema.org/Person"><span itemprop="name">Anna Beispiel</span>, <span itemprop="affiliation" itemscope><span itemprop="name">Hafenamt Vellby</span></span></span><p>x</p></article>';
    expect(meta('', affiliated).authors).toEqual(['Anna Beispiel']);
  });
});

describe('a numeric date beside the headline', () => {
  function dated(lang: string): string | null {
    const html = `<!doctype html><html lang="${lang}"><head><title>Modelling the ore dock</title></head><body><div class="post"><h2 class="date-header"><span>10/07/2026</span></h2><h1>Modelling the ore dock</h1><p>When I told the club I wanted to model the ore dock, somebody laughed.</p></div></body></html>`;
    const page = parseHtml(html, 'https://blog.example/p/ore-dock.html');
    open.push(page);
    return readMetadata(page.document, page.document.URL).publishedAt?.slice(0, 10) ?? null;
  }
  it("is read in the order of the region the page's language names, day first for a bare language", () => {
    expect(dated('en-US')).toBe('2026-10-07');
    expect(dated('en-GB')).toBe('2026-07-10');
    expect(dated('en')).toBe('2026-07-10');
  });
});

describe('title', () => {
  it("takes a heading that links to the blog's home above the page for the site's name, not the headline", () => {
    const page = (url: string, home: string): PageMetadata =>
      meta('<title>Small Hours: The night train to Inverness</title>', `<h1 id="banner-header"><a href="${home}">Small Hours</a></h1><h2 class="date-header">October 24, 2006</h2><h3 class="entry-header">The night train to Inverness</h3><p>The sleeper leaves Euston at nine.</p>`, url);
    expect(page('http://claire.typepad.example/small_hours/2006/10/night-train.html', 'http://claire.typepad.example/small_hours/').title).toBe('The night train to Inverness');
    expect(page('https://web.archive.org/web/20080115092311/http://vercors.example/blog/?p=137', 'https://web.archive.org/web/20080115092311/http://vercors.example/blog/').title).toBe('The night train to Inverness');
  });

  it("leaves out a link blog's arrow before the headline", () => {
    const head = '<title>→ The quiet death of the printed timetable · Owen Marsh</title><meta property="og:title" content="→ The quiet death of the printed timetable">';
    const body = '<article><h1 class="post-title"><a href="https://other.example/timetables">→ The quiet death of the printed timetable</a></h1><p>Text.</p></article>';
    expect(meta(head, body).title).toBe('The quiet death of the printed timetable');
  });

  it("drops a section's short segment set off by '::' or '»' when nothing else tells the headline", () => {
    const body = '<div class="storyhead">Pensford teenager heads to finals after an unbeaten run</div><p>Text.</p>';
    expect(meta('<title>The Valley Echo :: News :: Pensford teenager heads to national chess finals</title>', body, 'https://www.valleyecho.example/story.php?id=4412').title).toBe('Pensford teenager heads to national chess finals');
    expect(meta('<title>Sport » Harbour rowers win the county cup again</title>', body).title).toBe('Harbour rowers win the county cup again');
  });

  it("leaves out a kicker set as the heading's first element when the title says none of it", () => {
    const head = '<title>Pflegereform: Warum das Kabinett erneut gescheitert ist - DER KOMPASS</title><meta property="og:site_name" content="DER KOMPASS">';
    const heading = (a: string, b: string): string => `<article><h1 class="css-kz4bx1"><span class="css-1x8s">${a}</span> <span class="css-3h2m">${b}</span></h1><p>Text.</p></article>`;
    expect(meta(head, heading('Streit in der Koalition', 'Warum die Pflegereform im Kabinett erneut gescheitert ist')).title).toBe('Warum die Pflegereform im Kabinett erneut gescheitert ist');
    // A headline's first line set apart shares the title's words: the heading stays whole.
    const lines = '<title>Harbour reopens after the storm as crews finish repairs - Coast Gazette</title>';
    expect(meta(lines, heading('Harbour reopens', 'after the storm as crews finish repairs')).title).toBe('Harbour reopens after the storm as crews finish repairs');
  });

  it('keeps a kicker set inside the heading under its class when the title spells the heading with it', () => {
    const heading = '<article><h1><span class="css-topline">Nach Neuschnee:</span> <span class="css-title">Lawinengefahr in den Alpen steigt auf Stufe vier</span></h1><p>Text.</p></article>';
    expect(meta('<title>Nach Neuschnee: Lawinengefahr in den Alpen steigt auf Stufe vier | BR24</title><meta property="og:site_name" content="BR24">', heading).title).toBe(
      'Nach Neuschnee: Lawinengefahr in den Alpen steigt auf Stufe vier',
    );
    // A title without the kicker is the headline without it, as before.
    expect(meta('<title>Lawinengefahr in den Alpen steigt auf Stufe vier | BR24</title><meta property="og:site_name" content="BR24">', heading).title).toBe('Lawinengefahr in den Alpen steigt auf Stufe vier');
  });


  it('drops the site name suffix or prefix from the document title', () => {
    expect(meta('<title>Harbour reopens after storm - Coast Gazette</title><meta property="og:site_name" content="Coast Gazette">', '<p>x</p>').title).toBe('Harbour reopens after storm');
    expect(meta('<title>Coast Gazette | Harbour reopens after storm</title><meta property="og:site_name" content="Coast Gazette">', '<p>x</p>').title).toBe('Harbour reopens after storm');
  });

  it('recognises the site by its host when no name is given', () => {
    expect(meta('<title>Harbour Daily: Harbour reopens after storm</title>', '<p>x</p>', 'https://www.harbourdaily.example/a').title).toBe('Harbour reopens after storm');
  });

  it('prefers the part of the title the page heading repeats', () => {
    expect(meta('<meta property="og:title" content="Opinion | Why the harbour matters">', '<h1>Why the harbour matters</h1>').title).toBe('Why the harbour matters');
  });

  it('takes the page\'s one headline-long heading over a title worded for search engines', () => {
    const head = '<meta property="og:title" content="Amp AI Fitness Machine Review With Photos">';
    expect(meta(head, '<article><h1>I tried a strength machine that may replace my gym</h1><p>x</p></article>').title).toBe('I tried a strength machine that may replace my gym');
    // Not a short heading (a site's or section's name), not a linked one, not one of several.
    expect(meta(head, '<article><h1>Fitness Reviews</h1><p>x</p></article>').title).toBe('Amp AI Fitness Machine Review With Photos');
    expect(meta(head, '<h1><a href="/">I tried a strength machine that may replace my gym</a></h1><p>x</p>').title).toBe('Amp AI Fitness Machine Review With Photos');
    expect(meta(head, '<h1>I tried a strength machine that may replace my gym</h1><h1>Another heading of many words here</h1>').title).toBe('Amp AI Fitness Machine Review With Photos');
  });

  it('takes the JSON-LD name when the headline field holds a description of the page', () => {
    const head = (headline: string): string =>
      ld({ '@type': 'Article', headline, name: 'Harbours of Europe' }) + '<title>Harbours of Europe - Harbourpedia</title>';
    expect(meta(head('Harbourpedia list article'), '<h1>Harbours of Europe</h1><p>x</p>').title).toBe('Harbours of Europe');
    // A headline worded for search engines still shares the title's words, or the heading's.
    expect(meta(head('Harbours of Europe: the complete guide'), '<h1>Harbours</h1><p>x</p>').title).toBe('Harbours of Europe: the complete guide');
    expect(meta(head('Where ferries still call'), '<h1>Where ferries still call</h1><h1>Menu</h1><p>x</p>').title).toBe('Where ferries still call');
  });

  it('keeps colons and dashes that belong to the headline', () => {
    expect(meta('<meta property="og:title" content="Storm: the harbour reopens – and ferries run for now">', '<p>x</p>').title).toBe('Storm: the harbour reopens – and ferries run for now');
  });
});

describe('articleBody fallback', () => {
  it('prefers the JSON-LD body only when the page shows nothing or a teaser', async () => {
    const { preferLdBody } = await import('../../src/extract/metadata.js');
    const full = 'word '.repeat(400);
    expect(preferLdBody('', full)).toBe(true);
    expect(preferLdBody('word '.repeat(40), full)).toBe(true);
    expect(preferLdBody('word '.repeat(380), full)).toBe(false);
    expect(preferLdBody('word '.repeat(380), 'word '.repeat(80))).toBe(false);
  });
});
