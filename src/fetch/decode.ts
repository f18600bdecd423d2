/**
 * Bytes to text. The order of evidence follows the WHATWG encoding sniffing steps: a
 * byte-order mark is certain, so it wins (over the header too, as in browsers); then the
 * charset of the Content-Type header; then a <meta charset> or http-equiv declaration near
 * the top; then the bytes themselves: UTF-8 when they read as UTF-8, else statistical
 * detection. A declaration the bytes plainly contradict is passed over (see believable()).
 * Labels are resolved by TextDecoder (WHATWG labels, full ICU), so windows-1251, Shift_JIS,
 * GB18030 and the rest decode without extra code; windows-1252 (ISO-8859-1 on the web) is
 * decoded here, as some Node versions get it wrong (decodeWindows1252).
 *
 * decodeBody never throws: undecodable bytes become U+FFFD.
 */
import chardet from 'chardet';
import { decodeHTML } from 'entities';

export type CharsetSource = 'bom' | 'header' | 'meta' | 'detected' | 'default';

export interface Decoded {
  text: string;
  charset: string;
  source: CharsetSource;
}

const BOMS: readonly { bytes: readonly number[]; charset: string }[] = [
  { bytes: [0xef, 0xbb, 0xbf], charset: 'utf-8' },
  { bytes: [0xfe, 0xff], charset: 'utf-16be' },
  { bytes: [0xff, 0xfe], charset: 'utf-16le' },
];

/**
 * How far into the document a <meta> declaration is looked for. Browsers prescan 1024 bytes
 * and re-parse if they meet one later; pages with long inline scripts or comments before
 * their <meta> are common enough that a wider window pays.
 */
const META_PRESCAN_BYTES = 4096;
/** A tag's attributes are read up to this length; longer "tags" are not declarations. */
const MAX_TAG_CHARS = 1024;
/** The charset value inside a meta tag (charset="x" or content="text/html; charset=x"). */
const CHARSET_ATTR = /charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)/i;
/**
 * Evidence about the charset is taken from text that has bytes above ASCII: pages often open
 * with tens of kilobytes of ASCII scripts and styles, and a sample of the first bytes then says
 * nothing (a windows-1251 page under "charset=utf-8" came out as U+FFFD), while statistical
 * detection on a whole page of ASCII markup with a little Cyrillic guesses windows-1252. So
 * the sample is the runs of text around such bytes, each cut at markup or line breaks, up to
 * this many bytes in all.
 */
const SAMPLE_BYTES = 64 * 1024;
/** How far a run reaches from a byte above ASCII into the ASCII around it. */
const RUN_REACH = 256;
/** Characters that end a run of text: tag brackets and line breaks. */
const RUN_BREAK = /[<>\n]/;
/**
 * Undeclared bytes count as UTF-8 when they have no invalid sequence, or when valid multibyte
 * sequences outnumber invalid bytes by this factor (a UTF-8 page with a stray Latin-1 byte).
 * Legacy single-byte text almost never forms valid multibyte UTF-8 by chance.
 */
const UTF8_MAJORITY = 20;
/**
 * The same factor when the page says it is UTF-8. A wrong choice garbles what the other
 * reading would have got right: read as UTF-8, each stray byte becomes U+FFFD; read as a
 * legacy charset, every valid multibyte character becomes two or three (a Word apostrophe
 * pasted into a UTF-8 page turned "café" and "council’s" into "cafÃ©" and "councilâ€™s"
 * everywhere). Legacy text mislabelled UTF-8 forms few valid sequences beside its invalid
 * bytes (Latin and Cyrillic letters none; news sentences in EUC-KR, GBK, Shift_JIS and Big5
 * one for every four to nine), so valid sequences at twice the invalid bytes keep the label.
 */
const DECLARED_UTF8_MAJORITY = 2;
/**
 * Valid multibyte sequences (and no invalid byte) that outweigh a legacy charset label. Real
 * legacy text has accented letters before ASCII ones, each an invalid byte in UTF-8; a page
 * whose every byte above ASCII forms a valid sequence, twice or more, is UTF-8.
 */
