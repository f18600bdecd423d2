import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/quotes/index.js';
import { pairDoubledApostrophes } from '../../src/quotes/marks.js';
import { blankPartyTags } from '../../src/quotes/words.js';

const found = (body: string): [string, string | null][] => extractQuotes(body).map((q) => [q.text, q.speaker]);

describe('short quotations a cue governs', () => {
  it('counts one or two words after called, described as, warned of, said … was', () => {
    expect(found('Jane Roe called the plan a "disgrace" on Monday.')).toEqual([['disgrace', 'Jane Roe']]);
    expect(found('Jane Roe described the vote as a "personal insult" and warned of "fanatic recklessness."')).toEqual([
      ['personal insult', 'Jane Roe'],
      ['fanatic recklessness.', 'Jane Roe'],
    ]);
    expect(found('Mayor Tom Ash said the timing was "improper."')).toEqual([['improper.', 'Tom Ash']]);
    expect(found('The site Fact Desk rated the claim "Mostly False."')).toEqual([['Mostly False.', 'Fact Desk']]);
  });

  it('counts them in every tense', () => {
    for (const verb of ['will call', 'has called', 'is calling', 'had called', 'would later call']) {
      expect(found(`Jane Roe ${verb} the bill a "betrayal" on Monday.`)).toEqual([['betrayal', 'Jane Roe']]);
    }
    expect(found('El ministro, Luis Mora, ha calificado de «fraude» el recuento.')).toEqual([['fraude', 'Luis Mora']]);
    expect(found('Ministerin Anna Berg hat die Pläne „realitätsfern“ genannt.')).toEqual([['realitätsfern', 'Anna Berg']]);
  });

  it('counts them in French, German and Spanish', () => {
    expect(found('Le ministre, Paul Roux, a qualifié la réforme de « nécessaire » hier.')).toEqual([['nécessaire', 'Paul Roux']]);
    expect(found('Ministerin Anna Berg hat die Preise als „nicht hinnehmbar“ bezeichnet.')).toEqual([['nicht hinnehmbar', 'Anna Berg']]);
    expect(found('El ministro, Luis Mora, tachó las acusaciones de «irresponsables» ayer.')).toEqual([['irresponsables', 'Luis Mora']]);
  });

  it('leaves out scare quotes and terms with no governing cue', () => {
    expect(found('The stadium would replace a row of "temporary" warehouses.')).toEqual([]);
    expect(found('The so-called "bridge fund" would expire, according to the budget office.')).toEqual([]);
    expect(found('They protect what locals call the "Last Best Place."')).toEqual([]);
    expect(found('He dismissed what he called "relief" as too little.')).toEqual([]);
  });
});

describe('speakers', () => {
  it('reads past party tags and resolves honorifics to the full name', () => {
    const body = 'Rep. Jason Mireles (R-Utah), the panel\'s chairman, said the plan was "dead on arrival."\n\n"We cannot keep borrowing," Mr. Mireles said.';
    expect(found(body)).toEqual([
      ['dead on arrival.', 'Jason Mireles'],
      ['We cannot keep borrowing', 'Jason Mireles'],
    ]);
  });

  it('takes the full name from a long apposition', () => {
    const body = 'His former business partner at Lenox, Lawrence B. Cummings, called him "the most careful man I ever worked with."';
    expect(found(body)).toEqual([['the most careful man I ever worked with.', 'Lawrence B. Cummings']]);
  });

  it('lets a report speak', () => {
    expect(found('The report says "no log of passengers was kept for 41 flights."')).toEqual([['no log of passengers was kept for 41 flights.', 'the report']]);
  });
});

describe("'' as a double mark", () => {
  it('keeps offsets and finds the inverted cue after it', () => {
    const body = "Martin Feld led the budget office.\n\n''You'd think a tax on imports would be paid by foreigners,'' said Mr. Feld.";
    expect(pairDoubledApostrophes(body)).toHaveLength(body.length);
    const [q] = extractQuotes(body);
    expect(q?.speaker).toBe('Martin Feld');
    expect(q && body.slice(q.start, q.end)).toBe("You'd think a tax on imports would be paid by foreigners");
  });

  it('leaves a lone pair between spaces alone', () => {
    expect(pairDoubledApostrophes("an empty string '' here")).toBe("an empty string '' here");
  });

  it('blanks party tags without moving offsets', () => {
    for (const [text, kept] of [
      ['Sen. Ann Li (D-N.Y.) said', 'said'],
      ['Sen. Ruth Cole, R-Kan., who', ', who'],
    ] as const) {
      const blank = blankPartyTags(text);
      expect(blank).toHaveLength(text.length);
      expect(blank).toMatch(new RegExp(`^Sen\\. \\S+ \\S+ +${kept}$`, 'u'));
    }
  });
});
