/**
 * Before Readability: remove what is never article text (a short list: see rules.ts for
 * what was measured and left out), and mark page furniture by its
 * class and id words (Readability drops class names, so the marks carry that evidence
 * to the after stage, which judges each marked block by its size and links).
 */
import { FURNITURE_ELEMENTS, FURNITURE_KEEP, NEVER_ARTICLE_SELECTORS, WIDGET_WORDS } from './rules.js';

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

/** What the page showed before cleaning, for the article verdict. */
export interface PageSignals {
  /** Password fields: a log-in wall. */
  passwordFields: number;
  /** Video players (<video>, or frames from video hosts). */
  videoPlayers: number;
}

/** Frames whose address names a video player. */
const VIDEO_FRAME = /youtube|youtu\.be|vimeo|dailymotion|jwplayer|brightcove|player|video/i;

export function readPageSignals(doc: Document): PageSignals {
  const frames = Array.from(doc.querySelectorAll('iframe[src], embed[src]')).filter((f) => VIDEO_FRAME.test(f.getAttribute('src') ?? ''));
  return {
    passwordFields: doc.querySelectorAll('input[type="password" i]').length,
    videoPlayers: doc.querySelectorAll('video').length + frames.length,
  };
}

/**
 * Removes navigation, footers and asides (rules.ts: FURNITURE_ELEMENTS) unless they hold a
 * byline. Outermost first: a removed block takes its nested ones with it.
 */
export function removeFurniture(root: Element): void {
  for (const el of Array.from(root.querySelectorAll(FURNITURE_ELEMENTS.join(',')))) {
    if (!el.isConnected) continue;
    if (el.matches(FURNITURE_KEEP) || el.querySelector(FURNITURE_KEEP)) continue;
    el.remove();
  }
}

/** Cleans the document in place; returns what it saw first, for the verdict. */
export function cleanBeforeReadability(doc: Document): PageSignals {
  const signals = readPageSignals(doc);
  for (const el of Array.from(doc.querySelectorAll(NEVER_ARTICLE_SELECTORS.join(',')))) el.remove();
  const body = doc.body;
  if (!body) return signals;
  removeFurniture(body);
  for (const el of Array.from(body.querySelectorAll('[class], [id]'))) {
    const kind = widgetKind(el);
    if (kind) el.setAttribute(WIDGET_MARK, kind);
  }
  return signals;
}
