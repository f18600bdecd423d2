/**
 * URL lists from arguments, `-` (stdin) or --input FILE: one per line, blank lines and
 * `#` comments skipped.
 */
import { createReadStream } from 'node:fs';
import { constants } from 'node:fs';
import { access, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { CopydeskError } from '../errors.js';

/** Lines of a URL list: trimmed, without a byte-order mark, blank lines and `#` comments. */
export async function* readLines(stream: Readable): AsyncGenerator<string> {
  const rl = createInterface({ input: stream, crlfDelay: Infinity });
  let first = true;
  for await (const raw of rl) {
    const line = (first ? raw.replace(/^\ufeff/, '') : raw).trim();
    first = false;
    if (line && !line.startsWith('#')) yield line;
  }
}

/** Checks a file can be read before any work starts, so a typo is a usage error (exit 2). */
export async function openInputFile(path: string, cwd: string): Promise<Readable> {
  const full = resolve(cwd, path);
  try {
    await access(full, constants.R_OK);
    if ((await stat(full)).isDirectory()) throw new Error('it is a directory');
  } catch (err) {
    const reason = (err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (err as Error).message;
    throw new CopydeskError('USAGE', `cannot read input file ${path}: ${reason}`, { cause: err });
  }
  return createReadStream(full);
}

export async function* urlsFrom(args: string[], stdin: Readable, inputFile: Readable | null): AsyncGenerator<string> {
  for (const arg of args) {
    if (arg === '-') yield* readLines(stdin);
    else yield arg;
  }
  if (inputFile) yield* readLines(inputFile);
}
