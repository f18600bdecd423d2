import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { brotliCompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it, vi } from 'vitest';
import { run } from '../../src/cli/run.js';
import { memoryIo, ndjson, runCli, tempDir } from '../cli/io.js';
import { articleHtml } from '../cli/pages.js';
import { validate } from '../record/jsonschema.js';
import type { Schema } from '../record/jsonschema.js';
import { archive, chunked, request, response, warcRecord, writeDamagedArchives } from './build.js';

const schema = JSON.parse(readFileSync(new URL('../../schema/record.schema.json', import.meta.url), 'utf8')) as Schema;

const RUSSIAN = `<!doctype html><html lang="ru"><head><title>Порт снова открыт</title><meta property="og:type" content="article"></head><body><article><h1>Порт снова открыт</h1>${'<p>Порт снова открыт после ремонта, сообщили в понедельник власти города, и паромы будут ходить по расписанию до конца недели, как и было обещано жителям.</p>'.repeat(5)}</article></body></html>`;

/** Every kind of record an archive holds, four of them pages. */
function mixedRecords(): Buffer[] {
  const page = (title: string): string => articleHtml(title);
  return [
    warcRecord('warcinfo', '', Buffer.from('software: test\r\n')),
    request('https://news.example/a'),
    response('https://news.example/a', { body: page('Harbour reopens') }),
    response('https://news.example/logo.png', { headers: { 'Content-Type': 'image/png' }, body: Buffer.from([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]) }),
    response('https://news.example/old', { status: 301, headers: { Location: '/a' }, body: '' }),
    response('https://news.example/gone', { status: 404, body: page('Gone') }),
    warcRecord('revisit', 'https://news.example/a', Buffer.from('HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n')),
    warcRecord('metadata', 'https://news.example/a', Buffer.from('fetchTimeMs: 12\r\n')),
    response('https://ru.example/port', { headers: { 'Content-Type': 'text/html; charset=windows-1251' }, body: Buffer.from(new TextEncoder().encode(RUSSIAN).length ? encode1251(RUSSIAN) : '') }),
    response('https://sub.news.example/b', { headers: { 'Content-Type': 'text/html', 'Transfer-Encoding': 'chunked', 'Content-Encoding': 'gzip' }, body: chunked(gzipSync(page('Ferries run again'))) }),
    response('https://other.example/c', { headers: { 'Content-Type': 'text/html; charset=utf-8', 'Content-Encoding': 'br' }, body: brotliCompressSync(page('Sea wall repaired')) }),
  ];
}

/** windows-1251 bytes for Cyrillic text (ASCII kept as is). */
function encode1251(text: string): Buffer {
  const out: number[] = [];
  for (const ch of text) {
    const c = ch.codePointAt(0) ?? 0x3f;
    if (c < 0x80) out.push(c);
    else if (c >= 0x410 && c <= 0x44f) out.push(c - 0x410 + 0xc0);
    else if (c === 0x401) out.push(0xa8);
    else if (c === 0x451) out.push(0xb8);
    else out.push(0x3f);
  }
  return Buffer.from(out);
}

function writeArchive(dir: string, name: string, records: Buffer[], gzip: boolean): string {
  const path = join(dir, name);
  writeFileSync(path, archive(records, gzip));
  return path;
}

