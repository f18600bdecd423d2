/**
 * The second look at pages where Readability's pick holds little of the page's prose.
 * The pick is simulated here (one box of the article), so each case tests the rule itself.
 */
import { describe, expect, it } from 'vitest';
import { DOM_KINDS } from '../../src/config.js';
import { cleanBeforeReadability } from '../../src/clean/index.js';
import { keptTooLittle, markProse, pickedSidebar, widerContainer } from '../../src/clean/coverage.js';
import { parseHtml } from '../../src/extract/dom.js';
import { extractArticle } from '../../src/pipeline.js';
import type { PageDom } from '../../src/extract/dom.js';

const SENTENCE = 'The harbour board met again on Tuesday to weigh the cost of rebuilding the old ferry pier before winter. ';
const para = (n: number): string => `<p>${SENTENCE.repeat(n)}</p>`;

/** An article cut into boxes, as page builders write it, with a menu and an FAQ beside it. */
const BOXED = `<body><div class="menu"><a href="/">Home</a> <a href="/news">News</a></div>
<div id="article">
  <div class="box" id="first">${para(2)}</div>
  <div class="box"><h2>The cost</h2>${para(5)}</div>
  <div class="box">${para(5)}</div>
  <div class="box">${para(5)}</div>
</div>
<section id="faq"><h2>Questions</h2>${para(1)}</section>
<div class="comments">${para(4)}${para(4)}${para(4)}${para(4)}</div></body>`;

function read(html: string, dom: (typeof DOM_KINDS)[number]): PageDom {
  const page = parseHtml(html, 'https://coast.example/news/pier', dom);
  cleanBeforeReadability(page.document);
  return page;
}

/**
 * The rule on a page whose pick is the element `pickId`: whether the pick kept too little of
 * the prose, and the id of the wider container read from a second, untouched reading.
 */
function widening(html: string, pickId: string): { paragraphs: number; tooLittle: boolean; wider: string | undefined } {
  const first = read(html, 'light');
  const second = read(html, 'light');
  try {
    const prose = markProse(first.document);
    const pick = first.document.getElementById(pickId);
    return { paragraphs: prose.chars.length, tooLittle: keptTooLittle(pick, prose), wider: widerContainer(second.document, pick, prose)?.id };
  } finally {
    first.close();
    second.close();
  }
}

