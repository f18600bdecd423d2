/**
 * A live progress line on stderr, for batches: shown only when stderr is a terminal (never
 * in a log file or a pipe), redrawn in place, cut to the terminal's width so it never wraps,
 * and cleared before anything else is written to the terminal (a record on stdout, a
 * message), so the two never share a line.
 */
import type { Writable } from 'node:stream';

/** Redraws per second at most: enough to look alive, cheap on a slow terminal. */
const REDRAW_MS = 250;
/** Width assumed when the terminal does not say. */
const DEFAULT_COLUMNS = 80;

export type TtyStream = Writable & { isTTY?: boolean; columns?: number };

export class Progress {
  private shown = false;
  private timer: NodeJS.Timeout | null = null;
  readonly enabled: boolean;

  constructor(
    private readonly stream: TtyStream,
    private readonly render: () => string,
    options: { quiet?: boolean } = {},
  ) {
    this.enabled = Boolean(stream.isTTY) && !options.quiet;
  }

  /** Starts redrawing; a no-op unless stderr is a terminal. */
  start(): this {
    if (this.enabled && !this.timer) {
      this.draw();
      this.timer = setInterval(() => this.draw(), REDRAW_MS);
      this.timer.unref();
    }
    return this;
  }

  draw(): void {
    if (!this.enabled) return;
    const width = Math.max(10, (this.stream.columns ?? DEFAULT_COLUMNS) - 1);
    const line = this.render();
    this.stream.write(`\r\x1b[K${line.length > width ? `${line.slice(0, width - 1)}…` : line}`);
    this.shown = true;
  }

  /** Removes the line, so the next write starts on a clean one; the next tick draws it again. */
  clear(): void {
    if (!this.shown) return;
    this.stream.write('\r\x1b[K');
    this.shown = false;
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    this.clear();
  }
}
