// The built-in demo: a small news site served from fixtures/site on 127.0.0.1, and copydesk
// run against it. Records go to stdout; the narration goes to stderr. No internet needed.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from '../dist/cli/run.js';
import { startSite } from './serve-site.js';

const say = (text) => process.stderr.write(`\n== ${text}\n`);
const site = await startSite();
const state = await mkdtemp(join(tmpdir(), 'copydesk-demo-'));
let code = 0;
try {
  say(`demo site at ${site.origin}`);
  say('copydesk get: one article from the site (quotes, a "Latest Stories" list to strip)');
  code = Math.max(code, await run(['get', `${site.origin}/news/ports-minister-call.html`]));
} finally {
  await site.close();
  await rm(state, { recursive: true, force: true });
}
process.exitCode = code;
