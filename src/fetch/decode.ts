/**
 * Bytes to text. The order of evidence follows the WHATWG encoding sniffing steps:
 * a byte-order mark is certain, so it wins; then the charset of the Content-Type header;
 * then a <meta charset> or http-equiv declaration in the first 1024 bytes; then statistical
 * detection; UTF-8 last. Labels are resolved by TextDecoder (WHATWG labels, full ICU), so
 * windows-1251, ISO-8859-1, Shift_JIS, GB18030 and the rest decode without extra code.
 */
import chardet from 'chardet';

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

/** How far into the document a <meta> declaration is looked for (the HTML spec's prescan length). */
const META_PRESCAN_BYTES = 1024;
const META_CHARSET = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i;
/** Detection on a sample is enough and keeps large pages cheap. */
const DETECTION_SAMPLE_BYTES = 64 * 1024;

export function charsetFromContentType(contentType: string | null | undefined): string | null {
  if (!contentType) return null;
  const m = /;\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(contentType);
  return m?.[1] ? m[1].toLowerCase() : null;
}

function supported(label: string): string | null {
  try {
    return new TextDecoder(label).encoding;
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

function sniffMeta(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, META_PRESCAN_BYTES)).toString('latin1');
  const m = META_CHARSET.exec(head);
  return m?.[1] ? m[1].toLowerCase() : null;
}

function detect(bytes: Uint8Array): string | null {
  const guess = chardet.detect(bytes.subarray(0, DETECTION_SAMPLE_BYTES));
  return guess ? guess.toLowerCase() : null;
}

function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** Picks the charset and decodes; invalid sequences become U+FFFD rather than errors. */
export function decodeBody(bytes: Uint8Array, contentType?: string | null): Decoded {
  const candidates: [CharsetSource, string | null][] = [
    ['bom', sniffBom(bytes)],
    ['header', charsetFromContentType(contentType)],
    ['meta', sniffMeta(bytes)],
  ];
  for (const [source, label] of candidates) {
    const charset = label ? supported(label) : null;
    if (!charset) continue;
    // A page declared UTF-16 in a <meta> cannot be, since the tag itself was read as ASCII.
    if (source === 'meta' && charset.startsWith('utf-16')) continue;
    return { text: new TextDecoder(charset).decode(bytes), charset, source };
  }
  // Valid UTF-8 is by far the most likely reading of undeclared bytes that pass as UTF-8.
  if (isValidUtf8(bytes.subarray(0, DETECTION_SAMPLE_BYTES))) {
    return { text: new TextDecoder('utf-8').decode(bytes), charset: 'utf-8', source: 'default' };
  }
  const guessed = detect(bytes);
  const charset = guessed ? supported(guessed) : null;
  if (charset) return { text: new TextDecoder(charset).decode(bytes), charset, source: 'detected' };
  return { text: new TextDecoder('utf-8').decode(bytes), charset: 'utf-8', source: 'default' };
}
