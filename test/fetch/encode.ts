/**
 * Encoding text into legacy charsets for tests. Node only encodes UTF-8, so the reverse
 * table is built from the decoder: every one- and two-byte sequence is decoded once and
 * remembered by the character it yields. Known byte values are asserted in the tests, so
 * the table is checked against published code charts, not only against itself.
 */
const tables = new Map<string, Map<string, number[]>>();

function table(charset: string): Map<string, number[]> {
  let map = tables.get(charset);
  if (map) return map;
  map = new Map();
  const decoder = new TextDecoder(charset);
  for (let b = 0; b < 0x100; b++) {
    const ch = decoder.decode(Uint8Array.of(b));
    if (ch.length === 1 && ch !== '\uFFFD' && !map.has(ch)) map.set(ch, [b]);
  }
  for (let lead = 0x81; lead < 0x100; lead++) {
    for (let trail = 0x40; trail < 0x100; trail++) {
      const ch = decoder.decode(Uint8Array.of(lead, trail));
      if (ch.length === 1 && ch !== '\uFFFD' && !map.has(ch)) map.set(ch, [lead, trail]);
    }
  }
  tables.set(charset, map);
  return map;
}

/** Text as bytes in a legacy charset; throws on characters the charset lacks. */
export function encode(text: string, charset: string): Buffer {
  if (/^utf-?8$/i.test(charset)) return Buffer.from(text, 'utf8');
  if (/^utf-?16le$/i.test(charset)) return Buffer.from(text, 'utf16le');
  if (/^utf-?16be$/i.test(charset)) return Buffer.from(text, 'utf16le').swap16();
  const map = table(charset);
  const out: number[] = [];
  for (const ch of text) {
    const bytes = map.get(ch);
    if (!bytes) throw new Error(`${charset} cannot encode ${JSON.stringify(ch)}`);
    out.push(...bytes);
  }
  return Buffer.from(out);
}
