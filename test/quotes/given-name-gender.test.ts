import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/quotes/index.js';

const speakers = (text: string): (string | null)[] => extractQuotes(text).map((q) => q.speaker);

describe('a pronoun when the text gives no one a gender', () => {
  it('skips a person whose given name is of the other gender', () => {
    const text = 'Maria Gonzalez, the union’s lead negotiator, met company executives on Monday. David Park, the chief executive, declined to attend.\n\n“We are not going anywhere,” she said.';
    expect(speakers(text)).toEqual(['Maria Gonzalez']);
  });

  it('does so for "lei" in Italian', () => {
    expect(speakers('«Non ci arrenderemo», ha detto Matteo Piantedosi.\n\n«È tardi», ha detto lei.')).toEqual(['Matteo Piantedosi', null]);
  });

  it('leaves a given name of either gender open', () => {
    for (const pronoun of ['lui', 'lei']) expect(speakers(`Andrea Conti, l'assessore, ha parlato a lungo.\n\n«Siamo pronti», ha detto ${pronoun}.`)).toEqual(['Andrea Conti']);
  });
});

describe('"they" after a person the text never calls he or she', () => {
  it('is not that person when the given name is of one gender', () => {
    const text = '"He told me never again," said Ann Bell.\n\nThe mayor was blunt.\n\n"We will not pay," she said.\n\n„Wir bleiben“, sagten sie.';
    expect(extractQuotes(text).map((q) => q.speaker)).toEqual(['Ann Bell', 'Ann Bell', null]);
  });
});
