import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/quotes/index.js';

const speakers = (text: string): (string | null)[] => extractQuotes(text).map((q) => q.speaker);

describe('a pronoun after a speaker named only by a role', () => {
  it('stands for that role, not for a person named earlier', () => {
    const text = 'Opposition leader Tom Reed called the budget a failure. “It is a disgrace,” Reed said.\n\nThe finance minister said: “We have no choice.” He added: “Taxes will not rise.”';
    expect(speakers(text)).toEqual(['Tom Reed', 'the finance minister', 'the finance minister']);
  });

  it('does so in German, French and Spanish, where the role is capitalised or has a gendered article', () => {
    expect(speakers('„Wir sind enttäuscht“, sagte Klaus Weber.\n\nDer Minister sagte: „Es gibt keinen Grund zur Panik.“ Er betonte: „Die Versorgung ist sicher.“')).toEqual(['Klaus Weber', 'der Minister', 'der Minister']);
    expect(speakers('« Non », a dit Paul Martin.\n\nLe maire a déclaré : « Nous sommes prêts. » Il a ajouté : « Le budget est bouclé. »')).toEqual(['Paul Martin', 'le maire', 'le maire']);
    expect(speakers('«No», dijo Pedro Gil.\n\nLa portavoz del Gobierno dijo: «No hay cambios». Ella añadió: «Seguimos trabajando».')).toEqual(['Pedro Gil', 'la portavoz del Gobierno', 'la portavoz del Gobierno']);
  });

  it('gives way to a person named after the role, and to a role of the other gender', () => {
    expect(speakers('The minister said: “We have no choice.” Tom Reed disagreed. He said: “There is always a choice.”')).toEqual(['the minister', 'Tom Reed']);
    expect(speakers('“No,” said Tom Reed.\n\nA spokeswoman for the ministry said: “We are reviewing it.” He said: “It is too late.”')).toEqual(['Tom Reed', 'a spokeswoman for the ministry', 'Tom Reed']);
  });
});
