/**
 * Threads: a question and its answers, or a forum topic, are one text made of every post,
 * while Readability alone keeps the best-scoring post.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/pipeline.js';
import { withRulesOff } from '../../src/clean/switches.js';
import { cleanBeforeReadability } from '../../src/clean/index.js';
import { markPosts, partlyHeld, postSeries, seriesContainer } from '../../src/clean/posts.js';
import { parseHtml } from '../../src/extract/dom.js';
import { markProse } from '../../src/clean/coverage.js';
import { STORY_SENTENCES } from '../helpers/story.js';

const QUESTION = 'My sourdough starter rose well for a week and now it barely bubbles, even fed twice a day with the same flour and water at room temperature.';
const ANSWER_1 = 'Check the temperature first: a kitchen that cools down in autumn slows the yeast a lot, so keep the jar somewhere warmer for a few days.';
const ANSWER_2 = 'Switching a part of the feed to whole rye flour usually wakes a tired starter up, because rye brings more food and more wild yeast with it.';
const ANSWER_3 = 'Discard more before each feed; an old starter carries too much acid, and the yeast cannot keep up with it until the ratio is fresher again.';

/** A question and three answers, each post's text beside its votes, menu and author; the longest answer is the one Readability keeps. */
function threadPage(): string {
  return `<!doctype html><html><head><title>Why did my starter stop rising? - Bread Q&amp;A</title></head><body>
<header><nav><a href="/">Home</a> <a href="/questions">Questions</a> <a href="/tags">Tags</a></nav></header>
<div id="content"><div id="mainbar"><h1>Why did my starter stop rising?</h1>
<div id="question"><div class="layout"><div class="votes"><button>Up</button> 12</div><div class="cell"><div class="post-text"><p>${QUESTION}</p></div><div class="tags"><a href="/t/bread">bread</a> <a href="/t/yeast">yeast</a></div><div class="comments"><ul><li><span>Which flour exactly?</span> <a href="/u/7">zed</a> <span>2 days ago</span></li></ul></div></div></div></div>
<div id="answers"><h2>3 Answers</h2><div class="sort"><a href="?s=votes">Highest score</a> <a href="?s=new">Newest</a></div>
<div class="answer"><div class="layout"><div class="votes"><button>Up</button> 4</div><div class="cell"><div class="post-text"><p>${ANSWER_1}</p><p>${ANSWER_1}</p></div><div class="menu"><a href="/share">Share</a> <a href="/edit">Edit</a> <a href="/u/1">ben</a></div></div></div></div>
<div class="answer"><div class="layout"><div class="votes"><button>Up</button> 30</div><div class="cell"><div class="post-text"><p>${ANSWER_2}</p><p>Give it three or four days of rye, then go back to your usual flour, and it should rise again, doubling in four to six hours at a warm room temperature.</p><p>If it still does not, the water may be the problem, and chlorinated tap water left to stand overnight, or filtered water, is worth a try.</p><p>Some people also keep a small back-up starter in the fridge for exactly this reason, so that a tired one can be replaced, and that is a good habit.</p></div><div class="menu"><a href="/share">Share</a> <a href="/edit">Edit</a> <a href="/u/2">cleo</a></div></div></div></div>
<div class="answer"><div class="layout"><div class="votes"><button>Up</button> 2</div><div class="cell"><div class="post-text"><p>${ANSWER_3}</p><p>${ANSWER_3}</p></div><div class="menu"><a href="/share">Share</a> <a href="/edit">Edit</a> <a href="/u/3">dev</a></div></div></div></div>
</div></div><div id="sidebar"><h3>Related</h3><ul><li><a href="/q/1">How to feed a starter?</a></li><li><a href="/q/2">Rye or wheat?</a></li></ul></div></div>
<footer><a href="/about">About</a> <a href="/privacy">Privacy</a></footer></body></html>`;
}

const URL = 'https://bread.example/questions/812/why-did-my-starter-stop-rising';

