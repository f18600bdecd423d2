/**
 * `npm run bench:quotes`: quote extraction against the hand-written passages in
 * fixtures/quotes/passages.json (precision, recall, speaker, cue and kind accuracy, and every
 * miss), then the time quote extraction adds to page extraction on the dev set pages when
 * ../shared is there (COPYDESK_SHARED overrides; absent → a note, exit 0).
 *
 * A predicted quotation matches an expected one when it covers at least half of the expected
 * characters (the measure used for copydesk's quote targets).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { extractArticle } from '../src/pipeline.js';
import { extractQuotes } from '../src/quotes/index.js';
import type { Quote } from '../src/record/types.js';

export interface ExpectedQuote {
  text: string;
  speaker: string | null;
  mention?: string | null;
  cue: string | null;
  kind: 'full' | 'partial';
}

export interface Passage {
  id: string;
  covers: string;
  paragraphs: string[];
  expected: ExpectedQuote[];
}

export interface Scores {
  expected: number;
  predicted: number;
  matched: number;
  precision: number;
  recall: number;
  speaker: number;
  cue: number;
  kind: number;
  failures: string[];
}

/** The repository root: the nearest folder above this file holding package.json. */
export function repoRoot(from = dirname(fileURLToPath(import.meta.url))): string {
  let dir = from;
  while (!existsSync(join(dir, 'package.json')) && dirname(dir) !== dir) dir = dirname(dir);
  return dir;
}

export function loadPassages(root = repoRoot()): Passage[] {
  const data = JSON.parse(readFileSync(join(root, 'fixtures', 'quotes', 'passages.json'), 'utf8')) as { passages: Passage[] };
  return data.passages;
}

export const bodyOf = (p: Passage): string => p.paragraphs.join('\n\n');

/** Where an expected quotation sits in the body: from its first words to its last. */
function spanOf(body: string, text: string): [number, number] {
  const head = text.slice(0, Math.min(40, text.length));
  const tail = text.slice(Math.max(0, text.length - 40));
  const start = body.indexOf(head);
  const end = start < 0 ? -1 : body.indexOf(tail, start);
  return start < 0 || end < 0 ? [-1, -1] : [start, end + tail.length];
}

const same = (a: string | null | undefined, b: string | null | undefined): boolean => (a ?? null)?.toLowerCase() === (b ?? null)?.toLowerCase();

/** Pairs predictions with expectations (greedy by overlap) and scores them. */
export function score(passages: readonly Passage[], extract: (body: string) => Quote[] = extractQuotes): Scores {
  let expected = 0;
  let predicted = 0;
  let matched = 0;
  let speaker = 0;
  let cue = 0;
  let kind = 0;
  const failures: string[] = [];
  for (const p of passages) {
    const body = bodyOf(p);
    const got = extract(body);
    expected += p.expected.length;
    predicted += got.length;
    const used = new Set<number>();
    for (const exp of p.expected) {
      const [s, e] = spanOf(body, exp.text);
      let best = -1;
      let bestOverlap = 0;
      got.forEach((q, n) => {
        if (used.has(n)) return;
        const overlap = Math.min(e, q.end) - Math.max(s, q.start);
        if (overlap > bestOverlap) {
          best = n;
          bestOverlap = overlap;
        }
      });
      if (best < 0 || bestOverlap * 2 < e - s) {
        failures.push(`${p.id}: missed “${exp.text.slice(0, 60)}”`);
        continue;
      }
      used.add(best);
      matched++;
      const q = got[best] as Quote;
      if (same(q.speaker, exp.speaker)) speaker++;
      else failures.push(`${p.id}: speaker ${JSON.stringify(q.speaker)} for “${exp.text.slice(0, 40)}”, expected ${JSON.stringify(exp.speaker)}`);
      if (same(q.cue, exp.cue)) cue++;
      else failures.push(`${p.id}: cue ${JSON.stringify(q.cue)}, expected ${JSON.stringify(exp.cue)}`);
      if (q.kind === exp.kind) kind++;
      else failures.push(`${p.id}: kind ${q.kind}, expected ${exp.kind} for “${exp.text.slice(0, 40)}”`);
    }
    got.forEach((q, n) => {
      if (!used.has(n)) failures.push(`${p.id}: extra “${q.text.slice(0, 60)}” (${q.speaker ?? 'no speaker'})`);
    });
  }
  const ratio = (a: number, b: number): number => (b ? a / b : 1);
  return {
    expected,
    predicted,
    matched,
    precision: ratio(matched, predicted),
    recall: ratio(matched, expected),
    speaker: ratio(speaker, matched),
    cue: ratio(cue, matched),
    kind: ratio(kind, matched),
    failures,
  };
}

