/**
 * The state's high-water mark: a one-line file beside the database (`state.db.mark`) that
 * records the database's id and the highest change count a writer has seen committed.
 *
 * The database counts its own changes (see integrity.ts) in the same transactions as the
 * rows, so whatever the database file holds, its count matches its rows. The mark lives in
 * another file, outside SQLite's WAL, and is written after each commit. A database whose
 * count is below its mark has lost commits it had made: a deleted or truncated -wal file, a
 * copy restored over it, a power cut that took the last commits. Without the mark such a
 * database looks healthy and the crawl would quietly write those articles again.
 *
 * The line has a fixed width and is rewritten in place with one pwrite, so a reader sees the
 * old line or the new one, never half of each. No fsync: a killed process loses nothing it
 * wrote, and after a power cut a mark ahead of the database means commits were lost, which
 * is true.
 */
import { closeSync, openSync, readFileSync, writeSync } from 'node:fs';
import { stateFileError, writeAtomically } from './files.js';

export interface Mark {
  id: string;
  seq: number;
}

export const MARK_SUFFIX = '.mark';
const SEQ_DIGITS = 16;
const LINE = /^copydesk-state-mark 1 ([0-9a-f-]{36}) (\d{16})\n$/;

export function markPath(dbPath: string): string {
  return dbPath + MARK_SUFFIX;
}

function line(mark: Mark): string {
  return `copydesk-state-mark 1 ${mark.id} ${String(mark.seq).padStart(SEQ_DIGITS, '0')}\n`;
}

/** The mark, or null when there is none or it cannot be read (then nothing can be compared). */
export function readMark(path: string): Mark | null {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return null;
  }
  const m = LINE.exec(text);
  return m ? { id: m[1] as string, seq: Number(m[2]) } : null;
}

/** Writes a whole new mark file atomically; no temp file stays on failure. */
export function createMark(path: string, mark: Mark): void {
  writeAtomically(path, line(mark), 'the state mark');
}

/** The mark held open by the one writer (the lock holder), moved forward after commits. */
export class MarkWriter {
  private fd: number | null;
  private seq: number;

  constructor(readonly path: string, private readonly id: string, seq: number) {
    createMark(path, { id, seq });
    this.seq = seq;
    try {
      this.fd = openSync(path, 'r+');
    } catch (err) {
      throw stateFileError('open the state mark', path, err);
    }
  }

  /** Records a committed count; never moves back. */
  advance(seq: number): void {
    if (seq <= this.seq || this.fd === null) return;
    const buf = Buffer.from(line({ id: this.id, seq }));
    try {
      writeSync(this.fd, buf, 0, buf.length, 0);
    } catch (err) {
      throw stateFileError('update the state mark', this.path, err);
    }
    this.seq = seq;
  }

  close(): void {
    if (this.fd === null) return;
    closeSync(this.fd);
    this.fd = null;
  }
}
