/**
 * The accuracy benchmark: copydesk and plain Readability on every page of a dataset,
 * scored with the dataset's own metric, side by side. For the zyte layout: shingle F1
 * over article bodies. For the wcxb layout: word F1 per page type, snippets, title / date /
 * author, and the article verdict against the page types. Shared by `copydesk bench
 * accuracy` and `npm run bench:accuracy`.
 */
import { readFileSync } from 'node:fs';
import { RULE_GROUPS } from '../clean/rules.js';
import { withRulesOff } from '../clean/switches.js';
import type { RuleGroup } from '../clean/switches.js';
import { CopydeskError } from '../errors.js';
import type { Dataset, TruthEntry } from './dataset.js';
import { linesMissingFrom } from './diff.js';
import { runCopydesk, runPlainReadability } from './extractors.js';
import type { Prediction } from './extractors.js';
import { aggregate, authorRight, countPage, dateRight, f1, pagePrecision, pageRecall, snippetsFound, titleRight, wordScore } from './metric.js';
import type { PageCounts, Scores } from './metric.js';

export interface PageResult {
  entry: TruthEntry;
  copydesk: Prediction;
  /** Null when the run left Readability out. */
  readability: Prediction | null;
}

export interface AccuracyResult {
  dataset: Dataset;
  pages: PageResult[];
  seconds: number;
}

/** How the pages are disguised before both extractors read them, to stand in for unseen templates. */
export interface Disguise {
  /** Class and id names replaced by meaningless ones (hideNames). */
  hideNames?: boolean;
  /** Sectioning tags turned into plain <div>s and ARIA roles dropped (plainTags). */
  plainTags?: boolean;
  /** JSON-LD, <meta> fields and microdata removed (hideMetadata). */
  hideMetadata?: boolean;
}

export interface RunOptions extends Disguise {
  /** Only these ids (all when absent). */
  ids?: readonly string[];
  /** Only every n-th page (1: all), for quicker runs such as the ablation. */
  every?: number;
  /** Run plain Readability beside copydesk (default true). */
  readability?: boolean;
  /** Rule groups switched off for copydesk (the ablation). */
  rulesOff?: readonly RuleGroup[];
  /** Where the pages' HTML comes from (default: read from the dataset each time). */
  html?: (id: string) => string;
  onPage?: (done: number, total: number) => void;
}

/**
 * The page with every class and id name replaced by a token that means nothing ("n0", "n1"
 * …), the same token for the same name throughout the page, as templates built with hashed
 * CSS-module names look: what the scores owe to the words in class names (rules.ts:
 * WIDGET_WORDS and the like) is what they lose here. Attributes are rewritten in the markup as
 * written; a name inside a script is left alone.
 */
export function hideNames(html: string): string {
  const tokens = new Map<string, string>();
  const token = (name: string): string => {
    let t = tokens.get(name);
    if (t === undefined) tokens.set(name, (t = `n${tokens.size.toString(36)}`));
    return t;
  };
  const names = (_m: string, lead: string, dq?: string, sq?: string, bare?: string): string =>
    `${lead}"${(dq ?? sq ?? bare ?? '').split(/\s+/).filter(Boolean).map(token).join(' ')}"`;
  return html.replace(/<[a-z][^>]*>/gi, (tag) => tag.replace(/(\s(?:class|id)\s*=\s*)(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/gi, names));
}

/** Sectioning elements that many templates, older and hand-built ones above all, never use. */
const SECTIONING_TAGS = ['article', 'main', 'nav', 'aside', 'header', 'footer', 'section'];
/** An opening or closing tag of one of them. */
const SECTIONING_TAG = new RegExp(`<(/?)(?:${SECTIONING_TAGS.join('|')})(?=[\\s/>])`, 'gi');
/** An ARIA role attribute in a start tag. */
const ROLE_ATTRIBUTE = /\srole\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+)/gi;

/**
 * The page with its sectioning elements (SECTIONING_TAGS) written as plain <div>s and its ARIA
 * `role` attributes dropped, as a template of nested <div>s and tables looks: what the scores
 * owe to those tags (furniture found by tag, the verdict's content area) is what they lose
 * here. Names and every other attribute stay.
 */
export function plainTags(html: string): string {
  return html.replace(SECTIONING_TAG, '<$1div').replace(/<[a-z][^>]*>/gi, (open) => open.replace(ROLE_ATTRIBUTE, ''));
}

