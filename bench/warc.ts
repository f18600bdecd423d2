/**
 * bench:warc: `copydesk extract` of a WARC archive against `copydesk extract` of the same
 * pages saved as files, in one run, and the memory of extracting a large archive.
 *
 *   npm run bench:warc [-- <folder>] [--rounds 3] [--copies 2] [--workers N] [--memory-responses 10000]
 *
 * <folder> holds .html or .html.gz pages (default: the development set under ../shared, or
 * COPYDESK_SHARED; without it the benchmark prints a note and exits 0).
 *
 * The archive is shaped like a crawl's: before each page its request record; between pages a
 * redirect, an image and a revisit; a third of the pages stored gzip-encoded and a third
 * chunked, as webrecorder tools keep them (CC-NEWS stores bodies decoded). Speed: both
 * inputs go through the CLI as child processes, alternating, `--rounds` times, each holding
 * the folder's pages `--copies` times; pages/s counts the records written (`--rounds 0`
 * skips this part). Memory: one
 * archive of at least `--memory-responses` HTML responses (the folder cycled, each copy under
 * its own URL), the child's resident size read from /proc every 1,000 records and its peak
 * (VmHWM) at the end.
 */
import { spawn } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { createWriteStream, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { clearInterval, setInterval } from 'node:timers';
import { join, resolve } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { defaultFolder, pageFiles, ROOT } from './pages.js';

interface Args {
  folder: string | null;
  rounds: number;
  copies: number;
  workers: number | null;
  memoryResponses: number;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { folder: null, rounds: 3, copies: 2, workers: null, memoryResponses: 10_000 };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] ?? '';
    const value = (): number => {
      const v = Number(argv[++i]);
      if (!Number.isFinite(v)) throw new Error(`${a} needs a number`);
      return v;
    };
    if (a === '--rounds') args.rounds = Math.max(0, value());
    else if (a === '--copies') args.copies = Math.max(1, value());
    else if (a === '--workers') args.workers = Math.max(1, value());
    else if (a === '--memory-responses') args.memoryResponses = Math.max(0, value());
    else if (!a.startsWith('--')) args.folder = resolve(a);
    else throw new Error(`unknown option ${a}`);
  }
  return args;
}

// ---- building the inputs -------------------------------------------------------------

const DATE = '2026-11-01T08:30:00Z';

function record(type: string, url: string, block: Buffer): Buffer {
  const head = [
    'WARC/1.1',
    `WARC-Type: ${type}`,
    `WARC-Record-ID: <urn:uuid:${randomUUID()}>`,
    `WARC-Date: ${DATE}`,
    `WARC-Target-URI: ${url}`,
    `Content-Type: application/http;msgtype=${type === 'request' ? 'request' : 'response'}`,
    ...(type === 'revisit' ? ['WARC-Profile: http://netpreserve.org/warc/1.1/revisit/identical-payload-digest', `WARC-Refers-To-Target-URI: ${url}`] : []),
    `Content-Length: ${block.length}`,
  ].join('\r\n');
  // Each record its own gzip member, as crawlers write them (level 1: building is not what is measured).
  return gzipSync(Buffer.concat([Buffer.from(`${head}\r\n\r\n`), block, Buffer.from('\r\n\r\n')]), { level: 1 });
}

function http(status: string, headers: string[], body: Buffer): Buffer {
  return Buffer.concat([Buffer.from(`HTTP/1.1 ${status}\r\n${headers.join('\r\n')}\r\n\r\n`), body]);
}

function chunked(body: Buffer): Buffer {
  const parts: Buffer[] = [];
  for (let i = 0; i < body.length; i += 8192) {
    const piece = body.subarray(i, i + 8192);
    parts.push(Buffer.from(`${piece.length.toString(16)}\r\n`), piece, Buffer.from('\r\n'));
  }
  return Buffer.concat([...parts, Buffer.from('0\r\n\r\n')]);
}

const IMAGE = randomBytes(24 * 1024);