const SURE_UTF8_SEQUENCES = 2;
/**
 * An ISO-8859 label over bytes in 0x80-0x9F (control characters there, never text) means the
 * Windows code page that puts letters and punctuation in that range, as browsers already read
 * "iso-8859-1" as windows-1252: a Polish page labelled iso-8859-2 is windows-1250, "€" at 0x80
 * under iso-8859-15 is windows-1252.
 */
const WINDOWS_RELATIVE: Readonly<Record<string, string>> = {
  'iso-8859-2': 'windows-1250',
  'iso-8859-4': 'windows-1257',
  'iso-8859-7': 'windows-1253',
  'iso-8859-8': 'windows-1255',
  'iso-8859-13': 'windows-1257',
  'iso-8859-15': 'windows-1252',
};
/** After this many bytes with no <meta> charset, the rest of the <head> is searched ... */
const META_LATE_BYTES = 64 * 1024;

export function charsetFromContentType(contentType: string | null | undefined): string | null {
  if (!contentType) return null;
  const m = /;\s*charset\s*=\s*["']?([^"';\s,]+)/i.exec(contentType);
  return m?.[1] ? m[1].toLowerCase() : null;
}

/** The canonical name TextDecoder uses for a label, or null when it cannot decode it. */
function supported(label: string): string | null {
  try {
    const encoding = new TextDecoder(label.trim()).encoding;
    // "replacement" turns a whole document into one U+FFFD: a lie is better ignored.
    return encoding === 'replacement' ? null : encoding;
  } catch {
    return null;
  }
}

function sniffBom(bytes: Uint8Array): string | null {
  for (const bom of BOMS) {
    if (bom.bytes.every((b, i) => bytes[i] === b)) return bom.charset;
  }
  return null;
}

/**
 * A charset declared by an XML declaration at the very start ("<?xml version="1.0"
 * encoding="windows-1251"?>", XHTML's own), or by a <meta> tag near the top, comments
 * skipped; a page whose scripts and styles push the <meta> further down has the rest of its
 * <head> read too (up to META_LATE_BYTES), as browsers re-read a page on a late declaration.
 */
export function sniffMeta(bytes: Uint8Array): string | null {
  const start = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 256)).toString('latin1');
  const xml = /^\s*<\?xml\s[^>]*?encoding\s*=\s*["']([A-Za-z0-9._:-]+)["']/i.exec(start);
  if (xml?.[1]) return xml[1].toLowerCase();
  const early = metaIn(bytes, META_PRESCAN_BYTES);
  if (early || bytes.length <= META_PRESCAN_BYTES) return early;
  return metaIn(bytes, META_LATE_BYTES, true);
}

/** The first <meta> charset in the first `limit` bytes (with `headOnly`, before the <body>). */
function metaIn(bytes: Uint8Array, limit: number, headOnly = false): string | null {
  let head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, limit)).toString('latin1');
  if (headOnly) {
    const body = head.search(/<\/head\s*>|<body[\s>]/i);
    if (body >= 0) head = head.slice(0, body);
  }
  head = head.replace(/<!--[\s\S]*?-->/g, '');
  const lower = head.toLowerCase();
  for (let at = lower.indexOf('<meta'); at !== -1; at = lower.indexOf('<meta', at + 5)) {
    const end = lower.indexOf('>', at);
    const tag = head.slice(at, end === -1 ? at + MAX_TAG_CHARS : Math.min(end, at + MAX_TAG_CHARS));
    const m = CHARSET_ATTR.exec(tag);
    if (m?.[1]) return m[1].toLowerCase();
  }
  return null;
}

/** A meta declaration was itself read as ASCII, so it cannot mean UTF-16 (the HTML spec's rule). */
function metaCharset(label: string | null): string | null {
  const charset = label ? supported(label) : null;
  if (charset?.startsWith('utf-16')) return 'utf-8';
  if (charset === 'x-user-defined') return 'windows-1252';
  return charset;
}

