// The built-in demo: a small news site served from fixtures/site on 127.0.0.1, crawled through
// its RSS feed twice with a throw-away state, then one page fetched with `get`. Records go to
// stdout; the narration goes to stderr. No internet needed.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from '../dist/cli/run.js';
import { startSite } from './serve-site.js';

const say = (text) => process.stderr.write(`\n== ${text}\n`);
const site = await startSite();
const dir = await mkdtemp(join(tmpdir(), 'copydesk-demo-'));
// The site is on loopback, which copydesk refuses for URLs it discovers unless allowed.
const crawl = ['crawl', `${site.origin}/feed.xml`, '--state', join(dir, 'state.db'), '--allow-private', '--delay', '0.2'];
let code = 0;
try {
  say(`demo news site at ${site.origin}`);
  say(`copydesk ${crawl.join(' ')}   # first run: every article in the feed`);
  code = Math.max(code, await run(crawl));
  say('the same crawl again: the feed answers 304 Not Modified, nothing new is written');
  code = Math.max(code, await run(crawl));
  say('copydesk get --format text: the article with a "Latest Stories" list, cleaned');
  code = Math.max(code, await run(['get', `${site.origin}/news/ports-minister-call.html`, '--format', 'text']));
} finally {
  await site.close();
  await rm(dir, { recursive: true, force: true });
}
process.exitCode = code;