interface DevQuote {
  head: string;
  tail: string;
  speaker: string[] | null;
}
/** Every annotated batch, in the order they were written. */
export const BATCHES = ['tuned', 'held-out', 'held-out-2', 'held-out-3', 'held-out-4', 'held-out-5', 'held-out-6', 'authored-1'] as const;
export type Batch = (typeof BATCHES)[number];

interface DevArticle {
  id: string;
  batch: Batch;
  /** The article text, for texts written for copydesk; dev set articles read theirs from ../shared. */
  body?: string;
  quotes: DevQuote[];
}

/**
 * Scores the hand annotations of a batch (fixtures/quotes/dev-annotations.json) on the
 * articles' bodies: stored with the annotation, or the dev set's ground truth. Null when the
 * batch needs the dev set and it is not here.
 */
export function scoreDev(root: string, batch: Batch, extract: (body: string) => Quote[] = extractQuotes): Scores | null {
  const notes = JSON.parse(readFileSync(join(root, 'fixtures', 'quotes', 'dev-annotations.json'), 'utf8')) as { articles: DevArticle[] };
  const shared = process.env.COPYDESK_SHARED ?? resolve(root, '..', 'shared');
  const truthFile = join(shared, 'datasets', 'zyte-article-bench', 'ground-truth.json');
  const needsDevSet = notes.articles.some((a) => a.batch === batch && a.body === undefined);
  if (needsDevSet && !existsSync(truthFile)) return null;
  const truth = needsDevSet ? (JSON.parse(readFileSync(truthFile, 'utf8')) as Record<string, { articleBody: string }>) : {};
  let expected = 0;
  let predicted = 0;
  let matched = 0;
  let speaker = 0;
  const failures: string[] = [];
  for (const art of notes.articles) {
    if (art.batch !== batch) continue;
    const body = art.body ?? truth[art.id]?.articleBody;
    if (body === undefined) continue;
    const got = extract(body);
    predicted += got.length;
    expected += art.quotes.length;
    const used = new Set<number>();
    const label = art.body === undefined ? art.id.slice(0, 8) : art.id;
    for (const exp of art.quotes) {
      const s = body.indexOf(exp.head);
      const e = body.indexOf(exp.tail, s) + exp.tail.length;
      let best = -1;
      let bestOverlap = 0;
      got.forEach((q, n) => {
        const overlap = Math.min(e, q.end) - Math.max(s, q.start);
        if (!used.has(n) && overlap > bestOverlap) {
          best = n;
          bestOverlap = overlap;
        }
      });
      if (best < 0 || bestOverlap * 2 < e - s) {
        failures.push(`${label}: missed “${exp.head}”`);
        continue;
      }
      used.add(best);
      matched++;
      const q = got[best] as Quote;
      const ok = exp.speaker === null ? q.speaker === null : exp.speaker.some((sp) => same(sp, q.speaker));
      if (ok) speaker++;
      else failures.push(`${label}: speaker ${JSON.stringify(q.speaker)} for “${exp.head}”, expected ${JSON.stringify(exp.speaker)}`);
    }
    got.forEach((q, n) => {
      if (!used.has(n)) failures.push(`${label}: extra “${q.text.slice(0, 50)}” (${q.speaker ?? 'no speaker'})`);
    });
  }
  const ratio = (a: number, b: number): number => (b ? a / b : 1);
  return { expected, predicted, matched, precision: ratio(matched, predicted), recall: ratio(matched, expected), speaker: ratio(speaker, matched), cue: NaN, kind: NaN, failures };
}

interface FirstRun {
  precision: number;
  recall: number;
  speaker: number;
}

/** The figures recorded for each held-out batch on its first run, before any fix. */
function firstRun(root: string): Partial<Record<Batch, FirstRun>> {
  const notes = JSON.parse(readFileSync(join(root, 'fixtures', 'quotes', 'dev-annotations.json'), 'utf8')) as { firstRun?: Partial<Record<Batch, FirstRun>> };
  return notes.firstRun ?? {};
}