/** Counts well-formed multibyte UTF-8 sequences and invalid bytes in a sample. */
export function utf8Evidence(bytes: Uint8Array): { multibyte: number; invalid: number } {
  let multibyte = 0;
  let invalid = 0;
  const n = bytes.length;
  for (let i = 0; i < n; ) {
    const b = bytes[i] ?? 0;
    if (b < 0x80) {
      i++;
      continue;
    }
    const len = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (len === 0) {
      invalid++;
      i++;
      continue;
    }
    if (i + len > n) break; // cut off by the sample's end: no evidence either way
    // The second byte's range is narrower after E0, ED, F0 and F4 (no overlongs or surrogates).
    const lo = b === 0xe0 ? 0xa0 : b === 0xf0 ? 0x90 : 0x80;
    const hi = b === 0xed ? 0x9f : b === 0xf4 ? 0x8f : 0xbf;
    let ok = (bytes[i + 1] ?? 0) >= lo && (bytes[i + 1] ?? 0) <= hi;
    for (let k = 2; ok && k < len; k++) ok = (bytes[i + k] ?? 0) >= 0x80 && (bytes[i + k] ?? 0) <= 0xbf;
    if (ok) {
      multibyte++;
      i += len;
    } else {
      invalid++;
      i++;
    }
  }
  return { multibyte, invalid };
}

function readsAsUtf8(sample: Uint8Array, majority = UTF8_MAJORITY): boolean {
  const { multibyte, invalid } = utf8Evidence(sample);
  return invalid === 0 || multibyte >= majority * invalid;
}

/** Many well-formed multibyte sequences and no invalid byte: UTF-8 whatever a label says. */
function surelyUtf8(sample: Uint8Array): boolean {
  const { multibyte, invalid } = utf8Evidence(sample);
  return invalid === 0 && multibyte >= SURE_UTF8_SEQUENCES;
}

/**
 * Whether a declared charset is believable. Declarations lie in two common ways: a server
 * default ("charset=utf-8" or "ISO-8859-1" for every file) over pages in another encoding.
 * Bytes that are not UTF-8 refute a UTF-8 label; bytes that are plainly UTF-8 refute a
 * legacy label (legacy text does not form many valid multibyte sequences by chance); and
 * bytes a legacy charset cannot decode (Shift_JIS declared over windows-1251) refute it, with
 * the same tolerance for a stray byte as UTF-8 gets.
 */
function believable(charset: string, sample: Uint8Array): boolean {
  if (charset === 'utf-8') return readsAsUtf8(sample, DECLARED_UTF8_MAJORITY);
  if (charset.startsWith('utf-16')) return true;
  if (surelyUtf8(sample)) return false;
  const { replaced, decoded } = legacyEvidence(charset, sample);
  return replaced === 0 || decoded >= UTF8_MAJORITY * replaced;
}

/**
 * The runs of text around bytes above ASCII, joined by line breaks, up to SAMPLE_BYTES. Runs
 * are cut on ASCII only, so a multibyte sequence is never split (except by the final cap).
 */
export function textSample(bytes: Uint8Array): Uint8Array {
  const s = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('latin1');
  const high = /[\x80-\xff]/g;
  const parts: Uint8Array[] = [];
  let size = 0;
  let floor = 0; // where the last run ended: runs never overlap, so the walk is linear
  for (let m = high.exec(s); m && size < SAMPLE_BYTES; m = high.exec(s)) {
    let start = m.index;
    while (start > floor && (m.index - start < RUN_REACH || s.charCodeAt(start - 1) >= 0x80) && !RUN_BREAK.test(s[start - 1] as string)) start--;
    let end = m.index + 1;
    for (let last = m.index; end < s.length && !RUN_BREAK.test(s[end] as string); end++) {
      if (s.charCodeAt(end) >= 0x80) last = end;
      else if (end - last > RUN_REACH) break;
    }
    const part = bytes.subarray(start, Math.min(end, start + SAMPLE_BYTES - size));
    parts.push(part, NEWLINE);
    size += part.length + 1;
    high.lastIndex = floor = end;
  }
  return parts.length ? Buffer.concat(parts) : new Uint8Array(0);
}
const NEWLINE = Uint8Array.of(0x0a);

