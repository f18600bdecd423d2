// Module hooks for the start-up test: reports every module URL node resolves, on stderr.
import { writeSync } from 'node:fs';

export async function resolve(specifier, context, next) {
  const result = await next(specifier, context);
  writeSync(2, `loaded ${result.url}\n`);
  return result;
}
