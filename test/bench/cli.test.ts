/**
 * `copydesk bench accuracy` on a tiny dataset written here, and without any dataset.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';
import { formatReport, hideMetadata, hideNames, plainTags, runAccuracy } from '../../src/bench/accuracy.js';
import { loadDataset, metadataFileFor, withMetadata } from '../../src/bench/dataset.js';
import type { Io } from '../../src/cli/io.js';
import { REPO_ROOT } from '../helpers/shared.js';

function capture(): { io: Io; out: () => string; err: () => string } {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let o = '';
  let e = '';
  stdout.on('data', (c: Buffer) => (o += c.toString()));
  stderr.on('data', (c: Buffer) => (e += c.toString()));
  return { io: { stdout, stderr, stdin: new PassThrough(), env: {}, cwd: REPO_ROOT }, out: () => o, err: () => e };
}

const tmp = mkdtempSync(join(tmpdir(), 'copydesk-bench-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Two fixture pages as a dataset; the truth is the article's own paragraphs. */
function writeDataset(): string {
  const dir = join(tmp, 'ds');
  mkdirSync(join(dir, 'html'), { recursive: true });
  const expectations = JSON.parse(readFileSync(join(REPO_ROOT, 'fixtures', 'clean', 'articles', 'expectations.json'), 'utf8')) as Record<string, { url: string }>;
  const truth: Record<string, { articleBody: string; url: string }> = {};
  for (const name of ['seed-links-after', 'publisher-inline-promos']) {
    const html = readFileSync(join(REPO_ROOT, 'fixtures', 'clean', 'articles', `${name}.html`), 'utf8');
    writeFileSync(join(dir, 'html', `${name}.html.gz`), gzipSync(html));
    const paragraphs = [...html.matchAll(/<p>([^<]{80,})<\/p>/g)].map((m) => (m[1] ?? '').replace(/&#x27;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&'));
    truth[name] = { articleBody: paragraphs.join('\n\n'), url: expectations[name]?.url ?? '' };
  }
  writeFileSync(join(dir, 'ground-truth.json'), JSON.stringify(truth));
  return dir;
}

/** An article, a tag listing and a walled teaser in the WCXB layout, with metadata truth. */
function writeWcxbDataset(): string {
  const dir = join(tmp, 'wcxb');
  mkdirSync(join(dir, 'html'), { recursive: true });
  const page = (folder: string, name: string): string => readFileSync(join(REPO_ROOT, 'fixtures', 'clean', folder, `${name}.html`), 'utf8');
  const article = page('articles', 'wordpress-news');
  const listing = page('non-articles', 'tag-page');
  writeFileSync(join(dir, 'html', '0001.html.gz'), gzipSync(article));
  writeFileSync(join(dir, 'html', '0002.html.gz'), gzipSync(listing));
  const paragraphs = [...article.matchAll(/<p>([^<]{80,})<\/p>/g)].map((m) => m[1] ?? '');
  const truth = {
    '0001': { url: 'https://courier.example/2024/05/12/story', page_type: 'article', title: 'No such title', author: null, publish_date: null, main_content: paragraphs.join('\n\n'), with: [paragraphs[0]?.slice(0, 40)], without: ['Leave a Reply'] },
    '0002': { url: 'https://courier.example/tag/transport/', page_type: 'listing', title: null, author: null, publish_date: null, main_content: 'Transport', with: [], without: [] },
  };
  writeFileSync(join(dir, 'ground-truth.json.gz'), gzipSync(JSON.stringify(truth)));
  return dir;
}

describe('copydesk bench accuracy', () => {
  it('reads the WCXB layout: word F1 by page type, fields, the verdict by type, and ablation', async () => {
    const dir = writeWcxbDataset();
    const c = capture();
    const code = await run(['bench', 'accuracy', '--dataset', dir, '--no-floor', '--quiet'], c.io);
    expect(c.err()).toBe('');
    expect(code).toBe(0);
    const out = c.out();
    expect(out).toMatch(/dataset: wcxb \(wcxb\), pages: 2/);
    expect(out).toMatch(/^article\s+1\s+[01]\.\d{3} \(/m);
    expect(out).toMatch(/^listing\s+1\s+/m);
    expect(out).toMatch(/^title \(1 pages\)\s+0\.000\s+0\.000$/m);
    expect(out).toMatch(/^listing\s+1 of 1 .*\(should be all\)$/m);
    expect(out).toMatch(/^article\s+0 of 1 .*\(should be none\)$/m);

    const a = capture();
    expect(await run(['bench', 'accuracy', '--dataset', dir, '--ablate', 'verdict:address,lines:headings', '--quiet'], a.io)).toBe(0);
    expect(a.out()).toMatch(/^all rules on\s+/m);
    expect(a.out()).toMatch(/^verdict:address(?:\s+[+-]?\d[\d.]*){4}$/m);
    expect(a.out()).toMatch(/^all rules on\s+0\.\d{4}\s+0\.\d{4}\s+0\s+1$/m);
    const bad = capture();
    expect(await run(['bench', 'accuracy', '--dataset', dir, '--ablate', 'no:such-group', '--quiet'], bad.io)).toBe(2);
    expect(bad.err()).toMatch(/unknown rule group/);
  });

  it('says there is no dataset and exits 0', async () => {
    const c = capture();
    const code = await run(['bench', 'accuracy', '--dataset', join(tmp, 'absent')], c.io);
    expect(code).toBe(0);
    expect(c.err()).toMatch(/no dataset/);
    expect(c.out()).toBe('');
  });

  it('prints copydesk beside Readability and passes a floor it meets', async () => {
    const dir = writeDataset();
    const floor = join(tmp, 'floor-ok.json');
    writeFileSync(floor, JSON.stringify({ f1: 0.9, maxFlagged: 0 }));
    const c = capture();
    const code = await run(['bench', 'accuracy', '--dataset', dir, '--floor', floor, '--quiet'], c.io);
    expect(c.err()).toBe('');
    expect(code).toBe(0);
    const copydesk = /^copydesk\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)/m.exec(c.out());
    const readability = /^readability\s+([\d.]+)/m.exec(c.out());
    expect(copydesk).not.toBeNull();
    expect(readability).not.toBeNull();
    // Readability keeps the "Latest Stories" block and the promos; copydesk does not.
    expect(Number(copydesk?.[1])).toBeGreaterThan(Number(readability?.[1]));
    expect(c.out()).toMatch(/judged not an article: 0 of 2/);
  });

  it('scores the pages with their class and id names hidden (--hide-names)', async () => {
    const dir = writeDataset();
    const c = capture();
    expect(await run(['bench', 'accuracy', '--dataset', dir, '--hide-names', '--no-floor', '--quiet'], c.io)).toBe(0);
    expect(c.out()).toMatch(/^copydesk\s+[\d.]+/m);
    expect(c.out()).toMatch(/^readability\s+[\d.]+/m);
    // The ablation reads the pages the same way when asked to.
    const a = capture();
    expect(await run(['bench', 'accuracy', '--dataset', dir, '--hide-names', '--ablate', 'lines:headings', '--quiet'], a.io)).toBe(0);
    expect(a.out()).toMatch(/^\(class and id names hidden\)$/m);
    expect(a.out()).toMatch(/^lines:headings\s+/m);
  });

  it('scores the pages with plain tags, and with neither names nor tags (--plain-tags)', async () => {
    const dir = writeDataset();
    const c = capture();
    expect(await run(['bench', 'accuracy', '--dataset', dir, '--plain-tags', '--hide-names', '--no-floor', '--quiet'], c.io)).toBe(0);
    expect(c.out()).toMatch(/^\(class and id names hidden, sectioning tags made plain\)$/m);
    expect(c.out()).toMatch(/^copydesk\s+[\d.]+/m);
    const plain = capture();
    expect(await run(['bench', 'accuracy', '--dataset', dir, '--plain-tags', '--no-floor', '--quiet'], plain.io)).toBe(0);
    expect(plain.out()).toMatch(/^\(sectioning tags made plain\)$/m);
  });

  it('scores title, date and author on a dataset without them from a file labelled by hand', async () => {
    const dir = writeDataset();
    const labels = join(tmp, 'ds.metadata.json');
    writeFileSync(labels, JSON.stringify({
      about: 'two pages',
      pages: {
        'seed-links-after': { title: 'Ferry crews walk out over night rosters', author: null, publish_date: null },
        'publisher-inline-promos': { title: 'No such headline', author: 'Nobody Atall', publish_date: null },
      },
    }));
    const dataset = withMetadata(loadDataset(dir), labels);
    expect(dataset.entries.map((e) => [e.title, e.author, e.publishDate])).toEqual([
      ['No such headline', 'Nobody Atall', null],
      ['Ferry crews walk out over night rosters', null, null],
    ]);
    const out = formatReport(await runAccuracy(dataset, { readability: false }));
    expect(out).toMatch(/^title \(2 pages\)\s+0\.500$/m);
    expect(out).toMatch(/^date \(0 pages\)\s+0\.000$/m);
    expect(out).toMatch(/^author \(1 pages\)\s+0\.000$/m);
    // Without labels the Zyte layout prints no fields; the repository's file is named after the folder.
    expect(formatReport(await runAccuracy(loadDataset(dir), { readability: false }))).not.toMatch(/fields right/);
    expect(metadataFileFor(join(tmp, 'zyte-article-bench'))).toMatch(/bench[\\/]zyte-article-bench\.metadata\.json$/);
    writeFileSync(labels, JSON.stringify({ 'seed-links-after': { title: 'x' } }));
    expect(() => withMetadata(loadDataset(dir), labels)).toThrow(/expected \{"pages"/);
  });

  it('exits 1 when copydesk falls below the floor', async () => {
    const dir = writeDataset();
    const floor = join(tmp, 'floor-high.json');
    writeFileSync(floor, JSON.stringify({ f1: 1.01 }));
    const c = capture();
    const code = await run(['bench', 'accuracy', '--dataset', dir, '--floor', floor, '--quiet'], c.io);
    expect(code).toBe(1);
    expect(c.err()).toMatch(/below the floor/);
  });
});

describe('plainTags', () => {
  it('writes the sectioning tags as divs and drops roles, keeping names, text and other attributes', () => {
    const page = `<header class="top" role="banner"><nav id=menu role=navigation><a href="/">Home</a></nav></header><main><article data-x="1"><section><p>The role of the header</p></section></article></main><aside role='complementary'>x</aside><footer>f</footer><headline>h</headline>`;
    expect(plainTags(page)).toBe('<div class="top"><div id=menu><a href="/">Home</a></div></div><div><div data-x="1"><div><p>The role of the header</p></div></div></div><div>x</div><div>f</div><headline>h</headline>');
  });
});

describe('hideNames', () => {
  it('replaces every class and id name, the same name by the same token, and nothing else', () => {
    const page = `<div class="article-body main" id=story><p class='x'>a class="no" b</p><span data-id="7" class="main">y</span></div>`;
    const hidden = hideNames(page);
    expect(hidden).toBe('<div class="n0 n1" id="n2"><p class="n3">a class="no" b</p><span data-id="7" class="n1">y</span></div>');
    expect(hidden).not.toMatch(/article|story|main/);
  });
});

describe('hideMetadata', () => {
  it('removes JSON-LD, named <meta> fields and microdata, keeping the charset, the <title>, other scripts and the text', () => {
    const page = `<head><meta charset="utf-8"><meta http-equiv="refresh" content="60"><title>Bridge closes</title><meta property="og:title" content="Bridge"><meta name=author content="Ann Miller"><script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2024-03-04"}</script><script>var itemprop = 1;</script></head><body><article itemscope itemtype="https://schema.org/NewsArticle"><span itemprop="author" class="by">Ann Miller</span><time itemprop=datePublished datetime="2024-03-04">4 March</time><p>The itemprop of a story.</p></article></body>`;
    expect(hideMetadata(page)).toBe('<head><meta charset="utf-8"><meta http-equiv="refresh" content="60"><title>Bridge closes</title><script>var itemprop = 1;</script></head><body><article><span class="by">Ann Miller</span><time datetime="2024-03-04">4 March</time><p>The itemprop of a story.</p></article></body>');
  });
});
