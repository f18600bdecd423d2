/**
 * After Readability: remove what it kept that is not article. Two passes:
 *   1. blocks: captions, and furniture marked before Readability (share bars, related
 *      links, newsletter boxes…) when small beside the article or mostly links;
 *   2. lines: the article as lines of text, judged by position (before the first or
 *      after the last substantial paragraph), links, repetition and, last, words.
 */
import { BLOCK_TAGS, TEXT_NODE } from '../extract/tags.js';
import { stripPrefix } from '../extract/authors.js';
import { BYLINE_LINE, NAME_SEPARATORS } from '../extract/metadata-rules.js';
import { parseVisibleDate } from '../extract/dates.js';
import { PICTURE_STORY_MARK, WIDGET_MARK } from './before.js';
import { foldedTest } from '../word-bounds.js';
import { collapsedLength, linkDensity, normaliseSpace, textLength, textWords, unglued } from '../extract/text.js';
import { bare, commentHeading, isBoilerplateHeading, lowerCase } from './labels.js';
import { readLines, removeLines, wordCount } from './lines.js';
import { ruleOn } from './switches.js';
import type { Line } from './lines.js';
import {
  ABOUT_AUTHOR_LABEL, AD_LABEL_LINE_MAX_WORDS, HEADLINE_CARD_SHARE, MARKED_PROSE_BOX_RUN, MARKED_PROSE_BOX_SHARE, JOB_ADVERT_HEADINGS, JOB_ADVERT_MAX_LINES, ANNOUNCED_LIST_WORDS, COMMENT_UNIT_MIN_CHARS, PHRASE_SENTENCE_WORDS, CAPTION_KINDS, FIGURE_MEDIA, ITEM_CARD_MAX_CHARS, ITEM_CARD_TYPE, GALLERY_CAPTION_SHARE, LINKED_CARD, CARD_HEADLINE, AD_SLOT_LABELS, AUTHOR_BIO_MIN_WORDS, AUTHOR_BIO_TAIL, PICTURE_STORY, CONTACT_ADDRESS_LINE, BIO_VERBS, CLOSING_CREDIT_LABEL, CLOSING_CREDIT_WORDS, BYLINE_LINE_MAX_WORDS, REPEAT_MIN_PARAGRAPHS, REPEAT_MIN_SHARE, CONTENTS_HEADINGS, SHARE_CALLS, BOILERPLATE_LINE_STARTS, POST_FILING_LINE, CAPTION_CREDIT_END, CAPTION_PHOTOGRAPHER_END, CAPTION_TOGGLE_END, CONSENT_LINE, CONSENT_MAX_WORDS, CAPTION_MAX_WORDS, COUNTER_LINE, SLIDE_COUNTER, SLIDE_COUNTER_MIN, POST_BADGE_LINE, TALLY_LINE, POST_NUMBER_LINE, RATING_LINE, CREDIT_LINE, MEMBER_FIELD_LABELS, MEMBER_FIELD_MAX_WORDS, MEMBER_STAT_LABELS, MEMBER_STAT_MAX_VALUE_WORDS, MEDIA_LENGTH_PART, MEMBER_STATS_MIN, REPLY_SUBJECT, REPLY_SUBJECT_MIN_REPEATS, WALL_BOX_MAX_WORDS, WALL_LINE_MAX_WORDS, WALL_OFFER_LINE_MAX_WORDS, WALL_OFFER_MAX_LINES, WALL_PATTERN, MEDIA_CONTROL_LINES, PHOTO_SHOP_LINES, BOX_TOGGLE_LINES, POST_CONTROL_LINES, LOADING_LINE, DATE_ANCHORS, DATE_WORDS, READING_TIME_LINE, READING_TIME_TAIL, DATELINE_LABEL, GLUED_WORDS, NOTE_LABEL, TEASER_BOX_SLACK_CHARS, TEASER_END, CUT_EXCERPT, TIME_OF_DAY, TIMELINE_MIN_DATES,
  CJK_CHAR_WEIGHT, HANGUL_CHAR_WEIGHT, DATELINE_LEAD_WORDS, DATELINE_MAX_TOKENS, HEADLINE_MIN_SHARE, HEADLINE_MIN_WORDS, LEAD_MAX_LINES, LEAD_REPEAT_MAX_LINES, LEAD_REPEAT_MIN_COPIES, LEAD_REPEAT_MIN_WORDS, LEAD_ROWS_MIN, LEAD_SALUTATION, LEGAL_LINE, LINK_TITLE_SHARE, LINK_TITLE_WORD_CHARS, SIGNATURE_MAX_WORDS, SIGNATURE_RULE, SIGNOFF_LINE, SIGNOFF_MAX_WORDS, WHOLE_LINK_SHARE, LINK_LINE_SHARE, LINK_RUN_MIN, RELATIVE_TIME, SENTENCE_END, SHARE_WORDS, SHORT_LINE_WORDS, SUBSTANTIAL_CHARS, WIDGET_LINK_DENSITY,
  WIDGET_MAX_SHARE, WIDGET_SHORT_CHARS, WIDGET_SHORT_SHARE, COMMENTS_ARE_TEXT_SHARE, END_MARK_LINE, MARKED_PROSE_RUN, MARKED_PROSE_WORDS,
} from './rules.js';

/**
 * LEGAL_LINE and the sign-off patterns on lower-cased lines, compiled without their case
 * folding at a fraction of the cost (word-bounds.ts: withoutCaseFolding).
 */
const legalLine = foldedTest(LEGAL_LINE);
const signoffLines = SIGNOFF_LINE.map(foldedTest);

/** Called with the text of each removed block or line and why it went. */
export type Explain = (text: string, reason: string) => void;

/**
 * An inline element with words of a sentence beside it ("the actress <a class="auto-tag">Jane
 * Roe</a> said"): a link a template tagged as a topic or an author, part of the sentence,
 * not a block of furniture. A run of tag links has only commas between them.
 */
function inSentence(el: Element): boolean {
  const parent = el.parentElement;
  if (!parent || BLOCK_TAGS.has(el.tagName.toUpperCase())) return false;
  for (let node = parent.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === TEXT_NODE && /\p{L}/u.test(node.nodeValue ?? '')) return true;
  }
  return false;
}

/**
 * Text inside the innermost blocks marked as comments: the comments themselves, not a wrapper
 * that carries the word and holds the story too ("comments-open" on a blog post's column).
 * A block inside one that holds less than COMMENT_UNIT_MIN_CHARS (its bar of controls) does not
 * make it a wrapper.
 */
function commentChars(root: Element): number {
  const marked = Array.from(root.querySelectorAll(`[${WIDGET_MARK}="comments"]`));
  const sizes = new Map(marked.map((el) => [el, textLength(el)]));
  let chars = 0;
  for (const el of marked) {
    const inner = Array.from(el.querySelectorAll(`[${WIDGET_MARK}="comments"]`));
    if (!inner.some((c) => (sizes.get(c) ?? 0) >= COMMENT_UNIT_MIN_CHARS)) chars += sizes.get(el) ?? 0;
  }
  return chars;
}

/**
 * Text that is neither comments nor the page's own story: other marked furniture (a thread's
 * "Similar topics" box) and links outside both (a board's breadcrumb), which a story above its
 * readers' comments would not be made of.
 */
function furnitureChars(root: Element): number {
  let chars = 0;
  for (const el of Array.from(root.querySelectorAll(`[${WIDGET_MARK}]`))) {
    if (el.getAttribute(WIDGET_MARK) !== 'comments' && !el.parentElement?.closest(`[${WIDGET_MARK}]`)) chars += textLength(el);
  }
  for (const a of Array.from(root.querySelectorAll('a'))) if (!a.closest(`[${WIDGET_MARK}]`)) chars += textLength(a);
  return chars;
}

/**
 * The text a gallery's captions are weighed against: that of the smallest box holding them all
 * and a paragraph of its own beside them (a photo story's opening, PICTURE_STORY), else the
 * whole pick's, which may hold other galleries' teasers under the story.
 */
function captionsWeighedAgainst(root: Element, captions: readonly Element[]): number {
  const [first] = captions;
  if (!first || captions.length < PICTURE_STORY.figures) return textLength(root);
  const opening = (box: Element): boolean => Array.from(box.querySelectorAll('p')).some((p) => !p.closest('figure, figcaption') && wordCount(p.textContent ?? '') >= PICTURE_STORY.paragraphWords);
  for (let box = first.parentElement; box && box !== root; box = box.parentElement) {
    if (captions.every((c) => box.contains(c)) && opening(box)) return textLength(box);
  }
  return textLength(root);
}