describe('a thread of posts in one template', () => {
  for (const dom of ['light', 'jsdom'] as const) {
    it(`is read as every post, in order, not only the one Readability picks (${dom} DOM)`, () => {
      const body = extractArticle(threadPage(), { url: URL }, { dom }).body;
      const places = [QUESTION, ANSWER_1, ANSWER_2, ANSWER_3].map((t) => body.indexOf(t.slice(0, 40)));
      expect(places.every((p) => p >= 0)).toBe(true);
      expect([...places].sort((a, b) => a - b)).toEqual(places);
      // The posts' text only: not the menus, tags and comments around it.
      expect(body).not.toMatch(/Share Edit|Which flour exactly/);
    });
  }

  it('is read whole when its posts are named by numbered ids and written in line breaks', () => {
    const message = (n: number, text: string, times: number): string => `<tr><td><a href="/members/${n}">member${n}</a><br>Joined 2019</td><td><div id="post_message_${880 + n}">${`${text}<br><br>`.repeat(times)}</div></td></tr>`;
    const html = `<!doctype html><html><head><title>Winter tyres on an old estate car - Motoring Forum</title></head><body><div id="nav"><a href="/">Forum</a> &gt; <a href="/cars">Cars</a></div><table>${message(1, QUESTION, 2)}${message(2, ANSWER_1, 2)}${message(3, ANSWER_2, 5)}${message(4, ANSWER_3, 2)}</table></body></html>`;
    const body = extractArticle(html, { url: 'https://forum.example/threads/winter-tyres-on-an-old-estate-car.5512/' }).body;
    for (const text of [QUESTION, ANSWER_1, ANSWER_2, ANSWER_3]) expect(body).toContain(text.slice(0, 40));
    // The series is found by its ids, and a pick rebuilt without marks is placed by its words.
    const { document } = parseHtml(html, 'https://forum.example/threads/winter-tyres-on-an-old-estate-car.5512/', 'light');
    cleanBeforeReadability(document);
    const marked = markPosts(document);
    const index = marked.series.findIndex((s) => s.members.every((el) => /^post_message_\d+$/.test(el.id)));
    expect(index).toBeGreaterThanOrEqual(0);
    const pick = document.createElement('div');
    pick.innerHTML = `<p>${ANSWER_2}</p><p>${ANSWER_2}</p>`;
    expect(partlyHeld(pick, marked)).toBe(index);
  });

  it('loses the other posts without the rule (what the rule is for)', () => {
    // The coverage second look widens to the thread's column on its own; off with it, Readability keeps one answer.
    const body = withRulesOff(['clean:post-series', 'clean:prose-coverage'], () => extractArticle(threadPage(), { url: URL }).body);
    expect(body).toContain(ANSWER_2.slice(0, 40));
    expect(body).not.toContain(ANSWER_1.slice(0, 40));
  });

  it('are not found in a grid of teasers', () => {
    const teaser = (n: number): string => `<div class="card"><h3><a href="/news/story-${n}">Another story number ${n} about the town</a></h3><p>${'A short summary of that other story, written to make a reader click through to it. '.repeat(3)}</p></div>`;
    const story = `<article><h1>Map museum reopens</h1>${'<p>The museum reopens on Saturday with its whole collection of maps back on the walls after two years of work on the roof.</p>'.repeat(3)}</article>`;
    for (const grid of [[1, 2, 3, 4].map(teaser)]) {
      const { document } = parseHtml(`<!doctype html><html><body>${story}<section class="more">${grid.join('')}</section></body></html>`, 'https://news.example/2025/05/map-museum-reopens', 'light');
      cleanBeforeReadability(document);
      expect(postSeries(document)).toEqual([]);
    }
  });

  it('leaves an article alone when the repeated boxes are readers\' comments below it', () => {
    const story = 'The museum reopens on Saturday with its whole collection of maps back on the walls after two years of work on the roof and the cellars.';
    const comment = (n: number): string => `<li class="comment-item"><div class="comment-body"><p>Reader ${n} here: ${'I went there as a child and cannot wait to take my own children to see the maps again this summer. '.repeat(2)}</p></div></li>`;
    const html = `<!doctype html><html><head><title>Map museum reopens</title></head><body><article><h1>Map museum reopens</h1>${`<p>${story}</p>`.repeat(5)}</article><div id="comments"><ol>${[1, 2, 3].map(comment).join('')}</ol></div></body></html>`;
    const body = extractArticle(html, { url: 'https://news.example/2025/05/map-museum-reopens' }).body;
    expect(body).toContain('museum reopens');
    expect(body).not.toContain('Reader 2 here');
  });

  it('are not found where a story and its readers\' comments share a template, or a story is rendered twice', () => {
    const story = `<div class="content">${'<p>The museum reopens on Saturday with its whole collection of maps back on the walls after two years of work on the roof.</p>'.repeat(4)}</div>`;
    const comments = `<div id="comments">${[1, 2, 3].map((n) => `<div class="comment"><div class="content"><p>Reader ${n}: I went there as a child and cannot wait to go back with my own children this summer.</p></div></div>`).join('')}</div>`;
    for (const body of [story + comments, `<div class="wide">${story}</div><div class="narrow">${story}</div>`]) {
      const { document } = parseHtml(`<!doctype html><html><body>${body}</body></html>`, 'https://news.example/2025/05/map-museum-reopens', 'light');
      cleanBeforeReadability(document);
      expect(postSeries(document).filter((s) => s.members.some((el) => el.className === 'content'))).toEqual([]);
    }
  });

  it('are not taken when the posts left out add little to the pick (a statement boxed like the story)', () => {
    const story = '<p>The council said the new bridge would open in May, and engineers checked every claim made about its cost in the last year.</p>'.repeat(6);
    const html = `<!doctype html><html><body><div class="quote-box"><div class="text"><p>The bridge will cost twice what we were told, a councillor said.</p></div></div><article><div class="text">${story}</div></article></body></html>`;
    const { document } = parseHtml(html, 'https://news.example/2025/05/bridge-fact-check', 'light');
    cleanBeforeReadability(document);
    const marked = markPosts(document);
    expect(marked.series.length).toBe(1);
    const pick = document.querySelector('article .text');
    expect(partlyHeld(pick, marked)).toBeNull();
    // The same pick in a thread whose other posts hold more than it does: the thread is taken.
    const others = document.querySelector('.quote-box .text');
    others?.insertAdjacentHTML('beforeend', story);
    expect(partlyHeld(pick, markPosts(document))).toBe(0);
  });

  it('are not taken when the pick is a story with a few of its comments under it, in markup that names nothing', () => {
    const story = '<p>The museum reopens on Saturday with its whole collection of maps back on the walls after two years of work on the roof and the cellars.</p>'.repeat(6);
    const comment = (n: number): string => `<div class="x7"><p>Reader ${n}: I went there as a child and cannot wait to go back with my own children this summer, and my parents too.</p></div>`;
    const html = `<!doctype html><html><body><div class="a1">${story}<div class="b2">${[1, 2].map(comment).join('')}</div></div><div class="c3">${[3, 4, 5, 6].map(comment).join('')}</div></body></html>`;
    const { document } = parseHtml(html, 'https://news.example/2025/05/map-museum-reopens', 'light');
    cleanBeforeReadability(document);
    const marked = markPosts(document);
    expect(marked.series.length).toBe(1);
    // The pick holds the story and two of the six comments: the comments are not the page's thread.
    expect(partlyHeld(document.querySelector('.a1'), marked)).toBeNull();
    // A pick that is mostly those two posts is part of a thread, and the thread is taken.
    expect(partlyHeld(document.querySelector('.b2'), marked)).toBe(0);
  });

  it('are not found in a story by the words a comment quotes from it', () => {
    const line = 'The museum reopens on Saturday with its whole collection of maps back on the walls.';
    const comment = (text: string): string => `<li class="reply"><div class="reply-text"><p>${text}</p></div></li>`;
    const html = `<!doctype html><html><body><ol>${comment(`${line} Finally! ${'I have waited two years for this and will be there at opening time with the whole family. '.repeat(2)}`)}${comment('Does anyone know whether the cellar rooms are open to the public again, or only the galleries upstairs this year?'.repeat(2))}</ol></body></html>`;
    const { document } = parseHtml(html, 'https://news.example/2025/05/map-museum-reopens', 'light');
    cleanBeforeReadability(document);
    const marked = markPosts(document);
    expect(marked.series.length).toBeGreaterThan(0);
    // A story, rebuilt without marks, that holds the quoted line among much else.
    const story = document.createElement('div');
    story.innerHTML = `<p>${line}</p>${'<p>Work on the roof and the cellars took two years and cost the town more than it had planned, but the maps were kept dry throughout.</p>'.repeat(6)}`;
    expect(partlyHeld(story, marked)).toBeNull();
  });

  it('do not count boxes quoted inside a post', () => {
    const quote = (text: string): string => `<blockquote><div class="quote-text">${text}</div></blockquote>`;
    const html = `<!doctype html><html><body><div class="post"><p>${QUESTION}</p><p>${ANSWER_1}</p></div><div class="post">${quote(QUESTION)}${quote(ANSWER_1)}${quote(ANSWER_3)}<p>${ANSWER_2}</p></div><div class="post"><p>${ANSWER_3}</p></div></body></html>`;
    const { document } = parseHtml(html, URL, 'light');
    cleanBeforeReadability(document);
    const marked = markPosts(document);
    expect(marked.series.map((s) => s.members[0]?.className)).toEqual(['post']);
    expect(partlyHeld(document.querySelectorAll('.post')[2] ?? null, marked)).toBe(0);
  });

  it('are found in a thread, one series per template', () => {
    const { document } = parseHtml(threadPage(), URL, 'light');
    cleanBeforeReadability(document);
    const found = postSeries(document).map((s) => s.members.map((el) => el.className));
    expect(found).toContainEqual(['post-text', 'post-text', 'post-text', 'post-text']);
    expect(found).toContainEqual(['answer', 'answer', 'answer']);
  });
});