describe('prose coverage', () => {
  for (const dom of DOM_KINDS) {
    it(`widens a pick of one box to the article holding all of them (${dom} DOM)`, () => {
      const first = read(BOXED, dom);
      const second = read(BOXED, dom);
      try {
        const prose = markProse(first.document);
        // Four boxes and the FAQ's answer; readers' comments are not the article's prose.
        expect(prose.chars.length).toBe(5);
        const pick = first.document.getElementById('first');
        expect(keptTooLittle(pick, prose)).toBe(true);
        expect(widerContainer(second.document, pick, prose)?.id).toBe('article');
        // The whole article picked: nothing to do.
        expect(keptTooLittle(first.document.getElementById('article'), prose)).toBe(false);
      } finally {
        first.close();
        second.close();
      }
    });
  }

  it('never replaces a pick with a container that leaves the pick out', () => {
    const html = `<body><div id="intro">${para(6)}</div><div id="other">${para(5)}${para(5)}${para(5)}</div></body>`;
    const first = read(html, 'light');
    const second = read(html, 'light');
    try {
      const prose = markProse(first.document);
      const pick = first.document.getElementById('intro');
      const wider = widerContainer(second.document, pick, prose);
      // Only a container that holds the intro can be taken (here the body, holding both).
      expect(wider === null || wider.querySelector('#intro') !== null).toBe(true);
      expect(wider?.id).not.toBe('other');
    } finally {
      first.close();
      second.close();
    }
  });

  it('takes the prose elsewhere when the pick is a stray paragraph', () => {
    // The pick holds one paragraph of six percent of the page's prose: a lead box, not the article.
    const html = `<body><div id="lead">${para(1)}</div><div class="ad">${'Offer '.repeat(40)}</div><div id="steps">${para(5)}${para(5)}${para(5)}</div></body>`;
    expect(widening(html, 'lead')).toMatchObject({ tooLittle: true, wider: 'steps' });
  });

  it('leaves pages with little prose to Readability', () => {
    const page = read(`<body><div id="a">${para(2)}</div><div>${para(2)}</div></body>`, 'light');
    try {
      const prose = markProse(page.document);
      expect(prose.total).toBeGreaterThan(0);
      expect(keptTooLittle(page.document.getElementById('a'), prose)).toBe(false);
    } finally {
      page.close();
    }
  });

  it('widens a short article too, once it has a few paragraphs of prose', () => {
    // Five boxes of two sentences each, some 1,050 characters of prose: a short story a page
    // builder cut up, where Readability took the first box alone.
    const boxes = Array.from({ length: 5 }, (_, i) => `<div class="box" id="b${i}">${para(2)}</div>`).join('<div class="cta"><a href="/demo">Book a demo</a></div>');
    expect(widening(`<body><div class="menu"><a href="/">Home</a></div><div id="story">${boxes}</div></body>`, 'b0')).toEqual({ paragraphs: 5, tooLittle: true, wider: 'story' });
  });

  it('on a page of many paragraphs, counts a pick\'s list of names as no prose kept', () => {
    // The pick is the closing thanks: a paragraph and a long list of sponsors, as much text as
    // half the article, but only one of its ten prose paragraphs.
    const names = Array.from({ length: 60 }, (_, i) => `<li><p>Sponsor number ${i + 1}</p></li>`).join('');
    const html = `<body><div id="post"><div class="sect">${para(2)}${para(2)}${para(2)}</div><div class="sect">${para(2)}${para(2)}${para(2)}</div><div class="sect">${para(2)}${para(2)}${para(2)}</div><div class="sect" id="thanks">${para(1)}<ul>${names}</ul></div></div></body>`;
    expect(widening(html, 'thanks')).toEqual({ paragraphs: 10, tooLittle: true, wider: 'post' });
  });
  it('widens to an article whose sections sit between lists and tables of short entries', () => {
    // A guide cut into sections, a long list of short entries (a comparison, a course list)
    // between them: the article still holds the most prose for what else it holds.
    const items = Array.from({ length: 60 }, (_, i) => `<li>Plan ${i + 1}: ten gigabytes, five a month</li>`).join('');
    const html = `<body><div id="guide"><div id="first">${para(5)}</div><ul>${items}</ul><div>${para(5)}</div><div>${para(5)}</div><div>${para(5)}</div></div></body>`;
    expect(widening(html, 'first')).toMatchObject({ tooLittle: true, wider: 'guide' });
  });
  it('widens to the whole article when its sections are mostly lists of links, not to the one section with the least of them', () => {
    // A tutorial's or release notes' sections: a paragraph or two, then a long list of linked
    // topics or patches. Every container holding the article carries more links than prose;
    // the note box holds one paragraph and nothing else.
    const links = (n: number): string => `<ul>${Array.from({ length: 30 }, (_, i) => `<li><a href="/topics/${n}-${i}">Topic ${n}.${i}: reading the harbour tide tables</a></li>`).join('')}</ul>`;
    const html = `<body><div id="tutorial"><div>${para(3)}${para(3)}${links(1)}</div><div>${para(3)}${para(3)}${links(2)}</div><blockquote id="note">${para(1)}</blockquote><div>${para(3)}${para(3)}${links(3)}</div></div></body>`;
    expect(widening(html, 'note')).toMatchObject({ tooLittle: true, wider: 'tutorial' });
  });
  it("counts a form's terms beside the article as no prose, but not a form that wraps the whole page", () => {
    const offers = `<div id="offers"><h2>Packages</h2>${para(2)}${para(2)}</div>`;
    const form = (id: string): string => `<form id="${id}"><label>Name</label><input name="n">${para(3)}${para(3)}${para(3)}</form>`;
    // Booking forms in pop-ups after the offers: the offers are the page.
    const beside = widening(`<body>${offers}<div class="overlay">${form('a')}${form('b')}${form('c')}</div></body>`, 'offers');
    expect(beside.paragraphs).toBe(2);
    expect(beside.tooLittle).toBe(false);
    // One form around the whole body (as ASP.NET writes pages): its paragraphs are the article's.
    const wrapped = widening(`<body><form id="page"><div id="first">${para(2)}</div><div>${para(8)}</div><div>${para(8)}</div></form></body>`, 'first');
    expect(wrapped.paragraphs).toBe(3);
    expect(wrapped.tooLittle).toBe(true);
  });
  it("counts a sidebar's prose as none of the page's, however much of it there is (a news ticker beside a short story)", () => {
    // The ticker holds most of the page's text, so the furniture pass leaves it for Readability.
    const ticker = (tag: string): string => `<${tag} id="ticker"><h2>Live</h2>${Array.from({ length: 12 }, () => para(2)).join('')}</${tag.split(' ')[0]}>`;
    for (const sidebar of ['aside', 'div role="complementary"']) {
      const html = `<body><article id="story"><h1>Pier to be rebuilt</h1>${para(2)}${para(2)}</article>${ticker(sidebar)}</body>`;
      expect(widening(html, 'story')).toEqual({ paragraphs: 2, tooLittle: false, wider: undefined });
    }
  });

  it("takes the page's own short post when Readability picked a sidebar's longer box", () => {
    const about = `<aside class="seitenleiste"><section><h2>About this blog</h2><img src="/me.jpg" alt="Ann Lee">${para(3)}${para(3)}${para(2)}</section><section><h2>Archive</h2><ul><li><a href="/2023">2023</a></li></ul></section></aside>`;
    const post = `<p>The library on the square now opens on Sundays from one to five in the afternoon, as a trial until the end of March.</p><p>I think that is splendid and will go on the first Sunday, so that the numbers speak for keeping it open after March.</p>`;
    const html = `<body><header><a href="/">Ann's notebook</a></header><main><article><h1>The library opens on Sundays</h1><div class="e-content">${post}</div></article></main>${about}</body>`;
    for (const dom of DOM_KINDS) {
      const text = extractArticle(html, { url: 'https://ann.example/notes/2023/library-sundays' }, { dom, keepNonArticles: true }).body;
      expect(text).toContain('now opens on Sundays');
      expect(text).toContain('numbers speak for keeping it');
      expect(text).not.toContain(SENTENCE.trim());
    }
    // The rule alone: a pick holding the sidebar's paragraphs and none of the page's prose.
    const page = read(html, 'light');
    try {
      const prose = markProse(page.document);
      expect(pickedSidebar(page.document.querySelector('aside'), prose)).toBe(true);
      expect(pickedSidebar(page.document.querySelector('article'), prose)).toBe(false);
    } finally {
      page.close();
    }
  });

  describe('teaser cards (other stories\' summaries, known by shape, not by class names)', () => {
    const excerpt = 'Another story from the same site, summarised in two sentences for readers who want more of the same. Read on for the rest of it.';
    const card = (i: number): string =>
      `<div class="n7"><div class="n8"><a href="/news/story-${i}"><img src="/i/${i}.jpg"></a></div><div class="n9"><span>Dec ${i}, 2026</span><h3><a href="/news/story-${i}">Story number ${i}</a></h3><p>${excerpt}</p></div></div>`;
    const cards = (n: number): string => Array.from({ length: n }, (_, i) => card(i + 1)).join('');

    it('does not widen an article past the teaser cards beside it', () => {
      // The article's prose is all in the pick; twenty teasers beside it hold more prose than it.
      const html = `<body><div class="n1" id="story">${para(4)}${para(4)}${para(4)}${para(4)}</div><div class="n2" id="more">${cards(20)}</div></body>`;
      const result = widening(html, 'story');
      expect(result.paragraphs).toBe(24);
      expect(result.tooLittle).toBe(false);
    });

    it('still widens to the cards when they are the page (a guide of picks)', () => {
      // A short intro picked; the page's own prose is the cards.
      const html = `<body><div class="n1" id="intro">${para(2)}</div><div class="n2" id="picks">${cards(12)}</div></body>`;
      expect(widening(html, 'intro').tooLittle).toBe(true);
    });

    it('does not take a listicle\'s sections for cards: they sit flat in the article\'s column', () => {
      // Linked section headings with their paragraphs in one column: the box holding a
      // heading holds the whole article, too large for a card; a pick of one section widens.
      const sections = Array.from({ length: 6 }, (_, i) => `<h3><a href="https://maker${i}.example/">Pick ${i + 1}</a></h3>${para(3)}`).join('');
      const html = `<body><div id="list"><div id="first">${para(2)}</div>${sections}</div></body>`;
      expect(widening(html, 'first')).toMatchObject({ tooLittle: true, wider: 'list' });
      const page = read(html, 'light');
      try {
        expect(markProse(page.document).teasers).toEqual([]);
      } finally {
        page.close();
      }
    });

    it('finds each card, wrapped alone or in a row', () => {
      // Cards side by side in one box, and cards each wrapped in a column of its own.
      const rows = `<div>${cards(3)}</div>${Array.from({ length: 3 }, (_, i) => `<div class="n3">${card(i + 4)}</div>`).join('')}`;
      const page = read(`<body><div>${para(3)}</div>${rows}</body>`, 'light');
      try {
        expect(markProse(page.document).teasers).toEqual([1, 2, 3, 4, 5, 6]);
      } finally {
        page.close();
      }
    });
  });
});

