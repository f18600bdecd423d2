/**
 * Where records go: stdout in the chosen format, error notes to stderr in the human
 * formats, and a tally that becomes the exit code.
 */
import type { OutputFormat } from '../config.js';
import { formatRecord } from '../record/serialize.js';
import { isErrorRecord } from '../record/types.js';
import type { CopydeskRecord } from '../record/types.js';
import type { Io } from './io.js';
import { write } from './io.js';

export class RecordSink {
  written = 0;
  failed = 0;

  constructor(
    private readonly io: Io,
    private readonly format: OutputFormat,
    private readonly quiet: boolean,
  ) {}

  async put(record: CopydeskRecord): Promise<void> {
    if (isErrorRecord(record)) {
      this.failed++;
      if (!this.quiet) await write(this.io.stderr, `copydesk: ${record.url || '(input)'}: ${record.error.code}: ${record.error.message}\n`);
    } else {
      this.written++;
    }
    const text = formatRecord(record, this.format);
    if (text !== null) await write(this.io.stdout, text);
  }

  /** 0 when every record was written, 1 when some pages failed. */
  exitCode(): number {
    return this.failed > 0 ? 1 : 0;
  }
}
