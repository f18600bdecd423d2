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

/**
 * A worker heap cap that fits an ordinary page with room to spare, and a page far over it:
 * at 28/4 MB a page of 4,000 such paragraphs already ends its worker and one of 3,000 fits,
 * so 8,000 leave twice the margin while the main thread reads the page again in a few
 * seconds (15,000 over a 32 MB cap took 12 s, most of it the reading again).
 */
export const TIGHT_HEAP = { oldGenerationMb: 28, youngGenerationMb: 4 } as const;
export const bigPage = (): string => page('tunnel').replace('</article>', `${'<div><p>Engineers said the tunnel boring machine had advanced forty metres.</p></div>'.repeat(8_000)}</article>`);