describe("a wall's prompt beside the article", () => {
  const page = (after: string, header = ''): string => `<!doctype html><html><head><title>Pier rebuild weighed</title></head><body>
    <header>${header}<a href="/">Coast Gazette</a></header>
    <article><h1>Pier rebuild weighed</h1><div class="story">${para(2)}${para(3)}${para(2)}</div>${after}</article>
    <footer><a href="/imprint">Imprint</a></footer></body></html>`;
  const url = 'https://coast.example/news/pier-rebuild-weighed';
  for (const dom of DOM_KINDS) {
    it(`marks the teaser not free when the prompt's box follows its text, not for a header's log-in or a comments note (${dom} DOM)`, () => {
      const wall = '<div class="paywall"><p>This article is reserved for subscribers.</p><p>Already a subscriber? <a href="/login">Log in</a></p></div>';
      expect(extractArticle(page(wall), { url }, { quotes: false, dom }).accessibleForFree).toBe(false);
      expect(extractArticle(page('', '<p>Already a subscriber? <a href="/login">Log in</a></p>'), { url }, { quotes: false, dom }).accessibleForFree).toBe(true);
      expect(extractArticle(page('<section class="talk"><p>Comments are for subscribers only.</p></section>'), { url }, { quotes: false, dom }).accessibleForFree).toBe(true);
    });
  }
});

