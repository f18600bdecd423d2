/**
 * Lists of like items: the cards of a grid of stories or products, the items of a menu.
 * A link belongs to the list its nearest repeated ancestor makes: an element whose parent
 * holds at least GROUP_MIN_ITEMS children of the same tag and classes (numbers in class
 * names ignored: "post-123", "item-4"). The judgement weighs a link by its list's other
 * members (story-links.ts): a list where most items show a price is a shop's, one where
 * most carry a date is a list of stories.
 */
import type { AnyNode, Element } from 'domhandler';
import { GROUP_CLIMB, GROUP_MIN_ITEMS } from './link-rules.js';

export interface GroupMemo {
  /** Per parent: how many element children carry each signature. */
  counts: Map<AnyNode, Map<string, number>>;
  /** Per parent and signature: the list's number. */
  ids: Map<string, number>;
  /** Parents numbered for the ids' keys. */
  parents: Map<AnyNode, number>;
}

function isElement(n: AnyNode): n is Element {
  return n.type === 'tag' || n.type === 'script' || n.type === 'style';
}

/** Tag and classes, digits dropped: what the items of one list share. */
export function signature(el: Element): string {
  const classes = (el.attribs.class ?? '').split(/\s+/).filter(Boolean).map((c) => c.replace(/\d+/g, '')).sort();
  return `${el.tagName.toLowerCase()}.${[...new Set(classes)].join('.')}`;
}

function countsOf(parent: AnyNode, memo: GroupMemo): Map<string, number> {
  let counts = memo.counts.get(parent);
  if (!counts) {
    counts = new Map();
    for (const c of (parent as Element).children ?? []) {
      if (!isElement(c)) continue;
      const s = signature(c);
      counts.set(s, (counts.get(s) ?? 0) + 1);
    }
    memo.counts.set(parent, counts);
  }
  return counts;
}

/** The number of the list the link sits in, or null. */
export function groupOf(link: Element, memo: GroupMemo): number | null {
  let node: Element = link;
  for (let i = 0; i <= GROUP_CLIMB; i++) {
    const parent = node.parent;
    if (!parent || parent.type === 'root' || !isElement(parent)) return null;
    const tag = parent.tagName.toLowerCase();
    if (tag === 'body' || tag === 'html') return null;
    const s = signature(node);
    if ((countsOf(parent, memo).get(s) ?? 0) >= GROUP_MIN_ITEMS) {
      let p = memo.parents.get(parent);
      if (p === undefined) {
        p = memo.parents.size;
        memo.parents.set(parent, p);
      }
      const key = `${p} ${s}`;
      let id = memo.ids.get(key);
      if (id === undefined) {
        id = memo.ids.size;
        memo.ids.set(key, id);
      }
      return id;
    }
    node = parent;
  }
  return null;
}
