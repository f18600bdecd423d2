/**
 * A benchmark dataset in the zyte article-extraction-benchmark layout:
 *   <dir>/ground-truth.json  {"<id>": {"articleBody": "...", "url": "..."}}
 *   <dir>/html/<id>.html.gz  the saved page, gzip, UTF-8
 * and where the development copy lives by default.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { CopydeskError } from '../errors.js';

export interface TruthEntry {
  id: string;
  url: string;
  articleBody: string;
}

export interface Dataset {
  dir: string;
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

export function defaultDatasetDir(env: NodeJS.ProcessEnv = process.env): string {
  return join(sharedRoot(env), 'datasets', 'zyte-article-bench');
}

export function hasDataset(dir: string): boolean {
  return existsSync(join(dir, 'ground-truth.json'));
}

function isTruthMap(v: unknown): v is Record<string, { articleBody?: unknown; url?: unknown }> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function loadDataset(dir: string): Dataset {
  const file = join(dir, 'ground-truth.json');
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new CopydeskError('INPUT', `cannot read ${file}: ${(err as Error).message}`, { cause: err });
  }
  if (!isTruthMap(raw)) throw new CopydeskError('INPUT', `${file}: expected an object keyed by page id`);
  const entries: TruthEntry[] = Object.entries(raw)
    .map(([id, v]) => ({
      id,
      url: typeof v?.url === 'string' ? v.url : '',
      articleBody: typeof v?.articleBody === 'string' ? v.articleBody : '',
    }))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return {
    dir,
    entries,
    html(id: string): string {
      const gz = join(dir, 'html', `${id}.html.gz`);
      if (existsSync(gz)) return gunzipSync(readFileSync(gz)).toString('utf8');
      const plain = join(dir, 'html', `${id}.html`);
      if (existsSync(plain)) return readFileSync(plain, 'utf8');
      throw new CopydeskError('INPUT', `no HTML for page ${id} in ${join(dir, 'html')}`);
    },
  };
}