/**
 * windows-1252 (also what the labels "iso-8859-1", "latin1" and "us-ascii" mean on the web):
 * Latin-1 but for 0x80-0x9F, which hold curly quotes, dashes, the euro sign and a few
 * letters. Node 20.18.3+ and 22.13+ decode the label as plain Latin-1 (nodejs/node#60888), so
 * a German page's „…“ and – came out as control characters; these 32 code points (WHATWG
 * index-windows-1252) are mapped here on every Node version.
 */
const WINDOWS_1252_C1 = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

/** The C1 control characters, U+0080-U+009F: codes no one types, where windows-1252 has its punctuation. */
const C1_CONTROLS = /[\u0080-\u009f]/g;

/** A C1 control character as the windows-1252 character at its code. */
function windows1252Char(c: string): string {
  return String.fromCharCode(WINDOWS_1252_C1[c.charCodeAt(0) - 0x80] ?? c.charCodeAt(0));
}

function decodeWindows1252(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('latin1').replace(C1_CONTROLS, windows1252Char);
}

/** The byte windows-1252 encodes each of its characters at 0x80-0x9F with. */
const WINDOWS_1252_BYTE: ReadonlyMap<string, number> = new Map(WINDOWS_1252_C1.map((code, i) => [String.fromCharCode(code), 0x80 + i]));

/** A character as the one byte it was read from: Latin-1, or windows-1252 at 0x80-0x9F. */
function byteOf(c: string): number {
  return WINDOWS_1252_BYTE.get(c) ?? c.charCodeAt(0);
}

/** windows-1252's characters at 0x80-0x9F that are not Latin-1's (curly quotes, dashes, "€", "™"…). */
const WINDOWS_1252_ONLY = WINDOWS_1252_C1.filter((c) => c > 0xff).map((c) => String.fromCharCode(c)).join('');
/**
 * A UTF-8 lead byte and the continuation bytes (0x80-0xBF) after it, each read as one
 * character: a Latin-1 one, or windows-1252's at 0x80-0x9F.
 */
const ENCODED_TWICE = new RegExp(`[\u00c2-\u00f4][\u0080-\u00bf${WINDOWS_1252_ONLY}]{1,3}`, 'g');
/**
 * The sign of text encoded twice: a lead byte followed by a continuation byte in 0x80-0x9F,
 * which Latin-1 reads as a control character and windows-1252 as punctuation no text puts
 * after "â" or "Ã" ("â€™" and "â\u0080\u0099" for ’, "Ã‰" for É). Continuation bytes above
 * 0x9F are Latin-1 letters and signs, which text may well put there ("Â©").
 */
const TWICE_SIGN = new RegExp(`[\u00c2-\u00f4][\u0080-\u009f${WINDOWS_1252_ONLY}]`);

/**
 * Text a site stored in the wrong encoding, read back as it was written:
 * - UTF-8 that was read as Latin-1 or windows-1252 and encoded as UTF-8 again, as a site's
 *   database or template sometimes serves it ("Investorâ€™s" for "Investor’s"). Only text
 *   that shows the sign (TWICE_SIGN) is touched; then each run of a lead byte and its
 *   continuation bytes that forms one valid character (no control character) becomes that
 *   character, and every other character stays as it is, so a page whose template is right
 *   and whose story is not comes out right in both. The same goes for such text written as
 *   character references (readBackEntities);
 * - windows-1252 characters stored as the control characters at their code ("shouldn\u0092t"
 *   for "shouldn’t"): browsers show nothing there, and the writer meant the punctuation.
 */
export function repairEncoding(text: string): string {
  // One scan for any of the signs: most pages show none, and each scan of a page costs.
  if (!REPAIR_SIGN.test(text)) return text;
  const once = TWICE_SIGN.test(text) ? text.replace(ENCODED_TWICE, readBack) : text;
  return readBackEntities(once).replace(C1_CONTROLS, windows1252Char);
}

