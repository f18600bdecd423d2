/**
 * Content streamed in after the first paint. A server that streams its HTML (React's
 * streaming renderer, used by Next.js and others) sends a placeholder first, where the
 * content will go (`<template id="B:0">` followed by a loading skeleton), and the content
 * itself later, at the end of the page, in a hidden holder (`<div hidden id="S:0">`) that a
 * script moves into place. Without scripts the article sits hidden after the footer and the
 * page's own text is a skeleton: an extractor finds "Loading…" or the menu.
 *
 * This does what the script would: each hidden holder's children replace the placeholder
 * with the same number, and the fallback that followed the placeholder goes, up to the
 * comment that ends it (`<!--/$-->`, which prepare.ts keeps on such pages; without it, only
 * the following siblings that hold no text). A holder with no placeholder stays as it is.
 */

/** Ids of hidden holders ("S:3") and of the placeholders they fill ("B:3", or "P:3" for a segment). */
const HOLDER_ID = /^S:(\w+)$/;
const PLACEHOLDER_PREFIXES = ['B:', 'P:'] as const;

/** The comment that ends a streamed part's fallback. */
export const FALLBACK_END = '<!--/$-->';
const FALLBACK_END_DATA = '/$';

/** Cheap test on the raw page, so pages without streamed parts pay nothing. */
export function mayHaveStreamedContent(html: string): boolean {
  // /id=["']?S:/ as a search for "S:", rare in a page, and a look at what stands before each:
  // several times faster over a whole page than the expression, or than a search for each of
  // the three spellings.
  for (let at = html.indexOf('S:'); at >= 0; at = html.indexOf('S:', at + 2)) {
    const before = html.slice(Math.max(0, at - 4), at);
    if (before.endsWith('id=') || before === 'id="' || before === "id='") return true;
  }
  return false;
}

/** The page's placeholders by id, read once. */
function placeholders(doc: Document): Map<string, Element> {
  const byId = new Map<string, Element>();
  for (const el of Array.from(doc.getElementsByTagName('template'))) if (el.id) byId.set(el.id, el);
  return byId;
}

/** Moves each hidden holder's content to its placeholder; returns how many were placed. */
export function placeStreamedContent(doc: Document): number {
  let placed = 0;
  const holders = Array.from(doc.querySelectorAll('div[hidden][id^="S:"]'));
  if (!holders.length) return 0;
  // Templates inside a holder move with it, so one reading of the page finds them all.
  const byId = placeholders(doc);
  for (const holder of holders) {
    const suffix = HOLDER_ID.exec(holder.id)?.[1];
    const target = suffix === undefined ? null : (PLACEHOLDER_PREFIXES.map((p) => byId.get(p + suffix)).find(Boolean) ?? null);
    const parent = target?.parentNode;
    if (!target || !parent || holder.contains(target)) continue;
    removeFallback(target);
    const nodes = Array.from(holder.childNodes);
    for (const node of nodes) parent.insertBefore(node, target);
    target.remove();
    holder.remove();
    placed++;
  }
  return placed;
}

/** What was shown while waiting: the placeholder's next siblings up to the end mark. */
function removeFallback(target: Element): void {
  const fallback: Node[] = [];
  for (let node = target.nextSibling; node; node = node.nextSibling) {
    if (node.nodeType === 8 && (node as Comment).data === FALLBACK_END_DATA) {
      for (const n of fallback) n.parentNode?.removeChild(n);
      node.parentNode?.removeChild(node);
      return;
    }
    fallback.push(node);
  }
  for (let next = target.nextElementSibling; next && isSkeleton(next); next = target.nextElementSibling) next.remove();
}

/** A loading skeleton: no text and nothing that is filled later. */
function isSkeleton(el: Element): boolean {
  if (el.tagName.toLowerCase() === 'template' || el.querySelector('template')) return false;
  return !(el.textContent ?? '').trim();
}
