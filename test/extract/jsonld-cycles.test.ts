import { describe, expect, it } from 'vitest';
import { buildGraph, firstString, personNames, stepTexts } from '../../src/extract/jsonld.js';
import type { Json } from '../../src/extract/jsonld.js';
import { MAX_LD_NODES } from '../../src/extract/metadata-rules.js';
import { extractArticle } from '../../src/pipeline.js';
import type { ArticleRecord } from '../../src/record/types.js';

/**
 * JSON-LD whose @id references form a cycle, or that nests very deep: the page is extracted
 * as if the cycle were not there (a node already being read is not read again), never with
 * "Maximum call stack size exceeded".
 */

const URL_ = 'https://coast.example/news/2024/harbour-reopens.html';
const TITLE = 'Wenmouth harbour reopens after storm repairs';
/** The byline the page's <meta name="author"> gives, used when JSON-LD names no one. */
const META_AUTHOR = 'Morwenna Tregear';

/** A news page whose only ld+json block is `ld` (raw JSON text, so it may nest deeper than JSON.stringify can go). */
function page(ld: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<title>${TITLE} - The Coast Gazette</title>
<meta property="og:type" content="article">
<meta property="og:site_name" content="The Coast Gazette">
<meta property="article:published_time" content="2024-03-04T07:45:00+00:00">
<meta name="author" content="${META_AUTHOR}">
<script type="application/ld+json">${ld}</script>
</head>
<body>
<header><a href="/">The Coast Gazette</a><nav><a href="/news">News</a> <a href="/sport">Sport</a></nav></header>
<main><article>
<h1>${TITLE}</h1>
<p>The harbour at Wenmouth reopened to shipping on Monday morning, a week after waves broke through a forty-metre stretch of the Victorian sea wall and left the inner basin choked with shingle.</p>
<p>The first ferry to the islands left at 7.15am, five minutes ahead of its timetable, carrying a lorry of building supplies, two school parties and a crate of lobsters bound for the mainland market.</p>
<p>Engineers from the county council worked through the weekend to lay more than two thousand tonnes of rock armour against the damaged section. Divers checked the foundations of the lighthouse pier on Sunday evening.</p>
<p>Repairs of the full wall are expected to take until the autumn and will be paid for from the council's coastal defence fund, with a bid for national money due in June.</p>
</article></main>
<footer>© The Coast Gazette</footer>
</body></html>`;
}

function graphPage(nodes: unknown[]): string {
  return page(JSON.stringify({ '@context': 'https://schema.org', '@graph': nodes }));
}

/** The record, without the time it was made. */
function extract(html: string): Omit<ArticleRecord, 'fetchedAt'> {
  const { fetchedAt: _fetchedAt, ...rest } = extractArticle(html, { url: URL_ });
  return rest;
}

const ARTICLE = { '@type': 'NewsArticle', headline: 'Cycle' };

describe('JSON-LD @id cycles', () => {
  it('a person whose name refers to the person itself gives no name; the page is extracted as if the name were missing', () => {
    const cyclic = extract(graphPage([{ ...ARTICLE, author: { '@id': '#p' } }, { '@type': 'Person', '@id': '#p', name: { '@id': '#p' } }]));
    expect(cyclic.title).toBe(TITLE);
    expect(cyclic.authors).toEqual([META_AUTHOR]);
    expect(cyclic).toEqual(extract(graphPage([{ ...ARTICLE, author: { '@id': '#p' } }, { '@type': 'Person', '@id': '#p' }])));
  });

  it('two organisations whose names refer to each other: the publisher has no name, the rest of the page is read', () => {
    const loop = [
      { ...ARTICLE, author: { '@type': 'Person', name: 'Ann Lee' }, publisher: { '@id': '#o' } },
      { '@type': 'Organization', '@id': '#o', name: { '@id': '#o2' }, parentOrganization: { '@id': '#o2' } },
      { '@type': 'Organization', '@id': '#o2', name: { '@id': '#o' }, publisher: { '@id': '#o' } },
    ];
    const cyclic = extract(graphPage(loop));
    expect(cyclic.title).toBe(TITLE);
    expect(cyclic.authors).toEqual(['Ann Lee']);
    expect(cyclic.siteName).toBe('The Coast Gazette');
    const acyclic = [
      { ...ARTICLE, author: { '@type': 'Person', name: 'Ann Lee' }, publisher: { '@id': '#o' } },
      { '@type': 'Organization', '@id': '#o', parentOrganization: { '@id': '#o2' } },
      { '@type': 'Organization', '@id': '#o2', publisher: { '@id': '#o' } },
    ];
    expect(cyclic).toEqual(extract(graphPage(acyclic)));
  });

  it('an organisation credited as author whose name loops back to it', () => {
    const cyclic = extract(graphPage([{ ...ARTICLE, author: [{ '@id': '#o' }, { '@type': 'Person', name: 'Ann Lee' }] }, { '@type': 'NewsMediaOrganization', '@id': '#o', name: { '@id': '#o' } }]));
    expect(cyclic.title).toBe(TITLE);
    expect(cyclic.authors).toEqual(['Ann Lee']);
  });

  it('follows a long acyclic chain of name references to its end, and stops a long chain that loops back', () => {
    // Each link is two objects (the person and its name's reference); the graph keeps MAX_LD_NODES objects.
    const length = Math.floor(MAX_LD_NODES * 0.45);
    const chain = (last: unknown): unknown[] =>
      Array.from({ length }, (_, i) => ({ '@type': 'Person', '@id': `#p${i}`, name: i === length - 1 ? last : { '@id': `#p${i + 1}` } }));
    const ended = extract(graphPage([{ ...ARTICLE, author: { '@id': '#p0' } }, ...chain('Ann Lee')]));
    expect(ended.title).toBe(TITLE);
    expect(ended.authors).toEqual(['Ann Lee']);
    const looped = extract(graphPage([{ ...ARTICLE, author: { '@id': '#p0' } }, ...chain({ '@id': '#p0' })]));
    expect(looped.title).toBe(TITLE);
    expect(looped.authors).toEqual([META_AUTHOR]);
  });

  it('reads values nested far deeper than the call stack allows', () => {
    const depth = 100_000;
    const deep = `${'['.repeat(depth)}"Ann Lee"${']'.repeat(depth)}`;
    const asAuthor = extract(page(`{"@context":"https://schema.org","@type":"NewsArticle","headline":"Cycle","author":${deep}}`));
    expect(asAuthor.title).toBe(TITLE);
    expect(asAuthor.authors).toEqual(['Ann Lee']);
    const asName = extract(page(`{"@context":"https://schema.org","@type":"NewsArticle","headline":"Cycle","author":{"@type":"Person","name":${deep}}}`));
    expect(asName.authors).toEqual(['Ann Lee']);
  });
});

