/**
 * Text and Markdown carry what a reader needs: Markdown under YAML front matter, text under
 * a short header.
 */
import { describe, expect, it } from 'vitest';
import { formatRecord } from '../../src/record/serialize.js';
import type { ArticleRecord } from '../../src/record/types.js';
import { extractArticle } from '../../src/pipeline.js';

const PAGE = `<html lang="en"><head><title>Harbour plan wins "final" vote | Coast Gazette</title>
<meta property="og:site_name" content="Coast Gazette"><meta property="article:published_time" content="2026-11-02T09:30:00Z">
<link rel="canonical" href="https://coast.example/news/harbour"></head><body><article><h1>Harbour plan wins "final" vote</h1>
<p class="byline">By Mara Quint and Tom Reyes</p>
<p>The council approved the harbour plan on Tuesday night after a debate that lasted almost four hours, ending a long dispute.</p>
<p>Under the plan the old ferry pier will be rebuilt and the fish market will move to the north quay before the summer season.</p>
<p>Opponents said the cost had doubled since the first estimate, but the motion to delay the vote failed by three votes.</p>
</article></body></html>`;

describe('front matter and text header', () => {
  const record: ArticleRecord = extractArticle(PAGE, { url: 'https://coast.example/news/harbour?utm_source=x' });

  it('puts title, authors, date, address, site and language in YAML front matter', () => {
    const md = formatRecord(record, 'markdown') ?? '';
    const [, yaml, rest] = md.split(/^---\n/m);
    expect(yaml).toContain('title: "Harbour plan wins \\"final\\" vote"');
    expect(yaml).toContain('authors: ["Mara Quint", "Tom Reyes"]');
    expect(yaml).toContain('date: "2026-11-02T09:30:00Z"');
    expect(yaml).toContain('url: "https://coast.example/news/harbour"');
    expect(yaml).toContain('site: "Coast Gazette"');
    expect(yaml).toContain('lang: "en"');
    expect(rest).toContain('The council approved the harbour plan');
  });

  it('heads text with the title, the byline and date, and the address', () => {
    const text = formatRecord(record, 'text') ?? '';
    expect(text.split('\n').slice(0, 4)).toEqual(['Harbour plan wins "final" vote', 'By Mara Quint, Tom Reyes · 2026-11-02', 'https://coast.example/news/harbour', '']);
    expect(text).toContain('Under the plan the old ferry pier');
  });

  it('leaves out lines it has nothing for', () => {
    const bare: ArticleRecord = { ...record, title: null, authors: [], publishedAt: null };
    expect((formatRecord(bare, 'text') ?? '').split('\n')[0]).toBe('https://coast.example/news/harbour');
    expect(formatRecord(bare, 'markdown')).toContain('authors: []\ndate: null');
  });
});
