/**
 * The metadata a reader needs above an article: YAML front matter for Markdown (the block
 * static-site generators and note tools read) and a short header for plain text.
 */
import type { ArticleRecord } from './types.js';

/** A YAML scalar: JSON strings are valid YAML double-quoted scalars, escapes included. */
function yaml(value: string | null): string {
  return value === null ? 'null' : JSON.stringify(value);
}

export function frontMatter(record: ArticleRecord): string {
  const lines = [
    `title: ${yaml(record.title)}`,
    `authors: ${record.authors.length ? `[${record.authors.map(yaml).join(', ')}]` : '[]'}`,
    `date: ${yaml(record.publishedAt)}`,
    `url: ${yaml(record.canonicalUrl ?? (record.finalUrl || record.url))}`,
    `site: ${yaml(record.siteName)}`,
    `lang: ${yaml(record.lang)}`,
  ];
  return `---\n${lines.join('\n')}\n---\n\n`;
}

/** Title, then "By A, B · 2026-11-02", then the address; each line only when there is something to say. */
export function textHeader(record: ArticleRecord): string {
  const byline = [record.authors.length ? `By ${record.authors.join(', ')}` : '', record.publishedAt?.slice(0, 10) ?? ''].filter(Boolean).join(' · ');
  const address = record.canonicalUrl ?? (record.finalUrl || record.url);
  const lines = [record.title ?? '', byline, address].filter(Boolean);
  return lines.length ? `${lines.join('\n')}\n\n` : '';
}
