/**
 * Shared bits for the fetch tests: fast options, a raw TCP server for answers no HTTP
 * library would send, and a way to await a typed failure with its timing.
 */
import { createServer } from 'node:net';
import type { AddressInfo, Server, Socket } from 'node:net';
import { expect } from 'vitest';
import { resolveOptions } from '../../src/config.js';
import type { Options } from '../../src/config.js';
import { CopydeskError } from '../../src/errors.js';
import type { ErrorCode } from '../../src/errors.js';

/** Options with timeouts and back-off small enough for tests; loopback allowed unless overridden. */
export function testOptions(partial: Partial<Options> = {}): Options {
  return resolveOptions({
    connectTimeout: 2_000,
    headersTimeout: 2_000,
    bodyTimeout: 2_000,
    totalTimeout: 8_000,
    retryBaseDelay: 20,
    retryMaxDelay: 500,
    allowPrivate: true,
    ...partial,
  });
}

/** Awaits a promise expected to fail with a CopydeskError; returns it and the time taken. */
export async function failure(promise: Promise<unknown>, code: ErrorCode): Promise<{ error: CopydeskError; ms: number }> {
  const started = performance.now();
  try {
    await promise;
  } catch (err) {
    const ms = performance.now() - started;
    expect(err).toBeInstanceOf(CopydeskError);
    const error = err as CopydeskError;
    expect({ code: error.code, message: error.message }).toMatchObject({ code });
    return { error, ms };
  }
  throw new Error(`expected ${code}, but the promise resolved`);
}

export interface RawServer {
  origin: string;
  port: number;
  /** Connections accepted so far. */
  connections: number;
  close(): Promise<void>;
}

/** A TCP server on 127.0.0.1:0 whose handler writes whatever bytes it likes. */
export async function startRawServer(onSocket: (socket: Socket) => void): Promise<RawServer> {
  const sockets = new Set<Socket>();
  const server: Server = createServer((socket) => {
    state.connections++;
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => {});
    // The client hung up: stop writing to it.
    socket.on('end', () => socket.destroy());
    onSocket(socket);
    // Read (and ignore) what the client sends, so its hang-up is noticed.
    if (socket.listenerCount('data') === 0) socket.resume();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const state: RawServer = {
    origin: `http://127.0.0.1:${port}`,
    port,
    connections: 0,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
  return state;
}

/** Writes `chunk` every `ms` until the socket closes. */
export function drip(socket: Socket, chunk: string | Buffer, ms: number): void {
  const timer = setInterval(() => {
    if (socket.destroyed) clearInterval(timer);
    else socket.write(chunk);
  }, ms);
  socket.on('close', () => clearInterval(timer));
}
