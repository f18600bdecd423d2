/**
 * Reading class names fast. linkedom answers getAttribute('class') and className by joining
 * its class list anew on every call; the attribute's node holds the text as written. The
 * cleaning and metadata stages test the class words of most elements of a page, so they
 * read them here.
 */

/** An element's class attribute as written, '' when it has none. */
export function classAttribute(el: Element): string {
  return el.getAttributeNode('class')?.value ?? '';
}
