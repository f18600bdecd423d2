/**
 * The publication time in the clock of the page's own readers. Publishing systems often
 * declare the moment in UTC ("2019-11-20T02:59:46Z") while the page shows it in local time
 * ("November 19, 2019 at 8:59 pm"): past the evening in the Americas, or before the morning
 * in Asia and Australia, the UTC day is not the day the story is dated. Where the page gives
 * the same moment in local time, the record says it so; the moment itself never changes.
 */
import { normaliseDate, parseVisibleDateIn } from './dates.js';
import type { VisibleDateOptions } from './dates.js';

/** A time in UTC, to the second: what this module may restate. */
const UTC_TIME = /T\d{2}:\d{2}:\d{2}(?:Z|\+00:00)$/;
/** A moment written with a zone offset other than UTC ("2019-11-19T20:59:46-06:00", "2019-11-19 21:57:00 -0800"). */
const OFFSET_TIME = /(?<!\d)\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)? ?[+-]\d{2}:?\d{2}(?!\d)/g;
/** How far apart two writings of one moment may be: systems round to the minute. */
const SAME_MOMENT_MS = 60_000;
/** Offsets in use run from UTC-12 to UTC+14, in steps of a quarter hour. */
const MAX_OFFSET_MINUTES = 14 * 60;

export function inLocalTime(doc: Document, iso: string | null, order: VisibleDateOptions): string | null {
  if (!iso || !UTC_TIME.test(iso)) return iso;
  const moment = Date.parse(iso);
  return declaredLocal(doc, moment) ?? shownLocal(doc, moment, order) ?? iso;
}

/** The page's machine-readable text: metadata, <time>s, the scripts left (JSON-LD). */
function* machineTexts(doc: Document): Generator<string> {
  for (const el of doc.querySelectorAll('meta[content], time[datetime]')) yield el.getAttribute('content') ?? el.getAttribute('datetime') ?? '';
  for (const el of doc.querySelectorAll('script')) yield el.textContent ?? '';
}

/** The same moment with a local offset in the page's machine-readable text. */
function declaredLocal(doc: Document, moment: number): string | null {
  for (const text of machineTexts(doc)) {
    for (const [written] of text.matchAll(OFFSET_TIME)) {
      const local = normaliseDate(written);
      const zone = local ? /([+-])(\d{2}):(\d{2})$/.exec(local) : null;
      if (!local || !zone || Math.abs(Date.parse(local) - moment) >= SAME_MOMENT_MS) continue;
      const minutes = (zone[1] === '-' ? -1 : 1) * (Number(zone[2]) * 60 + Number(zone[3]));
      if (minutes !== 0) return withOffset(moment, minutes);
    }
  }
  return null;
}

/** A <time> element that declares the moment and shows its local date and clock as text. */
function shownLocal(doc: Document, moment: number, order: VisibleDateOptions): string | null {
  for (const el of doc.querySelectorAll('time[datetime]')) {
    const declared = normaliseDate(el.getAttribute('datetime'));
    if (!declared || Math.abs(Date.parse(declared) - moment) >= SAME_MOMENT_MS) continue;
    const shown = parseVisibleDateIn(el.textContent ?? '', new Date(moment).getUTCFullYear(), order);
    // The text must give the clock, without a zone of its own.
    if (!shown || !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/.test(shown)) continue;
    const minutes = Math.round((Date.parse(`${shown}Z`) - Math.floor(moment / 60_000) * 60_000) / 60_000);
    if (minutes === 0 || minutes % 15 !== 0 || Math.abs(minutes) > MAX_OFFSET_MINUTES) continue;
    return withOffset(moment, minutes);
  }
  return null;
}

function withOffset(moment: number, minutes: number): string {
  const local = new Date(moment + minutes * 60_000).toISOString().slice(0, 19);
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${local}${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}
