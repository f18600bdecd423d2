/**
 * Dates to ISO 8601. The offset is kept when the page gives one ("+02:00", "Z"); a date
 * without a zone stays without one rather than being silently read as UTC or local time.
 */

const ISO_LIKE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;
const COMPACT = /^(\d{4})(\d{2})(\d{2})(?:T?(\d{2})(\d{2})(\d{2})?)?(Z|[+-]\d{2}:?\d{2})?$/i;

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function offsetOf(zone: string | undefined): string | null {
  if (!zone) return null;
  if (zone.toUpperCase() === 'Z') return 'Z';
  const m = /^([+-])(\d{2}):?(\d{2})?$/.exec(zone);
  if (!m) return null;
  return `${m[1]}${m[2]}:${m[3] ?? '00'}`;
}

/** A calendar date and time that exists (no 30 February: daysIn, below). */
function valid(y: number, mo: number, d: number, h = 0, mi = 0, s = 0): boolean {
  return y >= 1900 && y <= 2200 && mo >= 1 && mo <= 12 && d >= 1 && d <= daysIn(y, mo) && h <= 24 && mi <= 59 && s <= 60;
}

/**
 * RFC 822 zone names (section 5.1), as feeds and older publishing systems write them: UT and
 * GMT are UTC. Date.parse honours the others but the date was then given in the machine's own
 * time with no offset (10:00 EST came out as 2026-11-03T00:00:00 in Tokyo).
 */
const RFC822_ZONES: Readonly<Record<string, string>> = {
  UT: 'GMT', UTC: 'GMT', GMT: 'GMT', Z: 'GMT',
  EST: '-0500', EDT: '-0400', CST: '-0600', CDT: '-0500', MST: '-0700', MDT: '-0600', PST: '-0800', PDT: '-0700',
};
/** [day-name,] day month year hh:mm[:ss] zone: an RFC 822 (2822, 1123) date and time. */
const RFC822 = /^(?:[a-z]{2,9}\.?,?\s*)?(\d{1,2})[\s-]+([a-z]{3,9})\.?[\s-]+(\d{2}|\d{4})\s+(\d{1,2}:\d{2}(?::\d{2})?)\s*([a-z]{1,3}|[+-]\d{4})$/i;

/** An RFC 822 date with a numeric offset for a zone name and four digits for a two-digit year; any other text as it is. */
function rfc822(raw: string): string {
  const m = RFC822.exec(raw);
  if (!m?.[1] || !m[2] || !m[3] || !m[4] || !m[5]) return raw;
  const offset = /^[+-]/.test(m[5]) ? m[5] : RFC822_ZONES[m[5].toUpperCase()];
  if (!offset) return raw;
  const year = m[3].length === 2 ? String(fullYear(Number(m[3]))) : m[3];
  return `${m[1]} ${m[2]} ${year} ${m[4]} ${offset}`;
}

