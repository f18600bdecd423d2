/**
 * The package as a user's code loads it, by name: `import` and, on Node 20.19 and later
 * (which loads an ES module from require), CommonJS `require` give the same library.
 */
import { spawnSync } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt } from './crawl/child.js';
import { REPO_ROOT } from './helpers/shared.js';

const PAGE = '<html><body><p>Nothing here.</p></body></html>';

/** Runs a script in the repository, where the package's own name resolves through its exports. */
function node(args: string[]): { status: number | null; stdout: string; stderr: string } {
  return spawnSync(process.execPath, args, { cwd: REPO_ROOT, encoding: 'utf8' });
}

describe('the package, loaded by name', () => {
  beforeAll(() => ensureBuilt(), 120_000);

  it('import gives get and extract', () => {
    const r = node(['--input-type=module', '-e', `const { get, extract } = await import('copydesk'); console.log(typeof get, extract(${JSON.stringify(PAGE)}, { url: 'https://a.example/x' }).error.code);`]);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('function NOT_AN_ARTICLE\n');
  });

  it('require gives the same library', () => {
    const r = node(['-e', `const { get, extract } = require('copydesk'); console.log(typeof get, extract(${JSON.stringify(PAGE)}, { url: 'https://a.example/x' }).error.code);`]);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('function NOT_AN_ARTICLE\n');
  });
});
