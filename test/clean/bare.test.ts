import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bare } from '../../src/clean/labels.js';

/** The regular expression bare() answers for. */
const byRegex = (text: string): string => text.toLowerCase().replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');

const TRICKY = ['a', 'Z', '7', '٣', 'é', 'İ', 'ß', '中', '𝒜', '😀', '\ud835', '\udc9c', ' ', '\u00a0', '-', '•', '»', '.', '\n', '‍'];

describe('bare', () => {
  it('trims what the regular expression trims', () => {
    for (const text of ['', ' ', '— Related stories —', '  Read more:', '...', 'a', '1.', '»Tags«', '𝒜bc𝒜!', '\udc9c\ud835', '!\ud835\udc9c', 'İstanbul.']) expect(bare(text), JSON.stringify(text)).toBe(byRegex(text));
  });

  it('agrees with the regular expression on any text, lone surrogates included', () => {
    const text = fc.oneof(fc.string({ unit: 'binary', maxLength: 30 }), fc.array(fc.constantFrom(...TRICKY), { maxLength: 12 }).map((parts) => parts.join('')));
    fc.assert(fc.property(text, (t) => bare(t) === byRegex(t)), { numRuns: 5000 });
  });
});
