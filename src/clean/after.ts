/**
 * Removes what Readability kept that is not article: link lists, timestamps, promos.
 */
export function cleanAfterReadability(_root: Element): void {
  // Rules arrive with the cleaning work; Readability's output passes through unchanged.
}