describe('a thread written in comment markup', () => {
  const post = (n: number, text: string): string => `<article class="comment" id="comment-${n}"><div class="comment-meta"><a href="/u/${n}">member${n}</a> <time>June 14, 2024</time></div><div class="comment-text"><p>${text}</p><p>${text}</p></div></article>`;
  const html = `<!doctype html><html><head><title>Sourdough starter stopped rising - Bread Forum</title></head><body><h1>Sourdough starter stopped rising</h1><div id="comments" class="topic">${[QUESTION, ANSWER_1, ANSWER_2, ANSWER_3, ANSWER_1.replace('Check', 'Measure')].map((t, i) => post(i + 1, t)).join('')}</div></body></html>`;
  const url = 'https://forum.example/topic/812-sourdough-starter-stopped-rising/';

  it('keeps its posts when they are nearly all of the text', () => {
    const body = extractArticle(html, { url }).body;
    for (const text of [QUESTION, ANSWER_1, ANSWER_2, ANSWER_3]) expect(body).toContain(text.slice(0, 40));
  });

  it('loses them without the rule (each post is small beside the thread)', () => {
    const body = withRulesOff(['blocks:thread-comments'], () => {
      try {
        return extractArticle(html, { url }).body;
      } catch {
        return '';
      }
    });
    expect(body).not.toContain(ANSWER_2.slice(0, 40));
  });
});

