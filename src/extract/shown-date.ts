/**
 * The date a page shows its readers with the headline, and the date in its address. Readers
 * (and the people who label pages) take the date in the dateline as the story's date, even
 * where the metadata claims another: templates stamp a first-import date, a re-save date or
 * the build date into JSON-LD and Open Graph while the page says when the story appeared.
 */
import { ELEMENT_NODE, TEXT_NODE } from './tags.js';
import { classAttribute, nameWords } from './attributes.js';
import { WIDGET_WORDS } from '../clean/rules.js';
import { normaliseDate, parseVisibleDate } from './dates.js';
import type { VisibleDateOptions } from './dates.js';
import { outsideStory } from './headline.js';
import { shortText, unglued } from './text.js';
import { besideHeadline, besideHomeLink, dateInTeaserCard, datedSiblings, inDatedList, lastActivity, storyHeadline, updateMarked } from './inpage.js';
import {
  BARE_DATELINE_WORDS,
  DATELINE_SEPARATOR,
  HEADER_DATE_MAX_CHARS,
  LABELLED_DATE_LINES,
  PUBLISHED_WORD,
  SAME_MOMENT_MAX_HOURS,
  REVIEWED_WORD,
  EVENT_WORD,
  GLUED_CAPS,
  STORY_LIST_DATES,
  UPDATED_WORD,
  OTHER_DAY,
} from './metadata-rules.js';

export interface ShownDate {
  /** YYYY-MM-DD, with a time and offset when the page writes one. */
  iso: string;
  /** The dateline labels it as the day of an update ("Updated …", "Last modified …"). */
  updated: boolean;
  /** It was found above the headline rather than under it. */
  above: boolean;
  /**
   * The line tells no date of its own ("Updated 2 hours ago"): the day is its element's
   * machine-readable one (datetime, tooltip).
   */
  untold?: boolean;
  /** The element that shows it. */
  el: Element;
}

export interface ShownDateOptions extends VisibleDateOptions {
  /** The story's title, to tell its headline from other headings. */
  title?: string | null;
}

const SKIPPED = /^(?:SCRIPT|STYLE|NOSCRIPT|TEMPLATE|BODY|HTML|SELECT|OPTION|BUTTON)$/i;

/**
 * A picture's caption, by its element (a figure's text is its caption) or its class words ("page__hero-caption",
 * "bildunterschrift"): the day it gives is the photo's ("… from the rim viewpoint, 8 July
 * 2023"), not the story's.
 */
const CAPTION_WORDS: ReadonlySet<string> = new Set([...WIDGET_WORDS].filter(([, kind]) => kind === 'caption').map(([word]) => word));

function caption(el: Element): boolean {
  return el.closest('figure, figcaption') !== null || nameWords(classAttribute(el)).some((w) => CAPTION_WORDS.has(w));
}

/**
 * Whether a date belongs to a list of other stories: an item of a list whose other items
 * are dated too (teasers, archives, change logs; two items do when each is a link with its
 * <time>, inDatedList), or a link that also holds a heading (a teaser card; see
 * dateInTeaserCard for cards whose headline is a plain link).
 */
function inStoryList(el: Element, options: VisibleDateOptions): boolean {
  const card = el.closest('a[href]');
  if (card?.querySelector('h2, h3, h4, h5, h6')) return true;
  if (datedSiblings(el, options) || inDatedList(el)) return true;
  const item = el.closest('li');
  if (!item?.parentElement) return false;
  let dated = 0;
  for (let sib = item.parentElement.firstElementChild; sib && dated < STORY_LIST_DATES; sib = sib.nextElementSibling) {
    const text = sib !== item && sib.tagName === 'LI' ? shortText(sib, 2 * HEADER_DATE_MAX_CHARS) : null;
    if (text !== null && text.length <= 2 * HEADER_DATE_MAX_CHARS && parseVisibleDate(text, options)) dated++;
  }
  return dated >= STORY_LIST_DATES;
}

