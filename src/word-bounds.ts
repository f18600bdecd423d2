/**
 * Faster word boundaries for the rules' regular expressions, with the same meaning.
 *
 * V8 runs `\b` slowly under the `iu` flags the rules use (case-insensitive, Unicode): it then
 * reads every position of the line instead of jumping to where the pattern's first literal
 * letters occur. On lines of body text, a phrase list opening on `\b(?:…|…)` took 20 µs a line
 * with `iu` and 0.4 µs without `u`, and was the most expensive single test of the clean stage.
 * A one-sided look-around (`(?<!\w)`, `(?!\w)`) keeps the fast path.
 *
 * `\b` means "a word character on exactly one side". Where one side is known, by the pattern
 * itself, to be a word character, the boundary is the other side not being one; where it is
 * known not to be one, the other side being one. So `\bfoo` is `(?<!\w)foo`, `foo\b` is
 * `foo(?!\w)`, `\b(?:a|b)` is `(?<!\w)(?:a|b)` when every alternative opens on a word
 * character, and `\bé` is `(?<=\w)é` (é is no word character for `\b`, as under `iu` only
 * ASCII letters, digits, `_`, U+017F and U+212A are). Every other `\b` is left as written, so
 * the rewritten pattern matches exactly the strings the original matches.
 *
 * Rules write `\b` as usual and are passed through wordBounds() where they are defined;
 * test/word-bounds.test.ts holds every exported rule to that.
 */

/** A term of a pattern: what it matches first and last, when the pattern says so. */
type Edge = 'word' | 'other' | 'unknown';

interface Term {
  /** Its text in the pattern, quantifier included. */
  text: string;
  /** A `\b` term, to be rewritten. */
  boundary: boolean;
  /** Zero-width (an assertion or a look-around): neither edge. */
  empty: boolean;
  /** The character class of its first and last character matched; 'unknown' when it may match nothing. */
  first: Edge;
  last: Edge;
}

const WORD_CHAR = /^[A-Za-z0-9_]$/;
/** Characters that fold to a word character under `iu` (ſ to s, the Kelvin sign to k). */
const FOLDS_TO_WORD = new Set(['\u017f', '\u212a']);

function literalEdge(ch: string): Edge {
  if (WORD_CHAR.test(ch) || FOLDS_TO_WORD.has(ch)) return 'word';
  return 'other';
}

/** Rewrites the `\b`s of a case-insensitive Unicode pattern whose neighbours decide them (see above). */
export function wordBounds(re: RegExp): RegExp {
  if (!re.flags.includes('u') || !re.flags.includes('i') || !re.source.includes('\\b')) return re;
  const source = rewrite(re.source);
  return source === re.source ? re : new RegExp(source, re.flags);
}

/** The rewritten source; exported for tests. */
export function rewrite(source: string): string {
  const parser = new Parser(source);
  const out = parser.alternation();
  if (parser.at < source.length) throw new Error(`wordBounds: unbalanced pattern at ${parser.at}: ${source}`);
  return out.text;
}

class Parser {
  at = 0;
  constructor(private readonly src: string) {}

  /** Alternatives up to a closing bracket or the end: their text, and the edges all of them share. */
  alternation(): { text: string; first: Edge; last: Edge } {
    const alternatives = [this.sequence()];
    while (this.src[this.at] === '|') {
      this.at++;
      alternatives.push(this.sequence());
    }
    const shared = (edges: Edge[]): Edge => (edges.every((e) => e === edges[0]) ? (edges[0] ?? 'unknown') : 'unknown');
    return {
      text: alternatives.map((a) => a.text).join('|'),
      first: shared(alternatives.map((a) => a.first)),
      last: shared(alternatives.map((a) => a.last)),
    };
  }

  sequence(): { text: string; first: Edge; last: Edge } {
    const terms: Term[] = [];
    while (this.at < this.src.length && this.src[this.at] !== '|' && this.src[this.at] !== ')') terms.push(this.term());
    const edgeAfter = (i: number): Edge => {
      for (let j = i + 1; j < terms.length; j++) if (!terms[j]!.empty) return terms[j]!.first;
      return 'unknown';
    };
    const edgeBefore = (i: number): Edge => {
      for (let j = i - 1; j >= 0; j--) if (!terms[j]!.empty) return terms[j]!.last;
      return 'unknown';
    };
    const text = terms
      .map((t, i) => {
        if (!t.boundary) return t.text;
        const after = edgeAfter(i);
        if (after === 'word') return '(?<!\\w)';
        if (after === 'other') return '(?<=\\w)';
        const before = edgeBefore(i);
        if (before === 'word') return '(?!\\w)';
        if (before === 'other') return '(?=\\w)';
        return t.text;
      })
      .join('');
    const firstTerm = terms.find((t) => !t.empty);
    const lastTerm = [...terms].reverse().find((t) => !t.empty);
    return { text, first: firstTerm?.first ?? 'unknown', last: lastTerm?.last ?? 'unknown' };
  }

