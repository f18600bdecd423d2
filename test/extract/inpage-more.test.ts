/**
 * In-page metadata on markup the first readers missed: bylines and datelines written with
 * deep indentation, labels in headings, dates beside the byline, and the like. Small
 * synthetic pages, one rule each.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { parseHtml } from '../../src/extract/dom.js';
import type { PageDom } from '../../src/extract/dom.js';
import { readMetadata } from '../../src/extract/metadata.js';
import type { PageMetadata } from '../../src/extract/metadata.js';
import { cleanAuthors } from '../../src/extract/authors.js';
import { cleanTitle } from '../../src/extract/title.js';
import { storyHeadline } from '../../src/extract/inpage.js';
import { BYLINE_HINT, BYLINE_SELECTORS } from '../../src/extract/metadata-rules.js';

const URL_ = 'https://news.example/world/harbour-story.html';
let open: PageDom[] = [];
afterEach(() => {
  for (const p of open) p.close();
  open = [];
});

function meta(head: string, body: string, url = URL_): PageMetadata {
  const page = parseHtml(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`, url);
  open.push(page);
  return readMetadata(page.document, page.document.URL);
}

/** Markup indented the way templates print it: every tag on its own deeply indented line. */
function indented(html: string): string {
  return html.replace(/>\s*</g, `>\n${' '.repeat(40)}<`).replace(/>([^<\s][^<]*)</g, `>\n${' '.repeat(40)}$1\n${' '.repeat(40)}<`);
}

describe('indented markup', () => {
  it('reads a "by" line under the headline whose indentation makes it long', () => {
    const body = indented('<article><h1>Harbour reopens</h1><div class="m-meta">by <span>Ada Lovelace</span> on <span>Jan 22, 2025</span></div><p>x</p></article>');
    expect(body.length).toBeGreaterThan(200);
    expect(meta('', body).authors).toEqual(['Ada Lovelace']);
  });
});

describe("the site's name from its home links", () => {
  const story = '<article><h3>Small adventures with small language models</h3><p>x</p></article>';
  it('drops a title part that a link to the home page names, with no site name declared', () => {
    const header = '<div id="header"><h1><a href="https://blog.example/">Harbour Data Blog</a></h1><a href="/">Home</a></div>';
    expect(meta('<title>Harbour Data Blog: Small adventures with small language models</title>', header + story, 'https://blog.example/2025/12/small.html').title).toBe('Small adventures with small language models');
    // A logo's alt text names the site too; another host's root is another site.
    const logo = '<a href="/"><img src="/logo.png" alt="Coast Gazette"></a>';
    expect(meta('<title>Harbour reopens after a winter of repairs | Coast Gazette</title>', logo + story.replace('Small adventures with small language models', 'Harbour reopens after a winter of repairs'), 'https://cg.example/a/harbour.html').title).toBe('Harbour reopens after a winter of repairs');
    const elsewhere = '<a href="https://other.example/">Partner Network</a>';
    expect(meta('<title>Partner Network: a harbour story</title>', elsewhere + '<p>x</p>', 'https://cg.example/a/b.html').title).toBe('Partner Network: a harbour story');
  });
  it('does not take a link that only says "Home" for the name', () => {
    const body = '<a href="/">Home</a><article><p>x</p></article>';
    expect(meta('<title>Home: a guide to the harbour walk</title>', body, 'https://cg.example/a/walk.html').title).toBe('Home: a guide to the harbour walk');
  });
});

describe('the headline where the <title> does not give it', () => {
  it("takes the first headline-long <h1> when the <title> is only the site's name", () => {
    const body = '<h1 class="h3">Harbour reopens after a winter of repairs</h1><h1 class="post-title">Harbour reopens after a winter of repairs</h1><p>x</p><h1>Comment on this article</h1><h1>Next article</h1>';
    expect(meta('<title>Coast Gazette</title>', body, 'https://www.coastgazette.example/harbour-reopens/').title).toBe('Harbour reopens after a winter of repairs');
  });
  it("takes the story's one <h1> beside the logo's, worded unlike a <title> left from another page", () => {
    const body = '<h1><a href="/">Coast Gazette</a></h1><div><h1>Harbour reopens after a winter of repairs</h1><p>x</p></div>';
    expect(meta('<title>Ferry timetable changes for the summer season</title>', body, 'https://coastgazette.example/harbour-reopens-1839960999').title).toBe('Harbour reopens after a winter of repairs');
  });
});

describe('pages that declare no author', () => {
  const story = (lead: string): string => `<h1>Hafen wird ausgebaut</h1><p>${lead} Der Stadtrat hat am Montag den Ausbau des Hafens beschlossen, die Arbeiten beginnen im Frühjahr.</p><p>Die Kosten liegen bei zwölf Millionen Euro.</p>`;
  it("names the agency of the story's dateline, and nothing else that is bracketed", () => {
    expect(meta('<title>Hafen wird ausgebaut</title>', story('Rostock (dpa) -')).authors).toEqual(['dpa']);
    expect(meta('<title>Hafen wird ausgebaut</title>', story('DEN HAAG (ANP/Reuters) -')).authors).toEqual(['ANP', 'Reuters']);
    expect(meta('<title>Hafen wird ausgebaut</title>', story('Rostock (Video) -')).authors).toEqual([]);
  });
  it("does not take a byline from a sidebar's list of other stories", () => {
    const sidebar = '<table><tr><td class="content"><h1>Library extends weekend opening hours</h1><p>The library will open on Sundays again from next month, the board announced this week.</p></td><td class="rightcol sidebar"><ul><li><a href="/news/united-boss-hails-best-performance-1004">United boss hails best performance of the season</a><span class="meta">By Chris Wainwright · 19 November 2023</span></li></ul></td></tr></table>';
    expect(meta('<title>Library extends weekend opening hours</title>', sidebar).authors).toEqual([]);
  });
  it("takes a table layout's <h2> headline when the <h1> is the logo and the <title> the site's name", () => {
    const page = '<table><tr><td><h1><a href="/">Coast Gazette</a></h1></td></tr><tr><td><h2 class="titel">Harbour reopens after a winter of repairs</h2><p>The quay is open again.</p></td></tr></table>';
    expect(meta('<title>Coast Gazette</title>', page, 'https://coastgazette.example/news/harbour.html').title).toBe('Harbour reopens after a winter of repairs');
  });
});