describe('JSON-LD readers on cyclic graphs', () => {
  const graphOf = (nodes: Json[]) => buildGraph([{ '@graph': nodes }]);

  it('firstString and personNames end on a cycle, and still read what the cycle does not hide', () => {
    const graph = graphOf([
      { '@type': 'Person', '@id': '#a', name: [{ '@id': '#b' }, 'Ann Lee'] },
      { '@type': 'Person', '@id': '#b', name: { '@id': '#a' } },
    ]);
    expect(firstString({ '@id': '#a' }, graph)).toBe('Ann Lee');
    expect(firstString({ '@id': '#b' }, graph)).toBe('Ann Lee');
    expect(personNames([{ '@id': '#a' }, { '@id': '#b' }], graph)).toEqual(['Ann Lee', 'Ann Lee']);
  });

  it('stepTexts does not read a recipe section listed inside itself again, and keeps steps listed twice', () => {
    const graph = graphOf([
      { '@type': 'HowToSection', '@id': '#s', itemListElement: [{ '@id': '#one' }, { '@id': '#s' }, { '@id': '#one' }, 'Serve.'] },
      { '@type': 'HowToStep', '@id': '#one', text: 'Stir.' },
      { '@type': 'HowToStep', '@id': '#two', text: { '@id': '#two' }, name: 'Rest.' },
    ]);
    expect(stepTexts({ '@id': '#s' }, graph)).toEqual(['Stir.', 'Stir.', 'Serve.']);
    expect(stepTexts([{ '@id': '#two' }], graph)).toEqual(['Rest.']);
  });
});
