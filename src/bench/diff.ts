/**
 * Which lines of one text the other lacks, judged with the benchmark's own tokens: a line
 * is missing from a text when most of its shingles (or, for a line shorter than a
 * shingle, its token run) do not occur there.
 */
import { SHINGLE_SIZE, shingles, tokenize } from './metric.js';

/** A line counts as present when at least this share of its shingles is found. */
const PRESENT_SHARE = 0.5;

function lines(text: string): string[] {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => tokenize(l).length > 0);
}

/** Lines of `text` that `other` does not contain, in order. */
export function linesMissingFrom(text: string, other: string): string[] {
  const otherTokens = tokenize(other);
  const otherShingles = shingles(otherTokens);
  // Spaces around every token so a short line only matches whole tokens.
  const otherJoined = ` ${otherTokens.join(' ')} `;
  const out: string[] = [];
  for (const line of lines(text)) {
    const tokens = tokenize(line);
    if (tokens.length < SHINGLE_SIZE) {
      if (!otherJoined.includes(` ${tokens.join(' ')} `)) out.push(line);
      continue;
    }
    const own = shingles(tokens);
    let found = 0;
    let total = 0;
    for (const [key, n] of own) {
      total += n;
      if (otherShingles.has(key)) found += n;
    }
    if (found / total < PRESENT_SHARE) out.push(line);
  }
  return out;
}
