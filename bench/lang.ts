/**
 * bench:lang: how often the language detector (src/extract/lang.ts) names the language a
 * page declares, and what it costs a page, on the development sets in ../shared.
 *
 *   npm run bench:lang [-- <dataset dir>...]
 *
 * Each page that declares a language in <html lang> counts; the text is the page's
 * human-checked article body (the record's body is that text, less what extraction gets
 * wrong), cut to the sample the pipeline reads. Right means the same primary subtag.
 * Pages whose declaration the detector disputes are listed: some declarations are wrong
 * (a German blog under a template's lang="en"), which the record then corrects.
 * Without ../shared the benchmark says so and exits 0.
 */
import { performance } from 'node:perf_hooks';
import { defaultDatasetDirs, hasDataset, loadDataset } from '../src/bench/dataset.js';
import { detectLanguage, recordLanguage, SAMPLE_CHARS } from '../src/extract/lang.js';

/** The primary subtag of <html lang="…">, or null. */
function declaredLanguage(html: string): string | null {
  const m = /<html\b[^>]*?\slang\s*=\s*["']?([a-z]{2,3})(?:[-_][a-z0-9-]*)?["'\s>]/i.exec(html.slice(0, 20_000));
  return m?.[1]?.toLowerCase() ?? null;
}

const dirs = (process.argv.slice(2).length ? process.argv.slice(2) : defaultDatasetDirs()).filter(hasDataset);
if (!dirs.length) {
  console.error('bench:lang: no development data (../shared/datasets or COPYDESK_SHARED); skipped');
  process.exit(0);
}

interface Sample {
  name: string;
  declared: string | null;
  text: string;
}
// Pages are read first, then timed apart, so that reading and unzipping them is not counted.
const samples: Sample[] = [];
for (const dir of dirs) {
  const set = loadDataset(dir);
  for (const entry of set.entries) {
    if (entry.articleBody.trim()) samples.push({ name: `${set.name}/${entry.id}`, declared: declaredLanguage(set.html(entry.id)), text: entry.articleBody });
  }
}

// The cost: the best of three rounds over every page (a busy machine inflates the others).
for (const s of samples.slice(0, 50)) detectLanguage(s.text);
// Wall time, and the CPU time the process got, which a machine shared with other work inflates less.
let best = Infinity;
let bestCpu = Infinity;
for (let round = 0; round < 3; round++) {
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  for (const s of samples) detectLanguage(s.text);
  const cpu = process.cpuUsage(c0);
  best = Math.min(best, performance.now() - t0);
  bestCpu = Math.min(bestCpu, (cpu.user + cpu.system) / 1000);
}

let total = 0;
let right = 0;
let undetected = 0;
let overruled = 0;
let undeclaredNamed = 0;
let undeclared = 0;
const disputed: string[] = [];
for (const s of samples) {
  const detected = detectLanguage(s.text);
  if (!s.declared) {
    undeclared++;
    if (detected) undeclaredNamed++;
    continue;
  }
  total++;
  if (detected === s.declared) right++;
  else if (detected === null) undetected++;
  else disputed.push(`${s.name}: declared ${s.declared}, text ${detected}`);
  if (recordLanguage(s.declared, s.text) !== s.declared) overruled++;
}
const pct = (n: number, of: number): string => `${((100 * n) / Math.max(1, of)).toFixed(1)}%`;
console.log(`bench:lang — ${dirs.join(', ')}`);
console.log(`pages declaring a language: ${total}; detected the same: ${right} (${pct(right, total)}); no answer: ${undetected}; disputed: ${disputed.length}`);
console.log(`record lang overruled the declaration on ${overruled} pages`);
console.log(`pages declaring none: ${undeclared}; named by the text: ${undeclaredNamed}`);
const perPage = (ms: number): string => (ms / Math.max(1, samples.length)).toFixed(3);
console.log(`cost: ${perPage(best)} ms a page, ${perPage(bestCpu)} ms of CPU (best of 3 rounds over ${samples.length} pages; the first ${SAMPLE_CHARS} characters are read)`);
for (const d of disputed.slice(0, 20)) console.log(`  ${d}`);
