/**
 * Where records go: stdout in the chosen format, notes for people on stderr, and a tally
 * that becomes the exit code. In the JSON formats an error record is data and goes to
 * stdout like any record; in text and markdown it has no place there, so only its note
 * on stderr remains.
 */
import type { OutputFormat } from '../config.js';
import { formatRecord } from '../record/serialize.js';
import { isErrorRecord } from '../record/types.js';
import type { CopydeskRecord } from '../record/types.js';
import type { Io } from './io.js';
import { write } from './io.js';
import type { Progress } from './progress.js';

/** Between two articles in the human formats: a blank line, or a rule in Markdown. */
const SEPARATORS: Partial<Record<OutputFormat, string>> = { text: '\n', markdown: '\n---\n\n' };

export class RecordSink {
  written = 0;
  failed = 0;
  private printed = 0;

  constructor(
    private readonly io: Io,
    private readonly format: OutputFormat,
    private readonly quiet: boolean,
    private readonly options: { progress?: Progress } = {},
  ) {}

  async put(record: CopydeskRecord): Promise<void> {
    // A progress line on the terminal would end up in front of the record: cleared first.
    this.options.progress?.clear();
    if (isErrorRecord(record)) {
      this.failed++;
      if (!this.quiet) await write(this.io.stderr, `copydesk: ${record.url || '(input)'}: ${record.error.code}: ${oneLine(record.error.message)}\n`);
    } else {
      this.written++;
    }
    const text = formatRecord(record, this.format);
    if (text === null) return;
    const separator = this.printed > 0 ? (SEPARATORS[this.format] ?? '') : '';
    this.printed++;
    await write(this.io.stdout, separator + text);
  }

  /** A closing note on stderr when some pages failed, so a long run's outcome is visible. */
  async finish(): Promise<void> {
    if (this.failed > 0 && !this.quiet && this.written + this.failed > 1) {
      await write(this.io.stderr, `copydesk: ${this.failed} of ${this.written + this.failed} pages failed\n`);
    }
  }

  /** 0 when every record was written, 1 when some pages failed. */
  exitCode(): number {
    return this.failed > 0 ? 1 : 0;
  }
}

function oneLine(message: string): string {
  return message.replace(/\s*\n\s*/g, ' ');
}
