import { isCopydeskError } from '../errors.js';

/**
 * Exit codes, one home for every command and for run(): 0 every record written, 1 some
 * pages failed (their error records were written), 2 usage error, 3 the state cannot be
 * used as it is (damaged, or lost what it held; see `copydesk state check`), 128 + n after
 * signal n (130 for Ctrl-C), as shells report a command stopped by a signal.
 */
export const EXIT = { OK: 0, SOME_FAILED: 1, USAGE: 2, STATE_UNUSABLE: 3, INTERRUPTED: 130 } as const;

/** The exit code of a run that could not open its state. */
export function stateFailureExit(err: unknown): number {
  return isCopydeskError(err) && (err.code === 'STATE_LOST' || err.code === 'STATE_CORRUPT') ? EXIT.STATE_UNUSABLE : EXIT.SOME_FAILED;
}

const SIGNAL_NUMBERS: Partial<Record<NodeJS.Signals, number>> = { SIGHUP: 1, SIGINT: 2, SIGTERM: 15 };

/** The exit code after a run stopped early by this signal. */
export function signalExit(signal: NodeJS.Signals): number {
  return 128 + (SIGNAL_NUMBERS[signal] ?? 2);
}
