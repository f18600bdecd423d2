/**
 * bench:dom: every page of a folder through copydesk twice, on the light DOM and on the
 * jsdom reference, and the records compared field by field (markdown included).
 *
 *   npm run bench:dom [-- <folder>]      (default: the development set under ../shared)
 *
 * Prints one line per page that differs and a tally; exits 1 when any record differs.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { gunzipSync } from 'node:zlib';
import type * as PipelineModule from '../src/pipeline.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const shared = process.env.COPYDESK_SHARED ?? resolve(ROOT, '..', 'shared');
const folder = process.argv[2] ? resolve(process.argv[2]) : resolve(shared, 'datasets', 'zyte-article-bench', 'html');

if (!existsSync(folder)) {
  process.stderr.write(`bench:dom: ${folder} not found; nothing to compare.\n`);
} else {
  const { extract } = (await import(pathToFileURL(join(ROOT, 'dist', 'pipeline.js')).href)) as typeof PipelineModule;
  const truthFile = join(folder, '..', 'ground-truth.json');
  const truth = existsSync(truthFile) ? (JSON.parse(readFileSync(truthFile, 'utf8')) as Record<string, { url?: string }>) : {};
  const fetchedAt = new Date(0);
  let same = 0;
  const differing: string[] = [];
  for (const name of readdirSync(folder).filter((n) => /\.html?(?:\.gz)?$/i.test(n)).sort()) {
    const bytes = readFileSync(join(folder, name));
    const html = (bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes) : bytes).toString('utf8');
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
