/**
 * The accuracy benchmark: copydesk and plain Readability on every page of a dataset,
 * scored with the dataset's metric, side by side, with the pages where copydesk does
 * worse and the article verdicts it gave. Shared by `copydesk bench accuracy` and
 * `npm run bench:accuracy`.
 */
import { readFileSync } from 'node:fs';
import { CopydeskError } from '../errors.js';
import type { Dataset } from './dataset.js';
import { linesMissingFrom } from './diff.js';
import { runCopydesk, runPlainReadability } from './extractors.js';
import { aggregate, countPage, f1, pagePrecision, pageRecall } from './metric.js';
import type { PageCounts, Scores } from './metric.js';

export interface PageResult {
  id: string;
  url: string;
  truth: string;
  copydesk: string;
  readability: string;
  copydeskCounts: PageCounts;
  readabilityCounts: PageCounts;
  isArticle: boolean | null;
  articleScore: number | null;
  error: string | null;
}

export interface AccuracyResult {
  copydesk: Scores;
  readability: Scores;
  pages: PageResult[];
  /** Pages copydesk judged not to be articles (every dataset page is one). */
  flagged: PageResult[];
  /** Pages where the pipeline threw. */
  failed: PageResult[];
  seconds: number;
}

export interface RunOptions {
  /** Only these ids (all when absent). */
  ids?: readonly string[];
  onPage?: (done: number, total: number) => void;
}

export function runAccuracy(dataset: Dataset, options: RunOptions = {}): AccuracyResult {
  const started = performance.now();
  const wanted = options.ids ? new Set(options.ids) : null;
  const entries = wanted ? dataset.entries.filter((e) => wanted.has(e.id)) : dataset.entries;
  const pages: PageResult[] = [];
  for (const entry of entries) {
    const html = dataset.html(entry.id);
    const ours = runCopydesk(html, entry.url);
    const theirs = runPlainReadability(html, entry.url);
    pages.push({
      id: entry.id,
      url: entry.url,
      truth: entry.articleBody,
      copydesk: ours.body,
      readability: theirs,
      copydeskCounts: countPage(ours.body, entry.articleBody),
      readabilityCounts: countPage(theirs, entry.articleBody),
      isArticle: ours.isArticle,
      articleScore: ours.articleScore,
      error: ours.error,
    });
    options.onPage?.(pages.length, entries.length);
  }
  return {
    copydesk: aggregate(pages.map((p) => p.copydeskCounts)),
    readability: aggregate(pages.map((p) => p.readabilityCounts)),
    pages,
    flagged: pages.filter((p) => p.isArticle === false),
    failed: pages.filter((p) => p.error !== null),
    seconds: (performance.now() - started) / 1000,
  };
}

/** Page-level F1 (0 for an empty prediction). */
export function pageF1(c: PageCounts): number {
  return f1(pagePrecision(c) ?? 0, pageRecall(c) ?? 0);
}

export interface Floor {
  f1: number;
  precision?: number;
  recall?: number;
  /** Most dataset pages the verdict may call non-articles. */
  maxFlagged?: number;
}

export function readFloor(file: string): Floor {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new CopydeskError('INPUT', `cannot read floor file ${file}: ${(err as Error).message}`, { cause: err });
  }
  const o = raw as Record<string, unknown>;
  if (typeof o?.f1 !== 'number') throw new CopydeskError('INPUT', `${file}: expected {"f1": <number>, ...}`);
  const floor: Floor = { f1: o.f1 };
  if (typeof o.precision === 'number') floor.precision = o.precision;
  if (typeof o.recall === 'number') floor.recall = o.recall;
  if (typeof o.maxFlagged === 'number') floor.maxFlagged = o.maxFlagged;
  return floor;
}

/** What fell below the floor; empty when the run passes. */
export function belowFloor(result: AccuracyResult, floor: Floor): string[] {
  const out: string[] = [];
  const s = result.copydesk;
  if (s.f1 < floor.f1) out.push(`F1 ${s.f1.toFixed(4)} < floor ${floor.f1}`);
  if (floor.precision !== undefined && s.precision < floor.precision) out.push(`precision ${s.precision.toFixed(4)} < floor ${floor.precision}`);
  if (floor.recall !== undefined && s.recall < floor.recall) out.push(`recall ${s.recall.toFixed(4)} < floor ${floor.recall}`);
  if (floor.maxFlagged !== undefined && result.flagged.length > floor.maxFlagged) out.push(`${result.flagged.length} pages judged not articles > ${floor.maxFlagged} allowed`);
  return out;
}

export interface ReportOptions {
  /** Pages listed where copydesk is below Readability. */
  worst?: number;
  /** Lines shown per page and direction. */
  linesPerPage?: number;
}

function clip(line: string, max = 110): string {
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}

export function formatReport(result: AccuracyResult, options: ReportOptions = {}): string {
  const worst = options.worst ?? 15;
  const perPage = options.linesPerPage ?? 8;
  const row = (name: string, s: Scores): string =>
    `${name.padEnd(12)} ${s.f1.toFixed(3).padStart(6)} ${s.precision.toFixed(3).padStart(9)} ${s.recall.toFixed(3).padStart(6)} ${s.accuracy.toFixed(3).padStart(8)}`;
  const out: string[] = [];
  out.push(`pages: ${result.pages.length}`);
  out.push(`${'extractor'.padEnd(12)} ${'F1'.padStart(6)} ${'precision'.padStart(9)} ${'recall'.padStart(6)} ${'accuracy'.padStart(8)}`);
  out.push(row('copydesk', result.copydesk));
  out.push(row('readability', result.readability));
  out.push('');
  out.push(`judged not an article: ${result.flagged.length} of ${result.pages.length}${result.flagged.length ? ` (${result.flagged.map((p) => `${p.id.slice(0, 12)} score ${p.articleScore ?? '?'}`).join(', ')})` : ''}`);
  out.push(`pipeline errors: ${result.failed.length}${result.failed.length ? ` (${result.failed.map((p) => `${p.id.slice(0, 12)} ${p.error ?? ''}`).join(', ')})` : ''}`);

  const behind = result.pages
    .map((p) => ({ p, delta: pageF1(p.copydeskCounts) - pageF1(p.readabilityCounts) }))
    .filter((x) => x.delta < -1e-9)
    .sort((a, b) => a.delta - b.delta);
  out.push('');
  out.push(`copydesk below readability on ${behind.length} pages${behind.length > worst ? ` (worst ${worst} shown)` : ''}`);
  for (const { p, delta } of behind.slice(0, worst)) {
    out.push('');
    out.push(`${p.id.slice(0, 16)} ${p.url}`);
    out.push(`  page F1 copydesk ${pageF1(p.copydeskCounts).toFixed(3)} readability ${pageF1(p.readabilityCounts).toFixed(3)} (${delta.toFixed(3)})`);
    const extra = linesMissingFrom(p.copydesk, p.truth);
    const lost = linesMissingFrom(p.truth, p.copydesk);
    for (const [label, list] of [['kept, not in truth', extra], ['lost', lost]] as const) {
      if (!list.length) continue;
      out.push(`  ${label} (${list.length} lines):`);
      for (const line of list.slice(0, perPage)) out.push(`    ${label === 'lost' ? '-' : '+'} ${clip(line)}`);
      if (list.length > perPage) out.push(`    … ${list.length - perPage} more`);
    }
  }
  return `${out.join('\n')}\n`;
}
