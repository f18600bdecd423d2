/**
 * A record's stable id, for readers that must not count a story twice (stdout consumers,
 * a records table): the same story, fetched again after a lost lease or under another
 * address, gets the same id. Made from the canonical URL and a hash of the body text.
 */
import { createHash } from 'node:crypto';

/** SHA-256 of the body with its white space folded, so a re-wrapped copy hashes the same. */
export function bodyHash(body: string): string {
  return createHash('sha256').update(folded(body)).digest('hex');
}

/** White space folded to single spaces, ends trimmed. */
function folded(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * What two pages must share to be one story under two addresses: the body and the headline
 * (white space and case folded). The body alone is not enough: a publisher's placeholder ("This
 * story will be updated …") or a teaser over a wall can be the same text over several stories,
 * each with its own headline. A page with no headline is matched by its body alone.
 */
export function storyHash(title: string | null, body: string): string {
  const headline = folded(title ?? '').toLowerCase();
  return headline ? createHash('sha256').update(`${headline}\n${folded(body)}`).digest('hex') : bodyHash(body);
}

/** 32 hex digits from the canonical URL (or the URL when the page names none) and the body hash. */
export function recordId(canonicalUrl: string, hash: string): string {
  return createHash('sha256').update(`${canonicalUrl}\n${hash}`).digest('hex').slice(0, 32);
}