/** Parses the date forms found in metadata; returns ISO 8601 or null. */
export function normaliseDate(input: string | null | undefined): string | null {
  if (!input) return null;
  const raw = rfc822(input.trim());
  if (!raw) return null;
  const m = ISO_LIKE.exec(raw) ?? COMPACT.exec(raw);
  if (m) {
    const [y, mo, d, h, mi, s] = [m[1], m[2], m[3], m[4], m[5], m[6]].map((v) => (v === undefined ? undefined : Number(v)));
    if (y === undefined || mo === undefined || d === undefined || !valid(y, mo, d, h, mi, s)) return null;
    const date = `${y}-${pad(mo)}-${pad(d)}`;
    if (h === undefined) return date;
    const zone = offsetOf(m[7]);
    return `${date}T${pad(h)}:${pad(mi ?? 0)}:${pad(s ?? 0)}${zone ?? ''}`;
  }
  if (/^\d{10}$|^\d{13}$/.test(raw)) {
    const ms = raw.length === 10 ? Number(raw) * 1000 : Number(raw);
    return new Date(ms).toISOString().replace('.000Z', 'Z');
  }
  // RFC 2822 and other forms Date understands ("Tue, 05 Nov 2024 10:00:00 +0100"), when
  // they name a year: Date reads a bare "Dec 23" as 2001.
  if (!/(?<!\d)\d{4}(?!\d)/.test(raw)) return null;
  // A year or a month alone ("2020", "2020-05") names no day; Date would make it the 1st.
  if (/^\d{4}(?:[-/.]\d{1,2})?$/.test(raw)) return null;
  // Slashed dates in metadata ("Thu, 09/25/2025 - 11:38") are written by publishing systems
  // in American order; Date would misread or refuse them.
  if (/\d{1,2}\/\d{1,2}\/\d{4}/.test(raw)) return parseVisibleDate(raw, { monthFirst: true });
  // Dotted dates ("08.04.2024 06:00") put the day first; Date would read the month first.
  if (/^\d{1,2}\.\d{1,2}\.\d{4}\b/.test(raw)) return parseVisibleDate(raw);
  const zoneMatch = /(?:\s|^)(Z|GMT|UTC|[+-]\d{2}:?\d{2})$/i.exec(raw);
  const parsed = Date.parse(raw);
  if (Number.isNaN(parsed)) return null;
  const dt = new Date(parsed);
  if (!valid(dt.getUTCFullYear(), 1, 1)) return null;
  if (!zoneMatch) {
    // No zone given: report the calendar date and time as written.
    const local = new Date(parsed);
    const hasTime = /\d{1,2}:\d{2}/.test(raw);
    const date = `${local.getFullYear()}-${pad(local.getMonth() + 1)}-${pad(local.getDate())}`;
    return hasTime ? `${date}T${pad(local.getHours())}:${pad(local.getMinutes())}:${pad(local.getSeconds())}` : date;
  }
  const zone = zoneMatch[1] ?? 'Z';
  const off = /^(GMT|UTC|Z)$/i.test(zone) ? 'Z' : (offsetOf(zone) ?? 'Z');
  if (off === 'Z') return dt.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const sign = off.startsWith('-') ? -1 : 1;
  const minutes = sign * (Number(off.slice(1, 3)) * 60 + Number(off.slice(4, 6)));
  const shifted = new Date(parsed + minutes * 60_000);
  return `${shifted.getUTCFullYear()}-${pad(shifted.getUTCMonth() + 1)}-${pad(shifted.getUTCDate())}T${pad(shifted.getUTCHours())}:${pad(shifted.getUTCMinutes())}:${pad(shifted.getUTCSeconds())}${off}`;
}

/** Offsets of the zone abbreviations news sites print in datelines. */
const ZONES: Record<string, string> = {
  UTC: 'Z', GMT: 'Z', Z: 'Z', EST: '-05:00', EDT: '-04:00', CST: '-06:00', CDT: '-05:00', MST: '-07:00', MDT: '-06:00',
  PST: '-08:00', PDT: '-07:00', BST: '+01:00', CET: '+01:00', CEST: '+02:00', EET: '+02:00', EEST: '+03:00', IST: '+05:30',
  JST: '+09:00', AEST: '+10:00', AEDT: '+11:00', WAT: '+01:00', SAST: '+02:00', EAT: '+03:00',
};
/**
 * Month names and the abbreviations datelines use, in English, French, German, Spanish,
 * Portuguese and Italian, by month number. Longer forms are tried first.
 */