/** The records for the n-th page: request, response, then a redirect, an image and a revisit. */
function pageRecords(n: number, html: Buffer): Buffer[] {
  const url = `https://news${n % 50}.example/story/${n}.html`;
  const request = record('request', url, Buffer.from(`GET /story/${n}.html HTTP/1.1\r\nHost: news${n % 50}.example\r\nUser-Agent: bench\r\n\r\n`));
  let response: Buffer;
  if (n % 3 === 1) response = http('200 OK', ['Content-Type: text/html', 'Content-Encoding: gzip'], gzipSync(html, { level: 1 }));
  else if (n % 3 === 2) response = http('200 OK', ['Content-Type: text/html', 'Transfer-Encoding: chunked'], chunked(html));
  else response = http('200 OK', ['Content-Type: text/html', `Content-Length: ${html.length}`], html);
  return [
    request,
    record('response', url, response),
    record('response', `https://news${n % 50}.example/s/${n}`, http('301 Moved Permanently', [`Location: ${url}`, 'Content-Length: 0'], Buffer.alloc(0))),
    record('response', `https://cdn.example/img/${n}.jpg`, http('200 OK', ['Content-Type: image/jpeg', `Content-Length: ${IMAGE.length}`], IMAGE)),
    record('revisit', `https://news${n % 50}.example/`, http('200 OK', ['Content-Type: text/html'], Buffer.alloc(0))),
  ];
}

/** Writes an archive of `count` pages cycling through `pages`; returns its size. */
async function writeArchive(path: string, pages: Buffer[], count: number): Promise<number> {
  const out = createWriteStream(path);
  let size = 0;
  for (let n = 0; n < count; n++) {
    for (const r of pageRecords(n, pages[n % pages.length] as Buffer)) {
      size += r.length;
      if (!out.write(r)) await new Promise<void>((done) => out.once('drain', () => done()));
    }
  }
  await new Promise<void>((done, fail) => out.end((err?: Error | null) => (err ? fail(err) : done())));
  return size;
}

// ---- running the CLI -------------------------------------------------------------------

interface Run {
  records: number;
  errors: number;
  seconds: number;
  /** CPU seconds, as last sampled before the process ended (within 0.1 s of the end). */
  cpu: number;
  peakRssMb: number;
  marks: { records: number; rssMb: number }[];
}

/** CPU seconds the process has used (user + system), from /proc/<pid>/stat; null once it is gone. */
function cpuSeconds(pid: number): number | null {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /, '').split(' ');
    // utime and stime are fields 14 and 15 of the line, 12 and 13 after "pid (comm) "; clock ticks of 1/100 s.
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return null;
  }
}

function procStatus(pid: number): { rss: number; hwm: number } | null {
  try {
    const text = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (name: string): number => Number(new RegExp(`^${name}:\\s+(\\d+)`, 'm').exec(text)?.[1] ?? 0);
    return { rss: kb('VmRSS') / 1024, hwm: kb('VmHWM') / 1024 };
  } catch {
    return null;
  }
}

/** `copydesk extract <input>` as a child; counts records on stdout, samples memory every `markEvery`. */
function extract(input: string, workers: number | null, markEvery = 0): Promise<Run> {
  const argv = [join(ROOT, 'bin', 'copydesk.js'), 'extract', input, '--quiet', ...(workers ? ['--workers', String(workers)] : [])];
  const started = process.hrtime.bigint();
  const child = spawn(process.execPath, argv, { stdio: ['ignore', 'pipe', 'inherit'] });
  const run: Run = { records: 0, errors: 0, seconds: 0, cpu: 0, peakRssMb: 0, marks: [] };
  let tail = '';
  let peak = 0;
  const sample = (): void => {
    const s = child.pid ? procStatus(child.pid) : null;
    if (s) peak = Math.max(peak, s.hwm, s.rss);
    const cpu = child.pid ? cpuSeconds(child.pid) : null;
    if (cpu !== null) run.cpu = cpu;
  };
  const timer = setInterval(sample, 100);
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (chunk: string) => {
    const lines = (tail + chunk).split('\n');
    tail = lines.pop() ?? '';
    for (const line of lines) {
      if (!line) continue;
      run.records++;
      // Error records are short; an article's body could quote anything.
      if (line.length < 4096 && line.includes('"error":{"code":')) run.errors++;
      if (markEvery && run.records % markEvery === 0 && child.pid) {
        const s = procStatus(child.pid);
        if (s) run.marks.push({ records: run.records, rssMb: Math.round(s.rss) });
      }
    }
  });
  return new Promise((done, fail) => {
    child.on('error', fail);
    child.on('exit', (code) => {
      clearInterval(timer);
      run.seconds = Number(process.hrtime.bigint() - started) / 1e9;
      run.peakRssMb = Math.round(peak);
      if (code !== 0 && code !== 1) fail(new Error(`copydesk extract ${input} exited with ${code}`));
      else done(run);
    });
  });
}

