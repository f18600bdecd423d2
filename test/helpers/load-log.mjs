// Module hooks for tests that check what a command loads: every module URL the main thread
// loads is appended to the file named by COPYDESK_TEST_LOAD_LOG. Registered by
// load-log-register.mjs (`node --import ./load-log-register.mjs ...`).
import { appendFileSync } from 'node:fs';

export async function load(url, context, next) {
  if (process.env.COPYDESK_TEST_LOAD_LOG) appendFileSync(process.env.COPYDESK_TEST_LOAD_LOG, `${url}\n`);
  return next(url, context);
}
