/**
 * The streams a command talks to. The CLI runs in-process as run(argv, io), so tests pass
 * their own io and read what was written, with no child process.
 */
import type { Readable, Writable } from 'node:stream';

export interface Io {
  stdout: Writable & { isTTY?: boolean };
  stderr: Writable & { isTTY?: boolean };
  stdin: Readable;
  /** Environment variables (XDG_STATE_HOME, proxies …). */
  env: NodeJS.ProcessEnv;
  /** Working directory for relative paths. */
  cwd: string;
}

export function processIo(): Io {
  return { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, env: process.env, cwd: process.cwd() };
}

const guarded = new WeakSet<Writable>();

/**
 * A reader that stops early (`copydesk … | head -1`) closes the pipe: the next write fails
 * with EPIPE, reported to the writer's callback and then as the stream's 'error' event,
 * which would crash the process without a listener. The listener stays for the stream's
 * life (added once), since the event can come after the command has returned.
 */
export function ignoreStreamErrors(stream: Writable): void {
  if (guarded.has(stream)) return;
  guarded.add(stream);
  stream.on('error', () => undefined);
}

/** Writes and waits until the stream has taken the data (back-pressure and flush); bytes are UTF-8 text. */
export function write(stream: Writable, text: string | Uint8Array): Promise<void> {
  return new Promise((resolve, reject) => {
    stream.write(text, (err) => (err ? reject(err) : resolve()));
  });
}
