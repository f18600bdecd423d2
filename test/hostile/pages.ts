/** Hostile pages built in memory: each is an article followed (or wrapped) by abuse. */
const PARA = '<p>The harbour wall was repaired over the winter, and the council said the ferries would run on time for the rest of the season, weather permitting.</p>';

/**
 * The giant paragraph is 2 MB by default so the suite stays fast; COPYDESK_MEASURE=1 builds
 * the full 10 MB page (about 17 s on a loaded 2-core machine, linear in the size).
 */
export const FULL_SIZE = process.env.COPYDESK_MEASURE === '1';

export const ARTICLE = `<article><h1>Harbour wall repaired</h1>${PARA.repeat(6)}</article>`;

function page(head: string, body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Harbour wall repaired</title>${head}</head><body>${body}</body></html>`;
}

/** Name, HTML and what the record must be: an article, or an error with this code. */
export interface HostilePage {
  name: string;
  html: () => string;
  expect: 'article' | 'TOO_LARGE' | 'NOT_AN_ARTICLE' | 'EMPTY_ARTICLE';
}

function soup(length: number): string {
  const bits = ['<p', '<div', '</p>', '<table>', '<td>', '</tr', '<a href="', '<b>', '</i>', '<<', '>>', '<!--', '-->', '<![CDATA[', '&amp', '&#', '<select>', '<option>', '</body>', '<html>', '<frameset>', '<svg>', '<math>', '<template>', '</template>', '<form>', '<li>', 'text ', '"', "'", '='];
  let seed = 1;
  const out: string[] = [];
  for (let i = 0; i < length; i++) {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    out.push(bits[seed % bits.length] as string);
  }
  return out.join('');
}

/** Readers' comments all of one length (each numbered): a thread's boxes are told apart by their text. */
function sameLengthComments(count: number): string {
  const one = (i: number): string =>
    `<li class="comment" id="c${i}"><div class="comment-meta"><span class="comment-author">Reader ${i % 7}</span> <time>2 Oct 2024</time></div><div class="comment-body"><p>I agree with comment number ${String(i).padStart(6, '0')} entirely.</p></div><a class="reply" href="#c${i}">Reply</a></li>`;
  return `<section class="comments"><ol>${Array.from({ length: count }, (_, i) => one(i)).join('')}</ol></section>`;
}

export const HOSTILE_PAGES: HostilePage[] = [
  { name: '100,000 nested <div> (closed)', html: () => page('', ARTICLE + '<div>'.repeat(100_000) + 'deep' + '</div>'.repeat(100_000)), expect: 'article' },
  { name: '100,000 nested <span> (never closed)', html: () => page('', ARTICLE + '<span>'.repeat(100_000) + 'deep'), expect: 'article' },
  { name: '100,000 nested <b> (formatting elements)', html: () => page('', ARTICLE + '<b>'.repeat(100_000) + 'deep'), expect: 'article' },
  { name: 'article inside 100,000 nested <div>', html: () => page('', '<div>'.repeat(100_000) + ARTICLE), expect: 'article' },
  { name: 'a million elements', html: () => page('', ARTICLE + '<i>a</i>'.repeat(1_000_000)), expect: 'TOO_LARGE' },
  // A page a script fills in: declared a news article, its HTML holds only the loading line.
  {
    name: 'only a loading line where a script puts the story',
    html: () => page('<script type="application/ld+json">{"@type":"NewsArticle","headline":"Harbour wall repaired","datePublished":"2024-05-02"}</script>', '<div id="app"><p>Φόρτωση…</p></div>'),
    expect: 'EMPTY_ARTICLE',
  },
  // Boxes of one length were each compared with every earlier one: 5,000 took 44 s.
  { name: '5,000 comments of one length', html: () => page('', ARTICLE + sameLengthComments(5_000)), expect: 'article' },
  // Boxes of one template name with a class list of their own each: the template's states are
  // weighed against each other (posts.ts: joinVariants), which must not cost the square.
  { name: '3,000 boxes, each its own class list', html: () => page('', ARTICLE + Array.from({ length: 3_000 }, (_, i) => `<div class="row cell c-${i} x-${i % 7}"><p>Item ${i} of the list.</p></div>`).join('')), expect: 'article' },
  {
    name: `${FULL_SIZE ? 10 : 2} MB page of one giant paragraph`,
    html: () => page('', `<article><h1>Harbour wall repaired</h1><p>${'The ferries ran on time all week, and the harbour master said so. '.repeat(FULL_SIZE ? 150_000 : 30_000)}</p></article>`),
    expect: 'article',
  },
  { name: 'giant paragraph with 20,000 quotations', html: () => page('', `<article><h1>Harbour wall repaired</h1><p>${'The harbour was busy. “It works,” he said. '.repeat(20_000)}</p></article>`), expect: 'article' },
  // Each quadratic in the quote stage before: 30,000 took minutes.
  { name: "article, then one line of 30,000 unclosed ' marks (330 KB)", html: () => page('', ARTICLE + `<p>${"'word word ".repeat(30_000)}</p>`), expect: 'article' },
  { name: 'article, then 30,000 quotations with no sentence between them', html: () => page('', ARTICLE + `<p>${'"a" '.repeat(30_000)}</p>`), expect: 'article' },
  // A number before a currency sign, and two words glued at a run of capitals, were searched for
  // from every character of such a run: 300,000 figures took 24 s and 300,000 capitals 72 s.
  { name: 'article, then a run of 300,000 figures and commas', html: () => page('', ARTICLE + `<p>${'1'.repeat(150_000)} ${'2,'.repeat(75_000)}</p>`), expect: 'article' },
  { name: 'article, then one word of 300,000 capitals', html: () => page('', ARTICLE + `<p>${'A'.repeat(300_000)}</p>`), expect: 'article' },
  // The name rules looked back over a whole word at every character: a writer's field of 12,000
  // letters with no space (Chinese or Japanese text, a script's data) took 29 s in <meta> and 15 s in JSON-LD.
  { name: 'a <meta> author of 12,000 letters with no space', html: () => page(`<meta name="author" content="${'中文字'.repeat(4_000)}">`, ARTICLE), expect: 'article' },
  { name: 'a JSON-LD author of 12,000 letters with no space', html: () => page(`<script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Person","name":"${'中文字'.repeat(4_000)}"}}</script>`, ARTICLE), expect: 'article' },
  // Readability asks every element whether it is shown; its style was split at semicolons by a
  // search that ran over a run of spaces from each of them: 200,000 took 57 s.
  { name: 'an inline style of 200,000 spaces around the article', html: () => page('', `<div style="${' '.repeat(200_000)}">${ARTICLE}</div>`), expect: 'article' },
  // Each section heading asked its parent how many elements it held, which linkedom answers by
  // listing them: 10,000 headings beside each other took 27 s.
  { name: '10,000 sections, a heading over a paragraph each', html: () => page('', `<article><h1>Harbour wall repaired</h1>${PARA.repeat(2)}${Array.from({ length: 10_000 }, (_, i) => `<h2>Harbour works, part ${i + 1}</h2>${PARA}`).join('')}</article>`), expect: 'article' },
  // Each date in a list item asked for the list's items, which linkedom lists anew each time:
  // 12,000 linked, dated items took 25 s. Under so many stories the page is a page of stories.
  { name: 'a list of 12,000 linked stories, each with its <time>', html: () => page('', `${ARTICLE}<ul>${Array.from({ length: 12_000 }, (_, i) => `<li><a href="/news/${i}">Harbour story number ${i + 1}</a> <time datetime="2024-05-02">2 May 2024</time></li>`).join('')}</ul>`), expect: 'NOT_AN_ARTICLE' },
  { name: '10 MB attribute', html: () => page('', `<article data-x="${'a'.repeat(10_000_000)}"><h1>Harbour wall repaired</h1>${PARA.repeat(6)}</article>`), expect: 'article' },
  { name: 'malformed markup soup (1.5 MB)', html: () => soup(300_000), expect: 'EMPTY_ARTICLE' },
  { name: 'JSON-LD nested 100,000 arrays deep', html: () => page(`<script type="application/ld+json">{"@type":"NewsArticle","x":${'['.repeat(100_000)}${']'.repeat(100_000)}}</script>`, ARTICLE), expect: 'article' },
  { name: 'JSON-LD nested 100,000 objects deep', html: () => page(`<script type="application/ld+json">{"@type":"NewsArticle","a":${'{"b":'.repeat(100_000)}1${'}'.repeat(100_000)}}</script>`, ARTICLE), expect: 'article' },
  { name: 'JSON-LD malformed', html: () => page('<script type="application/ld+json">{"@type": "NewsArticle", "headline": "x",,, </script>', ARTICLE), expect: 'article' },
];