describe('copydesk extract of WARC archives', () => {
  it('turns each HTML response into a record (url, fetchedAt, warc origin), skips and counts the rest', async () => {
    const dir = tempDir();
    const file = writeArchive(dir, 'crawl.warc.gz', mixedRecords(), true);
    const r = await runCli(['extract', 'crawl.warc.gz'], { cwd: dir });
    expect(r.stderr).toContain('1 archive: 4 HTML pages of 11 records; skipped 1 not HTML, 1 redirect, 1 other statuses (4xx, 5xx), 1 revisit, 3 request, metadata and other records');
    expect(r.code).toBe(0);
    const records = ndjson(r.stdout);
    expect(records.map((x) => x.url)).toEqual(['https://news.example/a', 'https://ru.example/port', 'https://sub.news.example/b', 'https://other.example/c']);
    expect(records.map((x) => x.title)).toEqual(['Harbour reopens', 'Порт снова открыт', 'Ferries run again', 'Sea wall repaired']);
    expect(records[1]?.body).toContain('паромы будут ходить');
    const bytes = readFileSync(file);
    for (const rec of records) {
      expect(rec.fetchedAt).toBe('2026-11-01T08:30:00.000Z');
      expect(validate(schema, rec)).toEqual([]);
      const warc = rec.warc as { file: string; recordId: string; offset: number };
      expect(warc.file).toBe(file);
      // The offset leads to the record: its gzip member starts there and names the same id and URI.
      const member = gunzipSync(bytes.subarray(warc.offset)).toString('latin1');
      expect(member.startsWith('WARC/1.1\r\n')).toBe(true);
      expect(member.slice(0, 400)).toContain(`WARC-Record-ID: ${warc.recordId}`);
      expect(member.slice(0, 400)).toContain(`WARC-Target-URI: ${String(rec.url)}`);
    }
  });

  it('reads plain .warc the same, from a folder (beside saved pages) and from stdin by content', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'in'));
    writeArchive(join(dir, 'in'), 'a.warc', mixedRecords(), false);
    writeFileSync(join(dir, 'in', 'b.html'), articleHtml('Saved page'));
    const folder = await runCli(['extract', 'in', '--no-workers'], { cwd: dir });
    expect(folder.code).toBe(0);
    const titles = ndjson(folder.stdout).map((x) => x.title);
    expect(titles).toEqual(['Harbour reopens', 'Порт снова открыт', 'Ferries run again', 'Sea wall repaired', 'Saved page']);
    for (const gzip of [true, false]) {
      const { io, out, err } = memoryIo({ cwd: dir });
      io.stdin = Readable.from([archive(mixedRecords(), gzip)]);
      expect(await run(['extract', '-'], io)).toBe(0);
      const records = ndjson(out());
      expect(records.map((x) => x.title)).toEqual(titles.slice(0, 4));
      expect((records[0]?.warc as { file: string }).file).toBe('-');
      expect(err()).toContain('4 HTML pages of 11 records');
    }
  });

  it('a truncated or damaged archive gives an ARCHIVE_CORRUPT error record; the records before it and the next file are kept', async () => {
    const dir = tempDir();
    const good = [response('https://news.example/1', { body: articleHtml('First story') }), response('https://news.example/2', { body: articleHtml('Second story') })];
    const { members, broken } = writeDamagedArchives(dir, good);
    writeArchive(dir, 'next.warc.gz', [response('https://news.example/3', { body: articleHtml('Third story') })], true);
    const r = await runCli(['extract', 'cut.warc.gz', 'cut.warc', 'bad.warc.gz', 'next.warc.gz', '--no-workers'], { cwd: dir });
    expect(r.code).toBe(1);
    const records = ndjson(r.stdout);
    const summary = records.map((x) => (x.error ? `ERR ${(x.error as { code: string }).code}` : x.title));
    // bad.warc.gz: the damaged member is passed over and its third record read.
    expect(summary).toEqual(['First story', 'ERR ARCHIVE_CORRUPT', 'First story', 'ERR ARCHIVE_CORRUPT', 'First story', 'ERR ARCHIVE_CORRUPT', 'First story', 'Third story']);
    for (const rec of records) expect(validate(schema, rec)).toEqual([]);
    expect(r.stderr).toMatch(/cut\.warc\.gz: .*at byte \d+; the rest of the archive cannot be read/);
    const m0 = members[0]?.length ?? 0;
    expect(r.stderr).toContain(`bad.warc.gz: damage after a good record at byte ${m0}; reading resumed at byte ${m0 + broken.length}`);
  });

  it('a plain archive with a damaged record header is read on from the next record line', async () => {
    const dir = tempDir();
    const recs = ['One', 'Two', 'Three'].map((t, i) => response(`https://news.example/${i}`, { body: articleHtml(`Story ${t}`) }));
    const second = Buffer.from(recs[1] ?? Buffer.alloc(0));
    second.write('XARC/9.9', 0, 'latin1');
    writeFileSync(join(dir, 'damaged.warc'), Buffer.concat([recs[0] ?? Buffer.alloc(0), second, recs[2] ?? Buffer.alloc(0)]));
    const r = await runCli(['extract', 'damaged.warc', '--no-workers'], { cwd: dir });
    expect(ndjson(r.stdout).map((x) => (x.error ? 'ERR' : x.title))).toEqual(['Story One', 'ERR', 'Story Three']);
    const at = recs[0]?.length ?? 0;
    expect(r.stderr).toContain(`damaged.warc: a record that does not start with WARC/ at byte ${at}; reading resumed at byte ${at + second.length}`);
  });

  it('a plain archive cut inside a record\'s header ends with ARCHIVE_CORRUPT', async () => {
    const dir = tempDir();
    const recs = ['One', 'Two'].map((t, i) => response(`https://news.example/${i}`, { body: articleHtml(`Story ${t}`) }));
    const first = recs[0] ?? Buffer.alloc(0);
    // The second record stops inside its header block, before its length is declared.
    const cut = Buffer.from(recs[1] ?? Buffer.alloc(0)).subarray(0, 30);
    expect(cut.toString('latin1')).not.toContain('Content-Length');
    writeFileSync(join(dir, 'cut-header.warc'), Buffer.concat([first, cut]));
    const r = await runCli(['extract', 'cut-header.warc', '--no-workers'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(ndjson(r.stdout).map((x) => (x.error ? `ERR ${(x.error as { code: string }).code}` : x.title))).toEqual(['Story One', 'ERR ARCHIVE_CORRUPT']);
    expect(r.stderr).toContain(`cut-header.warc: a record whose header is cut short at byte ${first.length}`);
  });

  it('--host, --url-pattern and --lang choose the pages', async () => {
    const dir = tempDir();
    writeArchive(dir, 'x.warc.gz', mixedRecords(), true);
    const host = await runCli(['extract', 'x.warc.gz', '--host', 'news.example', '--no-workers'], { cwd: dir });
    expect(ndjson(host.stdout).map((x) => x.url)).toEqual(['https://news.example/a', 'https://sub.news.example/b']);
    expect(host.stderr).toContain('2 left out by --host/--url-pattern');
    const pattern = await runCli(['extract', 'x.warc.gz', '--url-pattern', '/(port|c)$', '--no-workers'], { cwd: dir });
    expect(ndjson(pattern.stdout).map((x) => x.url)).toEqual(['https://ru.example/port', 'https://other.example/c']);
    const lang = await runCli(['extract', 'x.warc.gz', '--lang', 'ru', '--no-workers'], { cwd: dir });
    expect(ndjson(lang.stdout).map((x) => x.url)).toEqual(['https://ru.example/port']);
    expect(lang.stderr).toContain('3 in other languages (--lang)');
    const bad = await runCli(['extract', 'x.warc.gz', '--url-pattern', '(unclosed'], { cwd: dir });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--url-pattern is not a regular expression');
  });

  it('--state skips the pages an earlier run wrote, so archives can be processed over several runs', async () => {
    const dir = tempDir();
    writeArchive(dir, 'day1.warc.gz', mixedRecords(), true);
    const state = join(dir, 'state.db');
    const first = await runCli(['extract', 'day1.warc.gz', '--state', state, '--no-workers'], { cwd: dir });
    expect(ndjson(first.stdout)).toHaveLength(4);
    // The same pages again, and one new, in the next file.
    writeArchive(dir, 'day2.warc.gz', [...mixedRecords(), response('https://news.example/new', { body: articleHtml('Late edition') })], true);
    const second = await runCli(['extract', 'day1.warc.gz', 'day2.warc.gz', '--state', state, '--no-workers'], { cwd: dir });
    expect(second.code).toBe(0);
    expect(ndjson(second.stdout).map((x) => x.title)).toEqual(['Late edition']);
    expect(second.stderr).toContain('8 already extracted (--state)');
  });

  it("a record longer than its Content-Length is read past and counted in copydesk's note; warcio's own warning stays off stderr", async () => {
    const dir = tempDir();
    const first = response('https://news.example/1', { body: articleHtml('First story') });
    // Five bytes more than declared: the line after the record is not the blank one it should be.
    const declared = /Content-Length: (\d+)\r\n\r\n/.exec(first.toString('latin1'));
    const short = Buffer.from(first.toString('latin1').replace(`Content-Length: ${declared?.[1]}\r\n\r\n`, `Content-Length: ${Number(declared?.[1]) - 5}\r\n\r\n`), 'latin1');
    writeFileSync(join(dir, 'long.warc.gz'), archive([short, response('https://news.example/2', { body: articleHtml('Second story') })], true));
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      const r = await runCli(['extract', 'long.warc.gz', '--no-workers'], { cwd: dir });
      expect(ndjson(r.stdout).map((x) => (x.error ? 'ERR' : x.title))).toEqual(['First story', 'Second story']);
      expect(r.stderr).toContain('2 HTML pages of 2 records; 1 record longer than its Content-Length');
      // warcio would have printed "Content-Length Too Small …" to the console.
      expect(warn).not.toHaveBeenCalled();
      expect(console.warn).toBe(warn);
    } finally {
      warn.mockRestore();
    }
  });
});

