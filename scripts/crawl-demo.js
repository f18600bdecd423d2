#!/usr/bin/env node
// Crawl demo: serves the fixture news site (fixtures/crawl/site) on 127.0.0.1 and runs the
// built CLI twice on its RSS feed with a throw-away state. The first run writes the site's
// articles; the second sends one conditional request, gets 304 and writes nothing.
// Usage: npm run build && node scripts/crawl-demo.js
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createSiteHandler } from '../fixtures/crawl/site-handler.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

function runCli(args) {
  return new Promise((resolveRun) => {
    const child = spawn(process.execPath, [join(root, 'bin', 'copydesk.js'), ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    child.on('exit', (code) => resolveRun({ code, stderr: err.trimEnd(), records: out.split('\n').filter(Boolean).map((l) => JSON.parse(l)) }));
  });
}

export async function crawlDemo() {
  let origin = '';
  const handler = createSiteHandler({ root: join(root, 'fixtures', 'crawl', 'site'), origin: () => origin });
  const server = createServer((req, res) => void handler(req, res));
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  origin = `http://127.0.0.1:${server.address().port}`;
  const dir = mkdtempSync(join(tmpdir(), 'copydesk-demo-'));
  const args = ['crawl', `${origin}/feed.xml`, '--state', join(dir, 'state.db'), '--out', join(dir, 'out'), '--stdout', '--delay', '0.25', '--allow-private'];
  try {
    for (const run of [1, 2]) {
      console.log(`\n$ copydesk ${args.join(' ')}   # run ${run}`);
      const { code, stderr, records } = await runCli(args);
      for (const r of records) console.log(r.error ? `  error ${r.error.code}: ${r.url}` : `  ${r.feed?.publishedAt ?? ''}  ${r.title}  (${r.wordCount} words, ${r.quotes.length} quotes)`);
      const requests = handler.log.splice(0).map((e) => `${e.status} ${e.path}`);
      console.log(`  ${stderr}\n  exit ${code}; requests seen by the site: ${requests.join(', ')}`);
    }
  } finally {
    server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await crawlDemo();
