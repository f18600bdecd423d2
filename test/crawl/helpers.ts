/**
 * Crawl test helpers: the fixture site on a local server, the CLI run in-process with
 * captured streams, and throw-away state/output folders.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { PassThrough, Writable } from 'node:stream';
import { createSiteHandler } from '../../fixtures/crawl/site-handler.js';
import type { SiteHandler } from '../../fixtures/crawl/site-handler.js';
import { run } from '../../src/cli/run.js';
import type { Io } from '../../src/cli/io.js';
import type { CopydeskRecord } from '../../src/record/types.js';
import { REPO_ROOT } from '../helpers/shared.js';
import { startServer } from '../helpers/server.js';
import type { Handler, TestServer } from '../helpers/server.js';

export const SITE_ROOT = resolve(REPO_ROOT, 'fixtures', 'crawl', 'site');

export interface Site extends TestServer {
  log: SiteHandler['log'];
  /** Paths requested, in order, with their status. */
  hits(prefix?: string): string[];
}

/** The fixture site; `override` answers some paths itself (return true when it did). */
export async function startSite(options: { delayMs?: (path: string) => number; override?: (path: string, ...rest: Parameters<Handler>) => boolean | Promise<boolean> } = {}): Promise<Site> {
  let origin = '';
  const site = createSiteHandler({ root: SITE_ROOT, origin: () => origin, ...(options.delayMs ? { delayMs: options.delayMs } : {}) });
  const server = await startServer(async (req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    if (options.override && (await options.override(path, req, res))) {
      site.log.push({ path, headers: req.headers, status: res.statusCode });
      return;
    }
    await site(req, res);
  });
  origin = server.origin;
  return {
    ...server,
    log: site.log,
    hits: (prefix = '') => site.log.filter((r) => r.path.startsWith(prefix)).map((r) => `${r.status} ${r.path}`),
  };
}

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
  records: CopydeskRecord[];
}

class Collect extends Writable {
  text = '';
  override _write(chunk: Buffer, _enc: BufferEncoding, done: () => void): void {
    this.text += chunk.toString('utf8');
    done();
  }
}

export async function cli(argv: string[], env: NodeJS.ProcessEnv = {}, cwd = process.cwd()): Promise<CliResult> {
  const stdout = new Collect();
  const stderr = new Collect();
  const io: Io = { stdout, stderr, stdin: new PassThrough(), env: { HOME: '/nonexistent', ...env }, cwd };
  const code = await run(argv, io);
  let records: CopydeskRecord[] = [];
  try {
    records = stdout.text
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as CopydeskRecord);
  } catch {
    // not NDJSON (state stats prints one pretty JSON document)
  }
  return { code, stdout: stdout.text, stderr: stderr.text, records };
}

export function tempDir(prefix = 'copydesk-crawl-'): { dir: string; cleanup(): void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Common flags: fast, local, quiet about progress. */
export function fast(state: string): string[] {
  return ['--state', state, '--delay', '0', '--allow-private', '--retries', '0'];
}
