/**
 * The quotes stage grows with its input, not with its square, on the inputs that once made it
 * quadratic: a line of thousands of unclosed straight single marks ('word word …, 10,000 took
 * 10.4 s and 20,000 took 42.9 s), thousands of quotations with no full stop between them, and
 * thousands of attributed quotations. Sizes are small so the file runs in about a second.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractQuotes, extractQuotesFromText } from '../../src/quotes/index.js';
import { MAX_NESTING, scanQuotes, splitLines } from '../../src/quotes/scan.js';

/** The fastest of five runs, in ms: the least disturbed by other work on the machine. */
function fastest(text: string): number {
  let best = Infinity;
  for (let k = 0; k < 5; k++) {
    const started = performance.now();
    extractQuotes(text);
    extractQuotesFromText(text);
    best = Math.min(best, performance.now() - started);
  }
  return best;
}

const CASES: readonly [string, string, number][] = [
  ['unclosed straight single marks', "'word word ", 1_000],
  ['unclosed curly double marks', '“word word ', 1_000],
  ['quotations with no sentence between them', '"a" ', 600],
  ['empty guillemet pairs', '« » ', 600],
  ['attributed quotations in one sentence', 'Ana Ruiz said “a” ', 250],
  ['a quotation per paragraph, one attributed', '\n\nAna Ruiz said “a.”\n\n“b.”', 200],
];

describe('the quotes stage stays near-linear', () => {
  it.each(CASES)('%s', (_name, unit, n) => {
    fastest(unit.repeat(n >> 2)); // warm up
    const small = fastest(unit.repeat(n));
    const large = fastest(unit.repeat(8 * n));
    // Eight times the text: linear work takes about eight times as long, quadratic sixty-four;
    // twenty leaves room for a loaded machine (a collection during the large run once made
    // four times the text take twelve times as long), and the floor keeps a few milliseconds
    // of timer noise from failing a run that is fast anyway.
    expect(large).toBeLessThan(20 * Math.max(small, 10));
  });

  it('reads no more than MAX_NESTING open quotations deep', () => {
    const text = '“a '.repeat(MAX_NESTING + 5) + 'b' + '” '.repeat(MAX_NESTING + 5);
    const raws = scanQuotes(text, splitLines(text, false));
    // The outermost quotation still spans from the first mark; the extra marks are strays.
    expect(raws[0]?.open).toBe(0);
  });
});

describe('scanner output on arbitrary runs of marks', () => {
  const PIECES = ["'", '"', '“', '”', '‘', '’', '«', '»', '„', '「', '」', 'word', ' ', ' said Ana ', '.', '\n', '\n\n'];
  it('quotations are ordered, apart, and inside the text', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 200 }), fc.integer({ min: 1, max: 40 }), (parts, times) => {
        const text = parts.join('').repeat(times);
        const raws = scanQuotes(text, splitLines(text, false));
        let end = 0;
        for (const q of raws) {
          expect(q.open).toBeGreaterThanOrEqual(end);
          expect(q.textStart).toBeLessThanOrEqual(q.textEnd);
          expect(q.closeEnd).toBeLessThanOrEqual(text.length);
          end = q.closeEnd;
        }
      }),
      { numRuns: 150 },
    );
  });
});
