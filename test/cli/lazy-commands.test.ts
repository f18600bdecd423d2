/**
 * A command loads its own modules only: `extract` must not pay for the HTTP client, the feed
 * parser or the state stores of `crawl` and `get` (in memory above all: its main thread holds
 * the worker pool's pages in flight).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../helpers/shared.js';
import { BIN, ensureBuilt, page } from '../pool/build.js';

const dir = mkdtempSync(join(tmpdir(), 'copydesk-lazy-'));
const REGISTER = join(REPO_ROOT, 'test', 'helpers', 'load-log-register.mjs');
beforeAll(() => ensureBuilt());
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The modules the main thread loaded for one run of the CLI, as paths under the repository. */
function loaded(args: string[], log: string): { status: number | null; stdout: string; modules: string[] } {
  const r = spawnSync(process.execPath, ['--import', REGISTER, BIN, ...args], { encoding: 'utf8', env: { ...process.env, COPYDESK_TEST_LOAD_LOG: log } });
  const modules = readFileSync(log, 'utf8').split('\n').filter((u) => u.startsWith('file://')).map((u) => u.slice(`file://${REPO_ROOT}/`.length));
  return { status: r.status, stdout: r.stdout, modules };
}

describe('commands load lazily', () => {
  it('extract loads neither the HTTP client, the feed parser nor the other commands', () => {
    const file = join(dir, 'story.html');
    writeFileSync(file, page('Harbour'));
    const run = loaded(['extract', file, '--url', 'https://example.com/news/harbour-plan.html', '--no-workers'], join(dir, 'extract.log'));
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ title: 'Harbour plan agreed' });
    expect(run.modules).toContain('dist/cli/extract.js');
    for (const other of ['dist/cli/crawl.js', 'dist/cli/get.js', 'dist/cli/state.js', 'dist/cli/bench.js']) expect(run.modules).not.toContain(other);
    expect(run.modules.filter((m) => /node_modules\/(?:undici|fast-xml-parser|better-sqlite3)\//.test(m))).toEqual([]);
  });

  it('the overall help still lists every command', () => {
    const run = loaded(['--help'], join(dir, 'help.log'));
    expect(run.status).toBe(0);
    for (const name of ['get', 'extract', 'crawl', 'state', 'quotes', 'bench', 'export']) expect(run.stdout).toMatch(new RegExp(`^  ${name}\\b`, 'm'));
  });
});
