import { describe, expect, it } from 'vitest';
import { scanQuotes, splitLines } from '../../src/quotes/scan.js';

const texts = (text: string, eachLine = false): string[] =>
  scanQuotes(text, splitLines(text, eachLine)).map((q) => text.slice(q.textStart, q.textEnd));

describe('scanner', () => {
  it('pairs curly, straight, German, French and reversed guillemet marks', () => {
    expect(texts('“One,” he said. "Two," she said.')).toEqual(['One,', 'Two,']);
    expect(texts('„Drei“, sagte er.')).toEqual(['Drei']);
    expect(texts('« Quatre », dit-il.')).toEqual(['Quatre']);
    expect(texts('»Fünf«, so der Mann.')).toEqual(['Fünf']);
    expect(texts('「六」と言った。')).toEqual(['六']);
  });

  it('tells apostrophes from closing single marks', () => {
    expect(texts('‘Putin’s men don’t leave,’ she said.')).toEqual(['Putin’s men don’t leave,']);
    expect(texts('Back in the ’90s, Moscow’s rules held.')).toEqual([]);
    expect(texts("'We can't stay,' he said of the players' union.")).toEqual(["We can't stay,"]);
    expect(texts('the automaker isn ‘t slowing down')).toEqual([]);
  });

  it('keeps nested quotes inside the outer one', () => {
    expect(texts('“He told me ‘no’ twice,” she said.')).toEqual(['He told me ‘no’ twice,']);
    expect(texts('"He said \'no\' twice," she said.')).toEqual(['He said \'no\' twice,']);
  });

  it('ignores inch marks', () => {
    expect(texts('A 12" record and a 7" single.')).toEqual([]);
  });

  it('carries a quote into the next paragraph when it reopens, else ends it at the paragraph', () => {
    const text = 'She said: “First part.\n\n“Second part.”\n\nAfter.';
    const raw = scanQuotes(text, splitLines(text, false));
    expect(raw).toHaveLength(1);
    expect(raw[0]!.reopens).toHaveLength(1);
    expect(text.slice(raw[0]!.textStart, raw[0]!.textEnd)).toBe('First part.\n\n“Second part.');
    expect(texts('He said: “Unclosed here\n\nNew paragraph.')).toEqual(['Unclosed here']);
  });

  it('counts paragraphs at blank lines, or at every line', () => {
    expect(splitLines('a\nb\n\nc', false).map((l) => l.paragraph)).toEqual([0, 0, 1]);
    expect(splitLines('a\nb\n\nc', true).map((l) => l.paragraph)).toEqual([0, 1, 2]);
  });
});
