/**
 * The built CLI for tests that need worker threads (they load compiled JavaScript): the
 * build is refreshed first when a source file is newer than it.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../helpers/shared.js';

export const BIN = join(REPO_ROOT, 'bin', 'copydesk.js');

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

export function ensureBuilt(): void {
  const built = join(REPO_ROOT, 'dist', 'pool', 'worker.js');
  if (existsSync(built) && statSync(built).mtimeMs >= newestMtime(join(REPO_ROOT, 'src'))) return;
  execFileSync(process.execPath, [join(REPO_ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', join(REPO_ROOT, 'tsconfig.build.json')], { stdio: 'inherit' });
}

/** A short article page on a topic, with a style and a script for the stripping to drop. */
export function page(topic: string): string {
  const sentence = `<p>The ${topic} committee met on Thursday and agreed a plan that members said would take two years to finish, with work starting in spring.</p>`;
  return `<!doctype html><html><head><title>${topic} plan agreed</title><style>p{margin:0}</style><script>var x = 1;</script></head><body><article><h1>${topic} plan agreed</h1>${sentence.repeat(6)}</article></body></html>`;
}