describe('a short story above cards of other stories', () => {
  const STORY = [
    'A fire destroyed a tyre warehouse on the edge of the harbour overnight, and the alarm was raised shortly after two by a neighbour.',
    'About sixty firefighters fought the flames, which destroyed some fifteen hundred square metres of the building; no one was hurt.',
    'The town hall asked residents nearby to keep their windows shut until late morning, and an inquiry into the cause has been opened.',
  ];
  const TEASER = 'The driver, who had no licence, hit two parked cars before he was stopped near the bridge, and he will be tried on Friday in a fast-track hearing.';
  const card = (n: number): string => `<div class="teaser"><a href="/news/2026/03/1${n}/story-${n}"><img src="/t${n}.jpg" alt=""><h3>Other story number ${n} in the same section</h3></a><p>${TEASER}</p><p class="meta">By Kim Lee · 1${n}/03/2026</p></div>`;
  const page = `<!doctype html><html><body><main><article id="story"><h1>Tyre warehouse destroyed by fire, no one hurt</h1><div class="body">${STORY.map((p) => `<p>${p}</p>`).join('')}</div></article>
<section class="more"><h2>More from the section</h2>${[1, 2, 3, 4].map(card).join('')}</section>
<section class="more"><h2>In your area</h2>${[5, 6, 7, 8].map(card).join('')}</section></main></body></html>`;

  it('is all the pick holds: the cards, however much prose they hold, are not what Readability missed', () => {
    const result = widening(page, 'story');
    expect(result.paragraphs).toBe(11);
    expect(result.tooLittle).toBe(false);
  });
});
