/**
 * An in-memory Io for run(argv, io): what the command wrote to stdout and stderr, and a
 * stdin fed from a string. `tty` makes stdout look like a terminal.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import type { Io } from '../../src/cli/io.js';
import { run } from '../../src/cli/run.js';

export interface Captured {
  code: number;
  stdout: string;
  stderr: string;
}

export function memoryIo(opts: { stdin?: string; tty?: boolean; cwd?: string } = {}): { io: Io; out: () => string; err: () => string } {
  const stdout = new PassThrough() as PassThrough & { isTTY?: boolean };
  const stderr = new PassThrough();
  if (opts.tty) stdout.isTTY = true;
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  stdout.on('data', (c: Buffer) => out.push(c));
  stderr.on('data', (c: Buffer) => err.push(c));
  const io: Io = {
    stdout,
    stderr,
    stdin: Readable.from([Buffer.from(opts.stdin ?? '')]),
    env: {},
    cwd: opts.cwd ?? process.cwd(),
  };
  return { io, out: () => Buffer.concat(out).toString('utf8'), err: () => Buffer.concat(err).toString('utf8') };
}

export async function runCli(argv: string[], opts: { stdin?: string; tty?: boolean; cwd?: string } = {}): Promise<Captured> {
  const { io, out, err } = memoryIo(opts);
  const code = await run(argv, io);
  return { code, stdout: out(), stderr: err() };
}

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'copydesk-cli-'));
}

/** Parses NDJSON, failing on any line that is not a JSON object. */
export function ndjson(text: string): Record<string, unknown>[] {
  return text
    .split('\n')
    .filter((l) => l.length > 0)
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}