/** Pass 1: captions and marked furniture. Returns how many walls' boxes went. */
function removeBlocks(root: Element, explain?: Explain): number {
  let walls = 0;
  const captions = Array.from(root.querySelectorAll('figcaption'));
  // A gallery's captions, which hold half the text or more, are its story; the credits in them
  // go: an element named for the credit (below), else the line that ends on one (the line rules).
  // Its captions are <figcaption>s, or boxes named for the caption ("gallery__caption") in a
  // slideshow built of <div>s; one inside another counts once.
  const named = Array.from(root.querySelectorAll(`[${WIDGET_MARK}="caption"]`)).filter((el) => !el.closest('figcaption'));
  const outer = [...captions, ...named].filter((el) => !el.parentElement?.closest(`figcaption, [${WIDGET_MARK}="caption"]`));
  const gallery = outer.reduce((n, el) => n + textLength(el), 0) >= captionsWeighedAgainst(root, outer) * GALLERY_CAPTION_SHARE;
  if (ruleOn('blocks:figcaption') && !gallery) for (const el of captions) {
    explain?.(el.textContent ?? '', 'figcaption');
    el.remove();
  }
  // A link that holds a headline and a paragraph is another page's teaser card, whole.
  if (ruleOn('blocks:linked-cards')) {
    removeCards(Array.from(root.querySelectorAll(LINKED_CARD)).filter((a) => a.querySelector(CARD_HEADLINE) && a.querySelector('p')), root, 'linked card', explain);
    // And an <article> of its own in the story that is nothing but a linked headline (El País's
    // "Más información" box between two paragraphs).
    removeCards(Array.from(root.querySelectorAll('article')).filter((el) => el !== root && linkedHeadlineOnly(el)), root, 'linked card', explain);
  }
  // Other stories' cards, each declared an article of its own (a news system's "More news"
  // under the story, whose headlines and dates Readability dropped as the cards' header and
  // footer): two or more side by side, each short.
  if (ruleOn('blocks:item-cards')) removeCards(itemCards(root), root, 'item card', explain);
  const total = textLength(root);
  const comments = ruleOn('blocks:thread-comments') ? commentChars(root) : 0;
  // The furniture is weighed only on a page with comments: most pages have none.
  const commentsAreText = comments > 0 && comments >= (total - furnitureChars(root)) * COMMENTS_ARE_TEXT_SHARE;
  const marked = Array.from(root.querySelectorAll(`[${WIDGET_MARK}]`));
  const story = ruleOn('blocks:marked-prose') ? markedProse(marked) : new Set<Element>();
  for (const el of marked) {
    const kind = el.getAttribute(WIDGET_MARK);
    // A gallery's caption keeps its words and loses its credit, however it is set in the line
    // ("… raus fahre. <span class="credit">Foto: …</span>"): the line rules would take the caption with it.
    const galleryCredit = gallery && kind === 'credit' && el.parentElement?.closest(`figcaption, [${WIDGET_MARK}="caption"]`) != null;
    if (!root.contains(el) || story.has(el) || (ruleOn('blocks:in-sentence') && inSentence(el) && !galleryCredit)) continue;
    if ((kind === 'comments' && commentsAreText) || (kind === 'caption' && gallery)) continue;
    const size = textLength(el);
    const wall = wallBox(el, kind);
    if (kind !== null && CAPTION_KINDS.has(kind) ? size < total * 0.5 : size <= total * WIDGET_MAX_SHARE || (size <= WIDGET_SHORT_CHARS && size <= total * WIDGET_SHORT_SHARE) || linkDensity(el) >= WIDGET_LINK_DENSITY || wall) {
      explain?.(el.textContent ?? '', `widget ${kind ?? ''}`);
      // A box named for its caption that holds the picture too ("<div class="wp-caption"><img>
      // <p class="wp-caption-text">…") is the figure: its text goes, its picture stays (the
      // caption is on the image: media.ts, keepCaptions).
      if (kind !== null && CAPTION_KINDS.has(kind)) el.replaceWith(...figureMedia(el));
      else el.remove();
      if (wall) walls++;
    }
  }
  for (const el of Array.from(root.querySelectorAll(`[${WIDGET_MARK}], [${PICTURE_STORY_MARK}]`))) {
    el.removeAttribute(WIDGET_MARK);
    el.removeAttribute(PICTURE_STORY_MARK);
  }
  return walls;
}

/** Whether a box holds a linked heading and next to nothing else (another story's card without its summary). */
function linkedHeadlineOnly(box: Element): boolean {
  const heading = box.querySelector(CARD_HEADLINE);
  return heading !== null && heading.querySelector(LINKED_CARD) !== null && linkDensity(heading) >= HEADLINE_CARD_SHARE && textLength(heading) >= textLength(box) * HEADLINE_CARD_SHARE;
}

/** Other pages' cards go, and a section left with nothing but its heading ("Latest from Cornwall") goes with them. */
function removeCards(cards: readonly Element[], root: Element, reason: string, explain?: Explain): void {
  const sections = new Set<Element>();
  for (const card of cards) {
    if (!root.contains(card)) continue;
    explain?.(card.textContent ?? '', reason);
    const section = titledSection(card, root);
    card.remove();
    if (section && section !== root && root.contains(section)) sections.add(section);
  }
  for (const section of sections) {
    const headings = Array.from(section.querySelectorAll(CARD_HEADLINE)).reduce((n, h) => n + textLength(h), 0);
    if (textLength(section) > headings) continue;
    explain?.(section.textContent ?? '', reason);
    section.remove();
  }
}

/** Boxes declared articles by microdata, two or more under one parent, each short (rules.ts: ITEM_CARD_TYPE, ITEM_CARD_MAX_CHARS). */
function itemCards(root: Element): Element[] {
  const byParent = new Map<Element, Element[]>();
  for (const el of Array.from(root.querySelectorAll('[itemscope][itemtype]'))) {
    // Side by side in a list's rows too, each row a wrapper of one card ("<div class="row"><div
    // itemscope …>"): the rows' parent holds the cards.
    let parent = el.parentElement;
    while (parent && parent !== root && parent.children.length === 1) parent = parent.parentElement;
    if (!parent || !ITEM_CARD_TYPE.test(el.getAttribute('itemtype') ?? '') || textLength(el) > ITEM_CARD_MAX_CHARS) continue;
    byParent.set(parent, [...(byParent.get(parent) ?? []), el]);
  }
  return [...byParent.values()].filter((cards) => cards.length >= 2).flat();
}

/** The pictures and videos a box holds, outermost only (a <picture>, not its <img> too). */
function figureMedia(box: Element): Element[] {
  return Array.from(box.querySelectorAll(FIGURE_MEDIA)).filter((m) => !m.parentElement?.closest(FIGURE_MEDIA) || !box.contains(m.parentElement.closest(FIGURE_MEDIA)));
}

/** The nearest box above a card (three levels at most, inside the root) with a heading of its own. */
function titledSection(card: Element, root: Element): Element | null {
  let box = card.parentElement;
  for (let depth = 0; box && box !== root && depth < 3; depth++, box = box.parentElement) {
    if (Array.from(box.children).some((c) => c !== card && !c.contains(card) && c.matches(CARD_HEADLINE))) return box;
  }
  return null;
}

/**
 * The story's own among the marked elements (rules.ts): paragraphs of prose in runs of
 * MARKED_PROSE_RUN or more siblings marked alike, and a promotion's box whose unmarked
 * paragraphs of prose, MARKED_PROSE_BOX_RUN or more, hold nearly all its text.
 */
function markedProse(marked: readonly Element[]): Set<Element> {
  const prose = (el: Element | null, wantMark = true): el is Element => {
    if (el?.localName !== 'p' || el.hasAttribute(WIDGET_MARK) !== wantMark) return false;
    const text = normaliseSpace(el.textContent ?? '').trim();
    return words(text).length >= MARKED_PROSE_WORDS && endsSentence(text) && linkDensity(el) < WIDGET_LINK_DENSITY;
  };
  const kept = new Set<Element>();
  for (const el of marked) {
    // Each run is read from its first paragraph.
    if (kept.has(el) || !prose(el) || (prose(el.previousElementSibling) && el.previousElementSibling.getAttribute(WIDGET_MARK) === el.getAttribute(WIDGET_MARK))) continue;
    const run: Element[] = [el];
    for (let s = el.nextElementSibling; prose(s) && s.getAttribute(WIDGET_MARK) === el.getAttribute(WIDGET_MARK); s = s.nextElementSibling) run.push(s);
    if (run.length >= MARKED_PROSE_RUN) for (const p of run) kept.add(p);
  }
  // A paywall's box around the story's rest ("<div class="fig-premium-paywall"><p>…"): marked
  // whole, its paragraphs unmarked; two paragraphs of prose that are nearly all of it keep it.
  for (const box of marked) {
    if (box.localName === 'p' || box.getAttribute(WIDGET_MARK) !== 'promo') continue;
    const paragraphs = Array.from(box.querySelectorAll('p')).filter((p) => prose(p, false));
    const chars = paragraphs.reduce((n, p) => n + textLength(p), 0);
    if (paragraphs.length >= MARKED_PROSE_BOX_RUN && chars >= textLength(box) * MARKED_PROSE_BOX_SHARE) kept.add(box);
  }
  return kept;
}

