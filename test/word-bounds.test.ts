import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as cleanRules from '../src/clean/rules.js';
import * as linkRules from '../src/discover/link-rules.js';
import * as metadataRules from '../src/extract/metadata-rules.js';
import { foldedTest, rewrite, withoutCaseFolding, wordBounds } from '../src/word-bounds.js';

describe('wordBounds', () => {
  it('turns a boundary beside a word character into a one-sided look-around', () => {
    expect(rewrite(String.raw`\bfoo\b`)).toBe(String.raw`(?<!\w)foo(?!\w)`);
    expect(rewrite(String.raw`\b(?:readers|donors) like you\b`)).toBe(String.raw`(?<!\w)(?:readers|donors) like you(?!\w)`);
    expect(rewrite(String.raw`\b\d+\s*min\b`)).toBe(String.raw`(?<!\w)\d+\s*min(?!\w)`);
    // é is no word character for \b: the boundary before it is a word character behind it.
    expect(rewrite(String.raw`\bécrivez`)).toBe(String.raw`(?<=\w)écrivez`);
  });

  it('leaves a boundary alone where the pattern does not decide it', () => {
    for (const source of [String.raw`\b(?:a|é)`, String.raw`(?:a|)\b`, String.raw`x?\b`, String.raw`.\b`, String.raw`[\b]x`, String.raw`\\b`, String.raw`(?:ab)*\bc?`]) {
      const out = rewrite(source);
      expect(out.replace(/\(\?<?[=!]\\w\)/g, '')).toBe(out);
    }
  });

  it('returns a pattern without the i and u flags, or without \\b, as it is', () => {
    const plain = /\bfoo\b/i;
    expect(wordBounds(plain)).toBe(plain);
    const none = /foo/iu;
    expect(wordBounds(none)).toBe(none);
  });

  it('matches exactly what the pattern matched, on any pattern and text', () => {
    const tokens = ['\\b', '\\b', '\\b', 'a', 'b', 'é', 'ſ', 'K', '_', '1', ' ', '-', '\\d', '\\w', '\\s', '\\W', '.', '(?:a|b)', '(?:é|a)', '(?:a|)', '(?:b\\b|é)', 'a?', 'b+', 'é*', '[ab]', '[\\b]', '^', '$', '(?=a)', '(?<!b)', '\\p{L}', 'x{2}', 'x{0,2}'];
    const pattern = fc.array(fc.array(fc.constantFrom(...tokens), { minLength: 1, maxLength: 6 }).map((t) => t.join('')), { minLength: 1, maxLength: 3 }).map((alts) => alts.join('|'));
    const text = fc.array(fc.constantFrom('a', 'b', 'A', 'x', 'é', 'É', 'ſ', 'K', 'k', '_', '1', ' ', '-', '\u00a0'), { maxLength: 10 }).map((c) => c.join(''));
    fc.assert(
      fc.property(pattern, fc.array(text, { minLength: 1, maxLength: 5 }), (source, texts) => {
        const before = new RegExp(source, 'iu');
        const after = new RegExp(rewrite(source), 'iu');
        return texts.every((t) => JSON.stringify(before.exec(t)) === JSON.stringify(after.exec(t)));
      }),
      { numRuns: 2000 },
    );
  });

  it('has been applied to every case-insensitive Unicode rule of the clean, metadata and link rules', () => {
    const unoptimised: string[] = [];
    for (const [file, rules] of Object.entries({ cleanRules, metadataRules, linkRules })) {
      for (const [name, value] of Object.entries(rules)) {
        const list = value instanceof RegExp ? [value] : Array.isArray(value) ? value.filter((v): v is RegExp => v instanceof RegExp) : [];
        for (const re of list) if (re.flags.includes('i') && re.flags.includes('u') && rewrite(re.source) !== re.source) unoptimised.push(`${file}.${name}`);
      }
    }
    expect(unoptimised).toEqual([]);
  });
});

describe('withoutCaseFolding', () => {
  it('matches on lower-cased text what the case-insensitive pattern matches, on any pattern of lower-case letters', () => {
    const tokens = ['a', 'b', 'é', 'ü', 'ß', 'k', '1', ' ', '-', '\\d', '\\w', '\\s', '.', '(?:a|b)', '(?:é|ü)', 'a?', 'b+', 'é*', '[ab]', '[a-f]', '[^b]', '^', '$', '(?=a)', '(?<!b)', '(?<!\\w)', '(?!\\w)', '\\p{L}', '\\bab', 'x{2}'];
    const pattern = fc.array(fc.array(fc.constantFrom(...tokens), { minLength: 1, maxLength: 6 }).map((t) => t.join('')), { minLength: 1, maxLength: 3 }).map((alts) => alts.join('|'));
    const text = fc.array(fc.constantFrom('a', 'A', 'b', 'B', 'é', 'É', 'ü', 'Ü', 'ß', 'ẞ', 'k', 'K', 'x', 'X', '1', ' ', '-', '\u00a0'), { maxLength: 10 }).map((c) => c.join(''));
    fc.assert(
      fc.property(pattern, fc.array(text, { minLength: 1, maxLength: 5 }), (source, texts) => {
        const re = new RegExp(source, 'iu');
        const test = foldedTest(re);
        return withoutCaseFolding(re) !== null && texts.every((t) => re.test(t) === test(t));
      }),
      { numRuns: 2000 },
    );
  });

  it('keeps the flag on a pattern that spells a capital or names cased letters', () => {
    expect(withoutCaseFolding(/^by \p{Lu}\p{Ll}+/iu)).toBeNull();
    expect(withoutCaseFolding(/^Posted by/iu)).toBeNull();
    expect(withoutCaseFolding(/^posted by/u)).toBeNull();
    expect(withoutCaseFolding(/^\p{gc=Lu}/iu)).toBeNull();
    // A capital written as a code point is a capital; escapes written in capitals name no letter.
    expect(withoutCaseFolding(/^[\x41-\x5A]/iu)).toBeNull();
    expect(withoutCaseFolding(/^[\u00C0-\u00DE]/iu)).toBeNull();
    expect(withoutCaseFolding(/^\S+ \P{L}\u00A0\W$/iu)?.flags).toBe('u');
    // Without u, the Kelvin sign folds to k only on lower-cased text: left as it is.
    expect(withoutCaseFolding(/cookies/i)).toBeNull();
  });

  it('is used for the costliest line rules: the legal lines and the sign-offs', () => {
    expect(withoutCaseFolding(cleanRules.LEGAL_LINE)).not.toBeNull();
    const folded = cleanRules.SIGNOFF_LINE.filter((re) => withoutCaseFolding(re));
    expect(folded.length).toBeGreaterThan(cleanRules.SIGNOFF_LINE.length * 0.8);
  });
});
