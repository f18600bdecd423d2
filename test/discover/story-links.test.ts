import { describe, expect, it } from 'vitest';
import { pageLinks } from '../../src/discover/links.js';
import { judgeLinks } from '../../src/discover/story-links.js';
import { STORY_WEIGHTS } from '../../src/discover/link-rules.js';
import { kinds, PAGE, sameSite } from './kinds.js';
import { nextReading, SECTION_MAX_INTERVAL, SECTION_MIN_INTERVAL } from '../../src/crawl/schedule.js';


describe('page links', () => {
  it('reads each link with its text, place, headline and price', () => {
    const links = pageLinks(
      `<html><body><header><nav><a href="/news/">News</a></nav></header>
       <main><div class="card"><h2><a href="/a/one-two-three">One two three</a></h2></div>
       <div class="product"><a href="/x"><img alt="A lamp"></a><span>$12.99</span></div>
       <a href="mailto:x@example.org">mail</a><a href="javascript:void(0)">js</a></main>
       <div class="site-footer"><a href="/about/">About</a></div></body></html>`,
      PAGE,
    );
    expect(links.map((l) => [l.url, l.text, l.place, l.headline, l.priced])).toEqual([
      ['https://www.example.org/news/', 'News', 'furniture', false, false],
      ['https://www.example.org/a/one-two-three', 'One two three', 'content', true, false],
      ['https://www.example.org/x', 'A lamp', 'content', false, true],
      ['https://www.example.org/about/', 'About', 'furniture', false, false],
    ]);
  });
});

