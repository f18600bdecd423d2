import { describe, expect, it } from 'vitest';
import { bodyOf, loadPassages, score } from '../../bench/quotes.js';
import { extractQuotes } from '../../src/quotes/index.js';
import { REPO_ROOT } from '../helpers/shared.js';

const passages = loadPassages(REPO_ROOT);

describe('hand-written passages', () => {
  it('has at least 40 passages, with exclusions among them', () => {
    expect(passages.length).toBeGreaterThanOrEqual(40);
    expect(passages.filter((p) => p.expected.length === 0).length).toBeGreaterThanOrEqual(8);
  });

  for (const p of passages) {
    it(`${p.id}: ${p.covers}`, () => {
      const body = bodyOf(p);
      const got = extractQuotes(body);
      expect(got.map((q) => ({ text: q.text, speaker: q.speaker, cue: q.cue, kind: q.kind }))).toEqual(
        p.expected.map((e) => ({ text: e.text, speaker: e.speaker, cue: e.cue, kind: e.kind })),
      );
      p.expected.forEach((e, n) => {
        const q = got[n]!;
        if (e.mention !== undefined) expect(q.speakerMention).toBe(e.mention);
        // Offsets point at the quote in the body; paragraph indexes count blank-line blocks.
        if (!q.text.includes('\n')) expect(body.slice(q.start, q.end)).toBe(q.text);
        expect(body.split('\n\n').slice(0, q.paragraph).join('\n\n').length).toBeLessThanOrEqual(q.start);
      });
    });
  }

  it('scores every case right', () => {
    const s = score(passages);
    expect(s.failures).toEqual([]);
    expect(s.precision).toBe(1);
    expect(s.recall).toBe(1);
    expect(s.speaker).toBe(1);
  });
});
