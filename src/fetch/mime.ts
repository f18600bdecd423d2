/**
 * What a Content-Type says about a body: a page, maybe a page, or not one. Apart from the
 * HTTP client so that code judging archived responses does not load it.
 */

/** Types that are pages. */
export const HTML_TYPES: ReadonlySet<string> = new Set(['text/html', 'application/xhtml+xml']);
/**
 * Types servers mislabel pages with often enough to look inside: the body must then start
 * like markup. Anything else (JSON, PDF, images, …) is not a page.
 */
export const MAYBE_HTML_TYPES: ReadonlySet<string> = new Set(['', 'text/plain', 'application/xml', 'text/xml', 'application/octet-stream', 'binary/octet-stream']);

export function mimeOf(contentType: string | null): string {
  return (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
}

/** A page, maybe a page (look inside with decodeHtml, src/fetch/page.ts), or not a page. */
export function pageTypeOf(contentType: string | null): 'html' | 'maybe' | 'not' {
  const mime = mimeOf(contentType);
  return HTML_TYPES.has(mime) ? 'html' : MAYBE_HTML_TYPES.has(mime) ? 'maybe' : 'not';
}
