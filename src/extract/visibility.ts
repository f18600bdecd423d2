/**
 * Whether Readability counts an element as shown: the test it applies to every element, read
 * off the attributes so that the light DOM builds no style object and the clean stage can ask
 * it too (a toggle's panel).
 */

/**
 * The value linkedom's `style[property]` gives for an inline style: rules split at
 * semicolons, a name and a value around the first colon, both trimmed, the last rule naming
 * the property winning, names and values taken as written.
 */
function inlineStyle(style: string, property: string): string {
  let value = '';
  for (const rule of style.split(';')) {
    const colon = rule.indexOf(':');
    if (colon < 0 || rule.slice(0, colon).trim() !== property) continue;
    const v = rule.slice(colon + 1).trim();
    if (v) value = v;
  }
  return value;
}

/**
 * Readability's `_isProbablyVisible` on linkedom. Readability reads `node.style.display`, and
 * linkedom builds a style object (a Map behind a Proxy, held in a WeakMap) for every element
 * it is asked about, which is every element of the page. The answer is the same read off the
 * style attribute.
 */
export function probablyVisible(node: Element): boolean {
  const style = node.getAttribute('style');
  if (style !== null && (inlineStyle(style, 'display') === 'none' || inlineStyle(style, 'visibility') === 'hidden')) return false;
  if (node.hasAttribute('hidden')) return false;
  // Readability keeps aria-hidden images of Wikimedia's math fallback.
  return !node.hasAttribute('aria-hidden') || node.getAttribute('aria-hidden') !== 'true' || (typeof node.className === 'string' && node.className.includes('fallback-image'));
}
