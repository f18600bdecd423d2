#!/usr/bin/env node
/**
 * The hostile-input table: every test of the hostile cases with its outcome and time (from
 * vitest's JSON report), and the peak memory of the test process that ran its file (GNU
 * time's maximum resident set size of the largest process). Run sparingly:
 *   node test/hostile/table.mjs > table.md
 * or for some files only: node test/hostile/table.mjs test/hostile/extract.test.ts
 * COPYDESK_MEASURE=1 is set for the runs, so opt-in measurements (the 10 MB paragraph, the
 * hostile-server bombs) are included.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

const root = new URL('../../', import.meta.url).pathname;
const FILES = (process.argv.length > 2 ? process.argv.slice(2) : [
  'test/fetch/compression.test.ts', 'test/fetch/faults.test.ts', 'test/fetch/redirects.test.ts', 'test/fetch/charsets.test.ts',
  'test/fetch/nothtml.test.ts', 'test/fetch/tls.test.ts', 'test/fetch/handles.test.ts', 'test/fetch/guard.test.ts',
  'test/fetch/retry.test.ts', 'test/fetch/properties.test.ts', 'test/fetch/hostile-table.test.ts',
  'test/crawl/hostile.test.ts', 'test/crawl/output.test.ts', 'test/crawl/robots.test.ts', 'test/discover/feeds.test.ts',
  'test/discover/url.test.ts', 'test/state/state.test.ts', 'test/quotes/robust.test.ts',
  'test/hostile/extract.test.ts', 'test/hostile/extract-jsdom.test.ts', 'test/hostile/call-home.test.ts', 'test/hostile/quotes-property.test.ts',
]).filter((f) => existsSync(join(root, f)));

const dir = mkdtempSync(join(tmpdir(), 'copydesk-table-'));
const lines = ['| file | test | outcome | time | peak RSS of the file\'s process |', '|---|---|---|---|---|'];
for (const file of FILES) {
  const report = join(dir, 'report.json');
  const timing = join(dir, 'time.txt');
  try {
    execFileSync('/usr/bin/time', ['-v', '-o', timing, 'npx', 'vitest', 'run', file, '--reporter=json', `--outputFile=${report}`], {
      cwd: root, stdio: 'ignore', env: { ...process.env, COPYDESK_MEASURE: '1' },
    });
  } catch {
    // A failing file still writes its report: the failures show in the table.
  }
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(readFileSync(timing, 'utf8'))?.[1];
  const peak = rss ? `${(Number(rss) / 1024).toFixed(0)} MB` : '?';
  const json = JSON.parse(readFileSync(report, 'utf8'));
  for (const result of json.testResults) {
    for (const t of result.assertionResults) {
      const name = [...t.ancestorTitles, t.title].join(' › ').replace(/\|/g, '\\|');
      lines.push(`| ${relative(root, result.name)} | ${name} | ${t.status} | ${Math.round(t.duration ?? 0)} ms | ${peak} |`);
    }
  }
}
process.stdout.write(`${lines.join('\n')}\n`);