const MONTH_WORDS: readonly (readonly string[])[] = [
  ['january', 'janvier', 'januar', 'jänner', 'jän', 'enero', 'janeiro', 'gennaio', 'jan', 'janv', 'ene', 'gen'],
  ['february', 'février', 'fevrier', 'februar', 'febrero', 'fevereiro', 'febbraio', 'feb', 'févr', 'fevr', 'fev', 'fév'],
  ['march', 'mars', 'märz', 'maerz', 'marzo', 'março', 'marco', 'mar', 'mär', 'mrz'],
  ['april', 'avril', 'abril', 'aprile', 'apr', 'avr', 'abr'],
  ['may', 'mai', 'mayo', 'maio', 'maggio', 'mag'],
  ['june', 'juin', 'juni', 'junio', 'junho', 'giugno', 'jun', 'giu'],
  ['july', 'juillet', 'juli', 'julio', 'julho', 'luglio', 'jul', 'juil', 'lug'],
  ['august', 'août', 'aout', 'agosto', 'aug', 'ago'],
  ['september', 'septembre', 'septiembre', 'setiembre', 'setembro', 'settembre', 'sept', 'sep', 'set'],
  ['october', 'octobre', 'oktober', 'octubre', 'outubro', 'ottobre', 'oct', 'okt', 'out', 'ott'],
  ['november', 'novembre', 'noviembre', 'novembro', 'nov'],
  ['december', 'décembre', 'decembre', 'dezember', 'diciembre', 'dezembro', 'dicembre', 'dec', 'déc', 'dez', 'dic'],
];
/**
 * Month names in other languages datelines are written in, where the lists above do not
 * already hold them: Dutch and the Scandinavian languages, Polish, Czech, Russian and
 * Ukrainian (the name and the genitive a date puts it in: "12 marca", "8. dubna", "4 мая",
 * "3 березня"), and Turkish.
 */
const OTHER_MONTH_WORDS: readonly (readonly string[])[] = [
  ['januari', 'styczeń', 'stycznia', 'leden', 'ledna', 'январь', 'января', 'січень', 'січня', 'ocak'],
  ['februari', 'luty', 'lutego', 'únor', 'února', 'февраль', 'февраля', 'лютий', 'лютого', 'şubat'],
  ['maart', 'mrt', 'marts', 'marzec', 'marca', 'březen', 'března', 'март', 'марта', 'березень', 'березня', 'mart'],
  ['kwiecień', 'kwietnia', 'duben', 'dubna', 'апрель', 'апреля', 'квітень', 'квітня', 'nisan'],
  ['mei', 'maj', 'maja', 'květen', 'května', 'май', 'мая', 'травень', 'травня', 'mayıs'],
  ['czerwiec', 'czerwca', 'červen', 'června', 'июнь', 'июня', 'червень', 'червня', 'haziran'],
  ['lipiec', 'lipca', 'červenec', 'července', 'июль', 'июля', 'липень', 'липня', 'temmuz'],
  ['augustus', 'augusti', 'sierpień', 'sierpnia', 'srpen', 'srpna', 'август', 'августа', 'серпень', 'серпня', 'ağustos'],
  ['wrzesień', 'września', 'září', 'сентябрь', 'сентября', 'вересень', 'вересня', 'eylül'],
  ['październik', 'października', 'říjen', 'října', 'октябрь', 'октября', 'жовтень', 'жовтня', 'ekim'],
  ['listopad', 'listopada', 'listopadu', 'ноябрь', 'ноября', 'листопад', 'листопада', 'kasım'],
  ['desember', 'grudzień', 'grudnia', 'prosinec', 'prosince', 'декабрь', 'декабря', 'грудень', 'грудня', 'aralık'],
];
const MONTH_NUMBER = new Map(
  [...MONTH_WORDS, ...OTHER_MONTH_WORDS].flatMap((names, i) => names.map((n) => [n, (i % 12) + 1] as const)),
);
/** Every month name and abbreviation above, for code that tells date words from others. */
export const MONTH_NAMES: ReadonlySet<string> = new Set(MONTH_NUMBER.keys());
const MONTH = String.raw`(${[...MONTH_NUMBER.keys()].sort((a, b) => b.length - a.length).join('|')})\.?`;
/** "November 19, 2019", "Nov. 19 2019", "November 20 15:23 2019". */
const MONTH_FIRST = new RegExp(String.raw`(?<![\p{L}])${MONTH}\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(?:\d{1,2}:\d{2}\s+)?(\d{4})\b`, 'iu');
/** "19 November 2019", "19. November 2019", "19 de noviembre de 2019", "1er mars 2024". */
const DAY_FIRST = new RegExp(String.raw`\b(\d{1,2})(?:st|nd|rd|th|er|º)?\.?\s+(?:de\s+)?${MONTH}(?![\p{L}]),?\s+(?:de\s+)?(\d{4})\b`, 'iu');
const NUMERIC = /\b(\d{4})-(\d{2})-(\d{2})\b/;
/** "23.07.2025": day, month and year with dots, as written across Europe ("8. 4. 2024" in Czech and Slovak). */
const DOTTED = /\b(\d{1,2})\. ?(\d{1,2})\. ?(\d{4})\b/;
/** "2023年5月4日" (Chinese, Japanese) and "2023년 5월 4일" (Korean): year, month and day each marked. */
const CJK_DATE = /(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]/u;
/**
 * "28.11.26, 14:05", "28.11.26 - 14:05": a dotted date with a two-digit year, read only with a
 * time of day after it, as datelines print it; alone, such digits are as often a version ("iOS 17.1.2").
 */
