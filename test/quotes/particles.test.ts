import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/quotes/index.js';

describe('a speaker whose name holds two particles', () => {
  it('keeps the whole name as the mention', () => {
    const read = (text: string): [string | null, string | null][] => extractQuotes(text).map((q) => [q.speaker, q.speakerMention]);
    expect(read('Ursula von der Leyen said: “Europe must stand together.”')).toEqual([['Ursula von der Leyen', 'Ursula von der Leyen']]);
    expect(read('“Hope matters,” said Ludwig van der Berg, the conductor.')).toEqual([['Ludwig van der Berg', 'Ludwig van der Berg']]);
    expect(read('El alcalde, Carlos García de la Vega, aseguró: «La ciudad está preparada».')).toEqual([['Carlos García de la Vega', 'Carlos García de la Vega']]);
  });
});
