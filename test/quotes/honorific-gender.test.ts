/**
 * An honorific before a person's full name ("Mrs Anna Clark", "Frau Anna Schmidt", "Mme Anne
 * Dubois", "Sra. Ana Ruiz") gives that person's gender, as one before the surname alone does,
 * so "she", "sie" and "elle" find the woman rather than the last man named.
 */
import { describe, expect, it } from 'vitest';
import { extractQuotesFromText } from '../../src/quotes/index.js';
import { inferGenders } from '../../src/quotes/genders.js';

function speakers(text: string): (string | null)[] {
  return extractQuotesFromText(text).map((q) => q.speaker);
}

describe('an honorific before a full name', () => {
  it('gives the gender of the person it names', () => {
    const names = [
      { full: 'Anna Clark', last: 'Clark' },
      { full: 'John Miller', last: 'Miller' },
    ];
    const genders = inferGenders('Mrs Anna Clark spoke for an hour. Then Mr John Miller arrived.', names);
    expect(genders.get('Anna Clark')).toBe('f');
    expect(genders.get('John Miller')).toBe('m');
  });

  it('lets "she" find the woman in English', () => {
    expect(speakers('Mrs Anna Clark spoke for an hour. Then Mr John Miller arrived.\n\n"We have no choice," she said.')).toEqual(['Anna Clark']);
  });

  it('lets "sie" find the woman in German', () => {
    expect(speakers('Frau Anna Schmidt sprach lange. Danach kam Herr Hans Müller.\n\n„Wir haben keine Wahl“, sagte sie.')).toEqual(['Anna Schmidt']);
  });

  it('lets "elle" find the woman in French', () => {
    expect(speakers('Mme Anne Dubois a parlé longtemps. Puis M. Jean Martin est arrivé.\n\n« Nous n’avons pas le choix », a-t-elle dit.')).toEqual(['Anne Dubois']);
  });

  it('lets "ella" find the woman in Spanish', () => {
    expect(speakers('La Sra. Ana Ruiz habló durante una hora. Luego llegó el Sr. Juan Pérez.\n\n«No tenemos elección», dijo ella.')).toEqual(['Ana Ruiz']);
  });

  it('lets "he" find the man when the woman is named last', () => {
    expect(speakers('Mr John Miller spoke for an hour. Then Mrs Anna Clark arrived.\n\n"We have no choice," he said.')).toEqual(['John Miller']);
  });
});

describe('"M." before a surname alone', () => {
  it('is a middle initial as often as an honorific, and gives no gender', () => {
    const genders = inferGenders('Jane M. Smith spoke for an hour.', [{ full: 'Jane Smith', last: 'Smith' }]);
    expect(genders.get('Jane Smith')).toBeUndefined();
  });
});
