/**
 * Ctrl-C in a batch: the record in hand is finished and written, the output closed (a JSON
 * array ends with its bracket), and the command exits 130. A second Ctrl-C ends the
 * process at once, as the terminal's user expects.
 */
export interface Interrupt {
  /** The signal received, or null. */
  readonly signal: NodeJS.Signals | null;
  dispose(): void;
}

export function watchInterrupt(onFirst?: (signal: NodeJS.Signals) => void): Interrupt {
  let received: NodeJS.Signals | null = null;
  const handler = (sig: NodeJS.Signals): void => {
    if (received) {
      dispose();
      process.kill(process.pid, sig);
      return;
    }
    received = sig;
    onFirst?.(sig);
  };
  const onInt = (): void => handler('SIGINT');
  const onTerm = (): void => handler('SIGTERM');
  const dispose = (): void => {
    process.off('SIGINT', onInt);
    process.off('SIGTERM', onTerm);
  };
  process.on('SIGINT', onInt);
  process.on('SIGTERM', onTerm);
  return {
    get signal() {
      return received;
    },
    dispose,
  };
}
