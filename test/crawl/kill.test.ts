/**
 * The nothing-lost guarantee, with the built CLI in a child process: killed with SIGKILL at
 * arbitrary moments and run again, every article ends up on stdout at least once across the
 * runs and exactly once in --out. SIGTERM finishes the record in hand and saves the state.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../helpers/shared.js';
import { startServer } from '../helpers/server.js';
import type { TestServer } from '../helpers/server.js';
import { tempDir } from './helpers.js';

const N = 12;
const BIN = join(REPO_ROOT, 'bin', 'copydesk.js');

function newestMtime(dir: string): number {
  let newest = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    newest = Math.max(newest, e.isDirectory() ? newestMtime(p) : statSync(p).mtimeMs);
  }
  return newest;
}

/** The CLI must be built from the current sources. */
function ensureBuilt(): void {
  const built = join(REPO_ROOT, 'dist', 'cli', 'crawl.js');
  if (existsSync(built) && statSync(built).mtimeMs >= newestMtime(join(REPO_ROOT, 'src'))) return;
  const r = spawnSync('npm', ['run', 'build'], { cwd: REPO_ROOT, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`build failed: ${r.stdout}${r.stderr}`);
}

const WORDS = ['harbour', 'council', 'ferry', 'library', 'market', 'bridge', 'storm', 'river', 'school', 'station', 'road', 'square'];
function story(i: number): string {
  const paras = Array.from({ length: 5 }, (_, p) => `<p>Report ${i}, part ${p}: the ${WORDS[(i + p) % WORDS.length]} committee met on day ${i * 3 + p} and heard that the ${WORDS[(i * 5 + p) % WORDS.length]} works would run ${i + p} weeks past the date first given, with the cost shared by the town and the county.</p>`).join('\n');
  return `<!doctype html><html lang="en"><head><title>Story number ${i}</title><meta property="og:type" content="article"></head><body><article><h1>Story number ${i}</h1>${paras}</article></body></html>`;
}

async function newsSite(): Promise<TestServer> {
  let origin = '';
  const server = await startServer(async (req, res) => {
    const path = req.url ?? '/';
    if (path === '/robots.txt') return void res.writeHead(404).end();
    if (path === '/feed.xml') {
      const items = Array.from({ length: N }, (_, i) => `<item><title>Story number ${i}</title><link>${origin}/news/${i}.html</link><pubDate>Mon, 23 Nov 2026 ${String(i).padStart(2, '0')}:00:00 GMT</pubDate></item>`);
      return void res.writeHead(200, { 'content-type': 'application/rss+xml', etag: '"v1"' }).end(`<rss><channel><title>t</title>${items.join('')}</channel></rss>`);
    }
    const m = /^\/news\/(\d+)\.html$/.exec(path);
    if (!m) return void res.writeHead(404).end();
    await new Promise((r) => setTimeout(r, 40));
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(story(Number(m[1])));
  });
  origin = server.origin;
  return server;
}

interface Child {
  lines: string[];
  stderr: string;
  code: Promise<number | null>;
  kill(signal: NodeJS.Signals): void;
}

function startCrawl(args: string[], onLine: (count: number, child: Child) => void): Child {
  const proc = spawn(process.execPath, [BIN, 'crawl', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let buffer = '';
  const child: Child = {
    lines: [],
    stderr: '',
    code: new Promise((resolve) => proc.on('exit', (code) => resolve(code))),
    kill: (signal) => proc.kill(signal),
  };
  proc.stdout.on('data', (chunk: Buffer) => {
    buffer += chunk.toString('utf8');
    let nl: number;
    while ((nl = buffer.indexOf('\n')) >= 0) {
      child.lines.push(buffer.slice(0, nl));
      buffer = buffer.slice(nl + 1);
      onLine(child.lines.length, child);
    }
  });
  proc.stderr.on('data', (chunk: Buffer) => (child.stderr += chunk.toString('utf8')));
  return child;
}

function outFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.isDirectory()) {
        if (e.name !== '.copydesk-tmp') walk(join(d, e.name));
      } else out.push(join(d, e.name));
    }
  };
  if (existsSync(dir)) walk(dir);
  return out;
}

describe('crash safety of the built CLI', () => {
  let server: TestServer;
  beforeAll(async () => {
    ensureBuilt();
    server = await newsSite();
  }, 120_000);
  afterAll(async () => server?.close());

  it('SIGKILL at any moment, run again: at least once on stdout, exactly once in --out', async () => {
    const tmp = tempDir();
    try {
      const args = [server.url('/feed.xml'), '--state', join(tmp.dir, 'state.db'), '--out', join(tmp.dir, 'out'), '--stdout', '--delay', '0', '--allow-private', '--retries', '0', '-q'];
      const seen = new Set<string>();
      // Kill twice at different points (after the 3rd line, then 2 ms after the 4th), then finish.
      for (const [after, wait] of [[3, 0], [4, 2]] as const) {
        const child = startCrawl(args, (count, c) => {
          if (count === after) setTimeout(() => c.kill('SIGKILL'), wait);
        });
        const code = await child.code;
        expect(code).toBeNull(); // killed, not exited
        for (const l of child.lines) seen.add((JSON.parse(l) as { url: string }).url);
      }
      const last = startCrawl(args, () => undefined);
      expect(await last.code).toBe(0);
      for (const l of last.lines) seen.add((JSON.parse(l) as { url: string }).url);
      expect(seen.size).toBe(N);
      const files = outFiles(join(tmp.dir, 'out'));
      const urls = files.map((f) => (JSON.parse(readFileSync(f, 'utf8')) as { url: string }).url);
      expect(urls).toHaveLength(N);
      expect(new Set(urls).size).toBe(N);
      expect(readdirSync(join(tmp.dir, 'out', '.copydesk-tmp'))).toEqual([]);
      expect(existsSync(join(tmp.dir, 'state.db.lock'))).toBe(false);
    } finally {
      tmp.cleanup();
    }
  });

  it('SIGTERM finishes the record in hand, saves the state, releases the lock and exits', async () => {
    const tmp = tempDir();
    try {
      const args = [server.url('/feed.xml'), '--state', join(tmp.dir, 'state.db'), '--delay', '0', '--allow-private', '--retries', '0'];
      const first = startCrawl(args, (count, c) => {
        if (count === 2) c.kill('SIGTERM');
      });
      const started = performance.now();
      expect(await first.code).toBe(1);
      expect(performance.now() - started).toBeLessThan(5000);
      expect(first.stderr).toMatch(/SIGTERM: finishing the records in hand/);
      expect(first.stderr).toMatch(/interrupted/);
      expect(first.lines.length).toBeLessThan(N);
      expect(existsSync(join(tmp.dir, 'state.db.lock'))).toBe(false);
      const second = startCrawl(args, () => undefined);
      expect(await second.code).toBe(0);
      const firstUrls = first.lines.map((l) => (JSON.parse(l) as { url: string }).url);
      const secondUrls = second.lines.map((l) => (JSON.parse(l) as { url: string }).url);
      // Everything written before the stop was saved as done: nothing is written twice.
      expect(secondUrls.filter((u) => firstUrls.includes(u))).toEqual([]);
      expect(new Set([...firstUrls, ...secondUrls]).size).toBe(N);
    } finally {
      tmp.cleanup();
    }
  });
});