/** A JSON-LD block, whole. */
const LD_SCRIPT = /<script\b[^>]*\btype\s*=\s*["']?application\/ld\+json["']?[^>]*>[\s\S]*?<\/script\s*>/gi;
/** A <meta> element that names a field (name, property or itemprop), not the charset or an http-equiv. */
const META_FIELD = /<meta\b(?=[^>]*\s(?:name|property|itemprop)\s*=)[^>]*>/gi;
/** Microdata attributes on any element. */
const MICRODATA_ATTRIBUTE = /\s(?:itemprop|itemscope|itemtype|itemid)(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+))?(?=[\s/>])/gi;

/**
 * The page without the metadata it declares for machines: its JSON-LD, its <meta> fields
 * (Open Graph, Twitter, Dublin Core, article:published_time, author …) and its microdata, as
 * older and smaller sites' pages come. What is left is what a reader sees, and the <title>:
 * what the title, date and author rules owe to declared metadata is what they lose here.
 */
export function hideMetadata(html: string): string {
  return html
    .replace(LD_SCRIPT, '')
    .replace(META_FIELD, '')
    .replace(/<[a-z][^>]*>/gi, (open) => open.replace(MICRODATA_ATTRIBUTE, ''));
}

/** The page as the disguise asks for. */
export function disguised(html: string, disguise: Disguise): string {
  const named = disguise.hideNames ? hideNames(html) : html;
  const plain = disguise.plainTags ? plainTags(named) : named;
  return disguise.hideMetadata ? hideMetadata(plain) : plain;
}

export async function runAccuracy(dataset: Dataset, options: RunOptions = {}): Promise<AccuracyResult> {
  const started = performance.now();
  const wanted = options.ids ? new Set(options.ids) : null;
  const every = Math.max(1, options.every ?? 1);
  const entries = (wanted ? dataset.entries.filter((e) => wanted.has(e.id)) : dataset.entries).filter((_, i) => i % every === 0);
  const pages: PageResult[] = [];
  for (const entry of entries) {
    const read = (options.html ?? dataset.html)(entry.id);
    const html = disguised(read, options);
    pages.push({
      entry,
      copydesk: withRulesOff(options.rulesOff ?? [], () => runCopydesk(html, entry.url)),
      readability: options.readability === false ? null : runPlainReadability(html, entry.url),
    });
    options.onPage?.(pages.length, entries.length);
    // jsdom frees a closed window's memory from a timer: without a turn of the event loop
    // between pages, a thousand pages hold gigabytes.
    await new Promise((done) => setImmediate(done));
  }
  return { dataset, pages, seconds: (performance.now() - started) / 1000 };
}

// ---------------------------------------------------------------------------------------
// Scores
// ---------------------------------------------------------------------------------------

type Side = 'copydesk' | 'readability';

/** Page-level shingle F1 (0 for an empty prediction). */
export function pageF1(c: PageCounts): number {
  return f1(pagePrecision(c) ?? 0, pageRecall(c) ?? 0);
}

/** The zyte metric over a run's pages for one extractor. */
export function shingleScores(result: AccuracyResult, side: Side): Scores {
  return aggregate(result.pages.map((p) => countPage(p[side]?.body ?? '', p.entry.articleBody)));
}

function mean(values: readonly number[]): number {
  return values.length ? values.reduce((a, b) => a + b, 0) / values.length : 0;
}

/** Page types in report order: articles first, then the rest by name. */
export function pageTypes(result: AccuracyResult): string[] {
  const types = [...new Set(result.pages.map((p) => p.entry.pageType))].sort();
  return [...types.filter((t) => t === 'article'), ...types.filter((t) => t !== 'article')];
}

/** Pages of the types a verdict must refuse: pages of stories, not stories. */
export const NOT_ARTICLE_TYPES: ReadonlySet<string> = new Set(['collection', 'listing']);

export interface TypeScores {
  pages: number;
  f1: number;
  precision: number;
  recall: number;
}

export function wordScores(pages: readonly PageResult[], side: Side): TypeScores {
  const scores = pages.map((p) => wordScore(p[side]?.body ?? '', p.entry.articleBody));
  return { pages: pages.length, f1: mean(scores.map((s) => s.f1)), precision: mean(scores.map((s) => s.precision)), recall: mean(scores.map((s) => s.recall)) };
}