describe('a page builder\'s sections around a series of text boxes', () => {
  const para = (topic: string): string => `<p>Before you sign anything about ${topic}, read what the installer promises and what it leaves out, because the cheapest offer often hides the costs that come later.</p>`;
  const widget = (inner: string): string => `<div class="w"><div class="w-in">${inner}</div></div>`;
  const section = (n: number, topic: string, extra: string): string => `<div class="sec"><div class="col">${widget(`<h2>Step ${n}: ${topic}</h2>${para(topic)}`)}${extra}${widget(para(`${topic} again`))}</div></div>`;
  const TABLE = '<table><tr><th>Option</th><th>Upfront cost</th><th>Who owns the panels</th></tr><tr><td>Cash purchase</td><td>Highest, paid at once</td><td>You, from the first day</td></tr><tr><td>Loan</td><td>Spread over ten to twenty years</td><td>You, with the bank holding a lien</td></tr><tr><td>Lease</td><td>Little or nothing</td><td>The provider, who also maintains them</td></tr></table>';
  const list = (items: string[]): string => `<ul>${items.map((i) => `<li>${i}</li>`).join('')}</ul>`;
  const page = `<!doctype html><html><body><header><nav><a href="/">Home</a></nav></header><main><h1>Going solar: a guide in four steps</h1>
${section(1, 'quotes', list(['A local installer with good reviews from the neighbours who used it', 'A national provider with a long record of finished roofs in the region', 'A site that collects several offers and lets you compare them side by side']))}
${section(2, 'proposals', TABLE)}
${section(3, 'equipment', list(['String inverters handle the conversion for several panels at once', 'Microinverters sit on each panel and work better in partial shade']))}
${section(4, 'installation', list(['The roof and the electrical panel are checked before any work starts', 'Permits with the city and the utility are handled by the installer', 'The utility inspects the system before it may be switched on']))}
</main></body></html>`;
  const container = (html: string, inner: string): Element | null => {
    const { document } = parseHtml(html, 'https://solar.example/insight/going-solar-a-guide-in-four-steps/', 'light');
    cleanBeforeReadability(document);
    const index = postSeries(document).findIndex((s) => s.members.every((el) => el.className === inner));
    expect(index).toBeGreaterThanOrEqual(0);
    return seriesContainer(document, index);
  };

  it('are taken with the tables and lists between the boxes, in page order', () => {
    const text = container(page, 'w')?.textContent ?? '';
    const places = ['Step 1: quotes', 'A local installer', 'quotes again', 'Step 2', 'Cash purchase', 'String inverters', 'The utility inspects'].map((t) => text.indexOf(t));
    expect(places.every((p) => p >= 0)).toBe(true);
    expect([...places].sort((a, b) => a - b)).toEqual(places);
  });

  it("leave out the sections closing them that a link to another of the site's pages heads (its promotion)", () => {
    const promo = `<div class="sec"><div class="col">${widget('<a href="/services"><h2>Stay ahead with Harbour Solar</h2></a><p>Our advisers have helped more than two thousand households in the region choose, finance and install their panels, and they answer the phone six days a week.</p>')}${widget('<p>Book a free visit from an adviser, who will look at your roof and your bills and tell you what a system would save you over twenty years.</p>')}</div></div>`;
    const anchored = `<div class="sec"><div class="col">${widget(`<h2><a href="#after">After the switch-on</a></h2>${para('maintenance')}`)}${widget(para('maintenance again'))}</div></div>`;
    const linked = `<div class="sec"><div class="col">${widget(`<h2><a href="/guide/costs">What it costs</a></h2>${para('costs')}`)}${widget(para('costs again'))}</div></div>`;
    const html = page.replace('<main><h1>Going solar: a guide in four steps</h1>', `<main><h1>Going solar: a guide in four steps</h1>${linked}`).replace('</main>', `${anchored}${promo}</main>`);
    const text = container(html, 'w')?.textContent ?? '';
    for (const kept of ['What it costs', 'The utility inspects', 'After the switch-on']) expect(text).toContain(kept);
    expect(text).not.toContain('Stay ahead with Harbour Solar');
    expect(text).not.toContain('Book a free visit');
    expect(withRulesOff(['clean:promo-sections'], () => container(html, 'w')?.textContent ?? '')).toContain('Stay ahead with Harbour Solar');
  });

  it('leave the boxes alone without the rule (what the rule is for)', () => {
    const text = withRulesOff(['clean:outer-series'], () => container(page, 'w')?.textContent ?? '');
    expect(text).toContain('Step 2: proposals');
    expect(text).not.toContain('Cash purchase');
  });

  const sections = [
    section(1, 'quotes', list(['A local installer with good reviews from the neighbours who used it', 'A national provider with a long record of finished roofs in the region'])),
    section(2, 'proposals', TABLE),
    section(3, 'equipment', list(['String inverters handle the conversion for several panels at once', 'Microinverters sit on each panel and work better in partial shade'])),
    section(4, 'installation', list(['The roof and the electrical panel are checked before any work starts', 'The utility inspects the system before it may be switched on'])),
  ];
  const framed = (boxes: string[]): string => `<!doctype html><html><body>${boxes.map((b) => `<div class="frame">${b}</div>`).join('')}</body></html>`;
  const FOOTER = '<p>Harbour Solar Cooperative, 12 Quay Street. Opening hours Monday to Friday, nine to five, and Saturday mornings by appointment only.</p>';

  it('are not a forum\'s answer boxes, each one post with the notes under it', () => {
    const post = (n: number): string => `<div class="text"><p>Answer ${n}: ${para(`the answer number ${n}`)}</p></div>`;
    const note = `<div class="note"><p>${'Edited twice since it was first written, and marked as helpful by the people who asked the question in the first place. '.repeat(2)}</p></div>`;
    const html = `<!doctype html><html><body><div class="question">${post(0)}</div>${[1, 2, 3].map((n) => `<div class="answer">${post(n)}${note}</div>`).join('')}</body></html>`;
    const text = container(html, 'text')?.textContent ?? '';
    expect(text).toContain('Answer 3');
    expect(text).not.toContain('marked as helpful');
  });

  it('are not the trees of a nested thread, whose boxes add names and links around each comment', () => {
    // The trees hold few links in all (a series of link boxes is no thread), but what they add to the comments is links.
    const comment = (n: number): string => `<div class="meta"><a href="/u/${n}">reader${n}@feddit.example</a> <a href="/c/${n}">link</a> <a href="/c/${n}#reply">reply</a> <a href="/c/${n}#report">report</a></div><div class="text"><p>Comment ${n}: I tried this on my own roof last spring, and the installer found two rotten battens first.</p></div>`;
    const tree = (n: number): string => `<div class="tree">${[1, 2, 3].map((k) => comment(n * 10 + k)).join('')}</div>`;
    const text = container(`<!doctype html><html><body><h1>Solar on old roofs</h1>${[1, 2, 3].map(tree).join('')}</body></html>`, 'text')?.textContent ?? '';
    expect(text).toContain('Comment 33');
    expect(text).not.toContain('feddit');
  });

  it('are not a page\'s frame whose boxes hold no posts (its header and footer)', () => {
    const text = container(framed(['<nav><a href="/">Home</a> <a href="/guides">Guides</a></nav>', `<main>${sections.join('')}</main>`, FOOTER]), 'w')?.textContent ?? '';
    expect(text).toContain('Cash purchase');
    expect(text).not.toContain('Opening hours');
  });

  it('are not a page\'s frame that holds a form', () => {
    const form = '<form action="/subscribe"><p>Sign up for the newsletter and get our guides every Friday.</p><input name="email"> <button>Send</button></form>';
    const text = container(framed([sections.slice(0, 2).join(''), sections[2] ?? '', `${sections[3] ?? ''}${form}`]), 'w')?.textContent ?? '';
    expect(text).toContain('Cash purchase');
    expect(text).not.toContain('Sign up');
  });
});

