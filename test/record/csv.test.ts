import { describe, expect, it } from 'vitest';
import { csvField, csvHeader, csvRow } from '../../src/record/csv.js';
import { frontMatter, textHeader } from '../../src/record/front-matter.js';
import { formatRecord } from '../../src/record/serialize.js';
import type { ArticleRecord } from '../../src/record/types.js';

const record: ArticleRecord = {
  schemaVersion: '1.2', url: 'https://news.example/a', finalUrl: 'https://news.example/a', canonicalUrl: 'https://news.example/canonical/a',
  title: 'Harbour "reopens", at last', authors: ['Smith, Jr.', 'Mara Lind'], publishedAt: '2026-10-02T08:30:00+02:00', modifiedAt: null,
  siteName: 'Coast Gazette', lang: 'en', description: null, image: null, tags: [], section: null,
  body: 'First paragraph.\n\nSecond, with "quotes".', images: [], links: [], quotes: [], wordCount: 6, isArticle: true, articleScore: 0.9,
  accessibleForFree: true, fetchedAt: '2026-10-02T09:00:00.000Z', extractor: { name: 'copydesk', version: '0' },
};

/** A small RFC 4180 reader, to check that what is written reads back as written. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const endField = (): void => {
    row.push(field);
    field = '';
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') endField();
    else if (c === '\r' && text[i + 1] === '\n') {
      endField();
      rows.push(row);
      row = [];
      i++;
    } else field += c;
  }
  return rows;
}

describe('CSV', () => {
  it('quotes only fields that need it, doubling quotes', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField(null)).toBe('');
    expect(csvField(42)).toBe('42');
  });

  it('writes a header and rows with CRLF that read back to the record fields', () => {
    const text = csvHeader() + csvRow(record);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(readCsv(text)).toEqual([
      ['url', 'title', 'authors', 'publishedAt', 'siteName', 'lang', 'wordCount', 'body'],
      ['https://news.example/a', 'Harbour "reopens", at last', 'Smith, Jr.; Mara Lind', '2026-10-02T08:30:00+02:00', 'Coast Gazette', 'en', '6', 'First paragraph.\n\nSecond, with "quotes".'],
    ]);
  });

  it('has no row for an error record', () => {
    expect(formatRecord({ schemaVersion: '1.2', url: 'x', error: { code: 'HTTP_STATUS', message: 'HTTP 404', stage: 'fetch' }, fetchedAt: 'now' }, 'csv')).toBeNull();
  });
});

describe('Markdown front matter and the text header', () => {
  it('puts title, authors, date, url, site and lang in YAML front matter', () => {
    expect(frontMatter(record)).toBe(
      '---\ntitle: "Harbour \\"reopens\\", at last"\nauthors: ["Smith, Jr.", "Mara Lind"]\ndate: "2026-10-02T08:30:00+02:00"\nurl: "https://news.example/canonical/a"\nsite: "Coast Gazette"\nlang: "en"\n---\n\n',
    );
    const md = formatRecord(record, 'markdown') ?? '';
    expect(md.startsWith('---\ntitle:')).toBe(true);
    expect(md).toContain('---\n\n# Harbour');
  });

  it('writes null for what is unknown', () => {
    expect(frontMatter({ ...record, title: null, authors: [], publishedAt: null, siteName: null, lang: null })).toContain('title: null\nauthors: []\ndate: null');
  });

  it('heads text with the title, the byline and date, and the address', () => {
    expect(textHeader(record)).toBe('Harbour "reopens", at last\nBy Smith, Jr., Mara Lind · 2026-10-02\nhttps://news.example/canonical/a\n\n');
    expect(formatRecord({ ...record, authors: [], publishedAt: null }, 'text')).toBe('Harbour "reopens", at last\nhttps://news.example/canonical/a\n\nFirst paragraph.\n\nSecond, with "quotes".\n');
  });
});
