/**
 * DOM to plain text: one blank line between paragraphs, headings and list items on lines
 * of their own, whitespace normalised. Entities are already decoded by the parser.
 */

import { BLOCK_TAGS as BLOCKS, ELEMENT_NODE, LINE_ITEM_TAGS as LINE_ITEMS, SKIP_TAGS as SKIP, TEXT_NODE } from './tags.js';

/**
 * What the walk tells a watcher (media.ts gathers images and links this way): `open` before
 * an element's children, true asking for `close` after them; `out` holds the text pieces
 * and break markers written so far.
 */
export interface TextWalkHooks {
  open(el: Element, tag: string, out: readonly string[]): boolean;
  close(el: Element, tag: string, out: readonly string[]): void;
}

/** A name or a title as compared: its letters and digits, lower-cased ("Jane Doe" and "JANE-DOE" agree). */
export function letters(s: string): string {
  return s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/**
 * Words of two elements that textContent ran together, pulled apart where a word in capitals
 * starts right after a small letter or a digit ("March 1, 2024Updated March 2", "By Jane
 * DoeMarch 1"), so that a label's word boundary holds; spaces collapsed.
 */
export function unglued(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/(\p{Ll}|\d)(\p{Lu}\p{Ll})/gu, '$1 $2');
}

/**
 * The zero-width (non-)joiner where it joins nothing a reader sees: beside an ASCII character
 * or an end. Between two other characters it is spelling (Persian "می‌خواهم", Indic conjuncts)
 * or one emoji of several ("👨‍👩‍👧"), and stays.
 */
const LOOSE_JOINER = /(?<!\P{ASCII})[\u200c\u200d]|[\u200c\u200d](?!\P{ASCII})/gu;

/** Collapses runs of spaces, keeps no-break spaces as spaces, drops zero-width marks (joiners only where they join nothing). */
export function normaliseSpace(text: string): string {
  return text.replace(/\u200b|\u2060|\ufeff|\u00ad/g, '').replace(LOOSE_JOINER, '').replace(/[\s\u00a0]+/g, ' ');
}

/**
 * An element's text with `separator` where a block or a line break starts and ends, so that
 * parts set apart on the page ("Jane Doe<br>Staff", a subtitle in a <div> of a heading, a
 * table cell) do not glue together. `skip` leaves out an element and all it holds; it sees
 * the text read so far. `keep` reads an element the walk leaves out otherwise (SKIP_TAGS: a
 * button). Whitespace is left as it is.
 */
export function spacedText(el: Element, separator: string, skip?: (child: Element, before: readonly string[]) => boolean, keep?: (child: Element) => boolean): string {
  const parts: string[] = [];
  spacedParts(el, el, separator, skip, parts, keep);
  return parts.join('');
}

/**
 * spacedText's walk, a function of its own rather than a closure made on every call: a closure
 * made anew on every page loses its optimised code at each full collection of the heap.
 */
function spacedParts(node: Node, el: Element, separator: string, skip: ((child: Element, before: readonly string[]) => boolean) | undefined, parts: string[], keep?: (child: Element) => boolean): void {
  if (node.nodeType === TEXT_NODE) {
    parts.push(node.nodeValue ?? '');
    return;
  }
  if (node.nodeType !== ELEMENT_NODE) return;
  const child = node as Element;
  const tag = child.tagName.toUpperCase();
  if ((SKIP.has(tag) && !keep?.(child)) || (child !== el && skip?.(child, parts))) return;
  const block = tag === 'BR' || tag === 'TD' || tag === 'TH' || BLOCKS.has(tag) || styledBlock(child);
  if (block) parts.push(separator);
  for (let c = child.firstChild; c; c = c.nextSibling) spacedParts(c, el, separator, skip, parts, keep);
  if (block) parts.push(separator);
}

/**
 * An inline element displayed as a block by its style or by a utility class ("block", "d-block",
 * "flex"), as a heading's subline often is: "Best Alternatives<span class="block">Top Tools</span>".
 */
function styledBlock(el: Element): boolean {
  const style = el.getAttribute('style');
  if (style && /\bdisplay\s*:\s*(?:block|flex|grid)\b/i.test(style)) return true;
  const classes = el.getAttribute('class');
  return classes !== null && /(?:^|\s)(?:d-)?(?:block|flex|grid)(?:\s|$)/.test(classes);
}

/** Whether a UTF-16 code unit is white space as a regular expression's \s reads it. */
export function isSpace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/**
 * Calls `visit` with each text node's text under `el`, in page order (what textContent
 * joins), until it returns false.
 */
export function eachText(el: Element, visit: (value: string) => boolean): void {
  let node: Node | null = el.firstChild;
  while (node) {
    if (node.nodeType === TEXT_NODE) {
      if (!visit(node.nodeValue ?? '')) return;
    } else if (node.nodeType === ELEMENT_NODE && node.firstChild) {
      node = node.firstChild;
      continue;
    }
    while (node && node !== el && !node.nextSibling) node = node.parentNode;
    node = node && node !== el ? node.nextSibling : null;
  }
}

/**
 * An element's textContent when it holds at most `max` characters other than white space,
 * else null. Lookups for short lines (datelines, bylines) visit every container on their way,
 * the one holding the whole story too: this stops reading after `max`, where textContent
 * would build the story's text only for its length to be compared.
 */
