import type { Io } from './io.js';

/** What every command gets: the streams, and a place to leave its exit code. */
export interface CommandContext {
  io: Io;
  exitCode: number;
}
