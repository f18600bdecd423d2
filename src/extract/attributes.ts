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

/** Words of a class or id value: split on separators and camelCase humps, lower-cased. */
export function nameWords(value: string): string[] {
  return value
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/** The words of an element's class names ("dynamic-author-description" → dynamic, author, description). */
export function classWords(el: Element): string[] {
  return nameWords(classAttribute(el));
}
