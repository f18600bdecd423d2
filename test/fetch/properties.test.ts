import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CopydeskError } from '../../src/errors.js';
import { CookieJar } from '../../src/fetch/cookies.js';
import { decodeBody } from '../../src/fetch/decode.js';
import { isBlockedAddress } from '../../src/fetch/guard.js';
import { mapNetworkError } from '../../src/fetch/neterrors.js';
import { decodeHtml } from '../../src/fetch/sniff.js';
import { nextHop } from '../../src/fetch/redirect.js';
import { parseRetryAfter } from '../../src/fetch/retry.js';

const LABELS = ['utf-8', 'utf8', 'UTF-16LE', 'utf-16be', 'utf-16', 'windows-1251', 'iso-8859-1', 'latin1', 'shift_jis', 'gb18030', 'gbk', 'big5',
  'euc-kr', 'euc-jp', 'iso-2022-jp', 'koi8-r', 'x-user-defined', 'iso-2022-kr', 'replacement', 'utf-7', 'ebcdic', '', '"', "'utf-8'"];
const label = fc.oneof(fc.constantFrom(...LABELS), fc.string({ maxLength: 20 }));
const contentType = fc.oneof(
  fc.constant(null),
  fc.string({ maxLength: 80 }),
  label.map((l) => `text/html; charset=${l}`),
  fc.tuple(label, label).map(([a, b]) => `text/html;charset="${a}"; charset=${b}`),
);
const BOMS = [[], [0xef, 0xbb, 0xbf], [0xff, 0xfe], [0xfe, 0xff], [0xef, 0xbb]];
/** Bytes as hostile pages send them: random, with BOMs and charset declarations mixed in. */
const body = fc.tuple(
  fc.constantFrom(...BOMS),
  fc.option(label.map((l) => `<meta charset="${l}"><meta http-equiv="content-type" content="text/html; charset=${l}">`)),
  fc.uint8Array({ maxLength: 3000 }),
  fc.option(fc.constantFrom('<!--', '<meta', '<meta charset=', '\u0000\u0000', '\uFFFD')),
).map(([bom, meta, bytes, tail]) => Buffer.concat([Buffer.from(bom), Buffer.from(meta ?? '', 'latin1'), bytes, Buffer.from(tail ?? '')]));