export function shortText(el: Element, max: number): string | null {
  const parts: string[] = [];
  let shown = 0;
  let fits = true;
  eachText(el, (value) => {
    for (let i = 0; i < value.length; i++) if (!isSpace(value.charCodeAt(i)) && ++shown > max) return (fits = false);
    parts.push(value);
    return true;
  });
  return fits ? parts.join('') : null;
}

/** A running count of characters with runs of white space counted as one, ends trimmed. */
interface CollapsedCount {
  length: number;
  space: boolean;
}

function addCollapsed(count: CollapsedCount, value: string): void {
  for (let i = 0; i < value.length; i++) {
    if (isSpace(value.charCodeAt(i))) count.space = true;
    else {
      // A run of spaces counts once, and only between two other characters.
      if (count.space && count.length) count.length++;
      count.length++;
      count.space = false;
    }
  }
}

/** Characters of an element's text with runs of white space counted as one, ends trimmed. */
export function textLength(el: Element): number {
  const count: CollapsedCount = { length: 0, space: false };
  eachText(el, (value) => {
    addCollapsed(count, value);
    return true;
  });
  return count.length;
}

/** The share of an element's text inside its links (0 when it has no text). */
export function linkDensity(el: Element): number {
  const total = textLength(el);
  if (!total) return 0;
  let links = 0;
  for (const a of Array.from(el.querySelectorAll('a'))) links += textLength(a);
  return links / total;
}

/** Characters of `text` with runs of white space counted as one, ends trimmed: `text.replace(/\s+/g, ' ').trim().length`, without building that string. */
export function collapsedLength(text: string): number {
  const count: CollapsedCount = { length: 0, space: false };
  addCollapsed(count, text);
  return count.length;
}

/** Break markers from the private-use area, which page text does not contain in practice. */
const PARA = '\ue000';
const LINE = '\ue001';
/** A <br>'s line break: two in a row are a blank line, as a browser shows them, so a paragraph break. */
const BREAK = '\ue002';
/** Any of the break markers, in the text a walk hook reads from `out`. */
export const BREAK_MARKS = /[\ue000-\ue002]/g;
/** A run of break markers with the white space around them. */
const BREAK_RUN = /(?:\s*[\ue000-\ue002])+\s*/g;

/**
 * Plain text of an element, paragraphs separated by a blank line. Whitespace in the HTML
 * source is layout, not text, so it collapses to spaces (except inside <pre>); breaks come
 * only from the elements: blocks start paragraphs, list items and rows start lines, <br>
 * starts a line.
 */
export function elementToText(root: Element, hooks?: TextWalkHooks): string {
  const out: string[] = [];
  textParts(root, false, hooks, out);
  // A run of markers is a paragraph break if any of them is one or two of them are <br>s, else a line break.
  const joined = out.join('').replace(BREAK_RUN, (run) => (run.includes(PARA) || run.indexOf(BREAK) !== run.lastIndexOf(BREAK) ? '\n\n' : '\n'));
  return tidy(joined);
}

/** elementToText's walk (a function of its own, as spacedParts is): `node`'s text and markers added to `out`. */
function textParts(node: Node, pre: boolean, hooks: TextWalkHooks | undefined, out: string[]): void {
  if (node.nodeType === TEXT_NODE) {
    const value = node.nodeValue ?? '';
    out.push(pre ? value.replace(/\r\n?/g, '\n').split('\n').join(LINE) : value.replace(/[\r\n]+/g, ' '));
    return;
  }
  if (node.nodeType !== ELEMENT_NODE) return;
  const el = node as Element;
  const tag = el.tagName.toUpperCase();
  if (SKIP.has(tag)) return;
  if (tag === 'BR') {
    // Inside <pre> a <br> is a line as the source's own line breaks are.
    out.push(pre ? LINE : BREAK);
    return;
  }
  if (tag === 'TD' || tag === 'TH') out.push(' ');
  const marker = LINE_ITEMS.has(tag) ? LINE : BLOCKS.has(tag) ? PARA : null;
  if (marker) out.push(marker);
  const watched = hooks ? hooks.open(el, tag, out) : false;
  for (let child = el.firstChild; child; child = child.nextSibling) textParts(child, pre || tag === 'PRE', hooks, out);
  if (watched) hooks?.close(el, tag, out);
  if (marker) out.push(marker);
}

/** Normalises spaces inside lines and leaves exactly one blank line between paragraphs. */
export function tidy(raw: string): string {
  const paragraphs = raw
    .split(/\n[ \t\u00a0]*\n\s*/)
    .map((p) =>
      p
        .split('\n')
        .map((line) => normaliseSpace(line).trim())
        .filter(Boolean)
        .join('\n'),
    )
    .filter(Boolean);
  return paragraphs.join('\n\n');
}

/**
 * Words of a text. Chinese and Japanese write no spaces: each of their characters counts as a
 * word, as word processors count them (a 800-character story was 55 "words"); Korean spaces its
 * words.
 */
export function countWords(text: string): number {
  return textWords(text).length;
}

/**
 * The words of a text as countWords counts them. Combining marks belong to their letter's
 * word: Devanagari's vowel signs and viramas, Thai's vowels, Arabic's harakat (without them
 * "नमस्ते" was three words).
 */
const TEXT_WORD = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]|(?:(?![\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}])[\p{L}\p{M}\p{N}])+(?:['’-](?:(?![\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}])[\p{L}\p{M}\p{N}])+)*/gu;

export function textWords(text: string): string[] {
  return text.match(TEXT_WORD) ?? [];
}
