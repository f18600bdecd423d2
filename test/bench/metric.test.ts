import { describe, expect, it } from 'vitest';
import { aggregate, authorRight, countPage, dateRight, f1, shingles, snippetsFound, titleRight, tokenize, wordScore } from '../../src/bench/metric.js';
import { linesMissingFrom } from '../../src/bench/diff.js';

describe('tokenize (Python \\w+ on str)', () => {
  it('keeps letters, digits and underscore of any script, drops punctuation', () => {
    expect(tokenize('Hello, world! snake_case 42')).toEqual(['Hello', 'world', 'snake_case', '42']);
    expect(tokenize('Ça coûte 3,50 € — très cher.')).toEqual(['Ça', 'coûte', '3', '50', 'très', 'cher']);
    expect(tokenize('東京は晴れ。')).toEqual(['東京は晴れ']);
  });
  it('splits at combining marks and other connector punctuation, as Python does', () => {
    // U+0301 (combining acute) is Mn, not \w in Python; U+203F (undertie) is Pc but not \w.
    expect(tokenize('cafe\u0301 a\u203Fb')).toEqual(['cafe', 'a', 'b']);
    // Devanagari vowel signs are Mc/Mn: Python splits "हिन्दी" into letter runs.
    expect(tokenize('हिन्दी')).toEqual(['ह', 'न', 'द']);
  });
  it('is case-sensitive and counts other numerals (superscripts, fractions)', () => {
    expect(tokenize('Apple apple ² ½')).toEqual(['Apple', 'apple', '²', '½']);
  });
});

describe('shingles', () => {
  it('counts overlapping 4-token shingles as a multiset', () => {
    const s = shingles(tokenize('a b c d a b c d'));
    expect(s.size).toBe(4);
    expect([...s.values()].reduce((x, y) => x + y, 0)).toBe(5);
  });
  it('gives a text shorter than a shingle one shingle, and an empty text none', () => {
    expect(shingles(['a', 'b']).size).toBe(1);
    expect(shingles([]).size).toBe(0);
  });
});

describe('countPage and aggregate', () => {
  const truth = 'one two three four five six';
  it('scores an exact prediction as perfect', () => {
    const c = countPage('One two three four five six'.replace('One', 'one'), truth);
    expect(c).toEqual({ tp: 3, fp: 0, fn: 0, exact: true });
  });
  it('counts extra and missing shingles', () => {
    const c = countPage('one two three four five six seven', truth);
    expect(c).toMatchObject({ tp: 3, fp: 1, fn: 0, exact: false });
    const d = countPage('one two three four', truth);
    expect(d).toMatchObject({ tp: 1, fp: 0, fn: 2 });
  });
  it('skips empty predictions for precision but counts them for recall', () => {
    const pages = [countPage('', truth), countPage(truth, truth)];
    const s = aggregate(pages);
    expect(s.precision).toBe(1);
    expect(s.recall).toBe(0.5);
    expect(s.f1).toBeCloseTo(f1(1, 0.5), 10);
    expect(s.accuracy).toBe(0.5);
  });
  it('macro-averages: a short page weighs as much as a long one', () => {
    const long = Array.from({ length: 100 }, (_, i) => `w${i}`).join(' ');
    const s = aggregate([countPage(long, long), countPage('x y z q r', 'a b c d e')]);
    expect(s.precision).toBeCloseTo(0.5, 10);
    expect(s.recall).toBeCloseTo(0.5, 10);
  });
});

describe('linesMissingFrom', () => {
  it('lists lines of one text that the other lacks', () => {
    const ours = 'The council met on Tuesday to vote on the plan.\nLatest Stories\nStorm warning for the coast';
    const truth = 'The council met on Tuesday to vote on the plan.';
    expect(linesMissingFrom(ours, truth)).toEqual(['Latest Stories', 'Storm warning for the coast']);
    expect(linesMissingFrom(truth, ours)).toEqual([]);
  });
});

describe('the WCXB metrics', () => {
  it('scores a bag of lower-cased words, with the empty cases as the benchmark defines them', () => {
    expect(wordScore('The harbour reopens', 'the HARBOUR reopens').f1).toBe(1);
    const half = wordScore('harbour reopens today', 'harbour reopens');
    expect(half.recall).toBe(1);
    expect(half.precision).toBeCloseTo(2 / 3);
    expect(wordScore('', '').f1).toBe(1);
    expect(wordScore('something', '').f1).toBe(0);
    expect(wordScore('', 'something').f1).toBe(0);
    // Multisets: a word said twice in the truth counts twice.
    expect(wordScore('no', 'no no').recall).toBe(0.5);
  });

  it('compares titles, dates and authors as the benchmark does', () => {
    expect(titleRight('“Harbour” plan — approved', '"harbour" plan - Approved')).toBe(true);
    expect(titleRight(null, 'x')).toBe(false);
    expect(dateRight('2024-05-12T10:00:00+02:00', '2024-05-12')).toBe(true);
    expect(dateRight('2024-05-13', '2024-05-12')).toBe(false);
    expect(authorRight(['Jane Doe', 'John Roe'], 'By Jane Doe and John Roe')).toBe(true);
    expect(authorRight(['Jane Doe'], 'Jane Doe and John Roe')).toBe(false);
    expect(snippetsFound('One  two\nthree four', ['two three', 'five'])).toBe(1);
  });
});
