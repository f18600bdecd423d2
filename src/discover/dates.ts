/**
 * Dates in feeds. RSS dates are RFC 822 (RFC 2822, RFC 1123) date-times, whose zone may be a
 * name (UT, GMT, EST, EDT, CST, CDT, MST, MDT, PST, PDT) and whose year may have two digits.
 * Those are turned into a form with a numeric offset and a four-digit year before the common
 * date reader (extract/dates.ts) sees them: read as they were, a named zone was taken for
 * the machine's own (the date came out in its local time, with no offset) and a two-digit
 * year made no date at all. Everything else (ISO 8601 in Atom and sitemaps) goes as it is.
 */
import { normaliseDate } from '../extract/dates.js';

/** RFC 822 zone names (section 5.1); UT and GMT are read as GMT, which the reader gives as Z. */
const ZONE_NAMES: Record<string, string> = {
  UT: 'GMT', UTC: 'GMT', GMT: 'GMT', Z: 'GMT',
  EST: '-0500', EDT: '-0400', CST: '-0600', CDT: '-0500', MST: '-0700', MDT: '-0600', PST: '-0800', PDT: '-0700',
};

/** [day-name,] day month year hh:mm[:ss] zone */
const RFC822 = /^(?:[a-z]{2,9}\.?,?\s*)?(\d{1,2})[\s-]+([a-z]{3,9})\.?[\s-]+(\d{2}|\d{4})\s+(\d{1,2}:\d{2}(?::\d{2})?)\s*([a-z]{1,3}|[+-]\d{4})$/i;

export function feedDate(input: string | null | undefined): string | null {
  if (!input) return null;
  const raw = input.trim();
  const m = RFC822.exec(raw);
  if (m?.[1] && m[2] && m[3] && m[4] && m[5]) {
    const [day, month, year, time, zone] = [m[1], m[2], m[3], m[4], m[5]];
    const offset = /^[+-]/.test(zone) ? zone : ZONE_NAMES[zone.toUpperCase()];
    if (offset) {
      // RFC 2822 section 4.3: a two-digit year is 2000 + it below 50, else 1900 + it.
      const fullYear = year.length === 2 ? String(Number(year) < 50 ? 2000 + Number(year) : 1900 + Number(year)) : year;
      return normaliseDate(`${day} ${month} ${fullYear} ${time} ${offset}`);
    }
  }
  return normaliseDate(raw);
}
