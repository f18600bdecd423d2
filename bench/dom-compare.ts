/**
 * bench:dom: every page of a folder through copydesk twice, on the light DOM and on the
 * jsdom reference, and the records compared field by field (markdown included).
 *
 *   npm run bench:dom [-- <folder>]      (default: the development set under ../shared)
 *
 * Prints one line per page that differs and a tally; exits 1 when any record differs.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { setImmediate as nextTurn } from 'node:timers/promises';
import type * as PipelineModule from '../src/pipeline.js';
import { defaultFolder, pageFiles, readPage, ROOT } from './pages.js';

const folder = process.argv[2] ? resolve(process.argv[2]) : defaultFolder();

if (!folder || !existsSync(folder)) {
  process.stderr.write(`bench:dom: ${folder ? `${folder} not found` : 'no folder given and no development set at ../shared (set COPYDESK_SHARED)'}; nothing to compare.\n`);
} else {
  const { extract } = (await import(pathToFileURL(join(ROOT, 'dist', 'pipeline.js')).href)) as typeof PipelineModule;
  const truthFile = join(folder, '..', 'ground-truth.json');
  const truth = existsSync(truthFile) ? (JSON.parse(readFileSync(truthFile, 'utf8')) as Record<string, { url?: string }>) : {};
  const fetchedAt = new Date(0);
  let same = 0;
  const differing: string[] = [];
  for (const name of pageFiles(folder)) {
    const html = readPage(join(folder, name));
    const id = name.replace(/\.html?(?:\.gz)?$/i, '');
    const input = { url: truth[id]?.url ?? `https://example.invalid/${name}`, fetchedAt, markdown: true };
    const reference = extract(html, input, { dom: 'jsdom', keepNonArticles: true }) as unknown as Record<string, unknown>;
    await nextTurn();
    const light = extract(html, input, { dom: 'light', keepNonArticles: true }) as unknown as Record<string, unknown>;
    const fields = Object.keys({ ...reference, ...light }).filter((k) => k !== 'fetchedAt' && JSON.stringify(reference[k]) !== JSON.stringify(light[k]));
    if (fields.length) {
      differing.push(name);
      process.stdout.write(`differs: ${name}: ${fields.join(', ')}\n`);
    } else same++;
  }
  process.stdout.write(`bench:dom: ${same} identical records, ${differing.length} differing, light DOM vs jsdom\n`);
  if (differing.length) process.exitCode = 1;
}
