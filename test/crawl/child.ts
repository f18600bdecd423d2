/**
 * Child-process helpers for the crash-safety tests: the built CLI, a news site of N
 * generated stories, and a crawl whose stdout lines are read as they come.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../helpers/shared.js';
import { startServer } from '../helpers/server.js';
import type { TestServer } from '../helpers/server.js';

export const N = 12;
export const BIN = join(REPO_ROOT, 'bin', 'copydesk.js');

function newestMtime(dir: string): number {
  let newest = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    newest = Math.max(newest, e.isDirectory() ? newestMtime(p) : statSync(p).mtimeMs);
  }
  return newest;
}

/** The CLI must be built from the current sources. */
export function ensureBuilt(): void {
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

export async function newsSite(): Promise<TestServer> {
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

export interface Child {
  lines: string[];
  stderr: string;
  code: Promise<number | null>;
  /** The signal that ended the process (null when it exited by itself), set once it has ended. */
  signal: NodeJS.Signals | null;
  pid: number;
  kill(signal: NodeJS.Signals): void;
}

export function startCrawl(args: string[], onLine: (count: number, child: Child) => void): Child {
  return startProcess(process.execPath, [BIN, 'crawl', ...args], onLine);
}

/** Any command (the crawl inside a namespace, say), its stdout read line by line. */
export function startProcess(command: string, argv: string[], onLine: (count: number, child: Child) => void): Child {
  const proc = spawn(command, argv, { stdio: ['ignore', 'pipe', 'pipe'] });
  let buffer = '';
  const child: Child = {
    lines: [],
    stderr: '',
    code: new Promise((resolve) =>
      proc.on('exit', (code, signal) => {
        child.signal = signal;
        resolve(code);
      }),
    ),
    signal: null,
    pid: proc.pid ?? 0,
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

export function outFiles(dir: string): string[] {
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
