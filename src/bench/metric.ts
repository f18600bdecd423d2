/**
 * The article-body metric of the zyte article-extraction benchmark, reproduced:
 *   - tokens are maximal runs of word characters as Python's `re` reads `\w` on str:
 *     Unicode letters (L*), characters with a numeric value (N*) and the underscore.
 *     Python's `\w` does NOT take combining marks (Mn, Mc) nor other connector
 *     punctuation, so neither does this class; checked code point by code point against
 *     CPython (the only differences are characters CPython's Unicode tables predate);
 *   - each text becomes a multiset of overlapping 4-token shingles;
 *   - per page tp/fp/fn from the multisets; precision skipped for pages with no predicted
 *     shingles, recall for pages with no true ones;
 *   - P and R are averaged over pages, F1 is the harmonic mean of the averages;
 *   - accuracy is the share of pages whose token list equals the truth's.
 */

const WORD = /[\p{L}\p{N}_]+/gu;
export const SHINGLE_SIZE = 4;

export function tokenize(text: string): string[] {
  return text.match(WORD) ?? [];
}

/** Overlapping n-token shingles as a multiset (shingle → count). */
export function shingles(tokens: readonly string[], size = SHINGLE_SIZE): Map<string, number> {
  const out = new Map<string, number>();
  // A text shorter than one shingle still counts as one (shorter) shingle, as the
  // reference implementation does, so a two-word truth can be matched at all.
  const last = Math.max(1, tokens.length - size + 1);
  if (tokens.length === 0) return out;
  for (let i = 0; i < last; i++) {
    // U+0001 cannot occur inside a token, so the key is unambiguous.
    const key = tokens.slice(i, i + size).join('\u0001');
    out.set(key, (out.get(key) ?? 0) + 1);
  }
  return out;
}

export interface PageCounts {
  tp: number;
  fp: number;
  fn: number;
  /** Token lists identical. */
  exact: boolean;
}

export function countPage(prediction: string, truth: string): PageCounts {
  const pt = tokenize(prediction);
  const tt = tokenize(truth);
  const ps = shingles(pt);
  const ts = shingles(tt);
  let tp = 0;
  let predTotal = 0;
  let truthTotal = 0;
  for (const n of ps.values()) predTotal += n;
  for (const [key, n] of ts) {
    truthTotal += n;
    tp += Math.min(n, ps.get(key) ?? 0);
  }
  const exact = pt.length === tt.length && pt.every((t, i) => t === tt[i]);
  return { tp, fp: predTotal - tp, fn: truthTotal - tp, exact };
}

export function pagePrecision(c: PageCounts): number | null {
  return c.tp + c.fp === 0 ? null : c.tp / (c.tp + c.fp);
}

export function pageRecall(c: PageCounts): number | null {
  return c.tp + c.fn === 0 ? null : c.tp / (c.tp + c.fn);
}

/** Harmonic mean of precision and recall; 0 when both are 0. */
export function f1(precision: number, recall: number): number {
  return precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
}

export interface Scores {
  f1: number;
  precision: number;
  recall: number;
  accuracy: number;
  pages: number;
}

function mean(values: readonly number[]): number {
  return values.length ? values.reduce((a, b) => a + b, 0) / values.length : 0;
}

/** Macro-averaged precision and recall over pages, F1 of the averages, exact-match accuracy. */
export function aggregate(pages: readonly PageCounts[]): Scores {
  const ps = pages.map(pagePrecision).filter((v): v is number => v !== null);
  const rs = pages.map(pageRecall).filter((v): v is number => v !== null);
  const precision = mean(ps);
  const recall = mean(rs);
  return {
    f1: f1(precision, recall),
    precision,
    recall,
    accuracy: pages.length ? pages.filter((p) => p.exact).length / pages.length : 0,
    pages: pages.length,
  };
}

// ---------------------------------------------------------------------------------------
// The WCXB metrics: a bag of lower-cased words for the body, snippets, and the fields.
// ---------------------------------------------------------------------------------------

export interface WordScore {
  precision: number;
  recall: number;
  f1: number;
}

function bag(tokens: readonly string[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const t of tokens) out.set(t, (out.get(t) ?? 0) + 1);
  return out;
}

/**
 * Word F1 of one page: precision and recall over the multisets of lower-cased `\w+`
 * tokens. An empty truth scores 1 when the prediction is empty too, else 0; an empty
 * prediction scores 0.
 */
export function wordScore(prediction: string, truth: string): WordScore {
  const pt = tokenize(prediction.toLowerCase());
  const tt = tokenize(truth.toLowerCase());
  if (!tt.length) return pt.length ? { precision: 0, recall: 0, f1: 0 } : { precision: 1, recall: 1, f1: 1 };
  if (!pt.length) return { precision: 0, recall: 0, f1: 0 };
  const truthBag = bag(tt);
  let tp = 0;
  for (const [token, n] of bag(pt)) tp += Math.min(n, truthBag.get(token) ?? 0);
  const precision = tp / pt.length;
  const recall = tp / tt.length;
  return { precision, recall, f1: f1(precision, recall) };
}

function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** How many of the snippets the body contains, whitespace normalised. */
export function snippetsFound(body: string, snippets: readonly string[]): number {
  const hay = squash(body);
  return snippets.filter((s) => squash(s) && hay.includes(squash(s))).length;
}

/** A title as compared: whitespace, case, curly quotes and dashes normalised. */
export function normaliseTitle(title: string): string {
  return squash(title)
    .toLowerCase()
    .replace(/[‘’‚‛′]/g, "'")
    .replace(/[“”„‟″«»]/g, '"')
    .replace(/[‐‑‒–—―−]/g, '-');
}

export function titleRight(predicted: string | null, truth: string): boolean {
  return predicted !== null && normaliseTitle(predicted) === normaliseTitle(truth);
}

/** The dates agree on their first ten characters (YYYY-MM-DD). */
export function dateRight(predicted: string | null, truth: string): boolean {
  return predicted !== null && predicted.slice(0, 10) === truth.slice(0, 10);
}

/** Every word of the true author (less "by" and "and") is among the predicted authors' words. */
export function authorRight(predicted: readonly string[], truth: string): boolean {
  const want = tokenize(truth.toLowerCase()).filter((t) => t !== 'by' && t !== 'and');
  if (!want.length) return false;
  const have = new Set(tokenize(predicted.join(' ').toLowerCase()));
  return want.every((t) => have.has(t));
}