  term(): Term {
    const start = this.at;
    const ch = this.src[this.at]!;
    let first: Edge = 'unknown';
    let last: Edge = 'unknown';
    let empty = false;
    let boundary = false;
    let inner: string | null = null;
    if (ch === '\\') {
      const next = this.src[this.at + 1] ?? '';
      this.at += 2;
      if (next === 'b') boundary = empty = true;
      else if (next === 'B') empty = true;
      else if (next === 'd' || next === 'w') first = last = 'word';
      else if (next === 'p' || next === 'P' || next === 'u' || next === 'k') {
        // \p{…}, \u{…} or \uXXXX, \k<name>: read to its end; what it matches is not judged.
        if (this.src[this.at] === '{') this.at = this.src.indexOf('}', this.at) + 1;
        else if (this.src[this.at] === '<') this.at = this.src.indexOf('>', this.at) + 1;
        else if (next === 'u') this.at += 4;
      } else if (next === 'x') this.at += 2;
      else if (next === 'c') this.at += 1;
      else if (/[0-9]/.test(next)) while (/[0-9]/.test(this.src[this.at] ?? '')) this.at++;
      // White space and control escapes are never word characters; \S, \D, \W and \0 are left unjudged.
      else if ('snrtfv'.includes(next)) first = last = 'other';
      else if (!'SDW0'.includes(next)) first = last = literalEdge(next);
    } else if (ch === '[') {
      this.at++;
      if (this.src[this.at] === '^') this.at++;
      if (this.src[this.at] === ']') this.at++;
      while (this.at < this.src.length && this.src[this.at] !== ']') this.at += this.src[this.at] === '\\' ? 2 : 1;
      this.at++;
    } else if (ch === '(') {
      this.at++;
      let kind = '';
      if (this.src[this.at] === '?') {
        const m = /^\?(?::|=|!|<=|<!|<[A-Za-z_$][\w$]*>)/.exec(this.src.slice(this.at));
        if (!m) throw new Error(`wordBounds: unknown group at ${this.at}: ${this.src}`);
        kind = m[0];
        this.at += kind.length;
      }
      const body = this.alternation();
      if (this.src[this.at] !== ')') throw new Error(`wordBounds: unclosed group: ${this.src}`);
      this.at++;
      inner = `(${kind}${body.text})`;
      if (kind === '?=' || kind === '?!' || kind === '?<=' || kind === '?<!') empty = true;
      else [first, last] = [body.first, body.last];
    } else if (ch === '^' || ch === '$') {
      this.at++;
      empty = true;
    } else if (ch === '.') {
      this.at++;
    } else {
      this.at++;
      first = last = literalEdge(ch);
    }
    const atom = inner ?? this.src.slice(start, this.at);
    const quantifier = /^(?:[*+?]|\{\d+(?:,\d*)?\})\??/.exec(this.src.slice(this.at))?.[0] ?? '';
    this.at += quantifier.length;
    // A term that may be absent decides neither of its neighbours' edges.
    if (quantifier && !/^(?:\+|\{[1-9])/.test(quantifier)) first = last = 'unknown';
    return { text: atom + quantifier, boundary, empty, first, last };
  }
}

/** Escapes that name no letter of their own: classes, properties, boundaries, control characters, group names. */
const NAMED_ESCAPE = /\\(?:[pP]\{[^}]*\}|c[A-Za-z]|[bBwWdDsSfnrtv0]|k<[^>]*>)|\(\?<[^>=!]*>/g;
/** Code points written as escapes, read as the characters they are. */
const CODE_POINT_ESCAPE = /\\(?:u\{([0-9a-fA-F]+)\}|u([0-9a-fA-F]{4})|x([0-9a-fA-F]{2}))/g;
/** Properties whose meaning under `i` is not their own: cased letters, or letters that case-mapping changes. */
const CASED_PROPERTY = /\\[pP]\{(?:(?:gc|General_Category)=)?(?:Lu|Ll|Lt|LC|Uppercase_Letter|Lowercase_Letter|Titlecase_Letter|Cased_Letter|Upper|Lower|Uppercase|Lowercase|Cased|Changes_When_\w+|CW\w+)\}/;

/**
 * A case-insensitive Unicode rule without its `i`, to test lower-cased text with: the same
 * lines match. V8 compiles a pattern under `i` with every letter's case folding, three to five
 * times as slowly (LEGAL_LINE, 7,000 characters: some 300 ms over its first two lines against
 * 90; the 89 sign-off patterns 270 ms against 55), and does it again in every process and
 * worker. Null for a pattern that spells a letter in upper case or names cased letters
 * (`\p{Lu}` matches every letter under `i`), and for one without `u`: it keeps its flag.
 * Lower-casing differs from the flag's folding only on letters no rule's text meets: the long
 * s (ſ, read as s under `i`), the dotted capital I (İ lower-cases to two characters), the
 * Kelvin sign and Greek's final sigma.
 */
export function withoutCaseFolding(re: RegExp): RegExp | null {
  if (!re.flags.includes('i') || !re.flags.includes('u') || /[gy]/.test(re.flags) || CASED_PROPERTY.test(re.source)) return null;
  const spelled = re.source.replace(NAMED_ESCAPE, '').replace(CODE_POINT_ESCAPE, (_: string, braced?: string, four?: string, two?: string) => String.fromCodePoint(parseInt(braced ?? four ?? two ?? '0', 16)));
  if (/\p{Lu}|\p{Lt}/u.test(spelled)) return null;
  return new RegExp(re.source, re.flags.replace('i', ''));
}

/** A test of `re` that runs its version without case folding on lower-cased text where it has one. */
export function foldedTest(re: RegExp): (text: string, lower?: string) => boolean {
  const folded = withoutCaseFolding(re);
  return folded ? (text, lower = text.toLowerCase()) => folded.test(lower) : (text) => re.test(text);
}