export interface FieldScores {
  /** Share right among the pages whose truth has the field, and how many those are. */
  title: number;
  titlePages: number;
  date: number;
  datePages: number;
  author: number;
  authorPages: number;
}

export function fieldScores(pages: readonly PageResult[], side: Side): FieldScores {
  const share = (rows: readonly boolean[]): number => (rows.length ? rows.filter(Boolean).length / rows.length : 0);
  const titled = pages.filter((p) => p.entry.title !== null);
  const dated = pages.filter((p) => p.entry.publishDate !== null);
  const authored = pages.filter((p) => p.entry.author !== null);
  return {
    title: share(titled.map((p) => titleRight(p[side]?.title ?? null, p.entry.title ?? ''))),
    titlePages: titled.length,
    date: share(dated.map((p) => dateRight(p[side]?.publishedAt ?? null, p.entry.publishDate ?? ''))),
    datePages: dated.length,
    author: share(authored.map((p) => authorRight(p[side]?.authors ?? [], p.entry.author ?? ''))),
    authorPages: authored.length,
  };
}

export interface SnippetScores {
  /** Share of `with` snippets found, and of `without` snippets absent. */
  found: number;
  absent: number;
}

export function snippetScores(pages: readonly PageResult[], side: Side): SnippetScores {
  let withAll = 0;
  let withFound = 0;
  let withoutAll = 0;
  let withoutFound = 0;
  for (const p of pages) {
    const body = p[side]?.body ?? '';
    withAll += p.entry.with.length;
    withFound += snippetsFound(body, p.entry.with);
    withoutAll += p.entry.without.length;
    withoutFound += snippetsFound(body, p.entry.without);
  }
  return { found: withAll ? withFound / withAll : 0, absent: withoutAll ? 1 - withoutFound / withoutAll : 0 };
}

/** Not passed on as an article: judged not one, or no text found at all (EMPTY_ARTICLE). */
function notPassed(p: PageResult): boolean {
  return p.copydesk.isArticle === false || p.copydesk.error === 'EMPTY_ARTICLE';
}

/** Pages of each type, how many copydesk judged not an article, and how many gave no text. */
export function verdictTable(result: AccuracyResult): { type: string; pages: number; refused: number; empty: number }[] {
  return pageTypes(result).map((type) => {
    const pages = result.pages.filter((p) => p.entry.pageType === type);
    return { type, pages: pages.length, refused: pages.filter((p) => p.copydesk.isArticle === false).length, empty: pages.filter((p) => p.copydesk.error === 'EMPTY_ARTICLE').length };
  });
}

/**
 * The figures a floor can hold a run to, by name. Names starting with `max` are ceilings;
 * the others are minimums.
 */
export function headlineFigures(result: AccuracyResult): Record<string, number> {
  const refused = result.pages.filter((p) => p.copydesk.isArticle === false);
  const failed = result.pages.filter((p) => p.copydesk.error !== null).length;
  if (result.dataset.format === 'zyte') {
    const s = shingleScores(result, 'copydesk');
    const figures: Record<string, number> = { f1: s.f1, precision: s.precision, recall: s.recall, maxFlagged: refused.length, maxErrors: failed };
    if (!hasFields(result)) return figures;
    const { title, date, author } = fieldScores(result.pages, 'copydesk');
    return { ...figures, title, date, author };
  }
  const articles = result.pages.filter((p) => p.entry.pageType === 'article');
  const stories = result.pages.filter((p) => NOT_ARTICLE_TYPES.has(p.entry.pageType));
  const fields = fieldScores(articles, 'copydesk');
  return {
    articleF1: wordScores(articles, 'copydesk').f1,
    title: fields.title,
    date: fields.date,
    author: fields.author,
    listingsRefused: stories.length ? stories.filter(notPassed).length / stories.length : 0,
    maxArticlesFlagged: articles.length ? articles.filter((p) => p.copydesk.isArticle === false).length / articles.length : 0,
    maxErrors: failed,
  };
}

// ---------------------------------------------------------------------------------------
// Floors
// ---------------------------------------------------------------------------------------

/** Figure name → minimum (or, for `max…` names, maximum). */
export type Floor = Record<string, number>;

