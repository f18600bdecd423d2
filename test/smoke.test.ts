import { describe, expect, it } from 'vitest';
import { extract } from '../src/pipeline.js';
import { isErrorRecord } from '../src/record/types.js';

const PAGE = `<!doctype html><html lang="en"><head><title>Harbour reopens after storm - Coast Gazette</title>
<meta property="og:site_name" content="Coast Gazette"></head><body><article><h1>Harbour reopens after storm</h1>
${'<p>The harbour at Wenmouth reopened on Monday after a week of repairs to the sea wall, officials said, and the first ferries left on time.</p>'.repeat(6)}
</article></body></html>`;

describe('extract', () => {
  it('builds a record with the headline and body', () => {
    const record = extract(PAGE, { url: 'https://coast.example/harbour' });
    if (isErrorRecord(record)) throw new Error(record.error.message);
    expect(record.title).toBe('Harbour reopens after storm');
    expect(record.body).toContain('The harbour at Wenmouth reopened');
    expect(record.body.split('\n\n').length).toBeGreaterThanOrEqual(6);
  });
});