describe("a site header's date", () => {
  it("does not take the date beside the site's logo for the story's, in a layout with no <header>", () => {
    const page = '<table><tr><td class="top"><a href="/" class="logo">Bergische Tagespost</a> <span class="today">Donnerstag, 14. November 2024</span></td></tr><tr><td><a href="/lokales/">Lokales</a></td></tr><tr><td><h1>Traditionsbäckerei schließt nach 112 Jahren</h1><p>Die Bäckerei am Markt schließt Ende des Monats, weil sich kein Nachfolger gefunden hat.</p>' + '<p>Seit vier Generationen backt die Familie in der Innenstadt Brot, Brötchen und Kuchen für die Nachbarschaft, und viele Stammkunden kommen seit Jahrzehnten jeden Morgen vorbei, um ihr Frühstück zu holen und ein paar Worte zu wechseln.</p>'.repeat(6) + '<p><small>Erschienen am 22. November 2023</small></p></td></tr></table>';
    expect(meta('<title>Traditionsbäckerei schließt nach 112 Jahren</title>', page, 'https://tagespost.example/lokales/baeckerei.html').publishedAt?.slice(0, 10)).toBe('2023-11-22');
  });
  it('reads the published date of a dateline that sets the update first, on lines of their own', () => {
    const page = '<h1>Harbour reopens after a winter of repairs</h1><p class="timestamp">Updated March 5, 2024 at 9:14 a.m. EST<br>Published March 4, 2024 at 4:02 p.m. EST</p><p>The quay is open again.</p>';
    expect(meta('<title>Harbour reopens after a winter of repairs</title>', page).publishedAt?.slice(0, 10)).toBe('2024-03-04');
  });
  it("still reads a story's date set beside a breadcrumb trail that starts at the home page", () => {
    const page = '<div class="crumbs"><ul><li><a href="/">Home</a></li><li><a href="/forum">Forums</a></li></ul><div class="created"><span>Aug 13, 2023</span></div></div><h1>Which consulting firm should I join after my MBA?</h1><p>I have two offers and cannot decide between them.</p>';
    expect(meta('<title>Which consulting firm should I join after my MBA?</title>', page, 'https://forum.example/forum/consulting/which-firm').publishedAt?.slice(0, 10)).toBe('2023-08-13');
  });
});

describe('author labels', () => {
  it('reads the name after a label set as a heading, past a line break, or in the same line', () => {
    expect(meta('', '<article><h1>Harbour reopens</h1><p>x</p><div><h3>Author</h3><p>Ada Lovelace</p></div></article>').authors).toEqual(['Ada Lovelace']);
    expect(meta('', '<article><h1>Harbour reopens</h1><p>x</p><div><strong>Written by</strong><br><strong>Ada Lovelace</strong></div></article>').authors).toEqual(['Ada Lovelace']);
    expect(meta('', '<article><h1>Harbour reopens</h1><p>x</p><div><strong>Contributors:</strong> Ada Lovelace</div></article>').authors).toEqual(['Ada Lovelace']);
    // The label in Spanish, Italian and German, after the story.
    expect(meta('', '<article><h1>Un sensor de papel</h1><p>x</p><div><p><span class="label">Autoría:</span> Marta Iriarte Goñi</p><p><span class="label">Fuente:</span> Unidad de Cultura Científica</p></div></article>').authors).toEqual(['Marta Iriarte Goñi']);
    expect(meta('', '<article><h1>Il porto riapre</h1><p>x</p><div><b>Autore:</b> Luca Bianchi</div></article>').authors).toEqual(['Luca Bianchi']);
    expect(meta('', '<article><h1>Hafen öffnet</h1><p>x</p><div><b>Verfasserin:</b> Anna Berger</div></article>').authors).toEqual(['Anna Berger']);
    expect(meta('', '<article><h1>Harbour reopens</h1><p>x</p><div><h6>Author(s)</h6><ul><li>Ada Lovelace</li><li>Alan Turing</li></ul></div></article>').authors).toEqual(['Ada Lovelace', 'Alan Turing']);
  });

  it('reads each writer of a labelled list that follows every name with a bio, but not the bio', () => {
    const box = '<div><strong>Written by</strong><br><strong><a href="/a/ada">Ada Lovelace</a></strong>, ten years on the harbour beat<br><strong><a href="/a/alan">Alan Turing</a></strong>, ferry timetables and tides</div>';
    expect(meta('', `<article><h1>Harbour reopens</h1><p>x</p>${box}</article>`).authors).toEqual(['Ada Lovelace', 'Alan Turing']);
    const bio = '<div><div>Written by</div><div>Ada Lovelace</div><div>Hi! I write about the harbour, its ferries and the people who work on them, every week.</div></div>';
    expect(meta('', `<article><h1>Harbour reopens</h1><p>x</p>${bio}</article>`).authors).toEqual(['Ada Lovelace']);
  });
});