// ---- the benchmark ---------------------------------------------------------------------

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const folder = args.folder ?? defaultFolder();
  if (!folder) {
    process.stdout.write('bench:warc: the development pages are not here (../shared/datasets/zyte-article-bench); nothing measured\n');
    return;
  }
  const names = pageFiles(folder);
  const pages = names.map((name) => {
    const bytes = readFileSync(join(folder, name));
    return bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes) : bytes;
  });
  const work = mkdtempSync(join(tmpdir(), 'copydesk-bench-warc-'));
  try {
    const count = pages.length * args.copies;
    const filesDir = join(work, 'files');
    mkdirSync(filesDir);
    for (let n = 0; n < count; n++) writeFileSync(join(filesDir, `${String(n).padStart(6, '0')}.html`), pages[n % pages.length] as Buffer);
    const archive = join(work, 'pages.warc.gz');
    const size = await writeArchive(archive, pages, count);
    process.stdout.write(`bench:warc: ${count} pages (${pages.length} × ${args.copies}) as files and as one ${(size / 1e6).toFixed(1)} MB archive of ${count * 5} records\n`);

    // Warm-up: the file cache and the compiled code, for both.
    if (args.rounds > 0) {
      await extract(filesDir, args.workers);
      await extract(archive, args.workers);
    }
    const ratios: number[] = [];
    const rates = { files: [] as number[], warc: [] as number[] };
    const cpuRatios: number[] = [];
    for (let round = 1; round <= args.rounds; round++) {
      const files = await extract(filesDir, args.workers);
      const warc = await extract(archive, args.workers);
      const f = files.records / files.seconds;
      const w = warc.records / warc.seconds;
      rates.files.push(f);
      rates.warc.push(w);
      ratios.push(w / f);
      cpuRatios.push(files.cpu / warc.cpu);
      process.stdout.write(`  round ${round}: files ${f.toFixed(1)} pages/s, ${((1000 * files.cpu) / files.records).toFixed(0)} ms CPU/page (${files.records} records, ${files.errors} errors); archive ${w.toFixed(1)} pages/s, ${((1000 * warc.cpu) / warc.records).toFixed(0)} ms CPU/page (${warc.records} records, ${warc.errors} errors): ${(100 * (w / f)).toFixed(1)}%\n`);
    }
    if (args.rounds > 0) process.stdout.write(`speed: archive ${median(rates.warc).toFixed(1)} pages/s against files ${median(rates.files).toFixed(1)} pages/s: ${(100 * median(ratios)).toFixed(1)}% (median of ${args.rounds}; target >= 90%); by CPU time per page ${(100 * median(cpuRatios)).toFixed(1)}%\n`);

    if (args.memoryResponses > 0) {
      rmSync(archive);
      const big = join(work, 'large.warc.gz');
      const bigSize = await writeArchive(big, pages, args.memoryResponses);
      process.stdout.write(`memory: one archive of ${args.memoryResponses} HTML responses (${args.memoryResponses * 5} records, ${(bigSize / 1e6).toFixed(0)} MB)\n`);
      const run = await extract(big, args.workers, 1000);
      process.stdout.write(`  RSS by records written: ${run.marks.map((m) => `${m.records}: ${m.rssMb}`).join(', ')} MB\n`);
      process.stdout.write(`  ${run.records} records (${run.errors} errors) in ${run.seconds.toFixed(0)} s, ${(run.records / run.seconds).toFixed(1)} pages/s; peak RSS ${run.peakRssMb} MB (target < 300 MB)\n`);
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`bench:warc: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = 1;
});
