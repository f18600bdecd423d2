import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CopydeskError, ERROR_CODES } from '../../src/errors.js';
import type { ErrorCode } from '../../src/errors.js';
import { errorRecord, extract } from '../../src/pipeline.js';
import { SCHEMA_VERSION } from '../../src/record/types.js';
import { goldenPages } from '../golden/fixtures.js';
import { REPO_ROOT } from '../helpers/shared.js';
import { validate } from './jsonschema.js';
import type { Schema } from './jsonschema.js';

const schema = JSON.parse(readFileSync(join(REPO_ROOT, 'schema', 'record.schema.json'), 'utf8')) as Schema;
const pkg = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { files: string[]; exports: Record<string, unknown> };

const PAGE = `<html lang="en"><head><title>Harbour reopens - Coast Gazette</title><meta property="og:type" content="article"></head><body><article><h1>Harbour reopens</h1>
${'<p>The harbour at Wenmouth reopened on Monday after a week of repairs, officials said, and the first ferries left on time.</p>'.repeat(5)}</article></body></html>`;

function article(): Record<string, unknown> {
  return extract(PAGE, { url: 'https://coast.example/harbour' }) as unknown as Record<string, unknown>;
}

describe('record schema', () => {
  it('is shipped in the package and exported', () => {
    expect(pkg.files).toContain('schema/');
    expect(pkg.exports['./schema/record.schema.json']).toBe('./schema/record.schema.json');
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
  });

  it('accepts a fresh article record and its schemaVersion', () => {
    const record = article();
    expect(record.schemaVersion).toBe(SCHEMA_VERSION);
    expect(validate(schema, record)).toEqual([]);
  });

  it('accepts a record with images, links and html, and rejects a script link', () => {
    const rich = readFileSync(join(REPO_ROOT, 'fixtures', 'rich', 'article.html'), 'utf8');
    const record = extract(rich, { url: 'https://coast.example/news/harbour.html', html: true }) as unknown as Record<string, unknown>;
    expect((record.images as unknown[]).length).toBeGreaterThan(0);
    expect((record.links as unknown[]).length).toBeGreaterThan(0);
    expect(typeof record.html).toBe('string');
    expect(validate(schema, record)).toEqual([]);
    expect(validate(schema, { ...record, links: [{ href: 'javascript:alert(1)', text: 'x' }] })).not.toEqual([]);
    expect(validate(schema, { ...record, images: [{ src: 'https://a.example/i.jpg', alt: '', caption: null, width: 0 }] })).not.toEqual([]);
  });

  it('accepts every golden record', () => {
    for (const page of goldenPages()) {
      // The golden files leave out fetchedAt and the extractor version; put them back.
      const record: Record<string, unknown> = { ...page.expected, fetchedAt: '2024-01-01T00:00:00.000Z' };
      if (record.extractor) record.extractor = { name: 'copydesk', version: '0.0.0' };
      expect(validate(schema, record), page.slug).toEqual([]);
    }
  });

  it('accepts an error record for every error code, with and without a status', () => {
    for (const code of Object.keys(ERROR_CODES) as ErrorCode[]) {
      const plain = errorRecord('https://coast.example/x', new CopydeskError(code, `failed with ${code}`));
      expect(validate(schema, plain), code).toEqual([]);
    }
    const withStatus = errorRecord('https://coast.example/x', new CopydeskError('HTTP_STATUS', 'HTTP 503', { status: 503 }));
    expect(validate(schema, withStatus)).toEqual([]);
  });

  it('accepts an error record made from an unexpected exception, which carries no stack trace', () => {
    const record = errorRecord('https://coast.example/x', new TypeError('cannot read properties of undefined'));
    expect(validate(schema, record)).toEqual([]);
    expect(JSON.stringify(record)).not.toMatch(/\bat .+:\d+:\d+/);
  });

  const mutations: [string, (r: Record<string, unknown>) => void][] = [
    ['a missing field', (r) => delete r.body],
    ['an unknown field', (r) => (r.surprise = 1)],
    ['an author with "By"', (r) => (r.authors = ['By Jane Doe'])],
    ['a date that is not ISO 8601', (r) => (r.publishedAt = 'March 4, 2024')],
    ['a relative image URL', (r) => (r.image = '/img/a.jpg')],
    ['a body with two blank lines', (r) => (r.body = 'One.\n\n\nTwo.')],
    ['a score above 1', (r) => (r.articleScore = 1.5)],
    ['a wrong schemaVersion', (r) => (r.schemaVersion = '2.0')],
  ];
  for (const [what, mutate] of mutations) {
    it(`rejects an article record with ${what}`, () => {
      const record = article();
      mutate(record);
      expect(validate(schema, record).length).toBeGreaterThan(0);
    });
  }

  it('rejects an error record with a stack trace or an unknown stage', () => {
    const base = errorRecord('https://coast.example/x', new CopydeskError('DNS', 'no such host')) as unknown as { error: Record<string, unknown> };
    expect(validate(schema, { ...base, error: { ...base.error, message: 'boom\n    at fn (file.js:1:2)' } }).length).toBeGreaterThan(0);
    expect(validate(schema, { ...base, error: { ...base.error, stage: 'somewhere' } }).length).toBeGreaterThan(0);
  });
});