/** What joins the two ends of a span of dates: a spaced dash, "to", "bis", "au", "al", "a". */
const DATE_RANGE_JOIN = /\s+[–—-]\s+|\s+(?:to|until|bis|au|al|a|até)\s+/iu;
/** The words that label a date in a dateline, each in its own group: published, updated, reviewed, an event's. */
const LABELS = new RegExp(`(${PUBLISHED_WORD.source})|(${UPDATED_WORD.source})|(${REVIEWED_WORD.source})|(${EVENT_WORD.source})`, 'giu');
/** The same words, for a test (LABELS is global, for matchAll). */
const LABEL_WORD = new RegExp(LABELS.source, 'iu');

type Label = 'published' | 'updated' | 'reviewed' | 'event' | null;

/** A dateline cut where a label starts: "By Jane Doe", "Published May 3, 2024", "Updated June 9, 2024". */
function labelledParts(text: string): { label: Label; text: string }[] {
  const parts: { label: Label; text: string }[] = [];
  let label: Label = null;
  let from = 0;
  for (const m of text.matchAll(LABELS)) {
    parts.push({ label, text: text.slice(from, m.index) });
    label = m[1] ? 'published' : m[2] ? 'updated' : m[3] ? 'reviewed' : 'event';
    from = m.index;
  }
  parts.push({ label, text: text.slice(from) });
  return parts;
}

/** The innermost element under `el` that still shows `iso`, for its class names. */
function holderOf(el: Element, iso: string, options: VisibleDateOptions): Element {
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
    const text = c.textContent ?? '';
    if (/\d/.test(text) && (parseVisibleDate(text, options) ?? normaliseDate(c.getAttribute('datetime'))) === iso) return holderOf(c, iso, options);
  }
  return el;
}

/**
 * The date a short element shows, and whether it is labelled as an update. A line with a
 * published date gives that one ("Published 3 May · Updated 9 June"); a date labelled as the
 * day an expert reviewed the text is not the story's.
 */
function datelineIn(el: Element, headline: Element | null, options: VisibleDateOptions): { iso: string; updated: boolean; untold?: boolean } | null {
  if (SKIPPED.test(el.tagName)) return null;
  // Text nodes glued by textContent ("UpdatedJanuary 25", "… 9:14 a.m. EST<br>Published …")
  // are pulled apart first.
  const text = unglued(shortText(el, 2 * HEADER_DATE_MAX_CHARS) ?? '').replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2').replace(GLUED_CAPS, '$1 ').trim();
  if (!text || (text.length > HEADER_DATE_MAX_CHARS && !labelledDateline(text)) || !/\d/.test(text) || OTHER_DAY.test(text) || lastActivity(el)) return null;
  // The label in an element of its own just before the date ("<label>Registriert seit:</label>
  // <span>14.04.2016</span>", "<dt>Joined</dt><dd>…</dd>").
  const label = el.previousElementSibling;
  if (label && OTHER_DAY.test(shortText(label, HEADER_DATE_MAX_CHARS) ?? '')) return null;
  if (caption(el) || outsideStory(el, headline) || inStoryList(el, options) || dateRange(text, options) || endOfRange(el, options)) return null;
  const dated = labelledParts(text)
    .map((p) => ({ label: p.label, iso: parseVisibleDate(p.text, options) }))
    .filter((p): p is { label: Label; iso: string } => p.iso !== null && p.label !== 'reviewed' && p.label !== 'event');
  const chosen = dated.find((p) => p.label === 'published') ?? dated[0];
  if (!chosen) {
    // A relative day shown ("2 days ago", "há 2 dias") over the date in the element's tooltip,
    // which is written for readers in the page's zone; else the machine's datetime, often UTC.
    // The element's own words may say the time is an update's ("Updated 2 hours ago").
    const iso = parseVisibleDate(el.getAttribute('title') ?? '', options) ?? normaliseDate(el.getAttribute('datetime'));
    const ownLabel = labelledParts(text).find((p) => p.label !== null)?.label;
    return iso && !dateInTeaserCard(el) ? { iso, updated: ownLabel === 'updated' || updateMarked(el) || UPDATED_WORD.test((bareTextBeside(el, 'before') ?? '').slice(-40)), untold: true } : null;
  }
  const holder = holderOf(el, chosen.iso, options);
  // A short container around a list: its date is the first item's.
  if ((holder !== el && inStoryList(holder, options)) || dateInTeaserCard(holder)) return null;
  let marked = false;
  for (let a: Element | null = holder; a && a !== el.parentElement; a = a.parentElement) {
    if (updateMarked(a)) marked = true;
  }
  // A day shown in a <time> whose datetime gives that day's time too: the time, with its zone,
  // says which instant the day is ("13 Marzo 2026" for 2026-03-13T00:30:12+01:00).
  const timed = chosen.iso.length === 10 ? normaliseDate(holder.closest('time')?.getAttribute('datetime')) : null;
  const iso = timed !== null && timed.length > 10 && timed.startsWith(chosen.iso) ? timed : chosen.iso;
  return { iso, updated: chosen.label === 'updated' || (chosen.label === null && marked) };
}