/** A wall's own box: marked 'promo', short, a log-in or subscription prompt, no such box inside it (rules.ts: WALL_BOX_MAX_WORDS). */
function wallBox(el: Element, kind: string | null): boolean {
  if (kind !== 'promo' || !ruleOn('lines:walls')) return false;
  const text = el.textContent ?? '';
  if (words(text).length > WALL_BOX_MAX_WORDS || !WALL_PATTERN.test(text)) return false;
  // A teaser's own lines in the box are the story's, whether in paragraphs or as bare text
  // in a wrapper: only a box of prompts and offers goes, whole (its badge, list of benefits
  // and log-in line with it).
  const prose = (text: string): boolean => !WALL_PATTERN.test(text) && words(text).length >= MARKED_PROSE_WORDS;
  if (Array.from(el.querySelectorAll('p')).some((p) => prose(p.textContent ?? ''))) return false;
  return ![el, ...Array.from(el.querySelectorAll('*'))].some((e) => prose(ownText(e)));
}

/** The text an element holds directly, not in its child elements. */
function ownText(el: Element): string {
  let text = '';
  for (let node = el.firstChild; node; node = node.nextSibling) if (node.nodeType === TEXT_NODE) text += ` ${node.nodeValue ?? ''}`;
  return text;
}

/**
 * A line lower-cased, past its leading marks (a bracket too: "[RELATED: …]", an emoji: "👋
 * We're hiring!") and a note's label: the label before a phrase ("Hinweis: Dieser Artikel
 * enthält Affiliate-Links", "Werbung | …") says nothing of its own.
 */
