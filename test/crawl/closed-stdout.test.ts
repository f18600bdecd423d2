/**
 * `copydesk crawl | head -1`: the reader closes the pipe after the first record. The run
 * stops quietly (an OUTPUT stop, no INTERNAL, no message per record in flight), and what
 * was not written is not marked done: the next run writes exactly the rest.
 */
import { join } from 'node:path';
import { PassThrough, Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';
import type { CopydeskRecord } from '../../src/record/types.js';
import { cli, fast, startSite, tempDir } from './helpers.js';

/** A pipe whose reader goes away after the first line: later writes fail with EPIPE. */
class HeadOne extends Writable {
  text = '';
  override _write(chunk: Buffer, _enc: BufferEncoding, done: (err?: Error) => void): void {
    if (this.text) {
      done(Object.assign(new Error('write EPIPE'), { code: 'EPIPE' }));
      return;
    }
    this.text += chunk.toString('utf8');
    done();
  }
}

describe('crawl with a closed stdout', () => {
  it('stops quietly, marks nothing done that was not written, and the next run writes the rest once', async () => {
    const site = await startSite();
    const tmp = tempDir();
    try {
      const state = join(tmp.dir, 'state.db');
      const stdout = new HeadOne();
      let stderr = '';
      const stderrStream = new Writable({
        write(chunk: Buffer, _enc, done) {
          stderr += chunk.toString('utf8');
          done();
        },
      });
      const summary = join(tmp.dir, 'summary.json');
      const code = await run(['crawl', site.url('/feed.xml'), ...fast(state), '--summary-json', summary], { stdout, stderr: stderrStream, stdin: new PassThrough(), env: { HOME: '/nonexistent' }, cwd: process.cwd() });
      expect(code).toBe(1);
      expect(stderr).not.toMatch(/INTERNAL|EPIPE|unexpected/);
      expect(stderr.trim().split('\n')).toHaveLength(1); // the summary line alone
      expect(stderr).toMatch(/stopped: stdout was closed by the reader/);
      const first = JSON.parse(stdout.text) as CopydeskRecord;
      const second = await cli(['crawl', site.url('/feed.xml'), ...fast(state)]);
      expect(second.code).toBe(0);
      const urls = second.records.map((r) => r.url);
      expect(urls).not.toContain(first.url);
      expect(new Set([first.url, ...urls]).size).toBe(4);
      expect(urls).toHaveLength(3);
    } finally {
      await site.close();
      tmp.cleanup();
    }
  });
});
