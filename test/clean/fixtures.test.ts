/**
 * Hand-written pages in common layouts (fixtures/clean): every article paragraph stays,
 * no line of the furniture around it does; index-like pages are judged not articles; a
 * teaser behind a log-in or pay wall is an article whose record says it is walled.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isCopydeskError } from '../../src/errors.js';
import { extractArticle } from '../../src/pipeline.js';
import { REPO_ROOT } from '../helpers/shared.js';

const DIR = join(REPO_ROOT, 'fixtures', 'clean');

interface ArticleFixture {
  layout: string;
  url: string;
  must: string[];
  mustNot: string[];
  /** The record's metadata, where the page is there to test it. */
  title?: string;
  authors?: string[];
  publishedAt?: string;
}

const articles = JSON.parse(readFileSync(join(DIR, 'articles', 'expectations.json'), 'utf8')) as Record<string, ArticleFixture>;
const nonArticles = JSON.parse(readFileSync(join(DIR, 'non-articles', 'expectations.json'), 'utf8')) as Record<string, { kind: string; url: string }>;

describe('article fixtures', () => {
  it('has at least 20 pages, several in the seed shape', () => {
    expect(Object.keys(articles).length).toBeGreaterThanOrEqual(20);
    expect(Object.values(articles).filter((a) => a.layout.startsWith('seed shape')).length).toBeGreaterThanOrEqual(6);
  });

  for (const [name, fx] of Object.entries(articles)) {
    it(`${name} (${fx.layout}): keeps the article, drops the rest`, () => {
      const html = readFileSync(join(DIR, 'articles', `${name}.html`), 'utf8');
      const record = extractArticle(html, { url: fx.url }, { quotes: false });
      expect(record.isArticle).toBe(true);
      for (const snippet of fx.must) expect(record.body).toContain(snippet);
      for (const snippet of fx.mustNot) expect(record.body).not.toContain(snippet);
      if (fx.title !== undefined) expect(record.title).toBe(fx.title);
      if (fx.authors !== undefined) expect(record.authors).toEqual(fx.authors);
      if (fx.publishedAt !== undefined) expect(record.publishedAt).toBe(fx.publishedAt);
    });
  }
});

describe('index-like fixtures', () => {
  const entries = Object.entries(nonArticles);

  it('has at least eight pages and flags every one of them NOT_AN_ARTICLE', () => {
    expect(entries.length).toBeGreaterThanOrEqual(8);
    const flagged = entries.filter(([name, fx]) => {
      const html = readFileSync(join(DIR, 'non-articles', `${name}.html`), 'utf8');
      try {
        extractArticle(html, { url: fx.url }, { quotes: false });
        return false;
      } catch (err) {
        return isCopydeskError(err) && err.code === 'NOT_AN_ARTICLE';
      }
    });
    expect(flagged.map(([name]) => name)).toEqual(entries.map(([name]) => name));
  });

  it('keeps such pages with keepNonArticles, with the verdict in the record', () => {
    const [name, fx] = entries.find(([n]) => n === 'section-index') ?? [];
    if (!name || !fx) throw new Error('section-index fixture missing');
    const html = readFileSync(join(DIR, 'non-articles', `${name}.html`), 'utf8');
    const record = extractArticle(html, { url: fx.url }, { keepNonArticles: true, quotes: false });
    expect(record.isArticle).toBe(false);
    expect(record.articleScore).toBeLessThan(0.5);
  });
});

describe('walled fixtures', () => {
  const walled = JSON.parse(readFileSync(join(DIR, 'walled', 'expectations.json'), 'utf8')) as Record<string, { kind: string; url: string; must: string[]; mustNot: string[] }>;
  for (const [name, fx] of Object.entries(walled)) {
    it(`${name} (${fx.kind}): an article, not free to read, with the teaser it gives and not the wall's prompt`, () => {
      const html = readFileSync(join(DIR, 'walled', `${name}.html`), 'utf8');
      const record = extractArticle(html, { url: fx.url }, { quotes: false });
      expect(record.isArticle).toBe(true);
      expect(record.accessibleForFree).toBe(false);
      for (const snippet of fx.must) expect(record.body).toContain(snippet);
      for (const snippet of fx.mustNot) expect(record.body).not.toContain(snippet);
    });
  }

  it('reads isAccessibleForFree from JSON-LD', () => {
    const [name, fx] = Object.entries(articles)[0] ?? [];
    if (!name || !fx) throw new Error('no article fixture');
    const html = readFileSync(join(DIR, 'articles', `${name}.html`), 'utf8');
    expect(extractArticle(html, { url: fx.url }, { quotes: false }).accessibleForFree).toBe(true);
    const ld = '<script type="application/ld+json">{"@type":"NewsArticle","headline":"x","isAccessibleForFree":"False"}</script>';
    const closed = extractArticle(html.replace('</head>', `${ld}</head>`), { url: fx.url }, { quotes: false });
    expect(closed.accessibleForFree).toBe(false);
  });
});
