import { describe, expect, it } from 'vitest';
import { bodyHash, recordId } from '../../src/record/id.js';

describe('record id', () => {
  it('is the same for the same story (body re-wrapped), different for another address or another body', () => {
    const a = recordId('https://a.example/story', bodyHash('One paragraph.\n\nAnother  one.'));
    expect(a).toMatch(/^[0-9a-f]{32}$/);
    expect(recordId('https://a.example/story', bodyHash(' One paragraph. Another one. '))).toBe(a);
    expect(recordId('https://a.example/other', bodyHash('One paragraph.\n\nAnother  one.'))).not.toBe(a);
    expect(recordId('https://a.example/story', bodyHash('One paragraph, changed.'))).not.toBe(a);
  });
});