describe('where the story is', () => {
  it('reads a box of the story\'s facts set in an aside deep inside its article', () => {
    const facts = '<aside class="facts"><div><h3>Published</h3><p><time datetime="2024-08-30T12:00:00Z">August 30, 2024</time></p></div><div><h3>Author</h3><p>Ada Lovelace</p></div></aside>';
    const m = meta('', `<main><article><h1>Harbour reopens</h1><section><div>${facts}</div><p>x</p></section></article></main>`);
    expect(m.authors).toEqual(['Ada Lovelace']);
    expect(m.publishedAt).toBe('2024-08-30T12:00:00Z');
  });

  it('does not read a deep aside of other stories, named for them or full of links', () => {
    const links = Array.from({ length: 5 }, (_, i) => `<li><a href="/s/${i}">Story ${i}</a> <time datetime="2023-01-0${i + 1}">Jan ${i + 1}</time></li>`).join('');
    expect(meta('', `<article><h1>Harbour reopens</h1><section><div><aside class="more"><ul>${links}</ul></aside></div><p>x</p></section></article>`).publishedAt).toBeNull();
    expect(meta('', '<article><h1>Harbour reopens</h1><section><div><aside class="related-posts"><time datetime="2023-01-01">Jan 1</time></aside></div><p>x</p></section></article>').publishedAt).toBeNull();
  });

  it('reads the story inside an aside left open around the page\'s <main>', () => {
    const m = meta('', '<aside class="banner"><p>Sale!</p><main><article><h1>Harbour reopens</h1><span class="blog-meta-author">Ada Lovelace</span><p>x</p></article></main></aside>');
    expect(m.authors).toEqual(['Ada Lovelace']);
  });
});

