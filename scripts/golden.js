#!/usr/bin/env node
// Regenerates the golden files: for each fixtures/pages/<slug>/ with source.html and
// meta.json ({ "url": ..., "options": {...} }), writes expected.json (the record without
// fields that change between runs) and expected.md (the Markdown output). Review the
// result as a git diff. Runs on the built package: `npm run golden` builds first.
import { readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extract } from '../dist/pipeline.js';
import { stableRecord, formatRecord } from '../dist/record/serialize.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'pages');
const only = process.argv.slice(2);
let written = 0;
for (const slug of readdirSync(root).sort()) {
  const dir = join(root, slug);
  if (!existsSync(join(dir, 'source.html')) || (only.length && !only.includes(slug))) continue;
  const html = readFileSync(join(dir, 'source.html'), 'utf8');
  const meta = JSON.parse(readFileSync(join(dir, 'meta.json'), 'utf8'));
  const record = extract(html, { url: meta.url, markdown: true }, meta.options ?? {});
  const { markdown: _markdown, ...withoutMarkdown } = record;
  writeFileSync(join(dir, 'expected.json'), `${JSON.stringify(stableRecord(withoutMarkdown), null, 2)}\n`);
  const md = formatRecord(record, 'markdown');
  if (md !== null) writeFileSync(join(dir, 'expected.md'), md);
  process.stderr.write(`${slug}: ${record.error ? `error ${record.error.code}` : `${record.wordCount} words`}\n`);
  written++;
}
process.stderr.write(`golden: ${written} page(s) written under fixtures/pages/\n`);
