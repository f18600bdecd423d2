/**
 * When a page of stories is read again: a schedule per section that learns how often it
 * changes. A reading that finds a story not seen before halves the wait, one that finds
 * nothing new (or a 304) doubles it, within SECTION_MIN_INTERVAL..SECTION_MAX_INTERVAL.
 * A section starts at its kind's first interval: tag, author and archive pages change
 * less often than the home page and the sections.
 */
import type { SectionKind, SectionState } from '../state/sections.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

export const SECTION_FIRST_INTERVAL: Readonly<Record<SectionKind, number>> = {
  start: HOUR,
  section: HOUR,
  tag: 6 * HOUR,
  author: 6 * HOUR,
  archive: 24 * HOUR,
};
export const SECTION_MIN_INTERVAL = 15 * MINUTE;
export const SECTION_MAX_INTERVAL = 7 * 24 * HOUR;

/** What a reading found: stories not seen before, none, or an unchanged page (304). */
export type ReadingOutcome = 'new' | 'nothing-new' | 'unchanged';

/** The interval and the next reading after one at `now`. */
export function nextReading(prev: Pick<SectionState, 'intervalMs'> | undefined, kind: SectionKind, outcome: ReadingOutcome, now: number): { intervalMs: number; nextAt: number } {
  let intervalMs = SECTION_FIRST_INTERVAL[kind];
  if (prev) intervalMs = outcome === 'new' ? prev.intervalMs / 2 : prev.intervalMs * 2;
  intervalMs = Math.round(Math.min(SECTION_MAX_INTERVAL, Math.max(SECTION_MIN_INTERVAL, intervalMs)));
  return { intervalMs, nextAt: now + intervalMs };
}
