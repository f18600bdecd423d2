/**
 * URL lists from arguments, `-` (stdin) or --input FILE: one per line, blank lines and
 * `#` comments skipped.
 */
import { createReadStream } from 'node:fs';
import { constants } from 'node:fs';
import { access, open, stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { CopydeskError } from '../errors.js';

/** Bytes looked at to tell a text list from binary data. */
const SNIFF_BYTES = 8192;
/** Control characters that never appear in a text list (tab, CR, LF and form feed do). */
// eslint-disable-next-line no-control-regex
const BINARY_CHARS = /[\u0000-\u0008\u000e-\u001f\u007f\ufffd]/;

function notText(what: string): CopydeskError {
  return new CopydeskError('USAGE', `${what} is not a text list of URLs (it holds binary data); give one URL per line`);
}

/** Lines of a URL list: trimmed, without a byte-order mark, blank lines and `#` comments. Binary data is a usage error. */
export async function* readLines(stream: Readable, what = 'the input'): AsyncGenerator<string> {
  const rl = createInterface({ input: stream, crlfDelay: Infinity });
  let first = true;
  for await (const raw of rl) {
    const line = (first ? raw.replace(/^\ufeff/, '') : raw).trim();
    first = false;
    if (BINARY_CHARS.test(line)) {
      rl.close();
      throw notText(what);
    }
    if (line && !line.startsWith('#')) yield line;
  }
}

/** Like openInputFile, for a list of URLs: a file that holds binary data is refused before any work starts. */
export async function openUrlList(path: string, cwd: string): Promise<Readable> {
  const stream = await openInputFile(path, cwd);
  const handle = await open(resolve(cwd, path), 'r');
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(SNIFF_BYTES), 0, SNIFF_BYTES, 0);
    // A multi-byte character cut at the end of the sample is not binary: drop the last 3 bytes.
    const sample = buffer.subarray(0, bytesRead < SNIFF_BYTES ? bytesRead : bytesRead - 3).toString('utf8');
    if (BINARY_CHARS.test(sample)) {
      stream.destroy();
      throw notText(path);
    }
  } finally {
    await handle.close();
  }
  return stream;
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
    if (arg === '-') yield* readLines(stdin, 'stdin');
    else yield arg;
  }
  if (inputFile) yield* readLines(inputFile, inputFile === stdin ? 'stdin' : '--input');
}

/**
 * A file an option names for output (--summary-json, --pages), checked before the run: its
 * folder must exist and be writable, and the path must not be a folder. A long crawl or
 * benchmark otherwise ran to its end and then failed to write its one file.
 */
export async function checkOutputFile(path: string, cwd: string, option: string): Promise<string> {
  const full = resolve(cwd, path);
  const folder = dirname(full);
  const isDir = await stat(folder).then((s) => s.isDirectory(), () => false);
  if (!isDir) throw new CopydeskError('USAGE', `${option} ${path}: the folder ${folder} does not exist`);
  if (await stat(full).then((s) => s.isDirectory(), () => false)) throw new CopydeskError('USAGE', `${option} ${path} is a folder, not a file`);
  await access(folder, constants.W_OK).catch(() => {
    throw new CopydeskError('USAGE', `${option} ${path}: the folder ${folder} is not writable`);
  });
  return full;
}