/**
 * Any of the signs repairEncoding reads: a control character; a lead byte before one in
 * 0x80-0x9F (TWICE_SIGN); or a reference to the lead byte of a Latin-1 letter ("Â", "Ã"), of
 * Latin Extended-A's ("Ä", "Å") or of punctuation ("â") with another reference after it.
 */
const REPAIR_SIGN = new RegExp(`[\u0080-\u009f]|${TWICE_SIGN.source}|&(?:[aA](?:circ|tilde|uml|ring)|#19[4-7]|#226|#[xX](?:[cC][2-5]|[eE]2));&`);

/** Two to four character references in a row ("&acirc;&euro;&trade;", "&#195;&#169;"). */
const ENTITY_RUN = /(?:&(?:[A-Za-z]+\d*|#\d+|#[xX][0-9a-fA-F]+);){2,4}/g;
/** What such a run must decode to, all of it, to be read back: characters a byte can stand for. */
const BYTE_CHARS = new RegExp(`^[\u0080-\u00ff${WINDOWS_1252_ONLY}]+$`);

/**
 * The same text written as character references, as a site that escapes every character
 * beyond ASCII serves it ("isn&acirc;&euro;&trade;t"), in the HTML before it is parsed. Read
 * back only on a page where one such run shows the sign, and only runs that decode to
 * characters a byte stands for, so no "&lt;" or "&amp;" is ever decoded into the markup.
 */
function readBackEntities(html: string): string {
  if (!html.includes('&')) return html;
  const decoded = (run: string): string | null => {
    const chars = decodeHTML(run);
    return BYTE_CHARS.test(chars) ? chars : null;
  };
  let signed = false;
  for (const m of html.matchAll(ENTITY_RUN)) {
    const chars = decoded(m[0]);
    if (chars && TWICE_SIGN.test(chars)) {
      signed = true;
      break;
    }
  }
  if (!signed) return html;
  return html.replace(ENTITY_RUN, (run) => {
    const chars = decoded(run);
    const back = chars?.replace(ENCODED_TWICE, readBack);
    return back && back !== chars ? back : run;
  });
}

/** One run of ENCODED_TWICE as the character its bytes encode, or as it was when they encode none. */
function readBack(run: string): string {
  const lead = run.charCodeAt(0);
  const size = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : 2;
  if (run.length < size) return run;
  const bytes = Uint8Array.from(run.slice(0, size), byteOf);
  let char: string;
  try {
    char = UTF8_STRICT.decode(bytes);
  } catch {
    return run;
  }
  const code = char.codePointAt(0) ?? 0;
  return READ_BACK_BLOCKS.some(([from, to]) => code >= from && code <= to) ? char + run.slice(size) : run;
}

/**
 * What a run read back may be: the characters Western text holds, which are what comes out of
 * such pages (Latin letters, Greek, Cyrillic, punctuation, currency and other signs, arrows,
 * emoji). Not a control character, nor a Chinese character read out of a French "é\u00a0»" or
 * "é…»" (bytes E9 A0 BB and E9 85 BB are valid UTF-8 too) on a page that shows the sign
 * somewhere else.
 */
const READ_BACK_BLOCKS: readonly (readonly [number, number])[] = [
  // Latin-1, Latin Extended, phonetic letters, modifier letters and combining accents.
  [0xa0, 0x36f],
  // Greek and Cyrillic.
  [0x370, 0x52f],
  // Latin Extended Additional (Vietnamese).
  [0x1e00, 0x1eff],
  // Punctuation, currency, letterlike signs, arrows, mathematical and technical signs, boxes,
  // shapes, symbols, dingbats ("⭐", "⟨").
  [0x2000, 0x2e7f],
  // Variation selectors ("⭐️" is a star and U+FE0F).
  [0xfe00, 0xfe0f],
  // Emoji and pictographs.
  [0x1f000, 0x1faff],
];
const UTF8_STRICT = new TextDecoder('utf-8', { fatal: true });

/** The bytes decoded as the charset says (a WHATWG name, as supported() returns it). */
function decodeWith(charset: string, bytes: Uint8Array): string {
  return charset === 'windows-1252' ? decodeWindows1252(bytes) : new TextDecoder(charset).decode(bytes);
}

/** Whether any byte is in 0x80-0x9F, where ISO-8859 charsets hold control characters only. */
function hasC1Bytes(sample: Uint8Array): boolean {
  return sample.some((b) => b >= 0x80 && b <= 0x9f);
}

/** The charset a label names, or its Windows relative when the bytes show it is that (WINDOWS_RELATIVE). */
function relativeOf(charset: string, sample: Uint8Array): string {
  const windows = WINDOWS_RELATIVE[charset];
  return windows && hasC1Bytes(sample) ? windows : charset;
}

/**
 * ISO-2022-JP is seven-bit: no byte above ASCII for the sample to hold, only the escape
 * sequences that switch to JIS X 0208 ("ESC $ B", "ESC $ @") and back.
 */
function iso2022jp(bytes: Uint8Array): boolean {
  const first = bytes.indexOf(0x1b);
  if (first < 0 || first >= SAMPLE_BYTES) return false;
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, SAMPLE_BYTES)).toString('latin1');
  const esc = '\u001b';
  return (head.includes(`${esc}$B`) || head.includes(`${esc}$@`)) && (head.includes(`${esc}(B`) || head.includes(`${esc}(J`));
}

