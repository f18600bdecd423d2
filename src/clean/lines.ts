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
  const lines: Line[] = [];
  let nodes: Text[] = [];
  let raw = '';
  let linkChars = 0;
  let unlinked = '';
  let heading = false;
  let listItem = false;
  let table = false;

  const flush = (): void => {
    const text = raw.replace(/[\s\u00a0]+/g, ' ').trim();
    if (text) {
      lines.push({ text, nodes, linkChars: Math.min(linkChars, text.length), unlinked: unlinked.replace(/[\s\u00a0]+/g, ' ').trim(), chars: text.length, words: wordCount(text), heading, listItem, table });
    }
    nodes = [];
    raw = '';
    linkChars = 0;
    unlinked = '';
    heading = false;
    listItem = false;
    table = false;
  };

  const walk = (node: Node, inLink: boolean, inHeading: boolean, inItem: boolean, inTable: boolean): void => {
    if (node.nodeType === TEXT_NODE) {
      const value = node.nodeValue ?? '';
      if (!value) return;
      nodes.push(node as Text);
      raw += value;
      if (value.trim()) {
        if (inLink) linkChars += value.replace(/[\s\u00a0]+/g, ' ').trim().length;
        else unlinked += ` ${value}`;
        heading ||= inHeading;
        listItem ||= inItem;
        table ||= inTable;
      }
      return;
    }
    if (node.nodeType !== ELEMENT_NODE) return;
    const el = node as Element;
    const tag = el.tagName.toUpperCase();
    if (SKIP.has(tag)) return;
    const block = BLOCK_TAGS.has(tag) || tag === 'BR';
    if (block) flush();
    const link = inLink || tag === 'A';
    const head = inHeading || HEADINGS.has(tag);
    const item = inItem || tag === 'LI';
    const inTab = inTable || tag === 'TABLE';
    for (let child = el.firstChild; child; child = child.nextSibling) walk(child, link, head, item, inTab);
    if (block) flush();
  };
  walk(root, false, false, false, false);
  flush();
  return lines;
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