const DOTTED_SHORT = /(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{2})(?![\d.])(?=(?:,|\s[-–|·]|\s*)\s*(?:um\s+)?\d{1,2}[:.]\d{2}(?!\.?\d))/;
/** ... or after a German weekday ("Di., 12.03.24"): the weekday says the digits are a day. */
const WEEKDAY_DOTTED_SHORT = /(?<=\b(?:mo|di|mi|do|fr|sa|so|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)\.?,?\s*)(\d{1,2})\.(\d{1,2})\.(\d{2})(?![\d.])/i;
/**
 * "11/19/19 06:56 AM EST", "19/11/19, 14:05": a slashed date with a two-digit year, read only
 * with a time of day after it, as news datelines print it (alone, such digits are as often a
 * fraction or a score). Day and month in the order SLASHED reads them.
 */
const SLASHED_SHORT = /(?<![\d/.-])(\d{1,2})\/(\d{1,2})\/(\d{2})(?![\d/.])(?=(?:,|\s[-–|·@]|\s+at)?\s*\d{1,2}[:.]\d{2}(?!\.?\d))/;
/** A two-digit year's century: 00–69 are this one's, 70–99 the last's (as POSIX reads them). */
const fullYear = (yy: number): number => (yy < 70 ? 2000 + yy : 1900 + yy);
/** "03/14/2021", "14/03/2021", "14-03-2021": day and month in an order the page's language decides. */
const SLASHED = /(?<![\d/.-])(\d{1,2})([/-])(\d{1,2})\2(\d{4})(?![\d/-])/;
/** "2021/03/14". */
const YEAR_SLASHED = /(?<![\d/])(\d{4})\/(\d{1,2})\/(\d{1,2})(?![\d/])/;
/** "9:02 AM", "18.54 GMT", and French and Portuguese "18h04"; seconds are read past ("09:14:22 PM"). */
// After a word's edge, or after the "T" of an ISO date and time ("2024-03-11T09:14:02").
const CLOCK = /(?:\b|(?<=[\d\s]T))(\d{1,2})(?:[:.]|h(?=\d))(\d{2})(?::\d{2})?(?:\s*([ap])\.?m\.?)?(?:\s+([A-Z]{1,4}))?\b/i;

/** A year with a time of day glued after it ("202211:01"): a date's year, then its clock in an element of its own. */
const GLUED_YEAR_CLOCK = /(?<![\d.:/-])((?:19|20)\d{2})(?=\d{1,2}:\d{2}(?!\d))/g;

export interface VisibleDateOptions {
  /** Read "03/04/2021" as March 4 (American usage) rather than 3 April. Default false. */
  monthFirst?: boolean;
}

/**
 * Whether the page's language writes the month before the day in numeric dates: American
 * English (and English with no region, which on the web is mostly American) does; British,
 * other English and the continental languages do not.
 */
export function monthFirstFor(lang: string | null | undefined): boolean {
  if (!lang) return true;
  const [language, region] = lang.toLowerCase().split(/[-_]/);
  return language === 'en' && (!region || region === 'us');
}

/**
 * The order of a numeric date only where the page's language names its region ("en-US" month
 * first, "en-GB" day first). Read by the searches beside the headline, which keep their own
 * order (day first) for a bare "en": British pages declare it as often as American ones.
 */
