/**
 * bench:lang: how often the language step (src/extract/lang.ts) names the language a page
 * declares, how many pages it hands to the detector, and what that costs, on the
 * development sets in ../shared.
 *
 *   npm run bench:lang [-- <dataset dir>...]
 *
 * Each page that declares a language in <html lang> counts; the text is the page's
 * human-checked article body (the record's body is that text, less what extraction gets
 * wrong). Right means the same primary subtag. Two figures: the detector alone on every
 * such page (what it would answer were the page to declare nothing), and the record's lang
 * (the declaration, unless the cheap test doubts it and the detector disagrees). Pages
 * whose declaration is disputed are listed: some declarations are wrong (a German blog
 * under a template's lang="en"), which the record then corrects.
 * Without ../shared the benchmark says so and exits 0.
 */
import { performance } from 'node:perf_hooks';
import { defaultDatasetDirs, hasDataset, loadDataset } from '../src/bench/dataset.js';
import { contradicts, detectLanguage, detectorLoaded, recordLanguage, SAMPLE_CHARS } from '../src/extract/lang.js';

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
const declaredPages = samples.filter((s): s is Sample & { declared: string } => s.declared !== null);

// What loading the detector costs a process (or a worker): its first call, time and heap.
const gc = (globalThis as { gc?: () => void }).gc;
if (detectorLoaded()) throw new Error('the detector was loaded before any page needed it');
gc?.();
const heapBefore = process.memoryUsage().heapUsed;
const l0 = performance.now();
detectLanguage('The first page that needs the detector loads it, and pays this once.');
const loadMs = performance.now() - l0;
gc?.();
const loadHeapMb = (process.memoryUsage().heapUsed - heapBefore) / 1e6;

/** Best of three rounds (a busy machine inflates the others): wall and CPU ms for one pass. */
function timed(pass: () => void): { wall: number; cpu: number } {
  let wall = Infinity;
  let cpu = Infinity;
  for (let round = 0; round < 3; round++) {
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    pass();
    const c = process.cpuUsage(c0);
    wall = Math.min(wall, performance.now() - t0);
    cpu = Math.min(cpu, (c.user + c.system) / 1000);
  }
  return { wall, cpu };
}
for (const s of samples.slice(0, 50)) detectLanguage(s.text);
const detectCost = timed(() => {
  for (const s of samples) detectLanguage(s.text);
});
const checkCost = timed(() => {
  for (const s of declaredPages) contradicts(s.declared, s.text);
});
const recordCost = timed(() => {
  for (const s of samples) recordLanguage(s.declared, s.text);
});

let right = 0;
let undetected = 0;
let recordRight = 0;
let doubted = 0;
const disputed: string[] = [];
const overruled: string[] = [];
for (const s of declaredPages) {
  const detected = detectLanguage(s.text);
  if (detected === s.declared) right++;
  else if (detected === null) undetected++;
  else disputed.push(`${s.name}: declared ${s.declared}, text ${detected}`);
  if (s.text.length >= 200 && contradicts(s.declared, s.text)) doubted++;
  const lang = recordLanguage(s.declared, s.text);
  if (lang === s.declared) recordRight++;
  else overruled.push(`${s.name}: declared ${s.declared}, record ${lang ?? 'null'}`);
}
const undeclared = samples.filter((s) => !s.declared);
const undeclaredNamed = undeclared.filter((s) => detectLanguage(s.text)).length;

const total = declaredPages.length;
const pct = (n: number, of: number): string => `${((100 * n) / Math.max(1, of)).toFixed(1)}%`;
const per = (ms: number, n: number): string => (ms / Math.max(1, n)).toFixed(3);
console.log(`bench:lang — ${dirs.join(', ')}`);
console.log(`pages declaring a language: ${total}`);
console.log(`  detector alone names the declared one: ${right} (${pct(right, total)}); no answer: ${undetected}; disputed: ${disputed.length}`);
console.log(`  record lang is the declared one: ${recordRight} (${pct(recordRight, total)}); overruled: ${overruled.length}`);
console.log(`  handed to the detector (the cheap test doubts the declaration): ${doubted} (${pct(doubted, total)})`);
console.log(`pages declaring none: ${undeclared.length}; named by the text: ${undeclaredNamed}`);
console.log(`detector load: ${loadMs.toFixed(1)} ms, ${loadHeapMb.toFixed(1)} MB of heap${gc ? '' : ' (run node with --expose-gc for a steady heap figure)'}`);
console.log(`detector: ${per(detectCost.wall, samples.length)} ms a page, ${per(detectCost.cpu, samples.length)} ms of CPU (first ${SAMPLE_CHARS} characters)`);
console.log(`cheap test: ${per(checkCost.wall, total)} ms a page, ${per(checkCost.cpu, total)} ms of CPU`);
console.log(`record lang, all pages: ${per(recordCost.wall, samples.length)} ms a page, ${per(recordCost.cpu, samples.length)} ms of CPU (best of 3 rounds over ${samples.length} pages)`);
for (const d of disputed.slice(0, 20)) console.log(`  disputed ${d}`);
for (const d of overruled.slice(0, 20)) console.log(`  overruled ${d}`);
