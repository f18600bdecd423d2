/**
 * The scanner: walks the text line by line and pairs opening and closing quotation marks
 * with a stack, so nested quotes stay inside the outer one and a quote left open at the end
 * of a paragraph carries into the next when that paragraph reopens it.
 */
import { ALL_MARKS, CLOSE_AFTER, DIGIT, LETTER, LETTER_OR_DIGIT, OPEN_BEFORE, OPENERS } from './marks.js';
import type { Family } from './marks.js';

/** A line of text: paragraphs are made of one or more lines. */
export interface Line {
  start: number;
  end: number;
  paragraph: number;
}

/** A top-level quotation as found: positions of its marks and text. */
export interface RawQuote {
  /** Index of the opening mark. */
  open: number;
  /** Index of the closing mark, or -1 when the quote runs to the end of its last line. */
  close: number;
  /** Index just after the closing mark (or the end of the last line when unclosed). */
  closeEnd: number;
  /** Text span (after trimming spaces inside the marks). */
  textStart: number;
  textEnd: number;
  /** Index of the first and last line (into the lines array). */
  firstLine: number;
  lastLine: number;
  /** Opening marks that reopen the quote at the start of continued paragraphs. */
  reopens: number[];
}

interface Open {
  mark: string;
  family: Family;
  closers: string;
  pos: number;
}

/** Splits text into non-blank lines; paragraphs are counted at blank lines or, when
 * `eachLine` is set, at every line. */
export function splitLines(text: string, eachLine: boolean): Line[] {
  const lines: Line[] = [];
  let paragraph = -1;
  let sawBlank = true;
  const re = /[^\n]*/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const raw = m[0];
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim();
    if (!body) {
      if (m.index < text.length) sawBlank = true;
    } else {
      if (sawBlank || eachLine) paragraph++;
      sawBlank = false;
      lines.push({ start: m.index + lead, end: m.index + lead + body.length, paragraph });
    }
    re.lastIndex = m.index + raw.length + 1;
    if (re.lastIndex > text.length) break;
  }
  return lines;
}

const isSpace = (c: string | undefined): boolean => c === undefined || /\s/u.test(c);
const opensAfter = (prev: string | undefined): boolean => prev === undefined || OPEN_BEFORE.test(prev);
const closesBefore = (next: string | undefined): boolean => next === undefined || CLOSE_AFTER.test(next);

/**
 * Quotations nested deeper than this are not writing: past it a mark that would open one more
 * is read as stray. It keeps every look at the open marks constant-time, so a line of
 * thousands of unclosed marks ('word 'word …) stays linear.
 */
export const MAX_NESTING = 16;

/**
 * Answers "is there, later on the line, a mark of these characters in a closing position?"
 * for one line. The scanner asks from positions that only move forward, so each answer is
 * remembered: the first closer found from `from` also answers every later `from` up to it,
 * and each character of the line is looked at once per set of marks (linear, not quadratic).
 */
class CloserFinder {
  private readonly found = new Map<string, { from: number; at: number }>();

  constructor(
    private readonly text: string,
    private readonly end: number,
  ) {}

  ahead(from: number, marks: string): boolean {
    const memo = this.found.get(marks);
    if (memo && memo.from <= from && (memo.at === -1 || memo.at >= from)) return memo.at !== -1;
    const scanFrom = memo && memo.from <= from && memo.at !== -1 ? Math.max(from, memo.at + 1) : from;
    const at = this.first(scanFrom, marks);
    this.found.set(marks, { from, at });
    return at !== -1;
  }

  private first(from: number, marks: string): number {
    const { text, end } = this;
    for (let i = from; i < end; i++) {
      const c = text[i] as string;
      if (marks.includes(c) && !isSpace(text[i - 1]) && closesBefore(i + 1 < end ? text[i + 1] : undefined)) {
        // A letter on both sides is an apostrophe, not a closer.
        if (!(LETTER.test(text[i - 1] ?? '') && LETTER.test(text[i + 1] ?? ''))) return i;
      }
    }
    return -1;
  }
}

type Action = 'open' | 'close' | 'skip';

/** What follows an apostrophe typed as an opening single mark: 't, 's, 'em, 'til, 'n'. */
const CONTRACTION = /^(?:t|s|d|m|ll|re|ve|em|til|cause|n)(?![\p{L}\p{N}])/u;