export function regionalOrder(lang: string | null | undefined): VisibleDateOptions {
  return lang && /^[a-z]{2,3}[-_][a-z]{2}\b/i.test(lang) ? { monthFirst: monthFirstFor(lang) } : {};
}

/**
 * The day an address names: "/2021/03/14/", "/2021-03-14-title", "/20210314/". Only the
 * path is read (a query often carries today's date); a year and month alone give null.
 */
export function urlDate(url: string | null | undefined): string | null {
  if (!url) return null;
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  const m =
    /\/((?:19|20)\d{2})\/(\d{1,2})\/(\d{1,2})(?=\/|$|[-_.])/.exec(path) ??
    /(?<![\d])((?:19|20)\d{2})[-_](\d{2})[-_](\d{2})(?!\d)/.exec(path) ??
    /\/((?:19|20)\d{2})(\d{2})(\d{2})(?=\/|$)/.exec(path);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return valid(y, mo, d) ? `${y}-${pad(mo)}-${pad(d)}` : null;
}

/** Days in month `mo` (1–12) of year `y`. */
export function daysIn(y: number, mo: number): number {
  return new Date(Date.UTC(y, mo, 0)).getUTCDate();
}

const NUMERIC_DATES = [NUMERIC, DOTTED, YEAR_SLASHED, SLASHED, DOTTED_SHORT, WEEKDAY_DOTTED_SHORT, SLASHED_SHORT, CJK_DATE].map((re) => new RegExp(re.source, `g${re.flags}`));
/**
 * The text less every digits-only date in it: "Veröffentlicht am 02.12.2026 | Aktualisiert
 * am 03.12.2026" holds no time, though "03.12" of the second date reads like one (14.30 Uhr).
 */
function withoutNumericDates(text: string): string {
  return NUMERIC_DATES.reduce((t, re) => t.replace(re, ' '), text);
}

/**
 * A date written out for readers ("Published 10:02 AM EST Nov 19, 2019"), for pages with
 * no machine-readable date. Month names in the languages above, day and year required (or an
 * ISO, dotted, slashed or CJK date); a time nearby is kept, with its offset when the zone is
 * one we know. Relative dates ("3 hours ago") give null.
 */
