import { describe, expect, it } from 'vitest';
import { ALL_CUES, EN_CUES } from '../../src/quotes/cues.js';

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
