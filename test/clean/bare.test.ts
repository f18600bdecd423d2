import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bare, lowerCase } from '../../src/clean/labels.js';

/** The regular expression bare() answers for, on the text lower-cased as the phrase lists are (a Turkish "İ" as "i"). */
const byRegex = (text: string): string => lowerCase(text).replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');

const TRICKY = ['a', 'Z', '7', '٣', 'é', 'İ', 'ß', '中', '𝒜', '😀', '\ud835', '\udc9c', ' ', '\u00a0', '-', '•', '»', '.', '\n', '‍'];

describe('bare', () => {
  it('trims what the regular expression trims', () => {
    for (const text of ['', ' ', '— Related stories —', '  Read more:', '...', 'a', '1.', '»Tags«', '𝒜bc𝒜!', '\udc9c\ud835', '!\ud835\udc9c', 'İstanbul.']) expect(bare(text), JSON.stringify(text)).toBe(byRegex(text));
  });

  it('agrees with the regular expression on any text, lone surrogates included', () => {
    const text = fc.oneof(fc.string({ unit: 'binary', maxLength: 30 }), fc.array(fc.constantFrom(...TRICKY), { maxLength: 12 }).map((parts) => parts.join('')));
    fc.assert(fc.property(text, (t) => bare(t) === byRegex(t)), { numRuns: 5000 });
  });

  it('lower-cases a Turkish capital "İ" to a plain "i", as the phrase lists write it', () => {
    expect(bare('İLGİLİ HABERLER:')).toBe('ilgili haberler');
  });
});
