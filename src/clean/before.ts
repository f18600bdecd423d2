/**
 * Before Readability: remove what is never article text, and mark page furniture by its
 * class and id words (Readability drops class names, so the marks carry that evidence
 * to the after stage, which judges each marked block by its size and links).
 */
import { FORM_MAX_TEXT, HIDDEN_STYLE, NEVER_ARTICLE_SELECTORS, WIDGET_WORDS } from './rules.js';

/** The attribute that carries a widget mark through Readability. */
export const WIDGET_MARK = 'data-copydesk-widget';

/** Words of a class or id value: split on separators and camelCase humps, lower-cased. */
export function nameWords(value: string): string[] {
  return value
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/** The furniture kind an element's class or id names, or null. */
export function widgetKind(el: Element): string | null {
  const names = `${el.getAttribute('class') ?? ''} ${el.id}`;
  if (!names.trim()) return null;
  for (const word of nameWords(names)) {
    const kind = WIDGET_WORDS.get(word);
    if (kind) return kind;
  }
  return null;
}

export function cleanBeforeReadability(doc: Document): void {
  for (const el of Array.from(doc.querySelectorAll(NEVER_ARTICLE_SELECTORS.join(',')))) el.remove();
  for (const el of Array.from(doc.querySelectorAll('[style]'))) {
    if (HIDDEN_STYLE.test(el.getAttribute('style') ?? '')) el.remove();
  }
  for (const form of Array.from(doc.querySelectorAll('form'))) {
    if ((form.textContent ?? '').trim().length <= FORM_MAX_TEXT) form.remove();
  }
  const body = doc.body;
  if (!body) return;
  for (const el of Array.from(body.querySelectorAll('[class], [id]'))) {
    const kind = widgetKind(el);
    if (kind) el.setAttribute(WIDGET_MARK, kind);
  }
}
