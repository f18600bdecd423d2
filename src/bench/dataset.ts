/**
 * Benchmark datasets of saved pages with human-checked truth, in either of two layouts:
 *   zyte  <dir>/ground-truth.json     {"<id>": {"articleBody", "url"}}           (articles only)
 *   wcxb  <dir>/ground-truth.json.gz  {"<id>": {"url", "page_type", "main_content", "title",
 *                                       "author", "publish_date", "with", "without"}}
 * with the pages in <dir>/html/<id>.html.gz, and where the development copies live. A dataset
 * whose truth has no title, author or date may get them from a file of its own labelled by
 * hand (withMetadata; bench/<folder name>.metadata.json in the repository for the Zyte set).
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { CopydeskError } from '../errors.js';
import { decodeBody } from '../fetch/decode.js';

export type DatasetFormat = 'zyte' | 'wcxb';
export const DATASET_FORMATS: readonly DatasetFormat[] = ['zyte', 'wcxb'];

export interface TruthEntry {
  id: string;
  url: string;
  /** The main content, paragraphs separated by blank lines. */
  articleBody: string;
  /** What kind of page this is (article, listing, forum…); every zyte page is an article. */
  pageType: string;
  /** Metadata truth, null where the dataset has none for this page. */
  title: string | null;
  author: string | null;
  /** YYYY-MM-DD. */
  publishDate: string | null;
  /** Snippets a correct body contains, and snippets it must not. */
  with: string[];
  without: string[];
}

export interface Dataset {
  dir: string;
  format: DatasetFormat;
  /** The folder's name, for reports. */
  name: string;
  entries: TruthEntry[];
  /** The page's HTML, read when asked for. */
  html(id: string): string;
}

/** The package root: src/bench and dist/bench both sit two levels below it. */
export const PACKAGE_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** `../shared/` beside the repository, or COPYDESK_SHARED. */
export function sharedRoot(env: NodeJS.ProcessEnv = process.env): string {
  return env.COPYDESK_SHARED ?? resolve(PACKAGE_ROOT, '..', 'shared');
}

/** The development datasets, in the order reports print them. */
export function defaultDatasetDirs(env: NodeJS.ProcessEnv = process.env): string[] {
  return ['zyte-article-bench', 'wcxb-dev'].map((name) => join(sharedRoot(env), 'datasets', name));
}

const TRUTH_FILES: Record<DatasetFormat, string> = { zyte: 'ground-truth.json', wcxb: 'ground-truth.json.gz' };

/** The layout of a dataset folder, or null when it holds none. */
export function detectFormat(dir: string): DatasetFormat | null {
  for (const format of DATASET_FORMATS) if (existsSync(join(dir, TRUTH_FILES[format]))) return format;
  return null;
}

export function hasDataset(dir: string): boolean {
  return detectFormat(dir) !== null;
}

function text(v: unknown): string | null {
  return typeof v === 'string' && v.trim() ? v : null;
}

function strings(v: unknown): string[] {
  return Array.isArray(v) ? v.filter((s): s is string => typeof s === 'string') : [];
}

function readTruth(file: string): Record<string, Record<string, unknown>> {
  let raw: unknown;
  try {
    const bytes = readFileSync(file);
    raw = JSON.parse((file.endsWith('.gz') ? gunzipSync(bytes) : bytes).toString('utf8'));
  } catch (err) {
    throw new CopydeskError('INPUT', `cannot read ${file}: ${(err as Error).message}`, { cause: err });
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new CopydeskError('INPUT', `${file}: expected an object keyed by page id`);
  return raw as Record<string, Record<string, unknown>>;
}

function toEntry(format: DatasetFormat, id: string, v: Record<string, unknown>): TruthEntry {
  const url = text(v?.url) ?? '';
  if (format === 'zyte') {
    return { id, url, articleBody: text(v?.articleBody) ?? '', pageType: 'article', title: null, author: null, publishDate: null, with: [], without: [] };
  }
  return {
    id,
    url,
    articleBody: text(v?.main_content) ?? '',
    pageType: text(v?.page_type) ?? 'unknown',
    title: text(v?.title),
    author: text(v?.author),
    publishDate: text(v?.publish_date),
    with: strings(v?.with),
    without: strings(v?.without),
  };
}

export function loadDataset(dir: string, format: DatasetFormat | null = detectFormat(dir)): Dataset {
  if (!format) throw new CopydeskError('INPUT', `${dir}: no ${Object.values(TRUTH_FILES).join(' or ')} here`);
  const file = join(dir, TRUTH_FILES[format]);
  const entries = Object.entries(readTruth(file))
    .map(([id, v]) => toEntry(format, id, v))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return {
    dir,
    format,
    name: dir.split(/[\\/]/).filter(Boolean).pop() ?? dir,
    entries,
    html(id: string): string {
      const gz = join(dir, 'html', `${id}.html.gz`);
      // The bytes decide the charset, as for a fetched page (BOM, <meta>, detection).
      if (existsSync(gz)) return decodeBody(gunzipSync(readFileSync(gz))).text;
      const plain = join(dir, 'html', `${id}.html`);
      if (existsSync(plain)) return decodeBody(readFileSync(plain)).text;
      throw new CopydeskError('INPUT', `no HTML for page ${id} in ${join(dir, 'html')}`);
    },
  };
}

/** The hand-labelled metadata the repository keeps for a dataset folder: bench/<folder name>.metadata.json. */
export function metadataFileFor(dir: string): string {
  return join(PACKAGE_ROOT, 'bench', `${basename(resolve(dir))}.metadata.json`);
}

/**
 * The dataset with title, author and date truth filled in from a labels file where its own
 * truth has none: {"pages": {"<id>": {"title", "author", "publish_date"}}} (other keys, such
 * as how the labels were made, are left for readers). A null in the file leaves that page out
 * of that field's score, as in the wcxb layout.
 */
export function withMetadata(dataset: Dataset, file: string): Dataset {
  const raw = readTruth(file);
  const pages = raw.pages;
  if (typeof pages !== 'object' || pages === null || Array.isArray(pages)) throw new CopydeskError('INPUT', `${file}: expected {"pages": {"<id>": {...}}}`);
  const labels = pages as Record<string, Record<string, unknown>>;
  const entries = dataset.entries.map((e) => {
    const l = labels[e.id];
    if (!l) return e;
    return { ...e, title: e.title ?? text(l.title), author: e.author ?? text(l.author), publishDate: e.publishDate ?? text(l.publish_date) };
  });
  return { ...dataset, entries };
}