describe('decodeBody on any input', () => {
  it('returns a string with a supported charset and never throws', () => {
    const started = performance.now();
    fc.assert(
      fc.property(body, contentType, (bytes, type) => {
        const d = decodeBody(bytes, type);
        expect(typeof d.text).toBe('string');
        expect(new TextDecoder(d.charset).encoding).toBe(d.charset);
        expect(['bom', 'header', 'meta', 'detected', 'default']).toContain(d.source);
      }),
      { numRuns: 400 },
    );
    // Never hangs: 400 hostile inputs in well under the test's budget.
    expect(performance.now() - started).toBeLessThan(10_000);
  });

  it('reads any well-formed text sent as UTF-8 back unchanged', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), fc.constantFrom('text/html; charset=utf-8', 'text/html', null), (text, type) => {
        fc.pre(!text.startsWith('\uFEFF'));
        expect(decodeBody(Buffer.from(text), type).text).toBe(text);
      }),
      { numRuns: 300 },
    );
  });

  it('decodes a megabyte of noise in bounded time', () => {
    const noise = Buffer.from(fc.sample(fc.uint8Array({ minLength: 1 << 20, maxLength: 1 << 20 }), { numRuns: 1, seed: 42 })[0] ?? []);
    const started = performance.now();
    for (const type of [null, 'text/html; charset=shift_jis', 'text/html; charset=utf-8']) expect(typeof decodeBody(noise, type).text).toBe('string');
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  it('decodeHtml only ever throws NOT_HTML', () => {
    fc.assert(
      fc.property(body, contentType, (bytes, type) => {
        try {
          expect(typeof decodeHtml(bytes, type, 'http://x/').text).toBe('string');
        } catch (err) {
          expect(err).toBeInstanceOf(CopydeskError);
          expect((err as CopydeskError).code).toBe('NOT_HTML');
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('parseRetryAfter on any input', () => {
  it('returns undefined or whole seconds between 0 and a year', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 80 }), fc.nat().map(String), fc.date({ noInvalidDate: true }).map((d) => d.toUTCString())), (value) => {
        const s = parseRetryAfter(value, Date.parse('2026-06-01T00:00:00Z'));
        if (s !== undefined) {
          expect(Number.isInteger(s)).toBe(true);
          expect(s).toBeGreaterThanOrEqual(0);
          expect(s).toBeLessThanOrEqual(365 * 24 * 3600);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('reads delta-seconds and HTTP-dates exactly', () => {
    const now = Date.parse('2026-06-01T00:00:00Z');
    fc.assert(fc.property(fc.integer({ min: 0, max: 365 * 24 * 3600 }), (n) => parseRetryAfter(String(n), now) === n));
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 * 24 * 3600 }), (secs) => parseRetryAfter(new Date(now + secs * 1000).toUTCString(), now) === secs),
    );
  });
});

describe('redirect targets and errors on any input', () => {
  it('nextHop gives an http(s) URL or one of the redirect errors', () => {
    const location = fc.oneof(fc.string({ maxLength: 60 }), fc.webUrl(), fc.constantFrom('javascript:alert(1)', 'file:///etc/passwd', '//evil.example/', '\u0000', 'http://[::1', 'HTTP://EXAMPLE.COM'));
    fc.assert(
      fc.property(location, (loc) => {
        try {
          const next = nextHop(new URL('http://news.example/a/b'), 302, loc, { visited: ['http://news.example/a/b'], maxRedirects: 10, url: 'u' });
          expect(['http:', 'https:']).toContain(next.protocol);
          expect(next.hash).toBe('');
        } catch (err) {
          expect(['BAD_REDIRECT', 'REDIRECT_LOOP', 'TOO_MANY_REDIRECTS']).toContain((err as CopydeskError).code);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('mapNetworkError turns anything into a CopydeskError', () => {
    fc.assert(
      fc.property(fc.anything(), (thrown) => {
        expect(mapNetworkError(thrown, 'http://x/')).toBeInstanceOf(CopydeskError);
      }),
      { numRuns: 300 },
    );
  });
});

describe('isBlockedAddress on any input', () => {
  it('never throws, and judges an IPv4 address and its IPv4-mapped IPv6 form alike', () => {
    fc.assert(fc.property(fc.string({ maxLength: 50 }), (s) => typeof isBlockedAddress(s) === 'boolean'));
    fc.assert(fc.property(fc.ipV4(), (ip) => isBlockedAddress(ip) === isBlockedAddress(`::ffff:${ip}`)), { numRuns: 1000 });
    fc.assert(fc.property(fc.ipV6(), (ip) => typeof isBlockedAddress(ip) === 'boolean'), { numRuns: 500 });
  });
});

describe('CookieJar on any Set-Cookie', () => {
  it('never throws and never sends a cookie to a host outside its domain', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 80 }), { maxLength: 20 }), fc.domain(), fc.domain(), (lines, a, b) => {
        const jar = new CookieJar();
        jar.store(lines, new URL(`https://${a}/`));
        const sent = jar.header(new URL(`https://${b}/`));
        if (a !== b && !a.endsWith(`.${b}`) && !b.endsWith(`.${a}`) && !sharesParent(a, b)) expect(sent).toBe('');
      }),
      { numRuns: 300 },
    );
  });
});

/** True when a and b have a common parent domain with a dot (a Domain cookie could cover both). */
function sharesParent(a: string, b: string): boolean {
  const parts = a.split('.');
  for (let i = 1; i < parts.length - 1; i++) {
    const parent = parts.slice(i).join('.');
    if (b === parent || b.endsWith(`.${parent}`)) return true;
  }
  return false;
}
