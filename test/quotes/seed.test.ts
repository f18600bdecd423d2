import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractQuotesFromText } from '../../src/quotes/index.js';
import { sharedDir } from '../helpers/shared.js';

const shared = sharedDir();
const seedFile = shared ? resolve(shared, 'seed', '000_24d7058d5e4ccb6c.txt') : null;

describe.skipIf(!seedFile || !existsSync(seedFile))('the seed article', () => {
  it('gives the article’s quotes the Kremlin, Putin and Goita as speakers', () => {
    const text = readFileSync(seedFile!, 'utf8');
    const quotes = extractQuotesFromText(text);
    const find = (start: string) => quotes.find((q) => q.text.startsWith(start));
    expect(find('At the initiative of the Malian side')).toMatchObject({ speaker: 'the Kremlin', cue: 'said', kind: 'full' });
    expect(find('particular attention')).toMatchObject({ speaker: 'the Kremlin', speakerMention: 'the statement', cue: 'according to' });
    expect(find('exclusively peaceful political')).toMatchObject({ speaker: 'Vladimir Putin', speakerMention: 'Putin', cue: 'emphasised', kind: 'partial' });
    expect(find('in continuation of the Russian-Malian')).toMatchObject({ speaker: 'the Kremlin', kind: 'partial' });
    expect(find('The countries of the Sahara-Sahel region')).toMatchObject({ speaker: 'Vladimir Putin', cue: 'stated' });
    expect(find('He (Putin) stressed')).toMatchObject({ speaker: 'Assimi Goita', speakerMention: 'Goita', cue: 'said' });
    // One- and two-word terms with no cue are not quotes.
    expect(find('activation')).toBeUndefined();
    expect(find('deployment')).toBeUndefined();
    for (const q of quotes) expect(text.slice(q.start, q.end)).toBe(q.text);
  });
});
