import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/quotes/index.js';

const read = (text: string): [string, string | null, string | null][] => extractQuotes(text).map((q) => [q.text, q.speaker, q.cue]);

describe('Italian attributions', () => {
  it('reads "il" after a cue as the article of the speaker phrase, not the French pronoun', () => {
    expect(read('«Non ci arrenderemo», ha detto il ministro dell\'Interno Matteo Piantedosi.')).toEqual([['Non ci arrenderemo', 'Matteo Piantedosi', 'detto']]);
    expect(read('«I fondi arriveranno», dice il ministro.')).toEqual([['I fondi arriveranno', 'il ministro', 'dice']]);
    expect(read('«Siamo delusi», hanno detto i sindacati.')).toEqual([['Siamo delusi', 'i sindacati', 'detto']]);
  });

  it('reads "secondo" as an indirect cue', () => {
    expect(read("Secondo la polizia, l'uomo «era armato e pericoloso».")).toEqual([['era armato e pericoloso', 'la polizia', 'secondo']]);
  });

  it('resolves "lui" and "lei" to the person named before', () => {
    const text = 'La sindaca Giulia Rossi ha visitato il cantiere.\n\nLei ha aggiunto: «Abbiamo lavorato per anni».';
    expect(read(text)).toEqual([['Abbiamo lavorato per anni', 'Giulia Rossi', 'aggiunto']]);
  });

  it('takes a reply as a cue, so the quotation does not continue the speaker before', () => {
    const text = '«Siamo pronti», ha sottolineato Marco De Luca.\n\n«Non è vero», ha replicato l\'assessore.';
    expect(read(text)).toEqual([
      ['Siamo pronti', 'Marco De Luca', 'sottolineato'],
      ['Non è vero', "l'assessore", 'replicato'],
    ]);
  });
});
