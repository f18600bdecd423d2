/**
 * Removes what is never article text before Readability scores the page.
 */
export function cleanBeforeReadability(doc: Document): void {
  for (const el of Array.from(doc.querySelectorAll('script:not([type="application/ld+json" i]), style, noscript template, svg, iframe'))) {
    el.remove();
  }
}
