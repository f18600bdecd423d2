/**
 * The context the story-link judgement reads beside the address: lists of like items (a
 * menu of short names, a shop's priced grid), a shop's page, a teaser's date, prose, the
 * page's own classes; and the address rules for items that are not stories (events,
 * courses, forums, manuals, redirects), wiki entries and slugs that do not name the page.
 */
import { describe, expect, it } from 'vitest';
import { signature } from '../../src/discover/link-groups.js';
import { pageLinks } from '../../src/discover/links.js';
import { judgeLinks } from '../../src/discover/story-links.js';
import { kinds, PAGE, sameSite } from './kinds.js';
import * as cheerio from 'cheerio';


const STORY = '<h2><a href="/news/2026/03/05/council-votes-to-keep-the-night-ferry-running">Council votes to keep the night ferry running</a></h2>';

describe('lists of like items', () => {
  it('numbers a link by its nearest repeated ancestor, digits in class names ignored', () => {
    const links = pageLinks(
      `<main><div class="grid"><div class="card card-1"><h3><a href="/a">A</a></h3></div><div class="card card-2"><h3><a href="/b">B</a></h3></div>
       <div class="card card-3"><h3><a href="/c">C</a></h3></div></div><p><a href="/d">D</a></p></main>`,
      PAGE,
    );
    const [a, b, c, d] = links.map((l) => l.group);
    expect(a).not.toBeNull();
    expect(new Set([a, b, c]).size).toBe(1);
    expect(d).toBeNull();
    const $ = cheerio.load('<div class="card card-12 x"></div>');
    expect(signature($('div')[0] as Parameters<typeof signature>[0])).toBe('div.card.card-.x');
  });

  it('takes short names in a menu for sections', () => {
    const menu = ['Up to 80 Inch Projector Screens', 'Wall Projector Screens', 'Curved Projector Screens', 'Tripod Screens', 'Floor Screens']
      .map((t) => `<li><a href="/${t.toLowerCase().replace(/ /g, '-')}-96${t.length}.html">${t}</a></li>`)
      .join('');
    const k = kinds(`<nav class="side-menu"><ul>${menu}</ul></nav><main>${STORY}</main>`);
    expect(k['/curved-projector-screens-9624.html']).not.toBe('story');
    expect(k['/wall-projector-screens-9622.html']).not.toBe('story');
    expect(k['/news/2026/03/05/council-votes-to-keep-the-night-ferry-running']).toBe('story');
  });

  it('takes every card of a grid where most cards show a price for a shop\'s item', () => {
    const blurb = 'Made by hand in a small workshop by the harbour from wood and brass that was saved from old boats, finished with oil, and sent out in a box.';
    const grid = ['Brass harbour lamp with a linen shade', 'Oak reading chair with a woollen seat', 'Elm side table with a folding top', 'Walnut writing desk with two drawers']
      .map((t, i) => `<div class="tile"><h3><a href="/${t.toLowerCase().replace(/ /g, '-')}">${t}</a></h3><p>${blurb}</p>${i < 3 ? '<span>€149,00</span>' : ''}</div>`)
      .join('');
    const links = judgeLinks(pageLinks(`<main><div class="grid">${grid}</div></main>`, PAGE), PAGE, sameSite);
    expect(links.map((l) => l.priced)).toEqual([true, true, true, true]);
    expect(links.some((l) => l.kind === 'story')).toBe(false);
  });

  it('weighs a shop\'s page down, one with a cart', () => {
    const body = '<main><div><a href="/mens-trail-running-shoes">Mens trail running shoes</a></div></main>';
    expect(kinds(body)['/mens-trail-running-shoes']).toBe('story');
    expect(kinds(`<header><a href="/cart">Cart</a></header>${body}`)['/mens-trail-running-shoes']).not.toBe('story');
  });
});

describe('cards', () => {
  it('reads a date or a time on a teaser\'s card, and no price or date off the sentence a link sits in', () => {
    const links = pageLinks(
      `<nav><a href="/news/">News</a> <a href="/sport/">Sport</a></nav><main><div class="teaser"><h3><a href="/x/ferry-timetable-changes">Ferry timetable changes</a></h3><time datetime="2026-03-05">5 March</time></div>
       <div class="teaser"><h3><a href="/x/harbour-fees">Harbour fees</a></h3><span>2 hours ago</span></div></main>
       <article><p>The council said on 5 March 2026 that the new pier, which cost $12.50 million, will open <a href="/pier-opening-date">in the spring</a> after a long delay in the works.</p></article>`,
      PAGE,
    );
    expect(links.slice(2).map((l) => [l.dated, l.priced])).toEqual([[true, false], [true, false], [false, false]]);
  });

  it('does not take the page\'s own classes for furniture', () => {
    const [link] = pageLinks('<html class="feature-main-menu-pinned"><body class="has-sidebar"><main><h1>List</h1><a href="/wiki/Pharo">Pharo</a></main></body></html>', PAGE);
    expect(link?.place).toBe('content');
    const [menu] = pageLinks('<div class="main-menu"><a href="/x">X</a></div>', PAGE);
    expect(menu?.place).toBe('furniture');
  });

  it('reads a teaser\'s <header> inside an <article> as the teaser\'s, the page\'s own <header> as furniture', () => {
    const [site, teaser, byline] = pageLinks(
      `<header><a href="/about">About</a></header><main><article><header><h2><a href="/news/ferry-crews-walk-out">Ferry crews walk out</a></h2></header>
       <p>Crews stopped work at dawn.</p><footer><a href="/author/ana">Ana</a></footer></article></main>`,
      PAGE,
    );
    expect(site?.place).toBe('furniture');
    expect(teaser?.place).toBe('content');
    expect(byline?.place).toBe('content');
  });
});

