import { describe, expect, it } from 'vitest';
import { ALL_CUES, EN_CUES } from '../../src/quotes/cues.js';
import { extractQuotes } from '../../src/quotes/index.js';

describe('cue data', () => {
  it('has every tense of the English verbs', () => {
    for (const form of ['say', 'says', 'said', 'saying', 'tell', 'told', 'telling', 'write', 'wrote', 'written', 'add', 'added', 'adds', 'reply', 'replied', 'replies']) {
      expect(EN_CUES).toContain(form);
    }
  });

  it('has British and American spellings', () => {
    for (const form of ['emphasised', 'emphasized', 'emphasising', 'emphasizing', 'summarised', 'summarized', 'signalled', 'signaled', 'signalling', 'signaling']) {
      expect(EN_CUES).toContain(form);
    }
    expect(EN_CUES).not.toContain('signallled');
    expect(EN_CUES).toContain('admitted');
    expect(EN_CUES).toContain('quipped');
  });

  it('has French, German and Spanish cues', () => {
    for (const form of ['dit', 'déclaré', 'sagte', 'erklärte', 'dijo', 'afirmó']) expect(ALL_CUES).toContain(form);
  });
});

describe('German cues in the present tense, and roles before a name', () => {
  const speakers = (text: string): [string | null, string | null][] => extractQuotes(text).map((q) => [q.speaker, q.cue]);

  it('reads a verb of fear, hope or criticism after the quote as its cue', () => {
    expect(speakers('„Ohne Parkplätze kommen weniger Kunden“, befürchtet Einzelhändlerin Sabine Ott.')).toEqual([['Sabine Ott', 'befürchtet']]);
    expect(speakers('„Das Projekt ist zu teuer“, kritisiert Stadtrat Paul Lenz.')).toEqual([['Paul Lenz', 'kritisiert']]);
    expect(speakers('„Wir rechnen mit Verzögerungen“, räumt Bauleiter Tim Gross ein.')).toEqual([['Tim Gross', 'räumt']]);
  });

  it('drops a role no title list holds, before a given name, accents aside', () => {
    expect(speakers('„Wir holen nach“, sagte Baudezernent Jörg Keller.')).toEqual([['Jörg Keller', 'sagte']]);
    expect(speakers('"We will rebuild", said Harbour Master John Smith.')).toEqual([['John Smith', 'said']]);
    // Given names one after another are the name.
    expect(speakers('"It works", said Mary Ann Smith.')).toEqual([['Mary Ann Smith', 'said']]);
  });
});
