/**
 * The page's headline candidates as readers see them: the <h1> elements that belong to
 * the story (not to comments, related stories or the page's frame), each read the way it
 * is shown, part by part, without the kicker, label or date set inside it.
 */
import { plainText } from './entities.js';
import type { Decoder } from './entities.js';
import { HEADING_PARTS_SKIP, NOT_ARTICLE_BYLINE, STATE_CLASS } from './metadata-rules.js';
import { BLOCK_TAGS, SKIP_TAGS } from './tags.js';

export interface PageHeadings {
  /** Texts of the story's <h1> elements, in page order. */
  headings: string[];
  /** The page's only <h1>, when it is not a link and belongs to the story. */
  soleHeading: string | null;
}

/**
 * Whether an element sits in comments, an aside, related stories and the like. Classes
 * that only report a state of the page ("has-comments", "comments-open" on <body> or on
 * the story's own <article>) do not count, nor does <body> or <html>, which hold everything.
 */
export function outsideStory(el: Element): boolean {
  for (let cur = el.closest(NOT_ARTICLE_BYLINE); cur; cur = cur.parentElement?.closest(NOT_ARTICLE_BYLINE) ?? null) {
    if (cur.tagName === 'BODY' || cur.tagName === 'HTML') return false;
    if (!onlyStateClasses(cur)) return true;
  }
  return false;
}

/** The element matches the selector only through classes naming a state ("has-comments"). */
function onlyStateClasses(el: Element): boolean {
  // The same element less its state classes, tried against the same selector.
  const probe = el.ownerDocument.createElement(el.tagName.toLowerCase());
  for (const attr of ['id', 'itemtype']) {
    const value = el.getAttribute(attr);
    if (value !== null) probe.setAttribute(attr, value);
  }
  const tokens = (el.getAttribute('class') ?? '').split(/\s+/).filter((t) => t && !STATE_CLASS.test(t));
  if (tokens.length) probe.setAttribute('class', tokens.join(' '));
  return !probe.matches(NOT_ARTICLE_BYLINE);
}

/**
 * A heading's text read block by block, so that "Top picks<br>Our guide" or a subtitle in a
 * <div> does not glue into "picksOur". Parts that are a kicker, a label or a date set inside
 * the heading (HEADING_PARTS_SKIP) are left out, unless nothing else is left.
 */
export function headingText(el: Element, decode: Decoder): string | null {
  const read = (skipParts: boolean): string => {
    const parts: string[] = [];
    const walk = (node: Node): void => {
      if (node.nodeType === 3) {
        parts.push(node.nodeValue ?? '');
        return;
      }
      if (node.nodeType !== 1) return;
      const child = node as Element;
      if (SKIP_TAGS.has(child.tagName)) return;
      if (skipParts && child !== el && child.matches(HEADING_PARTS_SKIP)) return;
      const block = child.tagName === 'BR' || BLOCK_TAGS.has(child.tagName);
      if (block) parts.push(' ');
      for (let c = child.firstChild; c; c = c.nextSibling) walk(c);
      if (block) parts.push(' ');
    };
    walk(el);
    return parts.join('');
  };
  return plainText(read(true), decode) ?? plainText(read(false), decode);
}

export function pageHeadings(doc: Document, decode: Decoder): PageHeadings {
  const h1s = Array.from(doc.getElementsByTagName('h1'));
  const story = h1s.filter((h) => !outsideStory(h));
  const only = h1s.length === 1 ? h1s[0] : undefined;
  const soleHeading = only && story.includes(only) && !only.closest('a[href]') && !only.querySelector('a[href]') ? headingText(only, decode) : null;
  const headings = story.map((h) => headingText(h, decode)).filter((h): h is string => Boolean(h));
  return { headings, soleHeading };
}
