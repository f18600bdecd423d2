import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/quotes/index.js';

describe('a quotation over several paragraphs in French guillemets', () => {
  it('drops the space after each reopening mark, as after the first', () => {
    const text = 'Le maire, Jean Dupont, a pris la parole.\n\n« Nous attendons ce pont depuis vingt ans.\n\n«\u00a0Maintenant nous allons le construire.\n\n« Personne ne nous arrêtera », a-t-il conclu.';
    expect(extractQuotes(text).map((q) => [q.text, q.speaker])).toEqual([
      ['Nous attendons ce pont depuis vingt ans.\n\nMaintenant nous allons le construire.\n\nPersonne ne nous arrêtera', 'Jean Dupont'],
    ]);
  });
});