describe('the writer named in the dateline', () => {
  it('reads a signed part of the dateline beside the headline', () => {
    expect(meta('', '<article><h1>Harbour reopens</h1><div class="meta">March 15, 2022 · 3 min read · By Harbour Online</div><p>x</p></article>').authors).toEqual(['Harbour Online']);
    expect(meta('', '<article><h1>Harbour reopens</h1><div><p><time>Feb 6, 2025</time></p><p>By 3i Harbours</p></div><p>x</p></article>').authors).toEqual(['3i Harbours']);
  });

  it('reads an unsigned name in the dateline when it starts with a common given name', () => {
    expect(meta('', '<article><h1>Harbour reopens</h1><p>Andrew Gerrand<br> 4 August 2010</p><p>x</p></article>').authors).toEqual(['Andrew Gerrand']);
    expect(meta('', '<article><h1>Harbour reopens</h1><div>Dec 17, 2025 · Luke Kim</div><p>x</p></article>').authors).toEqual(['Luke Kim']);
    // The date alone in its element, the name in the next one: the line is their parent.
    expect(meta('', '<article><div><span>Dec 17, 2025</span><span>Julian K. Arni</span></div><h1>Harbour reopens</h1><p>x</p></article>').authors).toEqual(['Julian K. Arni']);
    // Name and date in elements of their own, set apart by style: each is a part.
    expect(meta('', '<article><h1>Harbour reopens</h1><div><div><img alt="" src="/djh.jpg"></div><div><span>Dakota Hebert</span> <span>July 3, 2025</span></div></div><p>x</p></article>').authors).toEqual(['Dakota Hebert']);
    // The date and the name each in wrappers of their own, the name with a particle in it.
    expect(meta('', '<article><h1>Harbour reopens</h1><div><p>Nick van Mead</p><p><span>2022-11-23T08:10+02:00</span></p></div><p>x</p></article>').authors).toEqual(['Nick van Mead']);
    expect(meta('', '<article><h1>Harbour reopens</h1><ul><li>Ada Lovelace</li><li><time datetime="2025-02-12">02-12-2025</time></li></ul><p>x</p></article>').authors).toEqual(['Ada Lovelace']);
    // A dateline that is its own element: the story's column around it is not its line.
    expect(meta('', `<article><h1>Harbour reopens</h1><div>Posted by Harbour Desk on May 3, 2024</div><table><tr><td>Clyde Operations Facility</td></tr></table><p>${'The harbour board met on Tuesday to weigh the cost of the pier. '.repeat(3)}</p></article>`).authors).not.toContain('Clyde Operations Facility');
    // Words between the parts make a sentence: its linked section is no writer.
    expect(meta('', '<article><h1>Harbour reopens</h1><div>By <a href="/u/jdoe">jdoe</a>, <time>April 18, 2024</time> in <a href="/f/9">Princess Cruises</a></div><p>x</p></article>').authors).not.toContain('Princess Cruises');
    // A group signing beside the date is the credit.
    expect(meta('', '<article><h1>Harbour reopens</h1><a href="/"><div><div>Team Harbourlight</div><div>September 4, 2025</div></div></a><p>x</p></article>').authors).toEqual(['Team Harbourlight']);
    // Capitalised words that open with no given name are a section, not a writer.
    expect(meta('', '<article><h1>Harbour reopens</h1><div>Dec 17, 2025 · Harbour Policy</div><p>x</p></article>').authors).toEqual([]);
  });

  it('reads the "By" line under a headline set in an <h2> below the site\'s <h1>', () => {
    const page = (headline: string): string => `<header><h1>Courier</h1><ul>${'<li><a href="/s">Section</a></li>'.repeat(30)}</ul></header><main>${headline}<div><div>By DANICA KIRKA and JILL LAWLESS</div><div>Associated Press</div></div><p>x</p></main>`;
    const head = '<title>Harbour ferry crews walk out over rosters | Courier</title><meta property="og:site_name" content="Courier">';
    expect(meta(head, page('<h2>Harbour ferry crews walk out over rosters</h2>')).authors).toEqual(['DANICA KIRKA', 'JILL LAWLESS']);
  });

  it('reads the writer from a portrait with their name and biography closing the story', () => {
    const prose = `<p>${'The harbour board met on Tuesday to weigh the cost of the pier. '.repeat(8)}</p>`;
    const box = (name: string): string => `<div><div><img src="/p/${name.length}.jpg" alt="${name}"></div><div><div>${name}</div><p>${name.split(' ')[0]} covers the harbour and its boards for the paper.</p></div></div>`;
    expect(meta('', `<article><h1>Harbour reopens</h1>${prose}${box('Lauren Vetter')}</article>`).authors).toEqual(['Lauren Vetter']);
    // Three portraits are a team page's, not one story's writer.
    expect(meta('', `<article><h1>Harbour reopens</h1>${prose}${box('Lauren Vetter')}${box('Kevin McCoy')}${box('Ada Lovelace')}</article>`).authors).toEqual([]);
    // A photo in a figure is the story's, whatever its alt text says.
    expect(meta('', `<article><h1>Harbour reopens</h1>${prose}<figure><img src="/p.jpg" alt="Lauren Vetter"><figcaption>Lauren Vetter</figcaption></figure></article>`).authors).toEqual([]);
  });

  it('reads a byline linked to the writer\'s staff or contributor page', () => {
    expect(meta('', '<article><h1>Harbour reopens</h1><div><span><a href="https://news.example/staff/2648209001/ada-lovelace/">Ada Lovelace</a></span></div><p>x</p></article>').authors).toEqual(['Ada Lovelace']);
    expect(meta('', '<article><h1>Harbour reopens</h1><p>by <a href="/contributor/ada-lovelace/">Ada Lovelace</a></p><p>x</p></article>').authors).toEqual(['Ada Lovelace']);
    expect(meta('', '<article><h1>Harbour reopens</h1><p><a href="/blog-authors/ada-lovelace">Ada Lovelace</a></p><p>x</p></article>').authors).toEqual(['Ada Lovelace']);
  });

  it('reads the name under a portrait beside the headline', () => {
    expect(meta('', '<article><h1>Harbour reopens</h1><div><figure><img src="/t/w.jpg" alt="Christian Winter"></figure><div>Christian Winter</div></div><p>x</p></article>').authors).toEqual(['Christian Winter']);
    // A photo in the story has its caption, not its alt text again; a place is no person.
    expect(meta('', '<article><h1>Harbour reopens</h1><figure><img src="/p.jpg" alt="Harbour Bridge"><figcaption>Harbour Bridge at dawn</figcaption></figure><p>x</p></article>').authors).toEqual([]);
    expect(meta('', '<article><h1>Harbour reopens</h1><figure><img src="/p.jpg" alt="Jane Doe"><figcaption>The harbour master at work</figcaption></figure><p>x</p></article>').authors).toEqual([]);
  });

  it('takes a headline set without heading tags for the story\'s headline, past a logo in the <h1>', () => {
    const headline = (body: string): string | null => {
      const page = parseHtml(`<!doctype html><html><body>${body}</body></html>`, URL_);
      open.push(page);
      const h = storyHeadline(page.document, 'Harbour ferry crews walk out over rosters');
      return h ? `${h.tagName.toLowerCase()}: ${(h.textContent ?? '').trim()}` : null;
    };
    const logo = '<h1><img src="/logo.png" alt="">Courier</h1>';
    expect(headline(`${logo}<div><p class="t">Harbour ferry crews walk out over rosters</p><small>25/10/2018</small></div>`)).toBe('p: Harbour ferry crews walk out over rosters');
    expect(headline(`${logo}<dl><dt>Harbour  ferry crews walk out over rosters </dt></dl>`)).toBe('dt: Harbour  ferry crews walk out over rosters');
    expect(headline(`${logo}<h2>Harbour ferry crews walk out</h2><p>Harbour ferry crews walk out over rosters</p>`)).toBe('h2: Harbour ferry crews walk out');
    // A link that repeats the title (a list of most-read stories) is no headline: the <h1> stays.
    expect(headline(`${logo}<p><a href="/other">Harbour ferry crews walk out over rosters</a></p>`)).toBe('h1: Courier');
    expect(headline('<h1>Harbour ferry crews walk out over rosters tonight</h1><p>Harbour ferry crews walk out over rosters</p>')).toBe('h1: Harbour ferry crews walk out over rosters tonight');
  });

  it('reads a date labelled as the day of publication wherever the template sets it', () => {
    const text = `<p>${'The ferry crews walked out at dawn and the harbour stood still for the day. '.repeat(12)}</p>`;
    const page = (tail: string): string => `<article><h1>Harbour reopens</h1>${text}${tail}</article>`;
    expect(meta('', page('<div><p>Published</p><p>Feb 2, 2023</p></div>')).publishedAt).toBe('2023-02-02');
    expect(meta('', page('<div><span>Posted on April 13, 2023</span><span>Tags: harbour</span></div>')).publishedAt).toBe('2023-04-13');
    // An update is not the day of publication; nor is a date without the word.
    expect(meta('', page('<div><p>Updated</p><p>Feb 2, 2023</p></div>')).publishedAt).toBeNull();
    expect(meta('', page('<div><p>Feb 2, 2023</p></div>')).publishedAt).toBeNull();
    // Readers' comments, each posted on its own day, are not the story.
    expect(meta('', page('<ol><li><span>Posted on May 1, 2023</span><p>Great news.</p></li><li><span>Posted on May 2, 2023</span><p>At last.</p></li><li><span>Posted on May 3, 2023</span><p>Good.</p></li></ol>')).publishedAt).toBeNull();
  });

  it('reads the name a portrait\'s longer alt text holds, as the line under it writes it', () => {
    const box = (alt: string, lines: string): string => `<article><h1>Harbour reopens</h1><div><div><img src="/t/w.jpg" alt="${alt}"></div><div>${lines}</div></div><p>x</p></article>`;
    expect(meta('', box('Headshot of Christian Winter, Associate Content Marketing Writer at Harbour News Weekly', '<span>Christian Winter</span><span>Associate Writer</span>')).authors).toEqual(['Christian Winter']);
    expect(meta('', box('Picture of christian winter', '<h4>Christian Winter</h4>')).authors).toEqual(['Christian Winter']);
    // A line of one word, or one the alt text does not hold, names no one.
    expect(meta('', box('Picture of Christian Winter', '<span>Christian</span><span>Writer at Harbour News</span>')).authors).toEqual([]);
    expect(meta('', box('Harbour Bridge at dawn, seen from Christian Street', '<span>Harbour Bridge</span>')).authors).toEqual([]);
  });

  it('reads an unsigned name in the dateline otherwise only beside the writer\'s portrait', () => {
    expect(meta('', '<article><h1>Harbour reopens</h1><div><span>2025-12-17</span><span>·</span><a title="Ada Lovelace"><img src="/a.png" alt="Ada Lovelace">Ada Lovelace</a></div><p>x</p></article>').authors).toEqual(['Ada Lovelace']);
    expect(meta('', '<article><h1>Harbour reopens</h1><div>Dec 26, 2025 • <img class="avatar" src="/g.png"> Ada Lovelace in <a href="/c">Harbour News</a></div><p>x</p></article>').authors).toEqual(['Ada Lovelace']);
    // The writer and the outlet in spans of their own, in a box beside the date's.
    expect(meta('', '<article><h1>Harbour reopens</h1><div><div><span>Ada Lovelace</span> <span>Associated Press</span></div><div>Published 11:34 PM EST Nov 19, 2019</div></div><p>x</p></article>').authors).toEqual(['Ada Lovelace']);
    // Two writers in that span: both, not the first alone with the second glued to the outlet.
    const pair = (names: string): string => `<article><h1>Harbour reopens</h1><div><div><span>${names}</span> <span>Associated Press</span></div><div>Published 11:34 PM EST Nov 19, 2019</div></div><p>x</p></article>`;
    expect(meta('', pair('Ada Lovelace and Trevor J. Mitchell')).authors).toEqual(['Ada Lovelace', 'Trevor J. Mitchell']);
    expect(meta('', pair('<a href="/ada">Ada Lovelace</a> and <a href="/kevin">Kevin McCoy</a>')).authors).toEqual(['Ada Lovelace', 'Kevin McCoy']);
    // A second part that is no full name with a common given name is not taken for a writer.
    expect(meta('', pair('Ada Lovelace and Head Winemaker')).authors).toEqual(['Ada Lovelace']);
    // A related story's byline further down names its own writers, not this story's.
    const story = `<p>${'The harbour board met on Tuesday to weigh the cost of the pier. '.repeat(8)}</p><ul><li><a href="/other">Harbour fees rise</a><div>Ada Lovelace and Kevin McCoy</div></li></ul>`;
    expect(meta('', pair('Ada Lovelace').replace('<p>x</p>', story)).authors).toEqual(['Ada Lovelace']);
    // A section or a comment count in capitals names no one.
    expect(meta('', '<article><h1>Harbour reopens</h1><div>Apr 21, 2017 | Products Liability</div><p>x</p></article>').authors).toEqual([]);
    expect(meta('', '<article><h1>Harbour reopens</h1><div>September 8, 2025 · No Comments</div><p>x</p></article>').authors).toEqual([]);
  });
});

