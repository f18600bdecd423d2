/** The page signals the verdict reads before cleaning: story links here. */
import { describe, expect, it } from 'vitest';
import { DOM_KINDS } from '../../src/config.js';
import { readPageSignals } from '../../src/clean/signals.js';
import { parseHtml } from '../../src/extract/dom.js';

const PAGE_URL = 'https://coast.example/news/harbour-plan-approved-after-fight';

function signalsOf(body: string, dom: (typeof DOM_KINDS)[number], bodyClass = ''): ReturnType<typeof readPageSignals> {
  const page = parseHtml(`<!doctype html><html><body class="${bodyClass}">${body}</body></html>`, PAGE_URL, dom);
  try {
    return readPageSignals(page.document);
  } finally {
    page.close();
  }
}

describe('story links', () => {
  for (const dom of DOM_KINDS) {
    it(`counts each same-site story with a headline for text once, outside menus (${dom} DOM)`, () => {
      const teasers = ['ferry-crews-walk-out-over-pay', 'storm-damage-closes-pier', 'council-backs-new-ferry-terminal']
        .map((slug) => `<h3><a href="/news/${slug}">${slug.replace(/-/g, ' ')} this week</a></h3><p><a href="/news/${slug}">Read the whole story of it here</a></p>`)
        .join('');
      const body = `<nav><a href="/news/a-menu-link-with-many-words">A menu link with many words</a></nav>
        <main>${teasers}
          <a href="/news/ferries">Ferries</a>
          <a href="https://elsewhere.example/news/other-site-story-of-note">Another site's story of note</a>
          <a href="${PAGE_URL}#comments">This very page with a long anchor</a>
          <a href="/tag/harbour">All harbour news and views</a>
        </main>`;
      expect(signalsOf(body, dom).storyLinks).toBe(3);
      expect(signalsOf('<main><p>Just a story, no links at all in it.</p></main>', dom).storyLinks).toBe(0);
    });

    it(`counts teasers whose headline sits in the <header> of their <article>, and other hosts of the site (${dom} DOM)`, () => {
      const cards = ['ferry-crews-walk-out-over-pay', 'storm-damage-closes-pier', 'council-backs-new-ferry-terminal', 'harbour-fees-rise-again']
        .map((slug, i) => `<article><header><h2><a href="https://${i % 2 ? 'sport.' : ''}coast.example/news/${slug}">${slug.replace(/-/g, ' ')} today</a></h2></header><p>A line.</p></article>`)
        .join('');
      const signals = signalsOf(`<header><h2><a href="/news/the-site-masthead-story-link">The site masthead story link</a></h2></header><main>${cards}</main>`, dom);
      expect(signals.storyLinks).toBe(4);
      expect(signals.linkedHeadings).toBe(4);
      expect(signals.cardChars).toBeGreaterThan(0);
      expect(signalsOf(`<main><header>${cards}</header></main>`, dom).storyLinks).toBe(0);
    });
  }
});

describe('layout classes', () => {
  for (const dom of DOM_KINDS) {
    it(`reads a page whose <body> class names its layout ("has-sidebar") like any other (${dom} DOM)`, () => {
      const cards = ['ferry-crews-walk-out-over-pay', 'storm-damage-closes-pier', 'council-backs-new-ferry-terminal']
        .map((slug) => `<article><h2><a href="/news/${slug}">${slug.replace(/-/g, ' ')} today</a></h2><p>${'The crews met the council again and the talks went on late into the night. '.repeat(3)}</p></article>`)
        .join('');
      for (const bodyClass of ['has-sidebar', 'ast-no-sidebar et_fixed_nav', 'archive author mega-menu-primary']) {
        const signals = signalsOf(`<main>${cards}</main><div class="sidebar"><h2><a href="/news/a-sidebar-story-of-the-week">A sidebar story of the week</a></h2></div>`, dom, bodyClass);
        expect(signals.storyLinks).toBe(3);
        expect(signals.linkedHeadings).toBe(3);
        expect(signals.longParagraphs).toBe(3);
      }
    });
  }
});

describe('link cards', () => {
  for (const dom of DOM_KINDS) {
    it(`groups an archive's posts whose classes name each one's category, as WordPress writes them (${dom} DOM)`, () => {
      const cats = ['news', 'sport', 'news', 'business', 'culture'];
      const posts = cats
        .map((cat, i) => `<article class="post-${100 + i} post type-post status-publish hentry category-${cat}${i % 2 ? ' has-post-thumbnail' : ''}"><h2><a href="/2025/03/story-number-${i}-of-the-week/">Story number ${i} of the week in ${cat}</a></h2><p>A short teaser of the story, a line or two long.</p></article>`)
        .join('');
      expect(signalsOf(`<main>${posts}</main>`, dom).cardChars).toBeGreaterThan(0);
      // Sections of one article, each of its own kind, are no grid of cards.
      const sections = ['intro', 'method', 'results', 'outlook']
        .map((kind) => `<section class="part-${kind}"><h2>The ${kind}</h2><p>${'The crews met the council again and the talks went on. '.repeat(2)}<a href="/notes">notes</a></p></section>`)
        .join('');
      expect(signalsOf(`<main>${sections}</main>`, dom).cardChars).toBe(0);
    });
  }
});

describe('long paragraphs', () => {
  const para = (n: number): string => `Satz ${n}: ` + 'die alte Mühle am Bach wurde erneuert und ein zweiter Mahlgang eingebaut, '.repeat(3);
  for (const dom of DOM_KINDS) {
    it(`counts paragraphs written in line breaks as <p> ones, outside menus (${dom} DOM)`, () => {
      expect(signalsOf(`<main><p>${para(1)}</p><p>${para(2)}</p></main>`, dom).longParagraphs).toBe(2);
      expect(signalsOf(`<table><tr><td><font>${para(1)}<br><br>${para(2)}<br><br>Kurz.<br></font></td></tr></table>`, dom).longParagraphs).toBe(2);
      expect(signalsOf(`<nav>${para(1)}<br>${para(2)}<br></nav><p>${para(3)}<br>noch etwas</p>`, dom).longParagraphs).toBe(1);
    });
  }
});
