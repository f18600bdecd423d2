/**
 * A story's summary set before its text: a heading that names it ("Key points", "Das
 * Wichtigste in Kürze", "TL;DR") over a list of sentences. Readability scores paragraphs and
 * takes the container of the story's; a box of list items beside it, in a card of its own or
 * before a live blog's entries, scores nothing and is left out. The story's truth keeps it: of
 * the WCXB articles with such a box, 21 of 25 keep it.
 *
 * After Readability, when its pick does not hold the box, the box is looked for in a second
 * reading of the page: the heading and its list, the list of SUMMARY_MIN_ITEMS items or more,
 * each a sentence, little of it links, at most SUMMARY_MAX_CHARS, and nothing of the page's
 * prose between the list and the first paragraph Readability kept, or its second with only a
 * standfirst before the box. It is set at the head of the pick, or after the standfirst. A box
 * in a sidebar (aside, role="complementary") is the sidebar's.
 */
import { bare } from './labels.js';
import { PROSE_MARK, proseParagraphs } from './coverage.js';
import { SENTENCE_END, SUMMARY_HEADINGS, SUMMARY_ITEM_MIN_WORDS, SUMMARY_LINK_SHARE, SUMMARY_MAX_CHARS, SUMMARY_MIN_ITEMS } from './rules.js';
import { precedes } from '../extract/tags.js';
import { collapsedLength, linkDensity, normaliseSpace, shortText } from '../extract/text.js';

const HEADINGS = 'h2, h3, h4, h5, h6, strong, b, p, span, div';
const OUTSIDE_STORY = 'aside, nav, footer, [role="complementary"], [role="navigation"]';
/** A summary's heading is a label: this many characters at most. */
const HEADING_MAX_CHARS = 40;

/** A summary's heading as an element's whole text in the page's markup: read before the page is parsed again for it. */
const SUMMARY_LABEL = new RegExp(`>\\s*(?:${[...SUMMARY_HEADINGS].map((h) => h.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})\\s*:?\\s*<`, 'i');

/** Whether the page's markup shows a summary's heading at all (a cheap test before the second reading). */
export function mayHoldSummary(html: string): boolean {
  return SUMMARY_LABEL.test(html);
}

/** The list under a summary's heading: its next element, or its wrapper's. */
function listAfter(heading: Element): Element | null {
  for (let el: Element | null = heading; el; el = el.parentElement) {
    const next = el.nextElementSibling;
    if (next) return /^(?:ul|ol)$/i.test(next.tagName) ? next : (Array.from(next.children).find((c) => /^(?:ul|ol)$/i.test(c.tagName)) ?? null);
    // A heading alone in its header box ("<div class="header"><h2>At a glance</h2></div>").
    if (el !== heading && el.children.length > 1) return null;
  }
  return null;
}

/**
 * A summary's list: its items sentences, little of them links. An item that is one link alone
 * (a promotion set as the list's last item: "These 10 Stocks Could Mint …") is not counted; the
 * line rules judge it.
 */
function summaryList(list: Element): boolean {
  if (collapsedLength(list.textContent ?? '') > SUMMARY_MAX_CHARS) return false;
  const items = Array.from(list.children).filter((li) => /^li$/i.test(li.tagName) && linkDensity(li) < 1);
  if (items.length < SUMMARY_MIN_ITEMS || items.some((li) => linkDensity(li) > SUMMARY_LINK_SHARE)) return false;
  return items.every((li) => {
    const text = normaliseSpace(li.textContent ?? '').trim();
    return text.split(' ').length >= SUMMARY_ITEM_MIN_WORDS && SENTENCE_END.test(text);
  });
}

/** An element's text when it is a label's length (HEADING_MAX_CHARS), else null: a long box's text is not read whole. */
function labelText(el: Element): string | null {
  const text = shortText(el, HEADING_MAX_CHARS);
  return text !== null && text.length <= HEADING_MAX_CHARS ? text : null;
}

/** Whether Readability's pick already holds the summary (its heading's words as a line of their own). */
function holdsSummary(content: Element): boolean {
  for (const el of Array.from(content.querySelectorAll('h2, h3, h4, h5, h6, strong, b, p'))) {
    const text = labelText(el);
    if (text !== null && SUMMARY_HEADINGS.has(bare(text))) return true;
  }
  return false;
}

/**
 * In `doc` (a second reading of the page), the summary box just before the first paragraph
 * Readability's pick (`content`) kept, or before its second after a standfirst, as a heading
 * and its list; with the element of the pick it goes before (null: the pick's head). Null when
 * there is none.
 */
export function summaryBox(doc: Document, content: Element): { box: Element[]; before: Element | null } | null {
  const places = Array.from(content.querySelectorAll(`[${PROSE_MARK}]`), (p) => Number(p.getAttribute(PROSE_MARK)));
  if (!places.length || holdsSummary(content)) return null;
  const paragraphs = proseParagraphs(doc);
  const kept = [...new Set(places)].sort((a, b) => a - b);
  const first = paragraphs[kept[0] ?? -1]?.el;
  // A standfirst may open the story above the box ("Das Wichtigste in Kürze" under the teaser).
  const second = paragraphs[kept[1] ?? -1]?.el;
  if (!first) return null;
  for (const heading of Array.from(doc.body?.querySelectorAll(HEADINGS) ?? [])) {
    const text = labelText(heading);
    if (text === null || !SUMMARY_HEADINGS.has(bare(text)) || heading.closest(OUTSIDE_STORY)) continue;
    // The label's own element, not a wrapper whose only text it is.
    if (heading.firstElementChild && (heading.firstElementChild.textContent ?? '').trim() === text.trim()) continue;
    const list = listAfter(heading);
    if (!list || !summaryList(list)) continue;
    // Before the story's first kept paragraph, with no prose of the page between.
    const next = paragraphs.find(({ el }) => precedes(list, el) && !list.contains(el));
    if (next?.el === first) return { box: [heading, list], before: null };
    if (next?.el === second && second && precedes(first, heading)) {
      return { box: [heading, list], before: content.querySelector(`[${PROSE_MARK}="${kept[1] ?? -1}"]`) };
    }
  }
  return null;
}