describe('an archive cut short inside a record nobody reads', () => {
  // A hang shows in a child process, killed after a while: in this process it would stop the
  // event loop, and the test's own timeout with it.
  const readIn = (file: string, filter: string): { status: number | null; stdout: string } => {
    const reader = new URL('../../src/warc/read.ts', import.meta.url).href;
    const tally = new URL('../../src/warc/tally.ts', import.meta.url).href;
    const script = `const { readArchive } = await import(${JSON.stringify(reader)}); const { emptyTally } = await import(${JSON.stringify(tally)});
      const { createReadStream } = await import('node:fs'); const t = emptyTally(); const re = new RegExp(${JSON.stringify(filter)});
      for await (const item of readArchive(createReadStream(${JSON.stringify(file)}), ${JSON.stringify(file)}, { maxBytes: 1e7, accept: (u) => re.test(u) }, t)) console.log('error' in item ? item.error.error.code : item.page.url);`;
    const child = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { encoding: 'utf8', timeout: 30_000, killSignal: 'SIGKILL' });
    return { status: child.status, stdout: child.stdout };
  };

  it('ends with ARCHIVE_CORRUPT when the page cut short is one the filters leave out, or not a page', () => {
    const dir = tempDir();
    const first = response('https://news.example/canal', { body: articleHtml('Canal reopens') });
    for (const last of [response('https://news.example/other', { body: articleHtml('Other story') }), response('https://news.example/logo.png', { headers: { 'Content-Type': 'image/png' }, body: Buffer.alloc(4000, 1) })]) {
      const whole = archive([first, last], false);
      const file = join(dir, 'cut.warc');
      writeFileSync(file, whole.subarray(0, whole.length - 500));
      const r = readIn(file, 'canal|logo');
      expect(r.status).toBe(0);
      expect(r.stdout.trim().split('\n')).toEqual(['https://news.example/canal', 'ARCHIVE_CORRUPT']);
    }
  }, 70_000);
});