/**
 * A floor file holds one floor per dataset folder name ({"wcxb-dev": {...}}), or one floor
 * for whatever dataset is scored ({"f1": 0.97}).
 */
export function readFloor(file: string, datasetName: string): Floor | null {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new CopydeskError('INPUT', `cannot read floor file ${file}: ${(err as Error).message}`, { cause: err });
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new CopydeskError('INPUT', `${file}: expected a JSON object`);
  const o = raw as Record<string, unknown>;
  const pick = typeof o[datasetName] === 'object' && o[datasetName] !== null ? (o[datasetName] as Record<string, unknown>) : o;
  const floor: Floor = {};
  for (const [k, v] of Object.entries(pick)) if (typeof v === 'number') floor[k] = v;
  return Object.keys(floor).length ? floor : null;
}

/** What fell below the floor; empty when the run passes. */
export function belowFloor(result: AccuracyResult, floor: Floor): string[] {
  const figures = headlineFigures(result);
  const out: string[] = [];
  for (const [name, limit] of Object.entries(floor)) {
    const value = figures[name];
    if (value === undefined) continue;
    const ceiling = name.startsWith('max');
    if (ceiling ? value > limit : value < limit) out.push(`${name} ${Number.isInteger(value) ? value : value.toFixed(4)} ${ceiling ? '>' : '<'} ${limit}`);
  }
  return out;
}

// ---------------------------------------------------------------------------------------
// Report
// ---------------------------------------------------------------------------------------

export interface ReportOptions {
  /** Pages listed where copydesk is below Readability. */
  worst?: number;
  /** Lines shown per page and direction. */
  linesPerPage?: number;
}

function clip(line: string, max = 110): string {
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}

const n3 = (v: number): string => v.toFixed(3);

function zyteReport(result: AccuracyResult, out: string[]): void {
  const row = (name: string, s: Scores): string =>
    `${name.padEnd(12)} ${n3(s.f1).padStart(6)} ${n3(s.precision).padStart(9)} ${n3(s.recall).padStart(6)} ${n3(s.accuracy).padStart(8)}`;
  out.push(`${'extractor'.padEnd(12)} ${'F1'.padStart(6)} ${'precision'.padStart(9)} ${'recall'.padStart(6)} ${'accuracy'.padStart(8)}`);
  out.push(row('copydesk', shingleScores(result, 'copydesk')));
  if (result.pages.some((p) => p.readability)) out.push(row('readability', shingleScores(result, 'readability')));
  if (hasFields(result)) fieldsReport(result.pages, result.pages.some((p) => p.readability), out);
}

/** Title, date and author right on the article pages that have that truth. */
function fieldsReport(articles: readonly PageResult[], withReadability: boolean, out: string[]): void {
  const c = fieldScores(articles, 'copydesk');
  const r = withReadability ? fieldScores(articles, 'readability') : null;
  out.push('');
  out.push(`articles, fields right     ${'copydesk'.padStart(8)}${r ? ` ${'readability'.padStart(11)}` : ''}`);
  for (const [label, key, count] of [['title', 'title', c.titlePages], ['date', 'date', c.datePages], ['author', 'author', c.authorPages]] as const) {
    out.push(`${`${label} (${count} pages)`.padEnd(26)} ${n3(c[key]).padStart(8)}${r ? ` ${n3(r[key]).padStart(11)}` : ''}`);
  }
}

/** Whether some page of the run has title, date or author truth. */
function hasFields(result: AccuracyResult): boolean {
  return result.pages.some((p) => p.entry.title !== null || p.entry.author !== null || p.entry.publishDate !== null);
}

