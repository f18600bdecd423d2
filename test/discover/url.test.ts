import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normaliseUrl } from '../../src/discover/url.js';
import { parseDocument } from '../../src/discover/index.js';
import { isCopydeskError } from '../../src/errors.js';

describe('normaliseUrl', () => {
  it.each([
    ['HTTP://Example.COM:80/News/Story?utm_source=x&id=3#top', 'http://example.com/News/Story?id=3'],
    ['https://example.com:443/a?fbclid=1&gclid=2', 'https://example.com/a'],
    ['https://example.com/a?ID=1&UTM_Campaign=z&mc_eid=9&b=', 'https://example.com/a?ID=1&b='],
    ['https://user:pw@example.com/./a/../b/%7ea', 'https://example.com/b/%7Ea'],
    ['https://example.com:8443/x', 'https://example.com:8443/x'],
  ])('%s → %s', (input, expected) => {
    expect(normaliseUrl(input)).toBe(expected);
  });

  it('refuses what cannot be fetched', () => {
    for (const bad of ['javascript:alert(1)', 'file:///etc/passwd', 'ftp://example.com/', 'data:text/html,hi', 'not a url', '', `https://e.com/${'a'.repeat(9000)}`]) {
      expect(normaliseUrl(bad)).toBeNull();
    }
  });

  it('never throws and is idempotent (property)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.webUrl({ withQueryParameters: true, withFragments: true }), fc.string()), (s) => {
        const once = normaliseUrl(s);
        if (once !== null) expect(normaliseUrl(once)).toBe(once);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('feed parser (property)', () => {
  it('returns a document or a typed error for any input, quickly', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.uint8Array({ maxLength: 300 }).map((a) => Buffer.from(a).toString('latin1')), fc.string().map((s) => `<rss><channel><item><link>${s}</link><title>${s}</title></item></channel></rss>`)), (text) => {
        try {
          const doc = parseDocument(Buffer.from(text, 'latin1'), null, 'https://e.example/f', 1_000_000);
          for (const item of doc.items) expect(item.url).toMatch(/^https?:\/\//);
        } catch (err) {
          expect(isCopydeskError(err)).toBe(true);
        }
      }),
      { numRuns: 1500 },
    );
  });
});
