/**
 * The article element seen as lines, the way its text will read: a block element or a
 * <br> ends a line. Each line keeps its text nodes, so a rule that judges a line by its
 * text can remove exactly that line from the DOM (and so from the text and the Markdown).
 */

import { BLOCK_TAGS, ELEMENT_NODE, HEADING_TAGS as HEADINGS, SKIP_TAGS as SKIP, TEXT_NODE } from '../extract/tags.js';

export interface Line {
  /** Text with spaces collapsed and trimmed. */
  text: string;
  nodes: Text[];
  /** Characters of the line inside <a href> (or any <a>). */
  linkChars: number;
  /** The line's text outside links, spaces collapsed ("10 de marzo de 2026" beside a linked headline). */
  unlinked: string;
  /** Characters of the line, spaces collapsed. */
  chars: number;
  /** Word count (letters and digits runs). */
  words: number;
  /** The line sits in a heading element. */
  heading: boolean;
  /** The line sits in a list item. */
  listItem: boolean;
  /** The line sits in a table. */
  table: boolean;
}

const WORD = /[\p{L}\p{N}]+/gu;

export function wordCount(text: string): number {
  return text.match(WORD)?.length ?? 0;
}

export function readLines(root: Element): Line[] {
  const reader = new LineReader();
  reader.walk(root, false, false, false, false);
  reader.flush();
  return reader.lines;
}

/**
 * The state of one readLines call. A class rather than closures in readLines: its methods are
 * compiled once per thread, while closures made anew on every page lose their optimised code
 * at each full collection of the heap and are compiled again (a worker collects every few pages).
 */
class LineReader {
  readonly lines: Line[] = [];
  private nodes: Text[] = [];
  private raw = '';
  private linkChars = 0;
  private unlinked = '';
  private heading = false;
  private listItem = false;
  private table = false;

  flush(): void {
    const text = this.raw.replace(/[\s\u00a0]+/g, ' ').trim();
    if (text) {
      this.lines.push({ text, nodes: this.nodes, linkChars: Math.min(this.linkChars, text.length), unlinked: this.unlinked.replace(/[\s\u00a0]+/g, ' ').trim(), chars: text.length, words: wordCount(text), heading: this.heading, listItem: this.listItem, table: this.table });
    }
    this.nodes = [];
    this.raw = '';
    this.linkChars = 0;
    this.unlinked = '';
    this.heading = false;
    this.listItem = false;
    this.table = false;
  }

  walk(node: Node, inLink: boolean, inHeading: boolean, inItem: boolean, inTable: boolean): void {
    if (node.nodeType === TEXT_NODE) {
      const value = node.nodeValue ?? '';
      if (!value) return;
      this.nodes.push(node as Text);
      this.raw += value;
      if (value.trim()) {
        if (inLink) this.linkChars += value.replace(/[\s\u00a0]+/g, ' ').trim().length;
        else this.unlinked += ` ${value}`;
        this.heading ||= inHeading;
        this.listItem ||= inItem;
        this.table ||= inTable;
      }
      return;
    }
    if (node.nodeType !== ELEMENT_NODE) return;
    const el = node as Element;
    const tag = el.tagName.toUpperCase();
    if (SKIP.has(tag)) return;
    const block = BLOCK_TAGS.has(tag) || tag === 'BR';
    if (block) this.flush();
    const link = inLink || tag === 'A';
    const head = inHeading || HEADINGS.has(tag);
    const item = inItem || tag === 'LI';
    const inTab = inTable || tag === 'TABLE';
    for (let child = el.firstChild; child; child = child.nextSibling) this.walk(child, link, head, item, inTab);
    if (block) this.flush();
  }
}

/** Removes the lines' text, then the elements left with neither text nor media. */
export function removeLines(root: Element, lines: readonly Line[]): void {
  const parents = new Set<Element>();
  for (const line of lines) {
    for (const node of line.nodes) {
      if (node.parentElement) parents.add(node.parentElement);
      node.remove();
    }
  }
  for (const parent of parents) pruneEmpty(parent, root);
}

const MEDIA = 'img, picture, video, audio, table';

function pruneEmpty(start: Element, root: Element): void {
  let el: Element | null = start;
  while (el && el !== root && root.contains(el)) {
    const parent: Element | null = el.parentElement;
    if ((el.textContent ?? '').trim() || el.querySelector(MEDIA) || el.matches(MEDIA)) return;
    el.remove();
    el = parent;
  }
}