describe('names as bylines print them', () => {
  it('reads a byline that names the piece first, in each language bylines are read in', () => {
    const cases: [string, string][] = [
      ['Analysis by Jane Doe', 'Jane Doe'],
      ['Ein Kommentar von Anna Schmidt', 'Anna Schmidt'],
      ['Eine Reportage von Anna Schmidt, Berlin', 'Anna Schmidt'],
      ['Une analyse de Anne Dupont', 'Anne Dupont'],
      ['Texte : Anne Dupont', 'Anne Dupont'],
      ['Un reportaje de Ana García', 'Ana García'],
    ];
    for (const [line, name] of cases) {
      expect(meta('', `<article><h1>Harbour reopens</h1><div class="meta">${line}</div><p>x</p></article>`).authors).toEqual([name]);
    }
    // "von" inside a name opens no byline.
    expect(meta('', '<article><h1>Harbour reopens</h1><div class="meta">Von der Leyen besucht den Hafen</div><p>x</p></article>').authors).toEqual([]);
  });

  it('reads the paper\'s own staff, the verb of writing and the desk as no part of a name', () => {
    expect(cleanAuthors(['Von unserem Redakteur Max Muster'])).toEqual(['Max Muster']);
    expect(cleanAuthors(['By our correspondent John Smith'])).toEqual(['John Smith']);
    expect(cleanAuthors(['Par notre envoyée spéciale Marie Martin'])).toEqual(['Marie Martin']);
    expect(cleanAuthors(['Von Redakteurin Anna Schmidt'])).toEqual(['Anna Schmidt']);
    expect(cleanAuthors(['Par envoyé spécial Pierre Martin'])).toEqual(['Pierre Martin']);
    // A desk's marks in lower case joined by slashes name no one; an agency and a user's handle keep signing.
    expect(cleanAuthors(['Von red/pol'])).toEqual([]);
    expect(cleanAuthors(['dpa'])).toEqual(['dpa']);
    expect(cleanAuthors(['gto'])).toEqual(['gto']);
    // The role alone before the name, as a byline or a page's metadata sets it.
    expect(cleanAuthors(['Meteorologin Clara Brandt', 'Korrespondentin Anna Beck'])).toEqual(['Clara Brandt', 'Anna Beck']);
    // A surname that is a role word stays a name.
    expect(cleanAuthors(['By John Reporter'])).toEqual(['John Reporter']);
    expect(cleanAuthors(['Verfasst von Max Muster am 12.03.2021'])).toEqual(['Max Muster']);
    expect(cleanAuthors(['Escrito por Ana Souza em 12/03/2021'])).toEqual(['Ana Souza']);
    // An interview's credit names the interviewer.
    expect(cleanAuthors(['Das Gespräch führte Stefan Kröll · 21.07.2023'])).toEqual(['Stefan Kröll']);
    expect(cleanAuthors(['Propos recueillis par Claire Morel'])).toEqual(['Claire Morel']);
    expect(cleanAuthors(['Por Ana Souza, da Redação'])).toEqual(['Ana Souza']);
    expect(cleanAuthors(['Par Jean Dupont, de la rédaction'])).toEqual(['Jean Dupont']);
    // A particle after a given name is the name's.
    expect(cleanAuthors(['Von Ursula von der Leyen'])).toEqual(['Ursula von der Leyen']);
  });
  it('reads a bracketed role or an editor\'s initials after a name as no part of it', () => {
    expect(cleanAuthors(['Von Anna Schmidt (as) und Jonas Weber (jw)'])).toEqual(['Anna Schmidt', 'Jonas Weber']);
    expect(cleanAuthors(['Jens Weber (Text) und Max Muster (Fotos)'])).toEqual(['Jens Weber']);
    expect(cleanAuthors(['Jean Doe (JDoeWrites)'])).toEqual(['Jean Doe (JDoeWrites)']);
  });
  it('reads "mit Material von" as a credit for an agency\'s copy, not a byline', () => {
    expect(cleanAuthors(['mit Material von dpa'])).toEqual([]);
    expect(cleanAuthors(['Anna Schmidt mit Material von AFP'])).toEqual(['Anna Schmidt']);
  });
  it('ends a name at a guillemet, where forum software sets the post\'s date', () => {
    expect(cleanAuthors(['Post by Jane Doe » Sun Dec 3, 2023 1:05 pm'])).toEqual(['Jane Doe']);
    expect(cleanAuthors(['Beitrag von Anna Schmidt » Mi 3. Dez 2026, 11:05'])).toEqual(['Anna Schmidt']);
  });
  it('keeps a handle in brackets whole, camel case and all', () => {
    expect(cleanAuthors(['Jean Doe (JDoeWrites)'])).toEqual(['Jean Doe (JDoeWrites)']);
    expect(cleanAuthors(['ERIC TUCKERAssociated Press'])).toEqual(['ERIC TUCKER']);
  });

  it('parts names set in capitals at their commas, and keeps a degree after one', () => {
    expect(cleanAuthors(['By LISA MASCARO, MARY CLARE JALONICK and ERIC TUCKER'])).toEqual(['LISA MASCARO', 'MARY CLARE JALONICK', 'ERIC TUCKER']);
    expect(cleanAuthors(['JANE DOE, MD'])).toEqual(['JANE DOE, MD']);
    // In a byline in mixed case, capitals after a name are its credentials.
    expect(cleanAuthors(['Jane Doe, CFP, FACP'])).toEqual(['Jane Doe, CFP, FACP']);
  });

  it('drops the German words for a piece of writing before "von", keeps "von" inside a name', () => {
    expect(cleanAuthors(['Ein Artikel von Anna Schmidt'])).toEqual(['Anna Schmidt']);
    expect(cleanAuthors(['Ein Beitrag von Anna Schmidt und Max Müller'])).toEqual(['Anna Schmidt', 'Max Müller']);
    expect(cleanAuthors(['Gastbeitrag von Jonas Berger'])).toEqual(['Jonas Berger']);
    expect(cleanAuthors(['Ursula von der Leyen'])).toEqual(['Ursula von der Leyen']);
    // A theme's label for screen readers set before the name without a colon.
    expect(cleanAuthors(['Author Dave'])).toEqual(['Dave']);
    expect(cleanAuthors(['Autorin Anna Schmidt'])).toEqual(['Anna Schmidt']);
    expect(meta('', '<article><h1>Hafen öffnet wieder</h1><p>Ein Beitrag von Anna Schmidt</p><p>x</p></article>').authors).toEqual(['Anna Schmidt']);
  });

  it('reads the writer signed after the date in one line, not a reader\'s comment further down', () => {
    const page = `<div class="mod_newsreader"><div class="layout_full"><h1>Herbstfest am Dorfplatz</h1>
      <p class="info"><time datetime="2023-10-02T18:30:00+02:00">02.10.2023 18:30</time> von Michael Brandt</p>
      <div class="ce_text"><p>Bei bestem Wetter feierten am Sonntag rund 400 Gäste das Herbstfest am Dorfplatz.</p></div></div></div>
      <div class="mod_comments"><div class="comment_default"><p class="info">Kommentar von Gerda S. | 03.10.2023 09:12</p><p>Schön war's!</p></div></div>`;
    expect(meta('', page).authors).toEqual(['Michael Brandt']);
  });

  it('reads bylines in elements named in the page\'s language (firma, autor, auteur)', () => {
    for (const cls of ['firma', 'autor', 'auteur']) {
      expect(meta('', `<article><h1>El puerto reabre</h1><div class="${cls}">Lucía Otero · Vigo · 01/12/2026 - 18:04</div><p>x</p></article>`).authors).toEqual(['Lucía Otero']);
    }
  });

  it('finds every selector\'s elements in its one walk: each selector names a hint word', () => {
    for (const group of BYLINE_SELECTORS) for (const selector of group.split(',')) expect(selector).toMatch(BYLINE_HINT);
  });

  it('reads the co-authors of one byline, but not the writers of a question\'s answers', () => {
    const post = (name: string, text: string): string =>
      `<div class="post"><div class="meta"><a class="author-name" href="/u/${name.split(' ')[0]}">${name}</a></div><div class="text"><p>${text}</p></div></div>`;
    const long = 'Since last week every meeting invite I send from the shared mailbox arrives one hour off for the people outside the company, while those from my own mailbox are fine. ';
    const thread = `<main><h1>Invites from a shared mailbox show the wrong time</h1>${post('Priya Raman', long.repeat(3))}${post('Tomasz Wielgosz', 'Shared mailboxes keep their own regional settings.')}${post('Dana Whitfield', 'That fixed it for us too.')}</main>`;
    expect(meta('', thread).authors).toEqual(['Priya Raman']);
    const story = '<article><h1>Harbour reopens</h1><div class="byline">By <a class="author-name" href="/a/1">Ann Lee</a> and <a class="author-name" href="/a/2">Bob Ray</a></div><p>The harbour reopened on Tuesday.</p></article>';
    expect(meta('', story).authors).toEqual(['Ann Lee', 'Bob Ray']);
  });

  it('takes a writer with credentials over a publisher declared as the author', () => {
    const head = '<script type="application/ld+json">{"@type":"Article","headline":"Harbour reopens","author":{"@type":"Organization","name":"Harbour Medicine Association"}}</script>';
    expect(meta(head, '<article><h1>Harbour reopens</h1><p>x</p><p>Written by Ada Lovelace, MD, FACP, DABOM</p></article>').authors).toEqual(['Ada Lovelace, MD, FACP, DABOM']);
  });
});

