/**
 * What the benchmarks share: the repository root (they run the built package in dist/), the
 * development set's folder of saved pages, and reading those pages.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';

/** The repository root: the nearest folder above this file with a package.json. */
function findRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const up = dirname(dir);
    if (up === dir) throw new Error('package.json not found above the benchmark');
    dir = up;
  }
  return dir;
}

export const ROOT = findRoot();

/** The development set's pages under ../shared (or COPYDESK_SHARED), or null when absent. */
export function defaultFolder(): string | null {
  const shared = process.env.COPYDESK_SHARED ?? resolve(ROOT, '..', 'shared');
  const dir = resolve(shared, 'datasets', 'zyte-article-bench', 'html');
  return existsSync(dir) ? dir : null;
}

/** Saved pages in a folder, plain or gzip-compressed, by name. */
export function pageFiles(folder: string): string[] {
  return readdirSync(folder)
    .filter((name) => /\.html?(?:\.gz)?$/i.test(name))
    .sort();
}

/** Reads one saved page as the CLI does: gunzip when compressed, UTF-8. */
export function readPage(file: string): string {
  const bytes = readFileSync(file);
  return (bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes) : bytes).toString('utf8');
}

export interface Page {
  name: string;
  html: string;
}

/** Every saved page of a folder, read into memory. */
export function loadPages(folder: string): Page[] {
  return pageFiles(folder).map((name) => ({ name, html: readPage(join(folder, name)) }));
}
