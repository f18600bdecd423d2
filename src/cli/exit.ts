/**
 * Exit codes, one home for every command and for run(): 0 every record written, 1 some
 * pages failed (their error records were written), 2 usage error, 128 + n after signal n
 * (130 for Ctrl-C), as shells report a command stopped by a signal.
 */
export const EXIT = { OK: 0, SOME_FAILED: 1, USAGE: 2, INTERRUPTED: 130 } as const;

const SIGNAL_NUMBERS: Partial<Record<NodeJS.Signals, number>> = { SIGHUP: 1, SIGINT: 2, SIGTERM: 15 };

/** The exit code after a run stopped early by this signal. */
export function signalExit(signal: NodeJS.Signals): number {
  return 128 + (SIGNAL_NUMBERS[signal] ?? 2);
}
