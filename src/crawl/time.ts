/**
 * Times people type: durations ("90d", "2h", "30m", "45s", "1w") and --since values
 * (a duration back from now, or a date "2026-11-01" / a full ISO timestamp).
 */
import { CopydeskError } from '../errors.js';
import { daysIn } from '../extract/dates.js';

const UNITS: Record<string, number> = { s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 };

/** "90d" → milliseconds; throws USAGE on anything else. */
export function parseDuration(value: string): number {
  const m = /^\s*(\d+(?:\.\d+)?)\s*([smhdw])\s*$/i.exec(value);
  if (!m?.[1] || !m[2]) throw new CopydeskError('USAGE', `expected a duration like 90d, 12h, 30m, got "${value}"`);
  return Math.round(Number(m[1]) * (UNITS[m[2].toLowerCase()] ?? 0));
}

/** --since: a duration back from now, or a date/time. Returns epoch ms. */
export function parseSince(value: string, now = Date.now()): number {
  if (/^\s*\d+(?:\.\d+)?\s*[smhdw]\s*$/i.test(value)) return now - parseDuration(value);
  const trimmed = value.trim();
  const bad = (): CopydeskError => new CopydeskError('USAGE', `expected --since as a duration (2d, 12h) or a date (2026-11-01, 2026-11-01T08:00:00Z), got "${value}"`);
  // An ISO date, or date and time: Date.parse alone reads "5" as May 2001 and rolls 30 February into March.
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/i.exec(trimmed);
  if (!m) throw bad();
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1 || d > daysIn(y, mo)) throw bad();
  // A bare date means the start of that day, UTC; a time without a zone is UTC too.
  const t = m[4] === undefined ? Date.parse(`${trimmed}T00:00:00Z`) : Date.parse(m[7] ? trimmed.replace(' ', 'T') : `${trimmed.replace(' ', 'T')}Z`);
  if (Number.isNaN(t)) throw bad();
  return t;
}

/** An ISO date from a feed to epoch ms, or null. */
export function dateMs(iso: string | null | undefined): number | null {
  if (!iso) return null;
  const t = Date.parse(/^\d{4}-\d{2}-\d{2}$/.test(iso) ? `${iso}T00:00:00Z` : iso);
  return Number.isNaN(t) ? null : t;
}