/**
 * A dateline longer than a date's element usually is, set apart in parts one of which says
 * "Published" ("Redaktion Blaulicht · Veröffentlicht am 03.11.2024 um 00:35 Uhr · Zuletzt
 * aktualisiert am …"): the label says what the line is, however long the desk's name and the
 * update beside it make it.
 */
function labelledDateline(text: string): boolean {
  const parts = text.split(DATELINE_SEPARATOR);
  return parts.length > 1 && parts.some((part) => PUBLISHED_LINE.test(part.trim()));
}

/** One end of a span of dates, each end in an element of its own ("<span>August 22, 1938</span> – <span>March 9, 2025</span>"). */
function endOfRange(el: Element, options: VisibleDateOptions): boolean {
  const own = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
  const text = el.parentElement ? shortText(el.parentElement, HEADER_DATE_MAX_CHARS)?.replace(/\s+/g, ' ').trim() : null;
  return !!text && own !== '' && dateRange(text, options) && text.split(DATE_RANGE_JOIN).some((end) => end.trim() === own);
}

/**
 * Two dates joined as a span, with no label ("March 3, 1938 – April 21, 2025", "12.–14. Juni
 * 2025" aside): a life's, an event's or a period's, not the story's day.
 */
function dateRange(text: string, options: VisibleDateOptions): boolean {
  if (LABEL_WORD.test(text)) return false;
  const ends = text.split(DATE_RANGE_JOIN);
  return ends.length === 2 && ends.every((end) => parseVisibleDate(end, options) !== null);
}

/**
 * The date shown beside the headline: read in page order after the <h1> for
 * SHOWN_DATE_REACH.after characters of text, then back before it. Above the headline, the
 * site's own header (which often shows today's date) is not read.
 */
export function shownDate(doc: Document, options: ShownDateOptions = {}): ShownDate | null {
  const h1 = storyHeadline(doc, options.title ?? null);
  if (!h1) return null;
  // A date written as bare text right after the headline, in no element of its own
  // ("<legend>Title</legend> 20 December 2025 <div class="body">").
  const bare = bareTextBeside(h1, 'after');
  // A line of a few words, not a sentence that mentions a day.
  const dateline = bare !== null && bare.split(' ').length <= BARE_DATELINE_WORDS && !/[.!?]$/.test(bare);
  const bareIso = dateline ? parseVisibleDate(bare, options) : null;
  if (bareIso && h1.parentElement) return { iso: bareIso, updated: UPDATED_WORD.test(bare ?? ''), above: false, el: h1.parentElement };
  // Above the headline the walk goes back from it, so a line "Posted on Jan 17 • Edited on Jan
  // 19" gives its update first: the day it was posted, in the same line, is the one shown.
  let updatedAbove: ShownDate | null = null;
  const found = besideHeadline(h1, (el, above) => {
    // Above the headline, the site's own header is not the story's, nor a date beside its logo.
    const banner = above ? el.closest('header, [role="banner"]') : null;
    if (banner && !banner.contains(h1)) return null;
    const dated = datelineIn(el, h1, options);
    if (!dated || (above && besideHomeLink(el))) return null;
    const date = { ...dated, above, el };
    if (!above) return date;
    if (updatedAbove) return sameLine(updatedAbove.el, el) && !dated.updated ? date : updatedAbove;
    if (!dated.updated) return date;
    updatedAbove = date;
    return null;
  });
  return found ?? updatedAbove;
}

