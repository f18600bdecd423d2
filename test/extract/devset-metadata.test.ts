/**
 * Metadata on a sample of the real pages of the development set (../shared), when present:
 * shape rules every record must follow, and floors for how often fields are found.
 * Skips when the data set is not beside the repository.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../src/extract/dom.js';
import { readMetadata } from '../../src/extract/metadata.js';
import type { PageMetadata } from '../../src/extract/metadata.js';
import { devSetDir } from '../helpers/shared.js';

const dir = devSetDir();
/** Every n-th page, to keep the file fast; the sample still spans many hosts. */
const STEP = 8;
const ISO = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}(Z|[+-]\d{2}:\d{2})?)?$/;

function sample(): { url: string; meta: PageMetadata }[] {
  if (!dir) return [];
  const truth = JSON.parse(readFileSync(join(dir, 'ground-truth.json'), 'utf8')) as Record<string, { url: string }>;
  return Object.entries(truth)
    .filter((_, i) => i % STEP === 0)
    .map(([id, { url }]) => {
      const page = parseHtml(gunzipSync(readFileSync(join(dir, 'html', `${id}.html.gz`))).toString('utf8'), url);
      try {
        return { url, meta: readMetadata(page.document, page.document.URL) };
      } finally {
        page.close();
      }
    });
}

describe.skipIf(!dir)('metadata on the development set', () => {
  const pages = sample();

  it('keeps every field in shape', () => {
    for (const { url, meta } of pages) {
      expect(meta.title, url).toBeTruthy();
      expect(meta.title, url).not.toMatch(/&(?:#\d+|#x[\da-f]+|[a-z]+);|<\/?[a-z]/i);
      for (const a of meta.authors) {
        expect(a, url).not.toMatch(/^(?:by|von|par)\s|\d|https?:|@|\b(?:writer|editor|correspondent)\b/i);
        expect(a.length, url).toBeLessThanOrEqual(60);
      }
      expect(new Set(meta.authors.map((a) => a.toLowerCase())).size, url).toBe(meta.authors.length);
      for (const d of [meta.publishedAt, meta.modifiedAt]) if (d) expect(d, url).toMatch(ISO);
      if (meta.siteName) expect(meta.siteName, url).not.toMatch(/^(?:@|https?:)/);
      if (meta.image) expect(meta.image, url).toMatch(/^https?:\/\//);
      if (meta.canonicalUrl) expect(meta.canonicalUrl, url).toMatch(/^https?:\/\//);
      if (meta.lang) expect(meta.lang, url).toMatch(/^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i);
    }
  });

  it('finds dates and authors on most pages', () => {
    const share = (f: (m: PageMetadata) => boolean): number => pages.filter((p) => f(p.meta)).length / pages.length;
    // Measured on the full set: publishedAt on 174 of 181 pages, authors on 163.
    expect(share((m) => m.publishedAt !== null)).toBeGreaterThanOrEqual(0.9);
    expect(share((m) => m.authors.length > 0)).toBeGreaterThanOrEqual(0.85);
  });
});