/** Decides what a mark does from its neighbours and what is open. */
function decide(text: string, i: number, end: number, stack: readonly Open[], closers: CloserFinder): Action {
  const c = text[i] as string;
  const prev = text[i - 1];
  const next = i + 1 < end ? text[i + 1] : undefined;
  const openOf = (family: Family): Open | undefined => {
    for (let k = stack.length - 1; k >= 0; k--) if (stack[k]?.family === family) return stack[k];
    return undefined;
  };
  switch (c) {
    case '\u201c': {
      // Closes a German „…“ (or a mistyped “…“) when it sits after text and before a break.
      const open = openOf('double');
      if (open && !isSpace(prev) && closesBefore(next)) return 'close';
      return isSpace(next) && !opensAfter(prev) ? 'skip' : 'open';
    }
    case '\u201d': {
      if (openOf('double')) return 'close';
      // Swedish and mistyped ”…” openers: after a space and before a letter.
      return opensAfter(prev) && next !== undefined && LETTER_OR_DIGIT.test(next) && closers.ahead(i + 1, '\u201d"') ? 'open' : 'skip';
    }
    case '"': {
      const open = openOf('double');
      const canOpen = opensAfter(prev) && !isSpace(next);
      const canClose = !isSpace(prev) && closesBefore(next);
      if (open && canClose) return 'close';
      if (canOpen) return 'open';
      if (open && !isSpace(prev)) return 'close';
      return 'skip'; // inch marks (12" pipe) and stray marks
    }
    case '\u2018': {
      const open = openOf('single');
      if (open && open.mark === '\u201a' && !isSpace(prev) && closesBefore(next)) return 'close';
      // A lone ‘ between spaces cannot open; inside an open single quote it is a sloppy closer.
      if (open && isSpace(prev) && isSpace(next)) return 'close';
      if (next !== undefined && DIGIT.test(next)) return 'skip'; // ‘90s typed with the wrong mark
      if (CONTRACTION.test(text.slice(i + 1, i + 7))) return 'skip'; // isn ‘t, rock ‘n’ roll
      return opensAfter(prev) && !isSpace(next) ? 'open' : 'skip';
    }
    case '\u2019':
    case "'": {
      const letterBefore = prev !== undefined && LETTER_OR_DIGIT.test(prev);
      const letterAfter = next !== undefined && LETTER_OR_DIGIT.test(next);
      if (letterBefore && letterAfter) return 'skip'; // don’t, Putin’s, rock’n’roll
      if (opensAfter(prev) && next !== undefined && DIGIT.test(next)) return 'skip'; // ’90s
      // The second mark of rock 'n' roll, whose first was read as a contraction's.
      if (prev === 'n' && /[\s(]['\u2018\u2019]$/u.test(text.slice(Math.max(0, i - 3), i - 1))) return 'skip';
      const open = openOf('single');
      if (open && !isSpace(prev) && closesBefore(next)) {
        // Plural possessive inside a single-quoted passage: the players’ union … ’
        if (prev === 's' && next === ' ' && /\p{Ll}/u.test(text[i + 2] ?? '') && closers.ahead(i + 2, '\u2019\'')) return 'skip';
        return 'close';
      }
      if (c === "'" && opensAfter(prev) && letterAfter && !CONTRACTION.test(text.slice(i + 1, i + 7)) && closers.ahead(i + 1, "'\u2019")) return 'open';
      return 'skip';
    }
    case '\u00ab':
    case '\u00bb':
    case '\u2039':
    case '\u203a': {
      const spec = OPENERS[c];
      const open = spec && openOf(spec.family);
      if (open && open.closers.includes(c)) return 'close';
      return 'open';
    }
    case '\u300d':
    case '\u300f':
      return stack.some((o) => o.closers.includes(c)) ? 'close' : 'skip';
    default:
      return OPENERS[c] ? 'open' : 'skip';
  }
}

const NEXT_MARK = new RegExp(`[${[...ALL_MARKS].join('')}]`, 'g');

/**
 * Answers "where is the first quotation mark at or after `from`?" for the scanner, which asks
 * on every line. A search runs on past the line to the next mark in the whole text, so asked
 * afresh each time it cost one read to the text's end per line when marks are few (quadratic:
 * a 3 MB page with no mark at all ran past the worker's budget). Each answer is remembered
 * instead: the mark found from `from` is also the first one from any later position up to it,
 * so the text between two marks is searched once.
 */
class MarkFinder {
  /** Where the last search started, and the mark it found (the text's length when none). */
  private from = 0;
  private at = -1;

  constructor(private readonly text: string) {}

  next(from: number): number {
    if (this.from <= from && from <= this.at) return this.at;
    NEXT_MARK.lastIndex = from;
    const found = NEXT_MARK.exec(this.text);
    this.from = from;
    this.at = found ? found.index : this.text.length;
    return this.at;
  }
}

/** Finds the top-level quotations in `text`. */
export function scanQuotes(text: string, lines: readonly Line[]): RawQuote[] {
  const out: RawQuote[] = [];
  const stack: Open[] = [];
  let current: { open: number; openLen: number; firstLine: number; reopens: number[] } | null = null;

  const emit = (close: number, lastLine: number, endOfText: number, closeLen = 1): void => {
    if (!current) return;
    let textStart = current.open + current.openLen;
    let textEnd = close >= 0 ? close : endOfText;
    while (textStart < textEnd && /\s/u.test(text[textStart] ?? '')) textStart++;
    while (textEnd > textStart && /\s/u.test(text[textEnd - 1] ?? '')) textEnd--;
    const closeEnd = close >= 0 ? close + closeLen : endOfText;
    out.push({ open: current.open, close, closeEnd, textStart, textEnd, firstLine: current.firstLine, lastLine, reopens: current.reopens });
    current = null;
  };

  const marks = new MarkFinder(text);
  // The next line's finder is made when the reopening check looks at it, then reused.
  let nextFinder: CloserFinder | null = null;
  for (let li = 0; li < lines.length; li++) {
    const line = lines[li] as Line;
    const closers = nextFinder ?? new CloserFinder(text, line.end);
    nextFinder = null;
    let i = line.start;
    if (current && stack.length) {
      // Continued from the previous paragraph: skip the reopening mark.
      current.reopens.push(i);
      i++;
    }
    for (; i < line.end; i++) {
      // Jump to the next quotation mark: most characters are none.
      if (!ALL_MARKS.has(text[i] as string)) {
        const next = marks.next(i);
        if (next >= line.end) break;
        i = next;
      }
      const c = text[i] as string;
      // Doubled single marks stand for double ones: ‘‘…’’ (and ’’ closing a “…).
      if ((c === '\u2018' || c === '\u2019') && text[i + 1] === c) {
        const open = stack.findLast((o) => o.family === 'double');
        if (c === '\u2019' && open) {
          stack.length = stack.indexOf(open);
          if (!stack.length) emit(i, li, line.end, 2);
        } else if (c === '\u2018' && stack.length < MAX_NESTING) {
          if (!stack.length) current = { open: i, openLen: 2, firstLine: li, reopens: [] };
          stack.push({ mark: '\u201c', family: 'double', closers: '\u201d"\u2019', pos: i });
        }
        i++;
        continue;
      }
      const action = decide(text, i, line.end, stack, closers);
      if (action === 'open') {
        const spec = OPENERS[c];
        if (!spec || stack.length >= MAX_NESTING) continue;
        // The same double mark opening again after a finished sentence inside a quote means
        // the writer forgot to close it: “Glasgow (“No Place Like Home”). “It grabbed me …”
        const outer = stack[0];
        if (stack.length === 1 && outer?.mark === c && spec.family === 'double') {
          let p = i - 1;
          while (p > outer.pos && /\s/u.test(text[p] ?? '')) p--;
          if (p < i - 1 && /[.!?]/u.test(text[p] ?? '')) {
            emit(p + 1, li, line.end, 0);
            stack.length = 0;
          }
        }
        if (!stack.length) current = { open: i, openLen: 1, firstLine: li, reopens: [] };
        stack.push({ mark: c, family: spec.family, closers: spec.closers, pos: i });
      } else if (action === 'close') {
        let k = stack.length - 1;
        while (k >= 0 && !(stack[k] as Open).closers.includes(c)) k--;
        if (k < 0) continue;
        stack.length = k;
        if (!stack.length) emit(i, li, line.end);
      }
    }
    if (stack.length) {
      const outer = stack[0] as Open;
      const nextLine = lines[li + 1];
      const first = nextLine ? (text[nextLine.start] ?? '') : '';
      if (nextLine) nextFinder = new CloserFinder(text, nextLine.end);
      const reopened = nextLine !== undefined && nextFinder !== null && (first === outer.mark || (OPENERS[first]?.family === outer.family && decide(text, nextLine.start, nextLine.end, [], nextFinder) === 'open'));
      if (reopened) {
        stack.length = 1;
      } else {
        // An unclosed double mark or guillemet ends with its paragraph; a lone single mark
        // is far more often a stray apostrophe than a quotation.
        if (outer.family === 'single') current = null;
        else emit(-1, li, line.end);
        stack.length = 0;
      }
    }
  }
  return out;
}
