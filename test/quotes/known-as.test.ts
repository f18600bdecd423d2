import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/quotes/index.js';

const texts = (text: string): string[] => extractQuotes(text).map((q) => q.text);

describe('a nickname given with "known as" and its kin', () => {
  it('is no quotation, however the speech cue after it reads', () => {
    for (const text of [
      'Ana Ruiz, known as "La Reina", said she would retire.',
      'Ana Ruiz, known as "the queen of the night", said she would retire.',
      'The striker, affectionately known by supporters as "the Magician", said he was leaving.',
      "Le chanteur, surnommé « le Professeur », a déclaré qu'il arrêtait.",
      'La cantante, conocida en todo el país como «La Reina», dijo que se retira.',
      'Il calciatore, noto come «il Mago», ha detto che lascia.',
    ]) expect(texts(text), text).toEqual([]);
  });

  it('leaves speech that holds the words alone', () => {
    expect(texts('“I am known as a fighter,” said Tom Hale.')).toEqual(['I am known as a fighter']);
  });
});