describe('what is no name', () => {
  it('does not split a headline with "&" into names, nor read a link label as one', () => {
    expect(cleanAuthors(['Top 11 Harbour Solutions & Consulting Firms'])).toEqual([]);
    expect(cleanAuthors(['Jane Doe & John Roe'])).toEqual(['Jane Doe', 'John Roe']);
    expect(cleanAuthors(['Full Bio'])).toEqual([]);
    expect(cleanAuthors(['View Profile', 'Jane Doe'])).toEqual(['Jane Doe']);
  });
});

describe('the date beside the byline', () => {
  it('reads the date set with a byline far from the headline, when nothing else dates the page', () => {
    const prose = '<p>The harbour reopened on a grey morning after six weeks of repairs, and the first ferries ran full.</p>'.repeat(10);
    const byline = '<div><p>Written by <a href="/blog/author/ada-lovelace">Ada Lovelace</a></p><p>April 8, 2024</p></div>';
    expect(meta('', `<main><h1>Harbour reopens</h1>${prose}${byline}</main>`).publishedAt).toBe('2024-04-08');
  });

  it('does not read a customer review\'s date as the page\'s', () => {
    const review = '<div class="review-intro"><span class="review-intro__author">Jane D. 27.03.2023</span></div>';
    const prose = '<p>The kettle pours slowly and evenly, and its handle stays cool however long it sits on the hob.</p>'.repeat(10);
    expect(meta('', `<main><h1>Harbour kettle</h1>${prose}${review}</main>`).publishedAt).toBeNull();
  });
});