describe('a story cut into boxes of one template by an ad slot, in markup that names nothing', () => {
  const P = STORY_SENTENCES;
  const box = (inner: string): string => `<div class="a1"><div class="b2"><div class="c3">${inner}</div></div></div>`;
  const paras = (ps: readonly string[]): string => ps.map((p) => `<p>${p}</p>`).join('');
  const AD = '<div class="d4"><div class="e5">Advertisement</div></div>';
  const page = (boxes: string): string => `<!doctype html><html><head><title>Harbour board weighs pier rebuild</title></head><body><div class="z0"><h1>Harbour board weighs pier rebuild</h1>${boxes}</div><div class="f6"><a href="/about">About</a></div></body></html>`;
  const STORY = 'https://coast.example/news/harbour-pier-rebuild';

  it('is read from its first box when Readability keeps the longer part after the ad', () => {
    const body = extractArticle(page(`${box(paras(P.slice(0, 3)))}${AD}${box(paras(P.slice(3)))}`), { url: STORY }).body;
    const places = P.map((p) => body.indexOf(p));
    expect(places.every((p) => p >= 0)).toBe(true);
    expect([...places].sort((a, b) => a - b)).toEqual(places);
    expect(body).not.toContain('Advertisement');
  });

  it('loses its opening without the rule (what the rule is for)', () => {
    const body = withRulesOff(['clean:post-series'], () => extractArticle(page(`${box(paras(P.slice(0, 3)))}${AD}${box(paras(P.slice(3)))}`), { url: STORY }).body);
    expect(body).not.toContain(P[0]);
    expect(body).toContain(P[5]);
  });

  it('leaves out boxes before it that are mostly not prose, and boxes after it (an FAQ, replies)', () => {
    // The pick is the second box; the first box is taken only when it is the story's prose opening.
    const taken = (first: string, second: string): boolean => {
      const { document } = parseHtml(page(`${box(first)}${AD}${box(second)}`), STORY, 'light');
      cleanBeforeReadability(document);
      markProse(document);
      const marked = markPosts(document);
      return partlyHeld(document.querySelectorAll('.c3')[1] ?? null, marked) !== null;
    };
    expect(taken(paras(P.slice(0, 3)), paras(P.slice(3)))).toBe(true);
    const notes = paras(['Harbour office opening hours this winter', 'Monday to Friday, eight in the morning to six in the evening', 'Saturday mornings by appointment only', 'Call the harbour master on 01234 567 890 for moorings']);
    expect(taken(`${notes}<p>${P[0]}</p>${notes}`, paras(P.slice(1)))).toBe(false);
    // Boxes after the pick (here the pick is the first of two) add too little to be taken.
    const { document } = parseHtml(page(`${box(paras(P.slice(0, 7)))}${AD}${box(paras(P.slice(7)))}`), STORY, 'light');
    cleanBeforeReadability(document);
    markProse(document);
    expect(partlyHeld(document.querySelectorAll('.c3')[0] ?? null, markPosts(document))).toBeNull();
  });
});