export function parseVisibleDate(text: string, options: VisibleDateOptions = {}): string | null {
  // Text nodes glued by textContent ("ArnoldNovember 15", "June 29, 2020November 12, 2021",
  // a year and the time after it in elements of their own: "November 9, 202211:01 AM") are
  // pulled apart first.
  const t = text.replace(/\s+/g, ' ').replace(/(\p{Ll}|\d)(\p{Lu})/gu, '$1 $2').replace(GLUED_YEAR_CLOCK, '$1 ');
  let y: number;
  let mo: number;
  let d: number;
  const a = MONTH_FIRST.exec(t);
  const b = a ? null : DAY_FIRST.exec(t);
  const c = a || b ? null : NUMERIC.exec(t);
  const e = a || b || c ? null : DOTTED.exec(t);
  const f = a || b || c || e ? null : YEAR_SLASHED.exec(t);
  const g = a || b || c || e || f ? null : SLASHED.exec(t);
  const k = a || b || c || e || f || g ? null : (DOTTED_SHORT.exec(t) ?? WEEKDAY_DOTTED_SHORT.exec(t));
  const l = a || b || c || e || f || g || k ? null : SLASHED_SHORT.exec(t);
  const j = a || b || c || e || f || g || k || l ? null : CJK_DATE.exec(t);
  const month = (name: string | undefined): number => MONTH_NUMBER.get((name ?? '').toLowerCase()) ?? 0;
  // Digits-only dates are cut out before the time is looked for ("17.05.2021" holds no 17:05).
  const numeric = c ?? e ?? f ?? g ?? k ?? l ?? j;
  if (a) [y, mo, d] = [Number(a[3]), month(a[1]), Number(a[2])];
  else if (b) [y, mo, d] = [Number(b[3]), month(b[2]), Number(b[1])];
  else if (c) [y, mo, d] = [Number(c[1]), Number(c[2]), Number(c[3])];
  else if (e) [y, mo, d] = [Number(e[3]), Number(e[2]), Number(e[1])];
  else if (f) [y, mo, d] = [Number(f[1]), Number(f[2]), Number(f[3])];
  else if (g) {
    const [first, second] = [Number(g[1]), Number(g[3])];
    // A value above 12 can only be the day; otherwise the language's order decides.
    const monthFirst = first > 12 ? false : second > 12 ? true : (options.monthFirst ?? false);
    [y, mo, d] = monthFirst ? [Number(g[4]), first, second] : [Number(g[4]), second, first];
  } else if (k) [y, mo, d] = [fullYear(Number(k[3])), Number(k[2]), Number(k[1])];
  else if (l) {
    const [first, second] = [Number(l[1]), Number(l[2])];
    const monthFirst = first > 12 ? false : second > 12 ? true : (options.monthFirst ?? false);
    [y, mo, d] = monthFirst ? [fullYear(Number(l[3])), first, second] : [fullYear(Number(l[3])), second, first];
  }
  else if (j) [y, mo, d] = [Number(j[1]), Number(j[2]), Number(j[3])];
  else return null;
  if (!valid(y, mo, d)) return null;
  const date = `${y}-${pad(mo)}-${pad(d)}`;
  const clock = CLOCK.exec(numeric ? withoutNumericDates(t) : t);
  if (!clock) return date;
  let h = Number(clock[1]);
  const mi = Number(clock[2]);
  const half = clock[3]?.toLowerCase();
  if (half === 'p' && h < 12) h += 12;
  if (half === 'a' && h === 12) h = 0;
  if (!valid(y, mo, d, h, mi)) return date;
  const zone = clock[4] ? ZONES[clock[4].toUpperCase()] : undefined;
  return `${date}T${pad(h)}:${pad(mi)}:00${zone ?? ''}`;
}

/** "Nov 18, 8:19 PM" and "9 Mar, 5:02am": a day and month with no year. */
const MONTH_DAY = new RegExp(String.raw`(?<![\p{L}])${MONTH}\s+(\d{1,2})(?:st|nd|rd|th)?(?![\d:])`, 'iu');
const DAY_MONTH = new RegExp(String.raw`\b(\d{1,2})(?:st|nd|rd|th|er|º)?\.?\s+(?:de\s+)?${MONTH}(?![\p{L}])`, 'iu');

/**
 * parseVisibleDate for a text that may leave out the year, as timestamps of the current year
 * do ("Posted Nov 18, 8:19 PM"): the year given is put after the day and month.
 */
export function parseVisibleDateIn(text: string, year: number, options: VisibleDateOptions = {}): string | null {
  if (/(?<!\d)\d{4}(?!\d)/.test(text)) return parseVisibleDate(text, options);
  const filled = MONTH_DAY.test(text)
    ? text.replace(MONTH_DAY, (m) => `${m}, ${year}`)
    : text.replace(DAY_MONTH, (m) => `${m} ${year}`);
  return filled === text ? null : parseVisibleDate(filled, options);
}

/** Numeric dates with a slash or a dash between day, month and year ("05-12-2012", "13/05/2012"). */
const NUMERIC_ORDERED = /(?<![\d/.-])(\d{1,2})([/-])(\d{1,2})\2(\d{4})(?![\d/-])/g;

/**
 * The order a page writes its numeric dates in, when its own dates tell: true (month first)
 * when one has a second number above 12 ("05-13-2012") and none a first number above 12, false
 * (day first) the other way round; null when none can be read one way only, or both ways appear.
 */
export function numericDateOrder(text: string): boolean | null {
  let monthFirst = false;
  let dayFirst = false;
  for (const m of text.matchAll(NUMERIC_ORDERED)) {
    const [first, second] = [Number(m[1]), Number(m[3])];
    if (first > 12 && second <= 12) dayFirst = true;
    else if (second > 12 && first <= 12) monthFirst = true;
  }
  return monthFirst === dayFirst ? null : monthFirst;
}