function wcxbReport(result: AccuracyResult, out: string[]): void {
  const withReadability = result.pages.some((p) => p.readability);
  const types = pageTypes(result);
  out.push('body word F1 by page type (precision / recall)');
  out.push(`${'type'.padEnd(14)} ${'pages'.padStart(5)}   ${'copydesk'.padEnd(21)}${withReadability ? '   readability' : ''}`);
  const line = (label: string, pages: readonly PageResult[]): string => {
    const c = wordScores(pages, 'copydesk');
    const cell = (s: TypeScores): string => `${n3(s.f1)} (${n3(s.precision)} / ${n3(s.recall)})`;
    return `${label.padEnd(14)} ${String(pages.length).padStart(5)}   ${cell(c).padEnd(21)}${withReadability ? `   ${cell(wordScores(pages, 'readability'))}` : ''}`;
  };
  for (const type of types) out.push(line(type, result.pages.filter((p) => p.entry.pageType === type)));
  out.push(line('all', result.pages));

  const articles = result.pages.filter((p) => p.entry.pageType === 'article');
  out.push('');
  const snip = (side: Side): string => {
    const s = snippetScores(result.pages, side);
    return `with found ${n3(s.found)}, without absent ${n3(s.absent)}`;
  };
  out.push(`snippets, all pages: copydesk ${snip('copydesk')}${withReadability ? `; readability ${snip('readability')}` : ''}`);

  fieldsReport(articles, withReadability, out);

  out.push('');
  out.push('verdict: pages not passed on as articles, by type (judged not one, plus no text found)');
  for (const { type, pages, refused, empty } of verdictTable(result)) {
    const note = type === 'article' ? '  (should be none)' : NOT_ARTICLE_TYPES.has(type) ? '  (should be all)' : '';
    const all = refused + empty;
    out.push(`${type.padEnd(14)} ${String(all).padStart(4)} of ${String(pages).padEnd(4)} ${`${(pages ? (100 * all) / pages : 0).toFixed(1)}%`.padStart(6)}  (${refused} judged, ${empty} no text)${note}`);
  }
}

export function formatReport(result: AccuracyResult, options: ReportOptions = {}): string {
  const worst = options.worst ?? 15;
  const perPage = options.linesPerPage ?? 8;
  const out: string[] = [];
  out.push(`dataset: ${result.dataset.name} (${result.dataset.format}), pages: ${result.pages.length}`);
  if (result.dataset.format === 'zyte') zyteReport(result, out);
  else wcxbReport(result, out);

  const refused = result.pages.filter((p) => p.copydesk.isArticle === false && p.entry.pageType === 'article');
  const failed = result.pages.filter((p) => p.copydesk.error !== null);
  out.push('');
  out.push(`articles judged not an article: ${refused.length} of ${result.pages.filter((p) => p.entry.pageType === 'article').length}${refused.length ? ` (${refused.slice(0, 20).map((p) => `${p.entry.id.slice(0, 12)} score ${p.copydesk.articleScore ?? '?'}`).join(', ')}${refused.length > 20 ? ', …' : ''})` : ''}`);
  out.push(`pipeline errors: ${failed.length}${failed.length ? ` (${failed.slice(0, 20).map((p) => `${p.entry.id.slice(0, 12)} ${p.copydesk.error ?? ''}`).join(', ')})` : ''}`);

  if (!result.pages.some((p) => p.readability)) return `${out.join('\n')}\n`;
  // Where copydesk does worse than Readability, on the pages that are articles.
  const pageScore = (p: PageResult, side: Side): number =>
    result.dataset.format === 'zyte' ? pageF1(countPage(p[side]?.body ?? '', p.entry.articleBody)) : wordScore(p[side]?.body ?? '', p.entry.articleBody).f1;
  const behind = result.pages
    .filter((p) => p.entry.pageType === 'article')
    .map((p) => ({ p, ours: pageScore(p, 'copydesk'), theirs: pageScore(p, 'readability') }))
    .filter((x) => x.ours < x.theirs - 1e-9)
    .sort((a, b) => a.ours - a.theirs - (b.ours - b.theirs));
  out.push('');
  out.push(`copydesk below readability on ${behind.length} article pages${behind.length > worst ? ` (worst ${worst} shown)` : ''}`);
  for (const { p, ours, theirs } of behind.slice(0, worst)) {
    out.push('');
    out.push(`${p.entry.id.slice(0, 16)} ${p.entry.url}`);
    out.push(`  page F1 copydesk ${n3(ours)} readability ${n3(theirs)} (${(ours - theirs).toFixed(3)})`);
    const extra = linesMissingFrom(p.copydesk.body, p.entry.articleBody);
    const lost = linesMissingFrom(p.entry.articleBody, p.copydesk.body);
    for (const [label, list] of [['kept, not in truth', extra], ['lost', lost]] as const) {
      if (!list.length) continue;
      out.push(`  ${label} (${list.length} lines):`);
      for (const l of list.slice(0, perPage)) out.push(`    ${label === 'lost' ? '-' : '+'} ${clip(l)}`);
      if (list.length > perPage) out.push(`    … ${list.length - perPage} more`);
    }
  }
  return `${out.join('\n')}\n`;
}

