/**
 * Where records go: stdout in the chosen format, notes for people on stderr, and a tally
 * that becomes the exit code. In the JSON formats an error record is data and goes to
 * stdout like any record; in text and markdown it has no place there, so only its note
 * on stderr remains.
 *
 * --format json stays valid JSON whatever the count: one record is one object, several
 * are one array. The first record is held until a second one (or the end) says which.
 *
 * With --out DIR, each article goes to a file of its own instead, named and written as a
 * crawl's (src/record/outdir.ts, paths.ts): JSON for json and ndjson, .txt and .md for the
 * human formats. Error records then have only their note on stderr.
 */
import type { OutputFormat } from '../config.js';
import { csvHeader } from '../record/csv.js';
import { isPrepared, prepareRecord } from '../record/prepared.js';
import type { PreparedRecord } from '../record/prepared.js';
import type { CopydeskRecord } from '../record/types.js';
import { resolve } from 'node:path';
import { CopydeskError } from '../errors.js';
import { OutDir } from '../record/outdir.js';
import type { Io } from './io.js';
import { write } from './io.js';
import type { Progress } from './progress.js';

/**
 * Between two records in the human formats. Text bodies have blank lines between their
 * paragraphs, so a blank line alone would not show where one article ends: a rule does.
 */
const SEPARATORS: Partial<Record<OutputFormat, string>> = { text: `\n${'='.repeat(72)}\n\n`, markdown: '\n---\n\n', html: '\n' };

/** Pretty JSON of one record as an element of the array: every line indented once more. */
function arrayElement(json: string): string {
  return json.trimEnd().replace(/^/gm, '  ');
}

export class RecordSink {
  written = 0;
  failed = 0;
  /** Records left out by --lang: not written, not failures. */
  otherLang = 0;
  private printed = 0;
  /** --format json: the first record, until it is known whether an array is needed. */
  private heldJson: string | null = null;

  constructor(
    private readonly io: Io,
    private readonly format: OutputFormat,
    private readonly quiet: boolean,
    private readonly options: { progress?: Progress; out?: OutDir | null; keepLang?: ((lang: string | null) => boolean) | null } = {},
  ) {}

  /**
   * Writes a record, or a record a worker already made ready for output in this sink's
   * format (src/record/prepared.ts); both give the same bytes.
   */
  async put(item: CopydeskRecord | PreparedRecord): Promise<void> {
    // A progress line on the terminal would end up in front of the record: cleared first.
    this.options.progress?.clear();
    const { out } = this.options;
    const { summary, text, path } = isPrepared(item) ? item : prepareRecord(item, { format: this.format, out: Boolean(out) });
    const keepLang = this.options.keepLang;
    if (keepLang && !summary.error && !keepLang(summary.lang)) {
      this.otherLang++;
      return;
    }
    if (summary.error) {
      this.failed++;
      if (!this.quiet) await write(this.io.stderr, `copydesk: ${summary.url || '(input)'}: ${summary.error.code}: ${oneLine(summary.error.message)}\n`);
    } else {
      if (out) {
        // A failed write (a full disk) is an OUTPUT error that ends the run: not counted as written.
        await out.write(path ?? '', typeof text === 'string' ? text : new TextDecoder().decode(text ?? new Uint8Array()));
        this.written++;
        return;
      }
      this.written++;
    }
    if (out || text === null) return;
    this.printed++;
    if (this.format === 'json') return this.putJson(typeof text === 'string' ? text : new TextDecoder().decode(text));
    // CSV has its header once, before the first row (or alone at the end when no row came).
    const separator = this.printed > 1 ? (SEPARATORS[this.format] ?? '') : this.format === 'csv' ? csvHeader() : '';
    if (typeof text === 'string') await write(this.io.stdout, separator + text);
    else {
      if (separator) await write(this.io.stdout, separator);
      await write(this.io.stdout, text);
    }
  }

  private async putJson(text: string): Promise<void> {
    if (this.printed === 1) {
      this.heldJson = text;
      return;
    }
    if (this.heldJson !== null) {
      const first = this.heldJson;
      this.heldJson = null;
      await write(this.io.stdout, `[\n${arrayElement(first)},\n${arrayElement(text)}`);
      return;
    }
    await write(this.io.stdout, `,\n${arrayElement(text)}`);
  }

  /** Ends the output (the held record, or the array's close) and adds a closing note on stderr when some pages failed. */
  async finish(): Promise<void> {
    this.options.progress?.stop();
    const toStdout = !this.options.out;
    if (this.heldJson !== null) await write(this.io.stdout, this.heldJson);
    else if (this.format === 'json' && this.printed > 1) await write(this.io.stdout, '\n]\n');
    // No record at all: still a document of its kind, an empty array or a header alone.
    else if (toStdout && this.format === 'json' && this.printed === 0) await write(this.io.stdout, '[]\n');
    else if (toStdout && this.format === 'csv' && this.printed === 0) await write(this.io.stdout, csvHeader());
    this.heldJson = null;
    if (this.otherLang > 0 && !this.quiet) await write(this.io.stderr, `copydesk: skipped ${this.otherLang} in other languages (--lang)\n`);
    if (this.failed > 0 && !this.quiet && this.written + this.failed > 1) {
      await write(this.io.stderr, `copydesk: ${this.failed} of ${this.written + this.failed} pages failed\n`);
    }
    const { out } = this.options;
    if (out && !this.quiet) await write(this.io.stderr, `copydesk: ${this.written} record${this.written === 1 ? '' : 's'} written to ${out.root}\n`);
  }

  /** For the progress line: "12 pages · 1 failed". */
  tally(): string {
    const done = this.written + this.failed + this.otherLang;
    return `${done} page${done === 1 ? '' : 's'}${this.failed ? ` · ${this.failed} failed` : ''}${this.otherLang ? ` · ${this.otherLang} other languages` : ''}`;
  }

  /** 0 when every record was written, 1 when some pages failed. */
  exitCode(): number {
    return this.failed > 0 ? 1 : 0;
  }
}

function oneLine(message: string): string {
  return message.replace(/\s*\n\s*/g, ' ');
}

/** The --out folder, created and cleared of a killed run's leftovers; a folder that cannot be made is a usage error. */
export async function openOutDir(dir: string | undefined, cwd: string): Promise<OutDir | null> {
  if (dir === undefined) return null;
  const out = new OutDir(resolve(cwd, dir));
  await out.prepare().catch((err: unknown) => {
    throw new CopydeskError('USAGE', `--out ${dir}: ${(err as Error).message}`, { cause: err });
  });
  return out;
}