describe('addresses', () => {
  it('leaves events, courses, forum threads, manuals, portfolios and redirects alone', () => {
    const k = kinds(`<main>
      <h2><a href="/events/spring-harbour-festival-on-the-quay">Spring harbour festival on the quay</a></h2>
      <h2><a href="/courses/introduction-to-sailing-for-adults">Introduction to sailing for adults</a></h2>
      <h2><a href="/forum/threads/where-to-moor-a-small-boat-in-winter.4411/">Where to moor a small boat in winter</a></h2>
      <h2><a href="/docs/getting-started-with-the-harbour-api">Getting started with the harbour API</a></h2>
      <h2><a href="/portfolio/new-website-for-the-harbour-trust">New website for the harbour trust</a></h2>
      <a href="/go/harbour-lamp-on-amazon">Check the price of the harbour lamp</a></main>`);
    expect(k['/events/spring-harbour-festival-on-the-quay']).toBe('other');
    expect(k['/courses/introduction-to-sailing-for-adults']).toBe('other');
    expect(k['/forum/threads/where-to-moor-a-small-boat-in-winter.4411/']).toBe('other');
    expect(k['/docs/getting-started-with-the-harbour-api']).toBe('other');
    expect(k['/portfolio/new-website-for-the-harbour-trust']).toBe('other');
    expect(k['/go/harbour-lamp-on-amazon']).toBe('utility');
  });

  it('leaves gated e-books, templates and use cases alone', () => {
    const k = kinds(`<main>
      <h2><a href="/ebooks/why-your-harbour-needs-a-new-plan">Why your harbour needs a new plan</a></h2>
      <h2><a href="/templates/quarterly-harbour-planning-meeting">Quarterly harbour planning meeting</a></h2>
      <h2><a href="/use-case/grow-sales-at-the-harbour-shop">Grow sales at the harbour shop</a></h2></main>`);
    expect(k['/ebooks/why-your-harbour-needs-a-new-plan']).toBe('other');
    expect(k['/templates/quarterly-harbour-planning-meeting']).toBe('other');
    expect(k['/use-case/grow-sales-at-the-harbour-shop']).toBe('other');
  });

  it('reads "/p/" as a product\'s only with an id after it, and a listing word closing a segment', () => {
    const k = kinds(`<main>
      <h2><a href="/p/why-the-harbour-bridge-closed-early">Why the harbour bridge closed early</a></h2>
      <h2><a href="/us/en/p/harbour-lamp-brass-shade-50508652/">Harbour lamp, brass shade</a></h2>
      <h2><a href="/blog-categories/harbour-life">Harbour life</a></h2></main>`);
    expect(k['/p/why-the-harbour-bridge-closed-early']).toBe('story');
    expect(k['/us/en/p/harbour-lamp-brass-shade-50508652/']).toBe('other');
    expect(k['/blog-categories/harbour-life']).toBe('section');
  });

  it('takes the kind of article closing a path for a story: "/ferries/best/", "/harbour-lamp/review/"', () => {
    const k = kinds(`<main><h3><a href="/ferries/best/">The best ferries on the coast</a></h3>
      <h3><a href="/harbour-lamp/review/">Harbour lamp review</a></h3><h3><a href="/ferries/timetable/">Ferry timetable</a></h3></main>`);
    expect(k['/ferries/best/']).toBe('story');
    expect(k['/harbour-lamp/review/']).toBe('story');
    expect(k['/ferries/timetable/']).not.toBe('story');
  });

  it('takes a wiki\'s entries for stories, not its namespaces', () => {
    const k = kinds('<main><ul><li><a href="/wiki/Pharo">Pharo</a></li><li><a href="/wiki/Help:Contents">Help contents</a></li></ul></main>');
    expect(k['/wiki/Pharo']).toBe('story');
    expect(k['/wiki/Help:Contents']).not.toBe('story');
  });

  it('reads a slug only where it names the page, and the previous story as a story', () => {
    const k = kinds(`<main><p><a href="/a-guide-to-harbour-sailing-for-beginners/ch11">Chapter 11: Knots</a></p>
      <div><a rel="prev" href="/2026/03/04/harbour-master-retires-after-thirty-years/">Previous post</a>
      <a rel="next" href="/news/page/2/">Next</a></div></main>`);
    expect(k['/a-guide-to-harbour-sailing-for-beginners/ch11']).not.toBe('story');
    expect(k['/2026/03/04/harbour-master-retires-after-thirty-years/']).toBe('story');
    expect(k['/news/page/2/']).toBe('archive');
  });

  it('takes a quantity with a unit for a product\'s name', () => {
    const k = kinds('<main><div><a href="/harbour-oil-1500mg">Harbour Oil 1500mg</a></div><div><a href="/harbour-oil-stories-told">Harbour oil stories told</a></div></main>');
    expect(k['/harbour-oil-1500mg']).not.toBe('story');
    expect(k['/harbour-oil-stories-told']).toBe('story');
  });
});