describe('story links', () => {
  it('tells stories from sections, tags, authors, archives, utility pages, files and other sites', () => {
    expect(
      kinds(`<html><body>
      <nav class="main-menu"><a href="/">Home</a> <a href="/politics/">Politics</a> <a href="/about-us/">About us</a> <a href="/contact/">Contact</a>
        <a href="/login?next=/">Log in</a> <a href="/privacy-policy/">Privacy policy</a> <a href="https://twitter.example/paper">Follow us</a></nav>
      <main>
        <article><h2><a href="/politics/2026/11/23/council-approves-the-harbour-budget">Council approves the harbour budget after a long night</a></h2>
          <a href="/author/lena-faro/">Lena Faro</a> <a href="/tag/harbour/">Harbour</a></article>
        <article><h3><a href="/sport/club-signs-young-goalkeeper-48213.html">Club signs a young goalkeeper from its academy</a></h3></article>
        <article><a href="/story.php?id=8576">Ferry fares frozen for another year by the council</a></article>
        <a href="/politics/page/2/">2</a> <a href="/2026/11/">November 2026</a> <a href="/files/report.pdf">The full report</a>
        <a href="/shop/products/harbour-print-framed-large">Harbour print, framed, large</a>
      </main></body></html>`),
    ).toEqual({
      '/politics/': 'section',
      '/about-us/': 'utility',
      '/contact/': 'utility',
      '/login?next=/': 'utility',
      '/privacy-policy/': 'utility',
      '/politics/2026/11/23/council-approves-the-harbour-budget': 'story',
      '/author/lena-faro/': 'author',
      '/tag/harbour/': 'tag',
      '/sport/club-signs-young-goalkeeper-48213.html': 'story',
      '/story.php?id=8576': 'story',
      '/politics/page/2/': 'archive',
      '/2026/11/': 'archive',
      '/files/report.pdf': 'file',
      '/shop/products/harbour-print-framed-large': 'utility',
      'https://twitter.example/paper': 'offsite',
    });
  });

  it('does not take a long text alone for a story, nor a price card', () => {
    const k = kinds(`<main><h2><a href="/weather">Sunny spells and a light breeze over the harbour this afternoon</a></h2>
      <div class="tile"><a href="/harbour-lamp-in-brass-with-shade">Harbour lamp in brass with a linen shade</a> <b>€49,00</b></div></main>`);
    expect(k['/weather']).not.toBe('story');
    expect(k['/harbour-lamp-in-brass-with-shade']).not.toBe('story');
  });

  it('takes a headline longer than its address for the story its slug names', () => {
    const k = kinds(`<aside class="related">
      <a href="/account-based-marketing-services/">Account-Based Marketing (ABM): What it is and How it Grows Your Sales</a>
      <a href="/harbour-lamp-brass-shade/">Ten quiet evenings by the water that changed how we live</a>
      <a href="/harbour-transfer-service/">Harbour Transfer ServiceMoves your boat from one quay to the next by night</a></aside>`);
    expect(k['/harbour-transfer-service/']).not.toBe('story');
    expect(k['/account-based-marketing-services/']).toBe('story');
    expect(k['/harbour-lamp-brass-shade/']).not.toBe('story');
  });

  it('does not hold a short text against a link in running prose', () => {
    const slug = '/council-reopens-the-old-harbour-bridge';
    const prose = kinds(`<main><p>Last spring the town argued for weeks about traffic on the quay, and in the end the <a href="${slug}">bridge</a> was the answer most people wanted to hear.</p></main>`);
    expect(prose[slug]).toBe('story');
    const alone = kinds(`<main><div><a href="${slug}">Bridge</a></div></main>`);
    expect(alone[slug]).not.toBe('story');
  });

  it('reads a story page\'s "Next" and "Previous" links by the headline after the word, or as saying nothing', () => {
    const k = kinds(`<main><article><p>The harbour story.</p></article>
      <nav class="post-nav"><a href="/blog/why-the-old-harbour-bridge-was-closed">Previous</a>
      <a href="/blog/ferry-fares-frozen-2026">Next »Ferry fares stay frozen for another year</a></nav></main>`);
    expect(k['/blog/why-the-old-harbour-bridge-was-closed']).toBe('story');
    expect(k['/blog/ferry-fares-frozen-2026']).toBe('story');
    const listing = kinds('<main><div class="pager"><a href="/harbour/2">Next</a></div></main>');
    expect(listing['/harbour/2']).not.toBe('story');
  });

  it('does not take the name of a calculator or a download for a story', () => {
    const k = kinds(`<main><div><a href="/tools/free-harbour-fee-calculator">Free harbour fee calculator</a></div>
      <div><a href="/harbour-pricing-rates-and-estimating-trips">Harbour Pricing ebook</a></div>
      <div><a href="/harbour-rates-and-estimating-trips-this-year">Harbour rates and estimating trips this year</a></div></main>`);
    expect(k['/tools/free-harbour-fee-calculator']).not.toBe('story');
    expect(k['/harbour-pricing-rates-and-estimating-trips']).not.toBe('story');
    expect(k['/harbour-rates-and-estimating-trips-this-year']).toBe('story');
  });

  it('takes a menu item that names an article\'s kind for a story, not a section', () => {
    const k = kinds(`<nav class="main-menu"><ul>
      <li><a href="/guides/first-time-boat-owners-guide">Owner guide</a></li>
      <li><a href="/harbour/how-to-moor-a-yacht">How to Moor a Yacht</a></li>
      <li><a href="/harbour/ferry-timetables-winter">Ferry Timetables</a></li>
      <li><a href="/harbour/berths-and-moorings">Berths</a></li></ul></nav>`);
    expect(k['/guides/first-time-boat-owners-guide']).toBe('story');
    expect(k['/harbour/how-to-moor-a-yacht']).toBe('story');
    expect(k['/harbour/ferry-timetables-winter']).not.toBe('story');
    expect(k['/harbour/berths-and-moorings']).not.toBe('story');
  });

  it('takes a compound segment closing on a policy word for a utility page', () => {
    const k = kinds('<footer><a href="/product-review-policy/">Editorial policy</a> <a href="/affiliate-disclaimer">Our partners</a></footer>');
    expect(k['/product-review-policy/']).toBe('utility');
    expect(k['/affiliate-disclaimer']).toBe('utility');
  });

  it('takes a privacy opt-out for a utility page however long its address', () => {
    const k = kinds('<footer><a href="/do-not-sell-or-share-my-personal-information/">Do Not Sell or Share My Personal Information</a> <a href="/your-privacy-choices">Your Privacy Choices</a></footer>');
    expect(k['/do-not-sell-or-share-my-personal-information/']).toBe('utility');
    expect(k['/your-privacy-choices']).toBe('utility');
  });

  it('takes a capitalised name in a sentence for the named thing\'s page, even beside stories', () => {
    const para = (a: string): string => `<p>We spent three days walking the coast and the valleys, and ${a} was the place we liked the most of all, far from the crowds of the harbour.</p>`;
    const k = kinds(`<main>${para('<a href="/trips/grand-harbour-cliffs-park-XY123">Grand Harbour Cliffs</a>')}
      ${para('<a href="/trips/walking-the-old-harbour-cliffs-in-winter">walking the cliffs in winter</a>')}
      <h2><a href="/trips/three-days-on-the-harbour-coast">Three days on the harbour coast with children</a></h2></main>`);
    expect(k['/trips/grand-harbour-cliffs-park-XY123']).not.toBe('story');
    expect(k['/trips/walking-the-old-harbour-cliffs-in-winter']).toBe('story');
    expect(k['/trips/three-days-on-the-harbour-coast']).toBe('story');
  });

  it('does not take a slug closing on a hub\'s word for one article', () => {
    const card = (href: string): Record<string, string> => kinds(`<main><div><a href="${href}">Harbour Sailing Basics</a></div></main>`);
    expect(card('/tutorials/harbour-sailing-video-series/')['/tutorials/harbour-sailing-video-series/']).not.toBe('story');
    expect(card('/tutorials/harbour-sailing-for-beginners/')['/tutorials/harbour-sailing-for-beginners/']).toBe('story');
  });

  it('takes a firm\'s services, solutions and offices, and its experts\' pages, for no stories', () => {
    const k = kinds(`<main><div class="cards">
      <div><a href="/services/harbour-investment-banking-advisory">Harbour Investment Banking Advisory</a></div>
      <div><a href="/solutions/fleet-tracking-for-ferry-operators">Fleet tracking for ferry operators</a></div>
      <div><a href="/our-experts/lena-maria-faro">Lena Maria Faro</a></div>
      <div><a href="/news/ferry-fares-frozen-for-another-year">Ferry fares frozen for another year</a></div></div></main>`);
    expect(k['/services/harbour-investment-banking-advisory']).not.toBe('story');
    expect(k['/solutions/fleet-tracking-for-ferry-operators']).not.toBe('story');
    expect(k['/our-experts/lena-maria-faro']).toBe('author');
    expect(k['/news/ferry-fares-frozen-for-another-year']).toBe('story');
  });

  it('reads a path after a front controller as the page\'s own ("/index.php/…")', () => {
    const k = kinds('<aside><ul><li><a href="/index.php/magazine/article/ten-ways-to-moor-a-small-boat">Ten Ways to Moor a Small Boat</a></li></ul></aside>');
    expect(k['/index.php/magazine/article/ten-ways-to-moor-a-small-boat']).toBe('story');
  });

  it('takes a page number after the page\'s own address for its next page, not a story', () => {
    const page = 'https://www.example.org/2026/11/23/the-ten-best-harbour-walks-this-winter/';
    const links = pageLinks(`<main><div class="pages"><a href="${page}2/">2</a> <a href="${page}3/">3</a></div></main>`, page);
    expect(judgeLinks(links, page, sameSite).map((j) => j.kind)).toEqual(['archive', 'archive']);
  });

  it('takes a headline after "Previous post" for the story before this one', () => {
    const k = kinds('<footer class="post-navigation"><a href="/fresh-harbour-fish-pie/">Previous Post Fresh Harbour Fish Pie</a></footer>');
    expect(k['/fresh-harbour-fish-pie/']).toBe('story');
  });

  it('reads a compound segment closing on a story word, and a date opening a slug, as a story\'s address', () => {
    const k = kinds(`<main><ul class="more">
      <li><a href="/harbour-blog/ferry-fares-frozen-again">Hear the story</a></li>
      <li><a href="/blog/2026-11-23-harbour-bridge">earlier post</a></li></ul></main>`);
    expect(k['/harbour-blog/ferry-fares-frozen-again']).toBe('story');
    expect(k['/blog/2026-11-23-harbour-bridge']).toBe('story');
  });

  it('reads a story filed by date under an archive segment, and a two-word slug closing on an article\'s kind, as stories', () => {
    const k = kinds(`<main><p>Some text about the harbour and its boats, long enough to be a paragraph of prose.</p><ul class="more">
      <li><a href="/archives/2025/12/09/in_defense_of_ferries.html">« In Defense of Ferries</a></li>
      <li><a href="/archives/2025/12/">December 2025</a></li>
      <li><a href="/ferrypass-review/">See my review of FerryPass here</a></li>
      <li><a href="/ferrypass-pricing/">See the FerryPass prices here</a></li></ul></main>`);
    expect(k['/archives/2025/12/09/in_defense_of_ferries.html']).toBe('story');
    expect(k['/archives/2025/12/']).toBe('archive');
    expect(k['/ferrypass-review/']).toBe('story');
    expect(k['/ferrypass-pricing/']).not.toBe('story');
  });

  it('reads a sentence-long slug under a topic segment as a story, and a headline that says every word of its slug as its headline', () => {
    const k = kinds(`<footer><ul class="popular">
      <li><a href="/topics/news/the-harbour-show-makes-its-long-awaited-island-debut.html">The Harbour Show makes its long-awaited island debut</a></li>
      <li><a href="/topics/harbour-boats/">Harbour boats</a></li>
      <li><a href="/cost/marine/hire-an-electrician/">How Much Does It Cost To Hire An Electrician?</a></li></ul></footer>`);
    expect(k['/topics/news/the-harbour-show-makes-its-long-awaited-island-debut.html']).toBe('story');
    expect(k['/topics/harbour-boats/']).toBe('tag');
    expect(k['/cost/marine/hire-an-electrician/']).toBe('story');
  });

  it('takes the comments under a story for a discussion, not the story', () => {
    const k = kinds('<main><div><a href="/p/why-the-harbour-bridge-closed-for-good/comments">12 more comments on the harbour bridge...</a></div></main>');
    expect(k['/p/why-the-harbour-bridge-closed-for-good/comments']).toBe('other');
  });

  it('takes a slug under a story segment for a story even in a sidebar, and a post\'s date for its link', () => {
    const k = kinds(`<aside><a href="/blog/harbour-ferry-timetables">Ferry timetables</a></aside>
      <main><div class="post"><a href="/exploring-the-harbour-caves/">Dec 19, 2025</a></div></main>`);
    expect(k['/blog/harbour-ferry-timetables']).toBe('story');
    expect(k['/exploring-the-harbour-caves/']).toBe('story');
  });

  it('judges other sites offsite unless allowed', () => {
    const links = pageLinks('<main><h2><a href="https://news.example.net/2026/11/23/a-long-story-slug-here">A long story headline about the harbour</a></h2></main>', PAGE);
    expect(judgeLinks(links, PAGE, sameSite)[0]?.kind).toBe('offsite');
    expect(judgeLinks(links, PAGE, () => true)[0]?.kind).toBe('story');
  });

  it('names the evidence behind each score, and the score is its weights summed', () => {
    const links = pageLinks(
      `<header><nav><a href="/shop/">Shop</a></nav></header>
       <main><h2><a href="/news/2026/11/23/harbour-ferry-fares-rise-again">Harbour ferry fares rise again this winter</a></h2></main>`,
      PAGE,
    );
    const [shop, story] = judgeLinks(links, PAGE, sameSite);
    expect(shop?.evidence).toBeNull();
    expect(story?.evidence).toEqual(expect.arrayContaining(['datePath', 'slug5', 'storySegment', 'text5', 'slugSpellsText', 'headline']));
    const sum = (story?.evidence ?? []).reduce((s, name) => s + STORY_WEIGHTS[name], 0);
    expect(story?.score).toBeCloseTo(sum);
  });
});

describe('section schedule', () => {
  it('halves the wait after new stories, doubles it after none, within bounds', () => {
    const now = 1_000_000;
    const first = nextReading(undefined, 'section', 'new', now);
    expect(first.intervalMs).toBe(3600_000);
    expect(first.nextAt).toBe(now + 3600_000);
    expect(nextReading(first, 'section', 'new', now).intervalMs).toBe(1800_000);
    expect(nextReading(first, 'section', 'unchanged', now).intervalMs).toBe(7200_000);
    expect(nextReading({ intervalMs: SECTION_MIN_INTERVAL }, 'section', 'new', now).intervalMs).toBe(SECTION_MIN_INTERVAL);
    expect(nextReading({ intervalMs: SECTION_MAX_INTERVAL }, 'section', 'nothing-new', now).intervalMs).toBe(SECTION_MAX_INTERVAL);
    expect(nextReading(undefined, 'archive', 'new', now).intervalMs).toBeGreaterThan(first.intervalMs);
  });
});