/** Whether `other` sits in the line of `el`: its parent's or its grandparent's. */
function sameLine(el: Element, other: Element): boolean {
  return el.parentElement?.parentElement?.contains(other) ?? false;
}

/**
 * The text between an element and the element next to it on one side, spaces collapsed, or
 * null: a date written bare after the headline, or the label before a <time> ("• Edited on ").
 */
function bareTextBeside(el: Element, side: 'before' | 'after'): string | null {
  const step = (n: Node): Node | null => (side === 'after' ? n.nextSibling : n.previousSibling);
  let text = '';
  for (let n = step(el); n && n.nodeType !== ELEMENT_NODE; n = step(n)) {
    if (n.nodeType === TEXT_NODE) text = side === 'after' ? text + (n.nodeValue ?? '') : (n.nodeValue ?? '') + text;
  }
  return text.replace(/\s+/g, ' ').trim() || null;
}

/**
 * A line that opens with the word for publishing ("Published", "Posted on", "Veröffentlicht
 * am"), or a thread's first post's line in Simple Machines' guillemets ("« on: June 14, 2024,
 * 08:32:11 AM »", "« il: 14 Giugno 2024 »"; a reply's reads "« Reply #1 on: … »").
 */
const PUBLISHED_LINE = new RegExp(`^(?:${PUBLISHED_WORD.source}|«\\s*(?:on|am|le|il|el|en|em|op)\\s*:)`, 'iu');

/**
 * The date a line anywhere in the story labels as the day of publication ("Published Feb 2,
 * 2023", "Posted on April 13, 2023", "Published On: 15 August 2025"), for pages whose template
 * sets it far from the headline and the byline (under the text, after a lead table): the
 * words say what the date is, wherever it stands. Lines in comments, lists of other stories
 * and teaser cards are passed over, as beside the headline; the first such line in page order
 * gives the date.
 */
export function labelledDate(doc: Document, options: ShownDateOptions = {}): string | null {
  const h1 = storyHeadline(doc, options.title ?? null);
  for (const el of Array.from(doc.body?.querySelectorAll(LABELLED_DATE_LINES) ?? [])) {
    const text = (shortText(el, HEADER_DATE_MAX_CHARS) ?? '').replace(/\s+/g, ' ').trim();
    if (!PUBLISHED_LINE.test(text)) continue;
    const found = datelineIn(el, h1, options);
    if (found && !found.updated) return found.iso;
  }
  return null;
}

/** Whole days between two ISO dates' calendar days. */
function daysApart(a: string, b: string): number {
  return Math.abs(Date.parse(a.slice(0, 10)) - Date.parse(b.slice(0, 10))) / 86_400_000;
}

/** A date with a time as milliseconds since the epoch, in its own offset, or in UTC when it gives none. */
function instant(iso: string): number {
  return Date.parse(/(?:Z|[+-]\d{2}:?\d{2})$/.test(iso) ? iso : `${iso}Z`);
}

/**
 * Hours between two dates that both carry a time, each read in its own offset (in UTC when it
 * gives none); null when either is a day alone.
 */
function hoursApart(a: string, b: string): number | null {
  if (a.length <= 10 || b.length <= 10) return null;
  const gap = Math.abs(instant(a) - instant(b)) / 3_600_000;
  return Number.isNaN(gap) ? null : gap;
}

