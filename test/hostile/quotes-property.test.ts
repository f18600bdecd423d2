/**
 * The quote scanner on arbitrary input: any string (full Unicode, lone surrogates, NULs),
 * and long paragraphs dense with quotation marks. It never throws, keeps offsets inside the
 * text, and time grows with the text, not with its square.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractQuotes, extractQuotesFromText } from '../../src/quotes/index.js';

function checkOffsets(text: string): void {
  for (const quotes of [extractQuotes(text), extractQuotesFromText(text)]) {
    for (const q of quotes) {
      expect(q.start).toBeGreaterThanOrEqual(0);
      expect(q.end).toBeLessThanOrEqual(text.length);
      expect(q.start).toBeLessThanOrEqual(q.end);
    }
  }
}

const MARKS = ['“', '”', '"', "'", '‘', '’', '«', '»', '„', '‹', '›', '「', '」', ' said ', ' told ', '\n', '\n\n', '. ', ': ', '—', 'He', 'Ana Ruiz', '\u0000', '\ud800', '🙂'];

describe('quote scanner on arbitrary input', () => {
  it('never throws on any string, offsets within bounds', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 400 }), checkOffsets), { numRuns: 300 });
  });

  it('never throws on text dense with quotation marks and cues', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom(...MARKS), { maxLength: 300 }), (parts) => checkOffsets(parts.join(''))), { numRuns: 200 });
  });

  it('stays linear on one long paragraph of quotations', () => {
    const unit = 'The harbour was busy. “It works,” he said. ';
    const time = (n: number): number => {
      const text = unit.repeat(n);
      const started = performance.now();
      const quotes = extractQuotes(text);
      const ms = performance.now() - started;
      expect(quotes.length).toBe(n);
      return ms;
    };
    time(500); // warm up
    const small = time(2_000);
    const large = time(8_000);
    // Four times the text: linear work takes about four times as long; quadratic took sixteen.
    expect(large).toBeLessThan(Math.max(small, 20) * 10);
  });
});

describe('quote attribution on a run-on sentence of cues', () => {
  // One sentence with no full stop, a cue every six words: every quotation's sentence holds
  // thousands of cues. Each cue once read the whole sentence back to its start for a subject:
  // 2,000 repeats took 1.8–4.2 s and 4,000 took 7–16 s; now each cue reads a bounded window.
  const UNITS = ['and said the deal was "bad" ', 'He met the board and said the deal was "bad" '];
  /** The fastest of three runs, in ms, and the quotations found. */
  const fastest = (text: string): { ms: number; found: number } => {
    let ms = Infinity;
    let found = 0;
    for (let k = 0; k < 3; k++) {
      const started = performance.now();
      found = extractQuotes(text).length;
      ms = Math.min(ms, performance.now() - started);
    }
    return { ms, found };
  };

  it.each(UNITS)('%s repeated 4,000 times', (unit) => {
    fastest(unit.repeat(250)); // warm up
    const small = fastest(unit.repeat(1_000));
    const large = fastest(unit.repeat(4_000));
    // The same reading of every repeat, however long the sentence.
    expect(large.found).toBe(4 * small.found);
    // Well under a second on an idle machine; the bound leaves room for a loaded one.
    expect(large.ms).toBeLessThan(3_000);
    // Four times the text: linear work takes about four times as long, quadratic sixteen.
    expect(large.ms).toBeLessThan(10 * Math.max(small.ms, 50));
  }, 120_000);
});