describe('a thread Readability missed altogether', () => {
  const URL_FORUM = 'https://forum.example/threads/why-did-my-starter-stop-rising.5512/';
  const post = (user: string, text: string): string => `<div class="msg"><div class="msg-user"><a href="/members/${user}">${user}</a><br>Mar 21, 2025</div><div class="msg-text">${text}<br><br>${text}</div></div>`;
  const page = (blurb: string, around = (posts: string): string => posts): string => `<!doctype html><html><body><div class="thread">${around(
    [post('ann', QUESTION), post('ben', ANSWER_1), post('cleo', ANSWER_2), post('dev', ANSWER_3)].join(''),
  )}</div><div class="col2"><div class="x9">${blurb}</div></div></body></html>`;
  const BLURB = 'Bread Forum is a community of home bakers. Come and discuss sourdough, rye, baguettes, starters and ovens with us!';
  /** The page marked as the pipeline marks it, and its blurb (or paragraph) as Readability's pick. */
  function marked(html: string): { pick: Element | null; posts: ReturnType<typeof markPosts> } {
    const { document } = parseHtml(html, URL_FORUM, 'light');
    cleanBeforeReadability(document);
    markProse(document);
    return { pick: document.querySelector('.x9'), posts: markPosts(document) };
  }

  it('is taken when the pick holds no post and no prose and the thread holds several times its text', () => {
    const { pick, posts } = marked(page(BLURB));
    const index = partlyHeld(pick, posts);
    expect(index).not.toBeNull();
    const members = posts.series[index ?? -1]?.members ?? [];
    // The outer boxes, with each post's author and date.
    expect(members.map((el) => el.className)).toEqual(['msg', 'msg', 'msg', 'msg']);
  });

  it('is not taken without the rule (what the rule is for)', () => {
    const { pick, posts } = marked(page(BLURB));
    expect(withRulesOff(['clean:missed-thread'], () => partlyHeld(pick, posts))).toBeNull();
  });

  it('is not taken when the pick is prose, holds half the thread\'s text, or the posts are readers\' comments', () => {
    const prose = `<p>${STORY_SENTENCES.slice(0, 2).join(' ')}</p>`;
    const story = marked(page(prose));
    expect(story.posts.series.length).toBeGreaterThan(0);
    expect(partlyHeld(story.pick, story.posts)).toBeNull();
    const long = marked(page(BLURB.repeat(8)));
    expect(partlyHeld(long.pick, long.posts)).toBeNull();
    const comments = marked(page(BLURB, (posts) => `<div id="comments">${posts}</div>`));
    expect(partlyHeld(comments.pick, comments.posts)).toBeNull();
  });
});