// ---------------------------------------------------------------------------------------
// Ablation: what each rule group earns
// ---------------------------------------------------------------------------------------

/** The figures an ablation compares, per dataset layout. */
export function ablationFigures(result: AccuracyResult): Record<string, number> {
  const refused = (pages: readonly PageResult[]): number => pages.filter(notPassed).length;
  if (result.dataset.format === 'zyte') {
    const s = shingleScores(result, 'copydesk');
    return { F1: s.f1, P: s.precision, R: s.recall, refused: refused(result.pages) };
  }
  const articles = result.pages.filter((p) => p.entry.pageType === 'article');
  const stories = result.pages.filter((p) => NOT_ARTICLE_TYPES.has(p.entry.pageType));
  return { 'article F1': wordScores(articles, 'copydesk').f1, 'all F1': wordScores(result.pages, 'copydesk').f1, 'articles refused': refused(articles), 'listings refused': refused(stories) };
}

export interface AblationRow {
  group: RuleGroup | null;
  /** Dataset name → figure name → value with the group off (for the baseline row, all on). */
  figures: Record<string, Record<string, number>>;
}

/**
 * Copydesk alone on every dataset, once with every rule on and once per group switched off;
 * on the pages as `disguise` asks (names hidden, tags made plain).
 */
export async function runAblation(datasets: readonly Dataset[], groups: readonly RuleGroup[], onStep?: (label: string) => void, every = 1, disguise: Disguise = {}): Promise<AblationRow[]> {
  // Each page is read and decoded once for all the runs.
  const cache = new Map<string, string>();
  const htmlOf = (dataset: Dataset) => (id: string): string => {
    const key = `${dataset.dir}\u0000${id}`;
    let html = cache.get(key);
    if (html === undefined) cache.set(key, (html = dataset.html(id)));
    return html;
  };
  const rows: AblationRow[] = [];
  for (const group of [null, ...groups]) {
    onStep?.(group ?? 'all rules on');
    const figures: AblationRow['figures'] = {};
    for (const dataset of datasets) {
      figures[dataset.name] = ablationFigures(await runAccuracy(dataset, { readability: false, rulesOff: group ? [group] : [], html: htmlOf(dataset), every, ...disguise }));
    }
    rows.push({ group, figures });
  }
  return rows;
}

/** The ablation as a table: each group's change against all rules on, per dataset figure. */
export function formatAblation(rows: readonly AblationRow[]): string {
  const base = rows.find((r) => r.group === null);
  if (!base) return '';
  const columns = Object.entries(base.figures).flatMap(([dataset, figs]) => Object.keys(figs).map((name) => [dataset, name] as const));
  const header = columns.map(([d, name]) => `${d.split('-')[0]} ${name}`);
  const width = header.map((h) => Math.max(h.length, 8));
  const fmt = (v: number, delta: boolean): string => {
    if (Number.isInteger(v)) return delta ? (v > 0 ? `+${v}` : String(v)) : String(v);
    return delta ? (v >= 0 ? `+${v.toFixed(4)}` : v.toFixed(4)) : v.toFixed(4);
  };
  const out: string[] = [];
  out.push('ablation: each rule group switched off alone; figures are the change against all rules on');
  out.push('(F1 falling or refused listings falling: the group earns its place; refused articles rising without it: it protects articles)');
  out.push(`${'group'.padEnd(24)} ${header.map((h, i) => h.padStart(width[i] ?? 8)).join(' ')}`);
  out.push(`${'all rules on'.padEnd(24)} ${columns.map(([d, name], i) => fmt(base.figures[d]?.[name] ?? 0, false).padStart(width[i] ?? 8)).join(' ')}`);
  for (const row of rows) {
    if (row.group === null) continue;
    const cells = columns.map(([d, name], i) => fmt((row.figures[d]?.[name] ?? 0) - (base.figures[d]?.[name] ?? 0), true).padStart(width[i] ?? 8));
    out.push(`${row.group.padEnd(24)} ${cells.join(' ')}`);
  }
  out.push('');
  for (const row of rows) if (row.group) out.push(`  ${row.group}: ${RULE_GROUPS[row.group]}`);
  return `${out.join('\n')}\n`;
}
