import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractQuotes, extractQuotesFromText } from '../../src/quotes/index.js';

const PIECES = ['“', '”', '"', "'", '‘', '’', '«', '»', '„', '‚', ' ', '\n', '\n\n', ',', '.', '?', 'said', 'he', 'Ana Ruiz', 'told', 'the ministry', 'we', 'don', 't', 'according to', ':', '(', ')', '—'];

describe('quotes on arbitrary text', () => {
  it('never throws and keeps offsets inside the text, ordered', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }), (parts) => {
        const text = parts.join('');
        for (const quotes of [extractQuotes(text), extractQuotesFromText(text)]) {
          let last = -1;
          for (const q of quotes) {
            expect(q.start).toBeGreaterThanOrEqual(0);
            expect(q.end).toBeLessThanOrEqual(text.length);
            expect(q.start).toBeLessThanOrEqual(q.end);
            expect(q.start).toBeGreaterThan(last);
            last = q.start;
            if (!q.text.includes('\n')) expect(text.slice(q.start, q.end)).toBe(q.text);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('offsets with characters outside the BMP', () => {
  it('keeps quotes after an emoji inside a quotation', () => {
    const text = '“Great show 🙂 and fun!” said Ana Ruiz.\n\n“Very talented people! Super fun and entertaining!” said Ben Ode.';
    const quotes = extractQuotes(text);
    expect(quotes.map((q) => q.speaker)).toEqual(['Ana Ruiz', 'Ben Ode']);
    for (const q of quotes) expect(text.slice(q.start, q.end)).toBe(q.text);
  });
});

describe('a description whose noun names a property of every object', () => {
  it('reads "the constructor said" as any other description', () => {
    const text = 'Ferrari Inc. and the Williams Group both tested on Friday.\n\n“We found a second a lap,” the constructor said.';
    expect(() => extractQuotes(text)).not.toThrow();
    expect(extractQuotes(text).map((q) => q.text)).toEqual(['We found a second a lap']);
  });
});

describe("apostrophes inside a single-quoted passage", () => {
  it("take rock 'n' roll and the '90s as words, not as the passage's end", () => {
    expect(extractQuotesFromText("'It was the best band of the '90s, and rock 'n' roll never died,' said Lucy Grey.").map((q) => [q.text, q.speaker])).toEqual([
      ["It was the best band of the '90s, and rock 'n' roll never died", 'Lucy Grey'],
    ]);
  });
});

describe('a quotation split by its attribution', () => {
  it('gives the second part the speaker named between the two', () => {
    for (const text of ["“The fans won't agree,” said Tom Baker, “but that's their problem.”", "'The fans won't agree,' said Tom Baker, 'but that's their problem.'", '„Wir bauen wieder auf“, sagte Anna Schmidt, „und zwar schnell.“']) {
      const quotes = extractQuotesFromText(text);
      expect(quotes).toHaveLength(2);
      expect(quotes[1]?.speaker).toBe(quotes[0]?.speaker);
      expect(quotes[1]?.speaker).toMatch(/^(?:Tom Baker|Anna Schmidt)$/);
    }
  });
});
