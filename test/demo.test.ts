/**
 * The README's first command: `npm run demo` crawls the fixture site twice (everything, then
 * nothing new) and prints the seed-shaped article as clean text.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt } from './crawl/child.js';
import { REPO_ROOT } from './helpers/shared.js';

describe('npm run demo', () => {
  beforeAll(() => ensureBuilt(), 120_000);

  it('writes the site once, finds nothing new the second time, and strips the Latest Stories list', () => {
    const r = spawnSync(process.execPath, [join(REPO_ROOT, 'scripts', 'demo.js')], { cwd: REPO_ROOT, encoding: 'utf8', timeout: 60_000 });
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/3 items · 3 written/);
    expect(r.stderr).toMatch(/\(1 unchanged\) · 0 items · 0 written/);
    const lines = r.stdout.split('\n');
    const records = lines.filter((l) => l.startsWith('{')).map((l) => JSON.parse(l) as { title: string; error?: unknown });
    expect(records).toHaveLength(3);
    expect(records.every((rec) => rec.error === undefined)).toBe(true);
    const text = lines.filter((l) => !l.startsWith('{')).join('\n');
    expect(text).toContain('Harbour chief and fisheries minister discuss drought on the coast');
    expect(text).toContain('signalling a possible agreement on shared maintenance costs.');
    for (const leak of ['Latest Stories', '4 mins -', '25 seconds -', 'New ferry timetable starts on the Volta next week']) {
      expect(text).not.toContain(leak);
    }
  });
});