describe("a forum thread's last replies, short ones", () => {
  const URL_TOPIC = 'https://forum.example/viewtopic.php?t=18422';
  const LONG_1 = 'Since November we have had a seven kilowatt air-to-water heat pump in a detached house from the seventies, and on mild days it starts and stops fifty times.';
  const LONG_2 = 'That is a classic: the pump cannot modulate down far enough, and in mild weather its smallest output is more than the house needs, so flatten the heating curve first.';
  const LONG_3 = 'Same here at first; with a flatter curve and the radiator valves fully open I went from about fifty to twelve starts a day, and I never needed a buffer tank.';
  const SHORT = 'Good values. Marking this one as solved.';
  /** phpBB's markup: the posts alternate two classes, the date sits in the header line beside the text's box, and each post heads itself with a linked "Re:" heading. */
  const post = (n: number, user: string, text: string): string => `<div id="p${n}" class="post bg${(n % 2) + 1}"><div class="inner">
<dl class="postprofile"><dt><a href="/memberlist.php?u=${n}" class="username">${user}</a></dt><dd class="profile-rank">Member</dd></dl>
<div class="postbody"><div id="post_content${n}"><h3><a href="#p${n}">Re: Heat pump cycling on mild days</a></h3>
<p class="author">by <a href="/memberlist.php?u=${n}">${user}</a> » <time datetime="2025-01-${10 + n}T16:27:58+00:00">Jan ${10 + n}, 2025</time></p>
<div class="content">${text}</div></div></div></div></div><hr class="divider">`;
  const page = `<!doctype html><html><body><div id="wrap"><h2 class="topic-title"><a href="/viewtopic.php?t=18422">Heat pump cycling on mild days</a></h2>
${post(1, 'heatfriend', `${LONG_1}<br><br>${LONG_1}`)}${post(2, 'thermoklaus', `${LONG_2}<br><br>${LONG_2}`)}${post(3, 'frisian', LONG_3)}${post(4, 'thermoklaus', SHORT)}
<div class="action-bar"><a href="/posting.php?mode=reply&amp;t=18422" class="button">Post Reply</a></div></div></body></html>`;

  for (const dom of ['light', 'jsdom'] as const) {
    it(`are read with the posts before them (${dom} DOM)`, () => {
      const body = extractArticle(page, { url: URL_TOPIC }, { dom }).body;
      expect(body).toContain(LONG_1.slice(0, 50));
      expect(body).toContain(LONG_3.slice(0, 50));
      expect(body).toContain(SHORT);
    });
  }

  it("count a post dated in its box's frame as dated", () => {
    const { document } = parseHtml(page, URL_TOPIC, 'light');
    const thread = postSeries(document).find((s) => s.members.length === 4);
    expect(thread?.dated).toBe(true);
  });
});