/** Time spent extracting pages, and extracting quotes from their bodies, on the dev set. */
function timeDevSet(root: string, limit: number): { pages: number; pageMs: number; quoteMs: number; quotes: number } | null {
  const shared = process.env.COPYDESK_SHARED ?? resolve(root, '..', 'shared');
  const dir = join(shared, 'datasets', 'zyte-article-bench', 'html');
  if (!existsSync(dir)) return null;
  const files = readdirSync(dir).filter((f) => f.endsWith('.html.gz')).sort().slice(0, limit);
  let pageMs = 0;
  let quoteMs = 0;
  let quotes = 0;
  let pages = 0;
  const ROUNDS = 5; // quote extraction is fast: repeat it to measure it above timer noise
  for (const f of files) {
    const html = gunzipSync(readFileSync(join(dir, f))).toString('utf8');
    let body: string;
    const t0 = performance.now();
    try {
      body = extractArticle(html, { url: 'https://example.com/article' }, { keepNonArticles: true, quotes: false }).body;
    } catch {
      continue;
    }
    pageMs += performance.now() - t0;
    const t1 = performance.now();
    for (let r = 0; r < ROUNDS; r++) quotes += extractQuotes(body).length;
    quoteMs += (performance.now() - t1) / ROUNDS;
    pages++;
  }
  return { pages, pageMs, quoteMs, quotes: quotes / ROUNDS };
}

function main(): void {
  const root = repoRoot();
  const passages = loadPassages(root);
  const s = score(passages);
  const pct = (x: number): string => x.toFixed(3);
  const out = process.stdout;
  out.write(`Quotes on the hand-written set (${passages.length} passages)\n\n`);
  out.write('| metric | value |\n|---|---|\n');
  out.write(`| expected quotes | ${s.expected} |\n| predicted quotes | ${s.predicted} |\n| matched | ${s.matched} |\n`);
  out.write(`| precision | ${pct(s.precision)} |\n| recall | ${pct(s.recall)} |\n| speaker accuracy | ${pct(s.speaker)} |\n`);
  out.write(`| cue accuracy | ${pct(s.cue)} |\n| kind accuracy | ${pct(s.kind)} |\n`);
  if (s.failures.length) out.write(`\nFailures:\n${s.failures.map((f) => `- ${f}`).join('\n')}\n`);

  let noted = false;
  for (const batch of BATCHES) {
    const dev = scoreDev(root, batch);
    if (!dev) {
      if (!noted) process.stderr.write('\nnote: no dev set (../shared/datasets/zyte-article-bench); skipping its batches\n');
      noted = true;
      continue;
    }
    const note = batch === 'tuned' ? 'rules were tuned on these' : 'annotated before the extractor was run on them';
    const what = batch.startsWith('authored') ? 'texts written for copydesk' : 'dev set articles';
    out.write(`\nQuotes on hand-annotated ${what}, batch ${batch} (${note})\n\n`);
    out.write('| metric | value |\n|---|---|\n');
    out.write(`| expected quotes | ${dev.expected} |\n| predicted quotes | ${dev.predicted} |\n| matched | ${dev.matched} |\n`);
    out.write(`| precision | ${pct(dev.precision)} |\n| recall | ${pct(dev.recall)} |\n| speaker accuracy | ${pct(dev.speaker)} |\n`);
    const first = firstRun(root)[batch];
    if (first) out.write(`| first run (before fixes) | P ${pct(first.precision)} / R ${pct(first.recall)} / speaker ${pct(first.speaker)} |\n`);
    if (dev.failures.length) out.write(`\nStill failing:\n${dev.failures.map((f) => `- ${f}`).join('\n')}\n`);
  }

  const limit = Number(process.env.QUOTES_BENCH_PAGES ?? 60);
  const t = timeDevSet(root, limit);
  if (!t || !t.pages) {
    process.stderr.write('\nnote: no dev set pages (../shared/datasets/zyte-article-bench); skipping the timing\n');
    return;
  }
  out.write(`\nTime on ${t.pages} dev set pages (QUOTES_BENCH_PAGES=${limit})\n\n`);
  out.write('| stage | total ms | per page ms |\n|---|---|---|\n');
  out.write(`| page extraction (quotes off) | ${t.pageMs.toFixed(0)} | ${(t.pageMs / t.pages).toFixed(2)} |\n`);
  out.write(`| quote extraction | ${t.quoteMs.toFixed(1)} | ${(t.quoteMs / t.pages).toFixed(3)} |\n`);
  out.write(`| quotes added | ${((100 * t.quoteMs) / t.pageMs).toFixed(2)}% | (${t.quotes} quotes found) |\n`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) main();