function pastNoteLabel(text: string): string {
  return lowerCase(text).replace(/^[\s\-–—•·|*»›[(\p{Extended_Pictographic}\uFE0F]+/u, '').replace(NOTE_LABEL, '');
}

export function isBoilerplateLine(text: string): boolean {
  const t = pastNoteLabel(text);
  if (BOILERPLATE_LINE_STARTS.some((s) => t.startsWith(s) && !adWordOpensSentence(t, s) && !phraseOpensSentence(t, s))) return true;
  // A label set off by a bar or a dash instead of a colon ("Also Read | …", "Lesen Sie auch – …").
  const label = LABEL_THEN_BAR.exec(t)?.[1];
  return label !== undefined && COLON_LABELS.has(label);
}

/** A label and its link on one line: at most this many words (a headline's length and the label's). */
const LABELLED_LINK_MAX_WORDS = 30;
/** A line's opening words before a bar, dash or angle quote: the label a promo line sets before its link ("Lire aussi - …" too). */
const LABEL_THEN_BAR = /^([\p{L}'’ ]{2,40}?)\s*(?:[|–—›»]|-\s)/u;
/** The line starts that are a label and its colon ("also read:"), without the colon. */
const COLON_LABELS: ReadonlySet<string> = new Set(BOILERPLATE_LINE_STARTS.filter((s) => s.endsWith(':')).map((s) => s.slice(0, -1).trimEnd()));

/**
 * An ad's label opens a line of a few words ("Advertisement - Scroll to continue") or sets
 * an ad's text apart ("Advertisement: London event"), but the word can also open a sentence
 * of the story ("Anzeige gegen den Fahrer wurde erstattet", "Publicité mensongère …").
 */
function adWordOpensSentence(line: string, start: string): boolean {
  return AD_SLOT_LABELS.has(start) && /^\s+\p{L}/u.test(line.slice(start.length)) && words(line).length > AD_LABEL_LINE_MAX_WORDS;
}

/**
 * A call's words that open a long sentence of the story ("Lire la suite du rapport sur le site
 * de la mairie, où …", "Click here to download the spreadsheet. You must be signed in …"): a
 * phrase not set off by a colon, a bar or an exclamation mark, followed by a sentence past
 * PHRASE_SENTENCE_WORDS.
 */
function phraseOpensSentence(line: string, start: string): boolean {
  return !/[:|›»!]\s*$/.test(start) && /^\s*[\p{L}\p{N}]/u.test(line.slice(start.length)) && words(line).length > PHRASE_SENTENCE_WORDS && endsSentence(line);
}

export function isShareBar(text: string): boolean {
  const words = text.toLowerCase().match(/[\p{L}\p{N}-]+/gu) ?? [];
  if (!words.length || words.length > 12 || !words.every((w) => SHARE_WORDS.has(w) || /^\d+[km]?$/.test(w))) return false;
  // Numbers alone are a rating or a table cell ("4.9 / 5.0"); one word alone is a bar only
  // when it is the call to share itself ("Google" or "Email" alone is a list's item).
  // Two different names: "14 x 12 x 6" (a size) names one twice.
  const named = words.filter((w) => SHARE_WORDS.has(w));
  return new Set(named).size >= 2 || (named.length === 1 && words.length === 1 && SHARE_CALLS.has(named[0] ?? ''));
}

/**
 * A slideshow's counters ("1 / 12", "2 / 12", …), list items or not: SLIDE_COUNTER_MIN lines or
 * more counting to one total. A list's lone numbers are its data; a run of one total is a viewer's.
 */
function slideCounters(lines: readonly Line[]): Set<number> {
  const byTotal = new Map<string, number[]>();
  lines.forEach((line, i) => {
    const total = SLIDE_COUNTER.exec(line.text.trim())?.[1];
    if (total) byTotal.set(total, [...(byTotal.get(total) ?? []), i]);
  });
  return new Set([...byTotal.values()].filter((run) => run.length >= SLIDE_COUNTER_MIN).flat());
}

/**
 * A count badge or a pager (not in a list or a table, whose numbers are data), a post's badge
 * or its number as a link, or a rating's summary.
 */
function isCounter(line: Line, inList: boolean): boolean {
  const t = line.text.trim();
  return (!inList && COUNTER_LINE.test(t)) || POST_BADGE_LINE.test(t) || TALLY_LINE.test(t) || RATING_LINE.test(t) || (isLinkLine(line) && POST_NUMBER_LINE.test(t));
}

/** The part of a dateline that is no date (isDateline) has at most this many words: a desk's or a section's name. */
const DATELINE_SIGNER_WORDS = 3;

/**
 * The parts of a dateline set apart by bars, dots or spaced dashes ("03.12.2026 | 14:05 Uhr |
 * Lesezeit: 3 Min."), or by nothing but the next part's label ("Published: Nov. 13, 2024 at
 * 6:42 PM EST Updated: Nov. 13, 2024 at 7:05 PM EST").
 */
const DATELINE_PARTS = new RegExp(String.raw`\s*[|·•]\s*|\s+[–—-]\s+|\s+(?=${DATELINE_LABEL.source.replace(/^\^/, '')})`, 'iu');

export function isDateline(text: string): boolean {
  // Two elements' text glued ("… 18:01 UhrLesezeit: 3 Min.", "… 03:14 PM EDTUpdated: …").
  const line = text.trim().replace(GLUED_WORDS, '$1 $2');
  if (READING_TIME_LINE.test(line)) return true;
  // A reading time or a media length beside the date, in any language READING_TIME_LINE and
  // MEDIA_LENGTH_PART know, goes with it, set apart or not.
  const bare = line.replace(READING_TIME_TAIL, '');
  const parts = bare.split(DATELINE_PARTS).filter((part) => part && !READING_TIME_LINE.test(part) && !MEDIA_LENGTH_PART.test(part));
  if (!parts.length) return false;
  // The date of publication and that of an update, each a dateline of its own set in one line
  // ("Published: Mar. 3, 2025 at 5:42 PM EST | Updated: Mar. 3, 2025 at 7:00 PM EST").
  if (datelinePart(parts.join(' '))) return true;
  const kinds = parts.map(partKind);
  const count = (kind: PartKind): number => kinds.filter((k) => k === kind).length;
  const dates = count('date');
  // A label's words or a time set apart from their date ("31.10.2025 – 12:40 Uhr") go with it.
  if (parts.length > 1 && dates > 0 && count('other') === 0) return true;
  // Two dates or more beside one or two short parts of another kind, the desk, the agency, the
  // section or the programme that signs them ("Redaktion Blaulicht · Veröffentlicht am 03.11.2024
  // um 00:35 Uhr · Zuletzt aktualisiert am …", "dpa 31.10.2025 – 10:07 Uhr Aktualisiert: …",
  // "NRF Niedersachsen | Regional Oldenburg | 12.02.2025 | 17:30 Uhr").
  const signers = parts.filter((_, i) => kinds[i] === 'other');
  return dates > 0 && dates + count('time') >= 2 && signers.length >= 1 && signers.length <= 2 && signers.every((signer) => signer.split(/\s+/).length <= DATELINE_SIGNER_WORDS && !/[.!?]$/.test(signer));
}

/**
 * What a part of a dateline is: a date (datelinePart), a time of day alone with the words set
 * around it ("12:40 Uhr", "7.05 pm"), a label's words alone as the split before the next label
 * leaves them ("Zuletzt" of "Zuletzt aktualisiert am …"), or something else.
 */
type PartKind = 'date' | 'time' | 'label' | 'other';

function partKind(part: string): PartKind {
  if (datelinePart(part)) return 'date';
  // Read token by token, and only as far as it can matter: a line of prose is "other" at its first word that is no date's.
  let count = 0;
  let labelWords = true;
  for (const t of eachDateToken(part)) {
    count++;
    if (DATE_WORDS.has(t)) continue;
    labelWords = false;
    if (!/^\d+$/.test(t)) return 'other';
  }
  if (/\d{1,2}[:.h]\d{2}/.test(part) && count <= DATELINE_MAX_TOKENS) return 'time';
  return count > 0 && labelWords ? 'label' : 'other';
}

const DATE_TOKEN = /[\p{L}\p{N}]+/gu;

/** A dateline's words and numbers, lower-cased. */
function dateTokens(text: string): string[] {
  return text.toLowerCase().match(DATE_TOKEN) ?? [];
}

/** The same, one at a time: a long line of prose is given up at its first word. */
function* eachDateToken(text: string): Generator<string> {
  for (const m of text.toLowerCase().matchAll(DATE_TOKEN)) yield m[0];
}

/** Only dates, times and their labels, with a number and an anchor (DATE_ANCHORS) or a numeric date. */
function datelinePart(dated: string): boolean {
  let count = 0;
  let numbers = 0;
  let anchored = false;
  for (const t of eachDateToken(dated)) {
    if (++count > DATELINE_MAX_TOKENS) return false;
    if (/^\d+(?:st|nd|rd|th|er|h\d*)?$/.test(t)) {
      numbers++;
      anchored ||= /^(?:19|20)\d\d$/.test(t);
    } else if (DATE_WORDS.has(t)) anchored ||= DATE_ANCHORS.has(t);
    else return false;
  }
  return numbers > 0 && (anchored || /\d{1,2}[./-]\d{1,2}[./-]\d{2,4}/.test(dated));
}

function endsSentence(text: string): boolean {
  return SENTENCE_END.test(text);
}

/** A line's length in Latin characters' worth (rules.ts: CJK_CHAR_WEIGHT, HANGUL_CHAR_WEIGHT). */
function weight(line: Line): number {
  const hanKana = line.text.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu)?.length ?? 0;
  const hangul = line.text.match(/\p{Script=Hangul}/gu)?.length ?? 0;
  return line.chars + (CJK_CHAR_WEIGHT - 1) * hanKana + (HANGUL_CHAR_WEIGHT - 1) * hangul;
}

/**
 * A paragraph between two teasers' headlines: a short link over it, and after it (past a line
 * that is only a date, "Feb 28, 2025") another short link or the end. A list of other posts
 * under a boilerplate heading ("More posts") sets each headline over an excerpt as long as a
 * paragraph; prose resumes only where a paragraph is followed by something else.
 */
function teaserText(lines: readonly Line[], i: number): boolean {
  const above = lines[i - 1];
  if (!above || !teaserHeadline(above)) return false;
  let k = i + 1;
  while (k < lines.length && datelinePart(lines[k]!.text)) k++;
  const below = lines[k];
  return !below || teaserHeadline(below) || isDatedLink(below);
}

/**
 * Another story's headline as a teaser sets it: a short link, or a link that is a heading
 * however long ("El GREIM cerró 2024 con un récord de rescates en la sierra: 61 intervenciones").
 */
function teaserHeadline(line: Line): boolean {
  return isLinkLine(line) && (isShort(line) || line.heading);
}

/**
 * Line j is the excerpt under a linked headline in one box with the label at line i and nothing
 * else (an inline "À lire aussi" card: its label, another story's linked headline, its
 * excerpt), where the story's paragraphs go on after it.
 */
function teaserInBox(lines: readonly Line[], i: number, j: number): boolean {
  const above = lines[j - 1];
  if (j !== i + 2 || !above || !isLinkLine(above)) return false;
  const from = lines[i]!.nodes[0];
  const to = lines[j]!.nodes[lines[j]!.nodes.length - 1];
  if (!from || !to) return false;
  let box: Element | null = from.parentElement;
  while (box && !box.contains(to)) box = box.parentElement;
  const chars = lines[i]!.chars + above.chars + lines[j]!.chars;
  return box !== null && collapsedLength(box.textContent ?? '') <= chars + TEASER_BOX_SLACK_CHARS;
}

/** A bare address shown as text: the article's own reference, not a link to a story. */
function isBareUrl(line: Line): boolean {
  return /^(?:https?:\/\/|www\.)\S+$/i.test(line.text);
}

function isLinkLine(line: Line): boolean {
  return line.chars > 0 && line.linkChars / line.chars >= LINK_LINE_SHARE && !isBareUrl(line);
}

/**
 * A short link with only its date beside it, as lists of other stories set them ("Los
 * embalses catalanes marcan su mínimo en dos años 10 de marzo de 2026"); the date is not
 * counted against the line's shortness.
 */
function isDatedLink(line: Line): boolean {
  return line.linkChars > 0 && line.unlinked !== '' && datelinePart(line.unlinked) && line.words - dateTokens(line.unlinked).length < SHORT_LINE_WORDS;
}

/**
 * A line that is one link and no sentence ("SEE THE FULL STORY HERE", a headline) is a
 * promo, wherever it stands; a link inside a sentence is not.
 */
function isWholeLink(line: Line): boolean {
  // Headings that are links name the item a section is about (gift guides, reviews);
  // bare addresses are the article's references.
  if (line.heading || line.listItem || isBareUrl(line)) return false;
  return line.chars > 0 && line.linkChars / line.chars >= WHOLE_LINK_SHARE && line.words >= 3 && line.words <= 25 && !endsSentence(line.text);
}

/** A line of a related-stories label (BOILERPLATE_HEADINGS) and one link, the link the rest of it. */
function labelledLink(line: Line): boolean {
  if (line.linkChars === 0 || line.heading || line.words > LABELLED_LINK_MAX_WORDS || endsSentence(line.text)) return false;
  return line.unlinked.length > 0 && isBoilerplateHeading(line.unlinked);
}

/** The linked line titles `next`, a paragraph about what it names (rules.ts: LINK_TITLE_SHARE). */
function titlesNext(line: Line, next: Line | undefined): boolean {
  if (!next || !isSubstantial(next)) return false;
  const named = words(line.text).filter((w) => w.length >= LINK_TITLE_WORD_CHARS);
  if (named.length < 2) return false;
  const said = new Set(words(next.text));
  const repeated = named.filter((w) => said.has(w)).length;
  return repeated >= 2 && repeated >= named.length * LINK_TITLE_SHARE;
}

function isSubstantial(line: Line): boolean {
  return weight(line) >= SUBSTANTIAL_CHARS && endsSentence(line.text) && !isLinkLine(line);
}

function isShort(line: Line): boolean {
  return line.words < SHORT_LINE_WORDS && !isSubstantial(line);
}

/** Lower-cased words of a text, for comparing a line with the page's headline. */
function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Lower-cased words of a headline or a line weighed against it (Chinese and Japanese: a character each). */
function headlineWords(text: string): string[] {
  return textWords(text.toLowerCase());
}

/**
 * The line repeats the page's headline: the same words, or most of them in a row (a
 * headline set without its kicker, or the title with a kicker the line leaves out).
 */
export function repeatsHeadline(text: string, headline: string): boolean {
  const line = headlineWords(text);
  const head = headlineWords(headline);
  if (line.length < HEADLINE_MIN_WORDS || line.length > head.length) return false;
  if (line.length < head.length * HEADLINE_MIN_SHARE) return false;
  return ` ${head.join(' ')} `.includes(` ${line.join(' ')} `);
}


/** Most words of four letters or more open with a capital: a heading's or a box's title, not a sentence. */
function titleCase(text: string): boolean {
  const long = text.match(/\p{L}{4,}/gu) ?? [];
  return long.length > 0 && long.filter((w) => /^\p{Lu}/u.test(w)).length > long.length / 2;
}

/** Whether a sign-off pattern matches `text` (a loop, not a closure made for every line; the text lower-cased once). */
function signoffLine(text: string): boolean {
  const lower = text.toLowerCase();
  for (const test of signoffLines) if (test(text, lower)) return true;
  return false;
}

/** The reason judgeLines gives a wall's line. */
const WALL = 'wall';

/**
 * Pass 2: for each line, why it goes, or null when it stays. `headline` is the page's
 * title, when known: a line repeating it before the article's first paragraph goes.
 */
export function judgeLines(lines: readonly Line[], headline?: string | null, authors: readonly string[] = [], published?: string | null): (string | null)[] {
  const drop: (string | null)[] = lines.map(() => null);
  const n = lines.length;
  // A caption set three times or more above the article is a slideshow's (in the slide, in
  // the viewer, cut short): it does not open the article, and its copies go. Not when the
  // whole article is set twice (below).
  const counts = substantialCounts(lines);
  const twice = setTwice(counts);
  const slideshow = ruleOn('lines:slideshow-captions') && !twice ? new Set(leadRepeats(lines, counts)) : null;
  let first = -1;
  let last = -1;
  lines.forEach((l, i) => {
    if (slideshow?.has(l)) drop[i] = 'slideshow caption';
    else if (isSubstantial(l)) {
      if (first < 0) first = i;
      last = i;
    }
  });
  const outside = (i: number): boolean => first < 0 || i < first || i > last;
  const on = {
    phrases: ruleOn('lines:phrases'), credits: ruleOn('lines:credits'), legal: ruleOn('lines:legal'), consent: ruleOn('lines:consent'), signoffs: ruleOn('lines:signoffs'),
    promoLinks: ruleOn('lines:promo-links'), counters: ruleOn('lines:counters'), controls: ruleOn('lines:media-controls'), shareBars: ruleOn('lines:share-bars'),
    datelines: ruleOn('lines:datelines'), walls: ruleOn('lines:walls'),
  };

  const slides = slideCounters(lines);
  for (let i = 0; i < n; i++) {
    const line = lines[i]!;
    const t = line.text;
    // Dates and numbers in a table or a list are its data (a schedule, a price history).
    const inList = line.table || line.listItem;
    if (!/[\p{L}\p{N}]/u.test(t)) drop[i] = 'empty';
    else if (on.walls && line.words <= WALL_LINE_MAX_WORDS && WALL_PATTERN.test(t)) drop[i] = WALL;
    else if (on.phrases && ((line.words <= 40 && isBoilerplateLine(t)) || POST_FILING_LINE.test(t.trimStart()))) drop[i] = 'phrase';
    else if (on.credits && line.words <= 25 && CREDIT_LINE.test(t)) drop[i] = 'credit';
    else if (on.credits && line.words <= CAPTION_MAX_WORDS && (CAPTION_CREDIT_END.test(t) || CAPTION_PHOTOGRAPHER_END.test(t))) drop[i] = 'caption';
    else if (on.legal && line.words <= 40 && legalLine(pastNoteLabel(t))) drop[i] = 'legal';
    else if (on.consent && line.words <= CONSENT_MAX_WORDS && CONSENT_LINE.test(t)) drop[i] = 'consent';
    else if (on.signoffs && line.words <= SIGNOFF_MAX_WORDS && signoffLine(t)) drop[i] = 'signoff';
    else if (on.promoLinks && isWholeLink(line) && !titlesNext(line, lines[i + 1])) drop[i] = 'promo link';
    // A related-stories label and the link it introduces on one line, with no mark between
    // ("Lire aussi La Cour des comptes alerte …": the label and the link side by side in a box).
    else if (on.promoLinks && labelledLink(line)) drop[i] = 'promo link';
    else if (on.counters && (slides.has(i) || isCounter(line, inList))) drop[i] = 'counter';
    // A viewer's control is a button; a link or an item named "close" is a page's or a list's
    // (an event's name). A box's toggle ("Click to expand...") is one wherever it stands.
    else if (on.controls && !inList && line.words <= 4 && !isLinkLine(line) && MEDIA_CONTROL_LINES.has(bare(t))) drop[i] = 'media control';
    else if (on.controls && line.words <= 4 && BOX_TOGGLE_LINES.has(bare(t))) drop[i] = 'toggle';
    else if (on.controls && line.words <= 4 && POST_CONTROL_LINES.has(bare(t))) drop[i] = 'post control';
    else if (on.controls && line.words <= 4 && PHOTO_SHOP_LINES.has(bare(t))) drop[i] = 'media control';
    else if (on.controls && line.words <= 5 && LOADING_LINE.test(t.trim())) drop[i] = 'placeholder';
    // A player's kind and length alone ("Audio: 2 Min.", "Video 03:12").
    else if (on.controls && !inList && MEDIA_LENGTH_PART.test(t.trim())) drop[i] = 'media control';
    else if (on.shareBars && isShareBar(t)) drop[i] = 'share';
    // A list of the story's own datelines ("<li>Published March 12</li><li>Updated 3:14 p.m.</li>") says so.
    else if (on.datelines && (!inList || DATELINE_LABEL.test(t.trim()) || READING_TIME_LINE.test(t.trim())) && isDateline(t)) drop[i] = 'date';
  }

  // An e-mail address alone on a line after the story's last paragraph: the writer's or a press
  // office's contact (rules.ts: CONTACT_ADDRESS_LINE), not the story's.
  if (on.signoffs && last >= 0) for (let i = last + 1; i < n; i++) if (drop[i] === null && CONTACT_ADDRESS_LINE.test(lines[i]!.text.trim())) drop[i] = 'contact';

  // A wall's offer between two of its prompts (rules.ts: WALL_OFFER_MAX_LINES).
  if (on.walls) {
    let prompt = -1;
    for (let i = 0; i < n; i++) {
      if (drop[i] !== WALL) continue;
      const between = lines.slice(prompt + 1, i);
      if (prompt >= 0 && between.length <= WALL_OFFER_MAX_LINES && between.every((l) => l.words <= WALL_OFFER_LINE_MAX_WORDS)) for (let j = prompt + 1; j < i; j++) drop[j] ??= WALL;
      prompt = i;
    }
  }

  if (ruleOn('lines:member-stats')) {
    memberStats(lines, drop);
    replySubjects(lines, drop);
    // A forum member's signature under the line of underscores that boards set before it.
    for (let i = 0; i + 1 < n; i++) if (SIGNATURE_RULE.test(lines[i]!.text) && lines[i + 1]!.words <= SIGNATURE_MAX_WORDS) drop[i + 1] = 'signature';
  }

  // The title of a table of contents: the entries under it repeat the article's own
  // headings (and go as link runs when they are links), so only the title goes.
  if (ruleOn('lines:contents')) {
    for (let i = 0; i < n; i++) if (drop[i] === null && !lines[i]!.table && CONTENTS_HEADINGS.has(bare(lines[i]!.text))) drop[i] = 'contents';
  }

  // Boilerplate headings ("Latest Stories", "Related", "Lire aussi"): the heading and what
  // it introduces, up to where prose resumes (a substantial paragraph, or two sentence
  // lines in a row: a teaser list alternates headlines with at most one sentence).
  const prose = (l: Line | undefined): boolean => !!l && l.words >= 8 && endsSentence(l.text) && !isLinkLine(l);
  // A sentence that announces the list under it ("… the following districts:"), when the
  // list is of words rather than links: the story's own, as a box's teasers are links.
  const announcesList = (l: Line, next: Line | undefined): boolean =>
    l.words >= 8 && /:\s*$/.test(l.text) && !isLinkLine(l) && !l.listItem && !!next?.listItem && !isLinkLine(next);
  // The first paragraph set under a linked headline, as a teaser's excerpt is.
  let firstTeaser = 1;
  while (firstTeaser < n && !(isSubstantial(lines[firstTeaser]!) && teaserHeadline(lines[firstTeaser - 1]!))) firstTeaser++;
  for (let i = 0; ruleOn('lines:headings') && i < n; i++) {
    // In a table, "Category" or "Tags" labels a column of the table's data.
    if (lines[i]!.table || !isBoilerplateHeading(lines[i]!.text)) continue;
    drop[i] = 'heading';
    // A link or button ("Read more", "Subscribe now") is a call to action, not the title
    // of a block: it goes alone, and what follows it is judged on its own.
    if (isLinkLine(lines[i]!) && !lines[i]!.heading) continue;
    const adSlot = AD_SLOT_LABELS.has(bare(lines[i]!.text));
    // A job advert's heading: the box under it, whatever its lines read like, to the next heading.
    if (JOB_ADVERT_HEADINGS.has(bare(lines[i]!.text))) {
      let j = i + 1;
      for (; j < n && j <= i + JOB_ADVERT_MAX_LINES && !lines[j]!.heading; j++) drop[j] ??= 'under heading';
      i = j - 1;
      continue;
    }
    let j = i + 1;
    // Under a story of its own: the page's prose opens before the heading, and not as an
    // excerpt under a headline (a page of teasers is its own text).
    const teasersUnder = first >= 0 && first < i && first < firstTeaser;
    for (; j < n; j++) {
      const l = lines[j]!;
      if (prose(l) && (adSlot || isSubstantial(l) || prose(lines[j + 1])) && !(teasersUnder && teaserText(lines, j)) && !teaserInBox(lines, i, j)) break;
      // An ad's label heads the ad alone: a heading after it opens the story's next section.
      if (adSlot && l.heading && !isLinkLine(l)) break;
      if (announcesList(l, lines[j + 1])) break;
      drop[j] ??= 'under heading';
    }
    // Within the story, the subheading over the prose that resumes is the story's own ("Mehr
    // zum Thema" with its links, then an interview's next question over its answer).
    const over = lines[j - 1];
    if (j < n && i > first && j - 1 > i && over?.heading && !isLinkLine(over) && drop[j - 1] === 'under heading') drop[j - 1] = null;
    i = j - 1;
  }

  // Runs of short link lines are link lists. Inside the article, a list or table of links
  // is the article's own (resources, sources, the products it reviews), and so is a heading
  // that is a link (the item a section reviews, set between its shop links); elsewhere they
  // are furniture.
  const linkedHeadings = ruleOn('lines:linked-headings');
  for (let i = 0; ruleOn('lines:link-runs') && i < n; ) {
    let j = i;
    while (j < n && ((isLinkLine(lines[j]!) && isShort(lines[j]!)) || isDatedLink(lines[j]!))) j++;
    // After the last paragraph too, when the article's own line announces it ("… the following records:").
    // Not a heading nor a line in title case ("Related Articles from Our Blog:"), which head boxes.
    const announcer = lines[i - 1];
    const announced = !!announcer && i > first && drop[i - 1] === null && !announcer.listItem && !announcer.heading && announcer.words >= ANNOUNCED_LIST_WORDS && /:\s*$/.test(announcer.text) && !titleCase(announcer.text);
    // Links that each carry a time told relative to now ("35 mins ago", "vor 3 Min.") are a
    // river of the site's latest stories, wherever the template sets it: no list of the article's.
    const river = lines.slice(i, j).filter((l) => RELATIVE_TIME.test(unglued(l.text))).length >= LINK_RUN_MIN;
    const own = (!outside(i) || announced) && !river && lines.slice(i, j).every((l) => l.listItem || l.table);
    if (!own && (j - i >= LINK_RUN_MIN || (j > i && outside(i)))) {
      for (let k = i; k < j; k++) if (!(linkedHeadings && lines[k]!.heading && !outside(k))) drop[k] = 'link run';
    }
    i = Math.max(j, i + 1);
  }

  // Before the first substantial paragraph: headline, kicker, byline, date, breadcrumbs.
  // (The same rule after the last paragraph cost more than it gained: schedules, lists
  // and embedded posts end articles as often as tags and sign-offs do.)
  if (first >= 0 && ruleOn('lines:lead')) {
    // Subheadings ("Key takeaways", "In this guide") open the article's first section.
    const names = fullNames(authors);
    const byline = (l: Line): boolean => l.words <= BYLINE_LINE_MAX_WORDS && opensWithByline(l.text, names);
    // A bare address is a print header's or a share box's copy of the page's own.
    const address = (l: Line): boolean => /^https?:\/\/\S+$/.test(l.text.trim());
    // A greeting on a line of its own opens the text ("Hallo zusammen,", "Dear readers,").
    // A reading time's "Min." closing a byline is no sentence's end ("Von Jan Meier 22.11.2026 Lesezeit: 2 Min.").
    const loose = (l: Line): boolean => ((isShort(l) || byline(l)) && !endsSentence(l.text.replace(READING_TIME_TAIL, '')) && !LEAD_SALUTATION.test(l.text.trim()) || address(l)) && !l.listItem && !l.table && !l.heading;
    // A long stretch before the first paragraph is content (a list, a table), not a header.
    const before = lines.slice(0, first).filter((_, i) => drop[i] === null).length;
    if (before <= LEAD_MAX_LINES) {
      const rows = tableRows(lines.slice(0, first).filter(loose));
      for (let i = 0; i < first; i++) if (loose(lines[i]!) && !rows.has(lines[i]!)) drop[i] = 'lead';
    }
    // The byline and dateline set under a lead paragraph, before the second, as German templates
    // set them under the teaser: "Von Jan Meier und Eva Roth", "12. März 2024, 14:05 Uhr · dpa".
    // Only a line that names one of the page's authors, or a short line that opens with the
    // story's own day of publication (a word or three before it at most: "dpa 12.03.2024"; a
    // post's "Last edited by … (date)" or an offer's "Deadline to apply: …" say more first), and
    // no sentence (a reading time's "Min." is no sentence's end).
    // The writer's name before the date is the byline set in the same line ("Jane Doe
    // Veröffentlicht am 25.11.2026 | 14:10 Uhr"), not words of a sentence.
    const day = published?.slice(0, 10);
    const afterName = (text: string): string => text.slice(names.find((name) => text.startsWith(name))?.length ?? 0);
    const dated = (l: Line): boolean =>
      day !== undefined && l.words <= DATELINE_MAX_TOKENS && wordCount(afterName(l.text).split(/\d/, 1)[0] ?? '') <= DATELINE_LEAD_WORDS && parseVisibleDate(l.text)?.slice(0, 10) === day;
    const sentence = (l: Line): boolean => endsSentence(l.text.replace(READING_TIME_TAIL, ''));
    for (let i = first + 1; i < n && i <= first + LEAD_MAX_LINES && !isSubstantial(lines[i]!); i++) {
      const line = lines[i]!;
      if (drop[i] === null && (byline(line) || (dated(line) && !line.listItem && !line.table)) && !sentence(line) && !line.heading) drop[i] = 'lead';
    }
  }

  // The headline set again at the top of the article (often as a heading, which the lead
  // rule keeps): the record carries it as its title, and it is not body text.
  // Like the lead rule, only above a paragraph: with none, the page is no story laid out
  // under its headline.
  if (headline && first >= 0 && ruleOn('lines:headline')) {
    for (let i = 0; i < first; i++) {
      if (drop[i] === null && repeatsHeadline(lines[i]!.text, headline)) {
        drop[i] = 'headline';
        break;
      }
    }
  }
  // The article set twice (rules.ts: REPEAT_MIN_SHARE): the copy goes, line by line.
  if (ruleOn('lines:repeats') && twice) {
    const seen = new Set<string>();
    lines.forEach((l, i) => {
      const key = l.text.toLowerCase();
      if (seen.has(key)) drop[i] ??= 'repeat';
      seen.add(key);
    });
  }

  // Readers' comments under the story, known by their heading's words (rules.ts:
  // COMMENT_SECTION_HEADINGS): the heading and everything after it.
  if (first >= 0 && ruleOn('lines:comment-tail')) {
    const at = lines.findIndex((l, i) => i > first && !l.table && !l.listItem && commentHeading(l.text));
    if (at > 0) for (let i = at; i < n; i++) drop[i] ??= 'comments';
  }

  // A press release's end mark (rules.ts: END_MARK_LINE): it and everything after it.
  if (first >= 0 && ruleOn('lines:end-mark')) {
    const at = lines.findIndex((l, i) => i > first && END_MARK_LINE.test(l.text.trim()));
    if (at > 0) for (let i = at; i < n; i++) drop[i] ??= 'end mark';
  }

  // The writer's biography under the story (rules.ts: AUTHOR_BIO_TAIL).
  if (authors.length && ruleOn('lines:author-bio')) {
    // The last lines, past short ones (a tag list, a share bar, a heading over other stories)
    // and the links other rules took (other stories' headlines after the biography).
    for (let i = n - 1, seen = 0; i >= 0 && seen < AUTHOR_BIO_TAIL; i--) {
      const line = lines[i]!;
      if (drop[i] === null && creditsAuthor(line, authors)) drop[i] = 'author credit';
      if (line.words < AUTHOR_BIO_MIN_WORDS || (drop[i] !== null && isLinkLine(line))) continue;
      seen++;
      if (drop[i] === null && (opensWithAuthor(line, authors) || namedAbove(lines, i, authors))) drop[i] = 'author bio';
    }
  }

  if (ruleOn('lines:cut-excerpts')) cutExcerpts(lines, drop);

  // A heading left last, once what it titled went ("Similar questions" over a list of links,
  // "Do you have a story?" over a call for readers' stories): a title of nothing.
  // A heading with nothing under it in the page (a video, a form) is left alone.
  if (ruleOn('lines:trailing-headings')) {
    let titledGone = false;
    // After the last paragraph, or, when that paragraph went too (a call for readers' stories),
    // after the last one kept: a heading that is all the text left stays.
    let from = last;
    if (last >= 0 && drop[last] !== null) {
      from = -1;
      for (let i = last - 1; i >= 0 && from < 0; i--) if (drop[i] === null && !lines[i]!.heading && isSubstantial(lines[i]!)) from = i;
      if (from < 0) from = last;
    }
    for (let i = n - 1; i > from && i >= 0; i--) {
      if (drop[i] !== null) {
        titledGone = true;
        continue;
      }
      if (!titledGone || !lines[i]!.heading || lines[i]!.table) break;
      drop[i] = 'trailing heading';
    }
  }
  if (on.datelines) keepTimeline(lines, drop);
  return drop;
}

/**
 * Other stories' excerpts after the story, each cut by the site at one length: CUT_EXCERPT.minLines
 * or more lines ending in an ellipsis whose lengths agree within a few characters (eleven of 153
 * characters under "ALSO IN THE NEWS", each "… on Tuesday, December 1..."; a related box's cut
 * at some 270 characters by words). They go with the short lines between them (their headlines,
 * dates, a section's name) and those over the first with the box's label, when the story's
 * prose before them is at least CUT_EXCERPT.storyShare of theirs and none of it stands between
 * them. A page of such excerpts with a line or two over them is a listing's text, and stays;
 * so do the items of a list or a table (a table of contents' entries, each summed up in a line).
 */
function cutExcerpts(lines: readonly Line[], drop: (string | null)[]): void {
  const cut = lines.flatMap((l, i) => (drop[i] === null && !l.listItem && !l.table && l.chars >= CUT_EXCERPT.minChars && TEASER_END.test(l.text) ? [i] : []));
  if (cut.length < CUT_EXCERPT.minLines) return;
  // The largest set of lengths within the spread of each other.
  const bySize = [...cut].sort((a, b) => lines[a]!.chars - lines[b]!.chars);
  let run: number[] = [];
  for (let a = 0, b = 0; a < bySize.length; a++) {
    const low = lines[bySize[a]!]!.chars;
    b = Math.max(b, a);
    while (b + 1 < bySize.length && lines[bySize[b + 1]!]!.chars - low <= Math.max(CUT_EXCERPT.spreadChars, CUT_EXCERPT.spreadShare * lines[bySize[b + 1]!]!.chars)) b++;
    if (b - a + 1 > run.length) run = bySize.slice(a, b + 1);
  }
  if (run.length < CUT_EXCERPT.minLines) return;
  run.sort((a, b) => a - b);
  const from = run[0]!;
  const to = run[run.length - 1]!;
  const excerpts = new Set(run);
  for (let i = from; i <= to; i++) if (!excerpts.has(i) && drop[i] === null && isSubstantial(lines[i]!)) return;
  let story = 0;
  for (let i = 0; i < from; i++) if (drop[i] === null && isSubstantial(lines[i]!)) story += lines[i]!.chars;
  const excerptChars = run.reduce((sum, i) => sum + lines[i]!.chars, 0);
  if (story < CUT_EXCERPT.storyShare * excerptChars) return;
  // Each excerpt comes after as many short lines as the fewest between two of them (its
  // headline, a section's name); the first has the box's label over those too.
  let between = Infinity;
  for (let k = 1; k < run.length; k++) {
    let kept = 0;
    for (let i = run[k - 1]! + 1; i < run[k]!; i++) if (drop[i] === null) kept++;
    between = Math.min(between, kept);
  }
  for (let i = from; i <= to; i++) drop[i] ??= 'cut excerpt';
  for (let i = from - 1, left = between + 1; i >= 0 && left > 0; i--) {
    if (drop[i] !== null) continue;
    if (!isShort(lines[i]!)) break;
    drop[i] = 'cut excerpt';
    left--;
  }
}

/**
 * A timeline's dates: TIMELINE_MIN_DATES lines or more read as datelines, each a day, a month
 * or a year alone, with no time of day ("Marzo de 2004") and each followed by a paragraph of the
 * story's, not a teaser's cut short ("… on Tuesday, December 1..."), are the headings of a
 * chronology, not the page's datelines: they stay. So do a thread's posts' dates over each post
 * ("#5 · Mar 21, 2025"), which the WCXB truth of two forum threads keeps (0529, 0534).
 */
function keepTimeline(lines: readonly Line[], drop: (string | null)[]): void {
  const heads: number[] = [];
  for (let i = 0; i + 1 < lines.length; i++) {
    const next = lines[i + 1]!;
    if (drop[i] !== 'date' || drop[i + 1] !== null || !isSubstantial(next) || TEASER_END.test(next.text) || TIME_OF_DAY.test(lines[i]!.text) || !datelinePart(lines[i]!.text.trim())) continue;
    heads.push(i);
  }
  if (heads.length >= TIMELINE_MIN_DATES) for (const i of heads) drop[i] = null;
}

/** A member stat's label and value ("Posts: 114" → posts, 114), or its label alone; null for any other line. */
function memberStat(line: Line): { label: string; value: string } | null {
  // A label has at most three words ("date d'inscription"). In a table too: old boards (phpBB 2,
  // Forumactif) lay out each post and its member box as a table's row.
  if (line.words > MEMBER_STAT_MAX_VALUE_WORDS + 3) return null;
  const colon = line.text.indexOf(':');
  const label = (colon < 0 ? line.text : line.text.slice(0, colon)).toLowerCase().trim();
  if (!MEMBER_STAT_LABELS.has(label)) return null;
  const value = colon < 0 ? '' : line.text.slice(colon + 1).trim();
  return !value || statValue(value) ? { label, value } : null;
}

/** A count or a date ("1,204", "1.2k", "Fr 12. Jan 2018, 09:12", "2019-03-03"): numbers, date words and abbreviations only. */
function statValue(text: string): boolean {
  const tokens = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  return /\d/.test(text) && tokens.length <= MEMBER_STAT_MAX_VALUE_WORDS && tokens.every((t) => /^\d/.test(t) || DATE_WORDS.has(t) || t.length <= 2);
}

/**
 * The member boxes of a forum thread (rules.ts: MEMBER_STAT_LABELS): each stat line goes,
 * and a label set alone takes the value on the line under it. Only when the body holds
 * MEMBER_STATS_MIN such lines under two labels or more: one "Posts: 3" is a sentence's table.
 */
function memberStats(lines: readonly Line[], drop: (string | null)[]): void {
  const stats = lines.map(memberStat);
  const found = stats.filter((s) => s !== null);
  if (found.length < MEMBER_STATS_MIN || new Set(found.map((s) => s.label)).size < 2) return;
  stats.forEach((stat, i) => {
    if (!stat) return;
    drop[i] ??= 'member stat';
    const next = lines[i + 1];
    if (!stat.value && next && !stats[i + 1] && statValue(next.text)) drop[i + 1] ??= 'member stat';
    // The box's free-text fields beside its stats. (Not the member's handle above them: it says
    // who wrote the post, and the WCXB truth keeps it.)
    for (const j of [i - 1, i + 1]) if (lines[j] && !stats[j] && memberField(lines[j])) drop[j] ??= 'member stat';
  });
}

/** A reply's subject set over the posts, each line said REPLY_SUBJECT_MIN_REPEATS times or more (rules.ts: REPLY_SUBJECT). */
function replySubjects(lines: readonly Line[], drop: (string | null)[]): void {
  const said = new Map<string, number>();
  for (const l of lines) if (REPLY_SUBJECT.test(l.text)) said.set(l.text, (said.get(l.text) ?? 0) + 1);
  lines.forEach((l, i) => {
    if ((said.get(l.text) ?? 0) >= REPLY_SUBJECT_MIN_REPEATS) drop[i] ??= 'reply subject';
  });
}

/** "Location: Kassel": a member box's field with a short free-text value (MEMBER_FIELD_LABELS). */
function memberField(line: Line): boolean {
  const colon = line.text.indexOf(':');
  if (colon < 0) return false;
  const value = line.text.slice(colon + 1).trim();
  return MEMBER_FIELD_LABELS.has(line.text.slice(0, colon).toLowerCase().trim()) && value !== '' && value.split(/\s+/).length <= MEMBER_FIELD_MAX_WORDS;
}

/** The lines that share their ending with enough others to be the rows of a table set as lines (rules.ts: LEAD_ROWS_MIN). */
function tableRows(lines: readonly Line[]): Set<Line> {
  const byEnding = new Map<string, Line[]>();
  for (const l of lines) {
    const said = words(l.text);
    if (said.length < 3) continue;
    const end = said.slice(-2).join(' ');
    const rows = byEnding.get(end);
    if (rows) rows.push(l);
    else byEnding.set(end, [l]);
  }
  return new Set([...byEnding.values()].filter((rows) => rows.length >= LEAD_ROWS_MIN).flat());
}

/**
 * A caption as compared with its other copies: without the toggle a viewer writes after it
 * ("… less", "… more") and, when cut short ("… the military relations ..."), as the words it
 * keeps, which the full copy starts with.
 */
function captionStem(text: string): string {
  return text.toLowerCase().replace(CAPTION_TOGGLE_END, '').replace(/\s*(?:\.\.\.|…)$/, '').trim();
}

/**
 * The lines above the article that are copies of one text set LEAD_REPEAT_MIN_COPIES times or
 * more (a full copy and one cut short count alike), all of them above the first substantial
 * line the body holds once: a paragraph the article repeats further down is not one. Items of
 * a list or a table repeat by design (a plan's features under each price): a text set only in
 * such items is not one either. (Below the article the same rule took a meal plan's repeated
 * days for captions.)
 */
function leadRepeats(lines: readonly Line[], counts: ReadonlyMap<string, number>): Line[] {
  const once = lines.findIndex((l) => isSubstantial(l) && counts.get(l.text.toLowerCase()) === 1);
  // A page header is short; a longer stretch is not searched (the copies are compared pairwise).
  return once < 0 || once > LEAD_REPEAT_MAX_LINES ? [] : copiesIn(lines.slice(0, once), lines.slice(once));
}

/** The lines of `zone` set LEAD_REPEAT_MIN_COPIES times or more there and nowhere in `rest`. */
function copiesIn(zone: readonly Line[], rest: readonly Line[]): Line[] {
  // Copies grouped by the longest stem seen: one stem starts the other.
  const groups: { stem: string; lines: Line[]; loose: boolean }[] = [];
  for (const l of zone) {
    if (l.words < LEAD_REPEAT_MIN_WORDS) continue;
    const stem = captionStem(l.text);
    const group = groups.find((g) => g.stem.startsWith(stem) || stem.startsWith(g.stem)) ?? groups[groups.push({ stem, lines: [], loose: false }) - 1]!;
    if (stem.length > group.stem.length) group.stem = stem;
    group.lines.push(l);
    if (!l.listItem && !l.table) group.loose = true;
  }
  const elsewhere = new Set(rest.map((l) => captionStem(l.text)));
  return groups.filter((g) => g.lines.length >= LEAD_REPEAT_MIN_COPIES && g.loose && !elsewhere.has(g.stem)).flatMap((g) => g.lines);
}

/** How many times each substantial paragraph's text (lower case) is set in the body. */
function substantialCounts(lines: readonly Line[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const l of lines) {
    if (!isSubstantial(l)) continue;
    const key = l.text.toLowerCase();
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** Whether the body's substantial paragraphs repeat as a copy of the article does (rules.ts: REPEAT_MIN_SHARE). */
function setTwice(counts: ReadonlyMap<string, number>): boolean {
  let repeated = 0;
  for (const n of counts.values()) if (n > 1) repeated++;
  return repeated >= REPEAT_MIN_PARAGRAPHS && repeated >= counts.size * REPEAT_MIN_SHARE;
}

/** Full names of authors: credentials after a comma dropped ("Jane Roe, MS, RD"), two words or more. */
function fullNames(authors: readonly string[]): string[] {
  return authors.map((a) => a.replace(/,.*$/s, '').replace(/\s+/g, ' ').trim()).filter((a) => a.split(' ').length >= 2);
}

/**
 * The line is a byline: "By", "Par", "Von" or a label ("Text:") or nothing, then an author's
 * full name, then the end, a separator or a date ("Par Marie Le Gall · Publié le …"), not a
 * sentence about them ("Jane Roe is a reporter …").
 */
function opensWithByline(text: string, names: readonly string[]): boolean {
  return namesThenEnd(stripPrefix(text.trim()), names, names.length);
}

/**
 * The text opens with one of the names and then ends, or a separator or a digit follows; or
 * another of the names follows after "und", "and", "&" or a comma (co-authors: "Von Tobias
 * Lenhardt und Judith Seiler, Berlin"), read off in turn, at most `more` times.
 */
function namesThenEnd(text: string, names: readonly string[], more: number): boolean {
  return names.some((name) => {
    if (!text.startsWith(name)) return false;
    const rest = text.slice(name.length);
    const joined = CO_AUTHOR_JOIN.exec(rest);
    if (joined && more > 0 && namesThenEnd(rest.slice(joined[0].length), names, more - 1)) return true;
    return /^\s*(?:$|[·|•,;–—/(-]|\d)/u.test(rest);
  });
}

/** Between two writers' names at the start of the rest of a byline (metadata-rules.ts: NAME_SEPARATORS). */
const CO_AUTHOR_JOIN = new RegExp(`^(?:${NAME_SEPARATORS.source})`, NAME_SEPARATORS.flags);

/**
 * The line opens with an author's full name and goes on for a sentence, or with the author's
 * given or family name and a verb biographies open with ("Hector covers schools …", "Anna
 * schreibt über …", "Kamau covers business …"): a biography.
 */
export function opensWithAuthor(line: Line, authors: readonly string[]): boolean {
  if (line.words < AUTHOR_BIO_MIN_WORDS) return false;
  const text = line.text.replace(/^[([]\s*/, '').replace(ABOUT_AUTHOR_LABEL, '');
  return fullNames(authors).some((name) => {
    if (text.startsWith(name) && /^[\s,(]/.test(text.slice(name.length))) return true;
    // The given name, or the family name as wire services write it ("Kamau covers …").
    // A byline set in capitals ("WANJIRU KAMAU") names her as the text writes her ("Kamau").
    const parts = name.split(' ').map((w) => (w.length > 1 && w === w.toUpperCase() ? w.charAt(0) + w.slice(1).toLowerCase() : w));
    return [parts[0] ?? '', parts.length > 1 ? (parts.at(-1) ?? '') : ''].some((one) => {
      const verb = one && text.startsWith(`${one} `) ? /^\p{L}+/u.exec(text.slice(one.length + 1))?.[0] : undefined;
      // A name as names are written ("Hector"), not a brand in capitals ("QCY Official").
      return /^\p{Lu}\p{Ll}{2,}$/u.test(one) && verb !== undefined && BIO_VERBS.has(verb.toLowerCase());
    });
  });
}

/**
 * The line follows one that is an author's full name alone (an author box's name over the
 * biography: "Lucía Ortega Sanz" / "Redactora de la sección de Madrid. Cubre urbanismo …").
 */
function namedAbove(lines: readonly Line[], i: number, authors: readonly string[]): boolean {
  const above = lines[i - 1]?.text.trim();
  return above !== undefined && lines[i]!.words >= AUTHOR_BIO_MIN_WORDS && fullNames(authors).includes(above);
}

/**
 * A credit line naming one of the page's writers after a byline's label, among the last lines
 * of the story ("Bericht: Klaus Wendt", "Text: Gerda Sailer · Fotos: Konrad Lieb", "Written by
 * Cassidy Horton"), at most CLOSING_CREDIT_WORDS long. A bare "By …" is left: teasers under a
 * collection's text are signed so.
 */
function creditsAuthor(line: Line, authors: readonly string[]): boolean {
  const text = line.text.trim();
  return line.words <= CLOSING_CREDIT_WORDS && CLOSING_CREDIT_LABEL.test(text) && BYLINE_LINE.test(text) && fullNames(authors).some((name) => text.includes(name));
}

/** What cleaning found, for the article verdict. */
export interface CleanReport {
  /** Images left in the article. */
  images: number;
  /** Lines and boxes of a log-in or pay wall removed (rules.ts: WALL_PHRASES, WALL_BOX_MAX_WORDS). */
  wallLines: number;
}

export function cleanAfterReadability(root: Element, explain?: Explain, headline?: string | null, authors: readonly string[] = [], published?: string | null): CleanReport {
  const wallBoxes = removeBlocks(root, explain);
  const lines = readLines(root);
  const drop = judgeLines(lines, headline, authors, published);
  if (explain) lines.forEach((l, i) => drop[i] !== null && explain(l.text, drop[i] ?? ''));
  removeLines(root, lines.filter((_, i) => drop[i] !== null));
  return { images: root.querySelectorAll('img').length, wallLines: wallBoxes + drop.filter((why) => why === WALL).length };
}
