/**
 * The seed (../shared/seed): a real article with a "Latest Stories" block glued to its end,
 * as a naive scraper saw it. Laid out as a page, copydesk keeps every article line and
 * none of the block's.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/pipeline.js';
import { sharedDir } from '../helpers/shared.js';

const shared = sharedDir();
const seedFile = shared ? join(shared, 'seed', '000_24d7058d5e4ccb6c.txt') : null;
const hasSeed = seedFile !== null && existsSync(seedFile);

function escape(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
}

describe.skipIf(!hasSeed)('the seed article', () => {
  const lines = hasSeed && seedFile ? readFileSync(seedFile, 'utf8').split('\n').map((l) => l.trim()).filter(Boolean) : [];
  const cut = lines.indexOf('Latest Stories');
  const article = lines.slice(0, cut);
  const block = lines.slice(cut).filter((l) => /\p{L}/u.test(l));

  const layouts: Record<string, string> = {
    'block as plain paragraphs inside the article': `<article>${lines.map((l) => `<p>${escape(l)}</p>`).join('')}</article>`,
    'block as links after the article': `<article>${article.map((l) => `<p>${escape(l)}</p>`).join('')}</article><div><h3>Latest Stories</h3>${block.slice(1).map((l, i) => (i % 2 === 0 ? `<div><a href="/s${i}">${escape(l)}</a></div>` : `<div>${escape(l)}</div>`)).join('')}</div>`,
  };

  it('splits into an article and a block', () => {
    expect(cut).toBeGreaterThan(5);
    expect(block.length).toBeGreaterThan(10);
  });

  for (const [name, inner] of Object.entries(layouts)) {
    it(`${name}: every article paragraph kept, no line of the block`, () => {
      const html = `<!doctype html><html lang="en"><head><title>Putin and Goita discuss Niger</title><meta property="og:type" content="article"></head><body>${inner}</body></html>`;
      const record = extractArticle(html, { url: 'https://news.example/2023/08/putin-goita-niger-call' }, { quotes: false });
      const body = record.body.split('\n');
      for (const line of article) expect(body).toContain(line);
      for (const line of block) expect(record.body).not.toContain(line);
    });
  }
});