/**
 * Whether two dates may name the same moment: the same day, a day apart when one carries a
 * time (the same instant in two time zones, which lie at most SAME_MOMENT_MAX_HOURS apart), or
 * day and month swapped (a numeric date read in the other order).
 */
export function couldBeSameDay(a: string, b: string): boolean {
  if (a.slice(0, 10) === b.slice(0, 10)) return true;
  if ((a.length > 10 || b.length > 10) && daysApart(a, b) <= 1 && (hoursApart(a, b) ?? 0) <= SAME_MOMENT_MAX_HOURS) return true;
  return swapped(a, b);
}

/** Both dates carry a time, and the minutes agree: one instant read in two whole-hour zones. */
function sameClockMinute(a: string, b: string): boolean {
  const minute = (iso: string): string | undefined => /T\d{2}:(\d{2})/.exec(iso)?.[1];
  return minute(a) !== undefined && minute(a) === minute(b);
}

/** Whether two dates are one another with day and month exchanged. */
function swapped(a: string, b: string): boolean {
  return a.slice(0, 4) === b.slice(0, 4) && a.slice(5, 7) === b.slice(8, 10) && a.slice(8, 10) === b.slice(5, 7);
}

export interface DateEvidence {
  /** The publication date the metadata declares (JSON-LD, meta tags, <time>). */
  declared: string | null;
  /** The date shown beside the headline. */
  shown: ShownDate | null;
  /** The modification date the metadata declares. */
  modified: string | null;
  /** The day the page's address names. */
  fromUrl: string | null;
  /** The declared date is the JSON-LD's, and no <meta> tag declares that day. */
  jsonLdAlone?: boolean;
}

/**
 * The story's date from what the metadata declares and what the page shows. The shown date
 * wins when they disagree, unless it may be the declared one in another zone or order, it is
 * labelled or declared as the day of an update, or the address names the declared day.
 *
 * A publication date that only the JSON-LD declares (no <meta> tag, Open Graph, Dublin Core
 * or microdata, gives that day) is one claim that no other metadata backs: the dateline is
 * taken over it even when it says "Updated" or shows the declared modification day. A day
 * two kinds of metadata agree on still holds against an "Updated" line. Measured on the WCXB
 * dev articles whose dateline disagrees with a JSON-LD-only date: the labelled date was the
 * shown one 22 times out of 25 (10 of 22 when a <meta> tag agrees with the JSON-LD).
 */
export function storyDate({ declared, shown, modified, fromUrl, jsonLdAlone = false }: DateEvidence): string | null {
  if (!shown) return declared;
  if (!declared) return shown.iso;
  const day = (iso: string): string => iso.slice(0, 10);
  // A line that shows an update's time and no date of its own ("Updated 2 hours ago") holds
  // no claim against the JSON-LD's.
  const updated = shown.updated && (!jsonLdAlone || shown.untold === true);
  const modifiedDay = modified && !jsonLdAlone ? day(modified) : null;
  // The same instant seen from two zones: the day the page shows is the day its readers were
  // told, unless that line is about an update or sits above the headline.
  if (day(shown.iso) !== day(declared) && couldBeSameDay(shown.iso, declared) && !swapped(shown.iso, declared)) {
    // An update on the shown day does not make that day the update's when the shown time is
    // the declared one's in another zone ("03.11.2024 um 00:35 Uhr" for "2024-11-02T23:35Z").
    return updated || shown.above || (modifiedDay === day(shown.iso) && !sameClockMinute(shown.iso, declared)) ? declared : shown.iso;
  }
  if (couldBeSameDay(shown.iso, declared)) return declared;
  if (fromUrl === day(declared)) return declared;
  if (fromUrl === day(shown.iso)) return shown.iso;
  if (updated || modifiedDay === day(shown.iso)) return declared;
  return shown.iso;
}
