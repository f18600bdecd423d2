import { randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { GzipMembers } from '../../src/warc/members.js';

/** A stream of `bytes` in pieces of `size`, as a file read would give them. */
function pieces(bytes: Buffer, size: number): Readable {
  const parts: Buffer[] = [];
  for (let i = 0; i < bytes.length; i += size) parts.push(bytes.subarray(i, i + size));
  return Readable.from(parts);
}

async function inflateAll(members: GzipMembers, source: Readable, probes: number[] = []): Promise<{ out: Buffer; offsets: number[] }> {
  const out: Buffer[] = [];
  const offsets: number[] = [];
  let size = 0;
  for await (const piece of members.inflate(source)) {
    out.push(piece);
    size += piece.length;
    // Ask where each probe lands once its bytes have come out, as the parser does.
    while (probes.length && (probes[0] ?? Infinity) < size) offsets.push(members.fileOffset(probes.shift() ?? 0));
  }
  return { out: Buffer.concat(out), offsets };
}

describe('gzip members inflated natively', () => {
  // Small members, one too large to inflate in one call (random bytes do not compress), then small again.
  const plain = [Buffer.from('WARC/1.1 first\r\n'), randomBytes(5 * 1024 * 1024), Buffer.from('WARC/1.1 third\r\n'), Buffer.from('WARC/1.1 fourth\r\n')];
  const gz = plain.map((p) => gzipSync(p, { level: 1 }));
  const file = Buffer.concat(gz);
  const memberStarts = gz.map((_, i) => gz.slice(0, i).reduce((n, g) => n + g.length, 0));
  const plainStarts = plain.map((_, i) => plain.slice(0, i).reduce((n, p) => n + p.length, 0));

  for (const size of [1000, 64 * 1024, 1024 * 1024]) {
    it(`gives the bytes and each member's file offset, whatever the read size (${size})`, async () => {
      const members = new GzipMembers();
      const probes = plainStarts.flatMap((s) => [s, s + 3]);
      const { out, offsets } = await inflateAll(members, pieces(file, size), [...probes]);
      expect(members.damage).toBeNull();
      expect(out.equals(Buffer.concat(plain))).toBe(true);
      expect(offsets).toEqual(memberStarts.flatMap((m) => [m, m]));
    });
  }

  it('stops before a member cut short or corrupt, saying where it starts; a large member too', async () => {
    const cut = new GzipMembers();
    await inflateAll(cut, pieces(file.subarray(0, (memberStarts[2] ?? 0) - 100), 64 * 1024));
    expect(cut.damage).toMatchObject({ offset: memberStarts[1], kind: 'cut' });
    const broken = Buffer.from(file);
    broken.fill(7, (memberStarts[2] ?? 0) + 12, (memberStarts[2] ?? 0) + 20);
    const bad = new GzipMembers();
    const { out } = await inflateAll(bad, pieces(broken, 64 * 1024));
    expect(bad.damage).toMatchObject({ offset: memberStarts[2], kind: 'bad' });
    // Nothing of the damaged member came out.
    expect(out.length).toBe(plainStarts[2]);
    // A flipped byte in a large member's data fails its checksum.
    const flipped = Buffer.from(file);
    const inLarge = (memberStarts[1] ?? 0) + 1_000_000;
    flipped[inLarge] = (flipped[inLarge] ?? 0) ^ 0xff;
    const large = new GzipMembers();
    await inflateAll(large, pieces(flipped, 64 * 1024));
    expect(large.damage).toMatchObject({ offset: memberStarts[1], kind: 'bad' });
  });

  it('passes plain bytes through, offsets counted from where reading began', async () => {
    const members = new GzipMembers(500);
    const { out } = await inflateAll(members, pieces(Buffer.from('WARC/1.1\r\nplain'), 4));
    expect(out.toString()).toBe('WARC/1.1\r\nplain');
    expect(members.gzip).toBe(false);
    expect(members.fileOffset(10)).toBe(510);
  });

  it('inflates a member into one buffer of its size when the next member shows it; a lying size is only a hint', async () => {
    const page = Buffer.from(Array.from({ length: 4000 }, (_, i) => `<p>Ferry ${(i * 7919) % 10007} left pier ${(i * 104729) % 997}.</p>`).join('\n'));
    const first = gzipSync(page, { level: 1 });
    const next = gzipSync(Buffer.from('WARC/1.1 next\r\n'));
    const pieces: Buffer[] = [];
    for await (const piece of new GzipMembers().inflate(Readable.from([Buffer.concat([first, next])]))) pieces.push(piece);
    expect(pieces[0]?.equals(page)).toBe(true);
    // Not 16 kB pieces joined: the buffer holds the member and one byte more.
    expect(pieces[0]?.buffer.byteLength).toBe(page.length + 1);
    // Bytes that look like a member's start inside a member (magic, then a size) mislead the hint, not the output.
    const decoy = Buffer.concat([Buffer.from('WARC/1.1 '), Buffer.from([0xe8, 0x03, 0, 0, 0x1f, 0x8b, 0x08]), page]);
    const stored = gzipSync(decoy, { level: 0 });
    const out: Buffer[] = [];
    const members = new GzipMembers();
    for await (const piece of members.inflate(Readable.from([Buffer.concat([stored, next])]))) out.push(piece);
    expect(members.damage).toBeNull();
    expect(Buffer.concat(out).equals(Buffer.concat([decoy, Buffer.from('WARC/1.1 next\r\n')]))).toBe(true);
  });
});