describe('dates in teaser cards under a headline', () => {
  const teasers = [1, 2, 3, 4].map((n) => `<article><a href="/region/harbour-story-number-${n}-of-the-week-${n}00"><h2>Harbour story number ${n} of the week told in full</h2></a><p>A line about story ${n}.</p><time>0${n}.12.2026</time></article>`).join('');

  it('gives a section page of dated teasers no date of its own', () => {
    expect(meta('', `<main><h1>News from the harbour and the region</h1><p>All the latest from the harbour.</p>${teasers}</main>`, 'https://news.example/harbour-and-region').publishedAt).toBeNull();
  });

  it('reads a teaser with a short headline and a summary as a card too', () => {
    const summary = 'The talks between the harbour board and the union go on, and no end to the dispute is in sight, people close to them say. More on this here.';
    const cards = ['Ferry strike ends', 'Quay costs rise again', 'Harbour board meets union'].map((h, n) => `<article class="teaser"><a href="/region/harbour-${n}-10${n}23.html"><span>Harbour</span><h3>${h}</h3></a><p>${summary}</p><span class="teaser__date">0${n + 1}.12.2026</span></article>`).join('');
    expect(meta('', `<main><h1>Harbour dispute</h1><p>All the stories on the harbour dispute.</p>${cards}</main>`, 'https://news.example/topic/harbour-dispute/').publishedAt).toBeNull();
  });

  it('keeps a story\'s own dateline above the teasers of related stories', () => {
    const story = '<p>The harbour reopened on a grey morning after six weeks of repairs, and the first ferries ran full.</p>'.repeat(4);
    expect(meta('', `<main><article><h1>Harbour reopens</h1><div>28.11.2026</div>${story}</article><section>${teasers}</section></main>`).publishedAt).toBe('2026-11-28');
  });
});

describe('JSON-LD declared in a <meta>', () => {
  it('reads the JSON-LD a framework sets as the content of <meta name="script:ld+json">', () => {
    const json = JSON.stringify({ '@type': 'Article', headline: 'Harbour reopens', datePublished: '2025-11-17T09:00:00-05:00', author: { '@type': 'Person', name: 'Ada Lovelace' } });
    const head = `<meta name="script:ld+json" content="${json.replace(/"/g, '&quot;')}">`;
    const m = meta(head, '<article><h1>Harbour reopens</h1><p>x</p></article>');
    expect(m.publishedAt).toBe('2025-11-17T09:00:00-05:00');
    expect(m.authors).toEqual(['Ada Lovelace']);
  });
});

describe('the site\'s name in a title', () => {
  it('drops a longer segment of capitalised words that starts with the host\'s name', () => {
    const title = 'How to help babies sleep through the night | Patient Education | Harbourview Children\'s Hospital Trust';
    expect(cleanTitle(title, { url: 'https://health.harbourview.example/story.html' })).toBe('How to help babies sleep through the night');
    // Not a segment in lower case that starts with it: that is the headline's.
    expect(cleanTitle('Take care - harbourview at the boat show 2018', { url: 'https://www.harbourview.example/' })).toBe('Take care - harbourview at the boat show 2018');
  });

  it('drops the site\'s address set before the headline without a separator', () => {
    expect(cleanTitle('harbourview.com Vibe Coding', { url: 'https://harbourview.com/vibe.html' })).toBe('Vibe Coding');
    expect(cleanTitle('example.org Vibe Coding', { url: 'https://harbourview.com/vibe.html' })).toBe('example.org Vibe Coding');
  });
});

