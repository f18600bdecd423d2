/**
 * Where the optional development data lives: `../shared/` beside the repository, or
 * COPYDESK_SHARED. A user's clone has none, and tests that need it skip.
 */
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

export function sharedDir(): string | null {
  const dir = process.env.COPYDESK_SHARED ?? resolve(REPO_ROOT, '..', 'shared');
  return existsSync(dir) ? dir : null;
}

/** The zyte-article-bench dev set folder, or null when it is not here. */
export function devSetDir(): string | null {
  const shared = sharedDir();
  const dir = shared && resolve(shared, 'datasets', 'zyte-article-bench');
  return dir && existsSync(resolve(dir, 'ground-truth.json')) ? dir : null;
}