/**
 * UTF-16 without a byte-order mark: ASCII markup then has a NUL beside each of its
 * characters, at the odd bytes (little-endian) or the even ones (big-endian), in the first
 * 512 bytes.
 */
function sniffUtf16(bytes: Uint8Array): string | null {
  const n = Math.min(bytes.length, 512) & ~1;
  if (n < 16) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  // Half the pairs at least (text in other scripts has no NUL byte), and next to none on the other side.
  if (oddNul >= 0.5 * pairs && evenNul <= 0.05 * pairs) return 'utf-16le';
  if (evenNul >= 0.5 * pairs && oddNul <= 0.05 * pairs) return 'utf-16be';
  return null;
}

/** Characters U+FFFD and characters above ASCII in a legacy decoding of the sample. */
function legacyEvidence(charset: string, sample: Uint8Array): { replaced: number; decoded: number } {
  const text = decodeWith(charset, sample);
  let replaced = 0;
  let decoded = 0;
  for (const c of text) {
    if (c === '\uFFFD') replaced++;
    else if (c.charCodeAt(0) >= 0x80) decoded++;
  }
  return { replaced, decoded };
}

function detect(sample: Uint8Array): string | null {
  try {
    const guess = chardet.detect(sample);
    return guess ? supported(guess) : null;
  } catch {
    return null;
  }
}

function decodeAs(bytes: Uint8Array, charset: string, source: CharsetSource): Decoded {
  // ignoreBOM: false (the default) drops a BOM matching the charset, as browsers do.
  return { text: decodeWith(charset, bytes), charset, source };
}

/** Picks the charset and decodes; invalid sequences become U+FFFD rather than errors. */
export function decodeBody(bytes: Uint8Array, contentType?: string | null): Decoded {
  const bom = sniffBom(bytes);
  if (bom) return decodeAs(bytes, bom, 'bom');
  const wide = sniffUtf16(bytes);
  if (wide) return decodeAs(bytes, wide, 'detected');
  const sample = textSample(bytes);
  const labelled = supported(charsetFromContentType(contentType) ?? '');
  const header = labelled && relativeOf(labelled, sample);
  if (header && believable(header, sample)) return decodeAs(bytes, header, 'header');
  const declared = metaCharset(sniffMeta(bytes));
  const meta = declared && relativeOf(declared, sample);
  if (meta && believable(meta, sample)) return decodeAs(bytes, meta, 'meta');
  if (!sample.length && iso2022jp(bytes)) return decodeAs(bytes, 'iso-2022-jp', 'detected');
  if (readsAsUtf8(sample)) return decodeAs(bytes, 'utf-8', header || meta ? 'detected' : 'default');
  const detected = detect(sample);
  if (detected) return decodeAs(bytes, detected, 'detected');
  return decodeAs(bytes, 'utf-8', 'default');
}