describe("the post's tag links", () => {
  const post = (tagsBelow: string, extra = ''): string =>
    `<header class="site"><div class="search-tags"><a href="/tag/ferries/" rel="tag">Ferries</a></div></header>
     <main><article><h1>Pier to be rebuilt before winter</h1><p>The harbour board voted on Tuesday to rebuild the old ferry pier.</p>
     <footer class="entry-footer">${tagsBelow}</footer></article>
     <aside><a href="/tag/weather/" rel="tag">Weather</a></aside>${extra}</main>`;

  it('reads rel=tag links after the headline in its article when no tags are declared', () => {
    const m = meta('', post('Filed under <a href="/category/harbour/" rel="category tag">Harbour</a>, <a href="/category/uncategorized/" rel="category tag">Uncategorized</a>. Tags: <a href="/tag/pier/" rel="tag">#pier</a> <a href="/tag/council/" rel="tag">city council</a> <a href="/tag/x/" rel="tag">a link text far too long to be any tag name</a>'));
    // Not the site header's search tags, the sidebar's cloud, the unfiled category or a sentence.
    expect(m.tags).toEqual(['Harbour', 'pier', 'city council']);
  });

  it('keeps declared tags over the links', () => {
    expect(meta('<meta property="article:tag" content="Harbours">', post('<a href="/tag/pier/" rel="tag">pier</a>')).tags).toEqual(['Harbours']);
  });
});

describe('a writer given as a profile address', () => {
  const org = '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Bogs soak up carbon","author":{"@type":"Organization","name":"The Courier"}}</script>';
  it("takes the name of the page's link to the address article:author gives", () => {
    const m = meta(`${org}<meta property="article:author" content="https://news.example/profile/oliver-renwick">`,
      '<h1>Bogs soak up carbon</h1><div class="nc-writer"><a href="/profile/oliver-renwick/">Oliver Renwick</a> Science correspondent</div><p>The restored bogs took up more carbon than the models said they would.</p>');
    expect(m.authors).toEqual(['Oliver Renwick']);
  });
  it('not the name of a social network the address belongs to', () => {
    const m = meta(`${org}<meta property="article:author" content="https://www.facebook.example/oliver.renwick">`,
      '<h1>Bogs soak up carbon</h1><p>Share: <a href="https://www.facebook.example/oliver.renwick">Facebook</a></p><p>The restored bogs took up more carbon than the models said they would.</p>');
    expect(m.authors).not.toContain('Facebook');
  });
});

describe('a headline beside a menu\'s <h1> with the site\'s name', () => {
  it("takes the story's <h1> over a title worded for search engines", () => {
    const m = meta('<title>Wärmepumpe im Altbau: Kosten, Förderung &amp; Erfahrungen 2024 – Energiewende zuhause</title><meta property="og:site_name" content="Energiewende zuhause">',
      '<div class="offcanvas"><h1 class="offcanvas__title">Energiewende zuhause</h1></div><main><h1 class="post-title">Lohnt sich eine Wärmepumpe im Altbau?</h1><p>Viele Hausbesitzer fragen sich, ob eine Wärmepumpe in einem alten Haus überhaupt funktionieren kann.</p></main>');
    expect(m.title).toBe('Lohnt sich eine Wärmepumpe im Altbau?');
  });
});

describe('credits and links beside the writer', () => {
  it("reads one writer from two links to her page (her name, then the box's \"Mehr Infos\")", () => {
    const body = `<article><h1>Badi bleibt zu</h1><p>Text.</p><div class="AuthorBox_root"><a class="AuthorBox_name" href="/autoren/nadja-keller">Nadja Keller</a>
      <p class="AuthorBox_bio">Nadja Keller ist Redaktorin im Ressort Zürich.</p><a class="AuthorBox_more" href="/autoren/nadja-keller">Mehr Infos</a></div></article>`;
    expect(meta('', body).authors).toEqual(['Nadja Keller']);
  });

  it('reads two writers linked to two pages', () => {
    const body = `<article><h1>Badi bleibt zu</h1><p class="meta"><a href="/autoren/nadja-keller">Nadja Keller</a> und <a href="/autoren/marco-frei">Marco Frei</a></p><p>Text.</p></article>`;
    expect(meta('', body).authors).toEqual(['Nadja Keller', 'Marco Frei']);
  });

  it('takes no photographer credited in Spanish as a writer', () => {
    const body = `<article><h1>La escuela que volvió a abrir</h1><p class="credit"><span>Texto:</span> <a href="/autores/carmen-villalba">Carmen Villalba</a></p>
      <p class="credit"><span>Fotografía:</span> <a href="/autores/diego-santamaria">Diego Santamaría</a></p><p>Texto del reportaje.</p></article>`;
    expect(meta('', body).authors).toEqual(['Carmen Villalba']);
  });

  it("takes no photo credit in a box named for the author as a writer", () => {
    const body = `<article><h1>Temporal en la costa</h1><p class="pie-foto">Las barcas, amarradas en el puerto. <span class="autor-foto">Foto: Ana Pérez Suárez</span></p><p>Texto de la noticia.</p></article>`;
    expect(meta('', body).authors).toEqual([]);
  });
});

describe("a byline's other parts", () => {
  it("takes no writer's role set in the byline's box for a second writer", () => {
    const body = `<article><h1>An expired certificate took the parking app offline</h1><div class="Byline_byline__rN1uP"><div><span class="Byline_by__Xk2tq">By Theo Varga</span><span class="Byline_role__Lp0cV">Senior Reporter, Security</span></div></div><p>Text.</p></article>`;
    expect(meta('', body).authors).toEqual(['Theo Varga']);
  });
});

describe('an editor credited beside the writer', () => {
  it('takes no editor credited in Portuguese as a writer, though the JSON-LD lists her', () => {
    const head = '<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Alqueva","author":[{"@type":"Person","name":"Inês Valadares"},{"@type":"Person","name":"Pedro Sequeira Mota"}]}</script>';
    const body = '<article><h1>Alqueva</h1><p class="ficha">Reportagem: <a href="/autores/ines-valadares/">Inês Valadares</a>; Edição: Pedro Sequeira Mota</p><p>Texto da reportagem.</p></article>';
    expect(meta(head, body).authors).toEqual(['Inês Valadares']);
  });
});
