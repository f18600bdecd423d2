/**
 * How well copydesk tells story links from the rest: precision and recall of the follow
 * crawl's link judgement (src/discover/story-links.ts) on links labelled by hand (the page,
 * the link's href, story or other) on pages of ../shared/datasets/wcxb-dev. Skips when the
 * data set is absent. The sets: story-links.json, story-links-dev.json, story-links-dev2.json
 * and story-links-dev3.json (these two of sites no other set holds) set the rules;
 * story-links-heldout.json to story-links-heldout6.json (the last four of sites no other set
 * holds) were labelled before the judgement was run on them, and are reported one by one and
 * together. --misses and --all list the links of the rule-setting sets only (and of extra
 * files), so that held-out misses are not read while rules are set. A labels file is a list
 * of entries, or an object whose "links" holds them beside a header (how they were drawn,
 * the label rule). Further files given on the command line are scored too.
 *   npm run bench:links [-- --misses | --all] [extra.json ...]
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { pageLinks } from '../src/discover/links.js';
import { normaliseUrl, siteHost } from '../src/discover/url.js';
import { judgeLinks } from '../src/discover/story-links.js';

interface Label {
  page: string;
  href: string;
  text?: string;
  label: 'story' | 'other';
}

const here = dirname(fileURLToPath(import.meta.url));
const dataset = join(here, '..', '..', 'shared', 'datasets', 'wcxb-dev');
if (!existsSync(join(dataset, 'ground-truth.json.gz'))) {
  process.stderr.write(`bench:links: skipped, no data set at ${dataset}\n`);
  process.exit(0);
}
const truth = JSON.parse(gunzipSync(readFileSync(join(dataset, 'ground-truth.json.gz'))).toString('utf8')) as Record<string, { url: string }>;
const pageIds = new Map(Object.entries(truth).map(([id, t]) => [t.url, id]));
const showMisses = process.argv.includes('--misses');
const showAll = process.argv.includes('--all');

interface Tally {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
  missing: number;
}

function labelsOf(file: string): Label[] {
  const data = JSON.parse(readFileSync(join(here, file), 'utf8')) as Label[] | { links: Label[] };
  return Array.isArray(data) ? data : data.links;
}

function score(file: string, print = true): Tally {
  const labels = labelsOf(file);
  const byPage = new Map<string, Label[]>();
  for (const l of labels) byPage.set(l.page, [...(byPage.get(l.page) ?? []), l]);
  const t: Tally = { tp: 0, fp: 0, fn: 0, tn: 0, missing: 0 };
  for (const [page, list] of byPage) {
    const id = pageIds.get(page);
    if (!id) {
      t.missing += list.length;
      continue;
    }
    const html = gunzipSync(readFileSync(join(dataset, 'html', `${id}.html.gz`))).toString('utf8');
    const host = siteHost(page);
    const judged = judgeLinks(pageLinks(html, page), normaliseUrl(page) ?? page, (u) => siteHost(u) === host);
    const kinds = new Map(judged.map((j) => [j.url, j]));
    for (const l of list) {
      const url = normaliseUrl(l.href, page);
      const j = url ? kinds.get(url) : undefined;
      if (!j) {
        t.missing++;
        continue;
      }
      const said = j.kind === 'story';
      const truthStory = l.label === 'story';
      if (said && truthStory) t.tp++;
      else if (said) t.fp++;
      else if (truthStory) t.fn++;
      else t.tn++;
      if (print && ((showMisses && said !== truthStory) || showAll)) {
        process.stderr.write(`${said === truthStory ? (said ? 'TP' : 'TN') : said ? 'FP' : 'FN'} ${j.kind} ${j.score ?? ''} ${url} | ${j.text.slice(0, 60)} | ${j.place}${j.headline ? ' headline' : ''}${j.prose ? ' prose' : ''}\n`);
      }
    }
  }
  return t;
}

function report(name: string, t: Tally): void {
  const precision = t.tp / Math.max(1, t.tp + t.fp);
  const recall = t.tp / Math.max(1, t.tp + t.fn);
  const links = t.tp + t.fp + t.fn + t.tn;
  process.stdout.write(`${JSON.stringify({ set: name, links, stories: t.tp + t.fn, ...t, precision: Number(precision.toFixed(3)), recall: Number(recall.toFixed(3)) })}\n`);
  process.stdout.write(`${name}: story links precision ${precision.toFixed(3)} (target 0.95), recall ${recall.toFixed(3)} (target 0.90) on ${links} labelled links\n`);
}

function sum(a: Tally, b: Tally): Tally {
  return { tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn, tn: a.tn + b.tn, missing: a.missing + b.missing };
}

report('story-links.json (rules set on it)', score('story-links.json'));
report('story-links-dev.json (rules set on it)', score('story-links-dev.json'));
report('story-links-dev2.json (rules set on it, new sites)', score('story-links-dev2.json'));
report('story-links-dev3.json (rules set on it, new sites)', score('story-links-dev3.json'));
const heldOut = score('story-links-heldout.json', false);
report('story-links-heldout.json (held out, misses read since)', heldOut);
const heldOut2 = score('story-links-heldout2.json', false);
report('story-links-heldout2.json (held out; misses read since, no rule from them)', heldOut2);
const heldOut3 = score('story-links-heldout3.json', false);
report('story-links-heldout3.json (held out, new sites; misses read since, no rule from them)', heldOut3);
const heldOut4 = score('story-links-heldout4.json', false);
report('story-links-heldout4.json (held out, new sites; misses read since)', heldOut4);
const heldOut5 = score('story-links-heldout5.json', false);
report('story-links-heldout5.json (held out, new sites; misses read since, no rule from them)', heldOut5);
const heldOut6 = score('story-links-heldout6.json', false);
report('story-links-heldout6.json (held out, new sites)', heldOut6);
report('held out, the five older sets', [heldOut2, heldOut3, heldOut4, heldOut5].reduce(sum, heldOut));
report('held out, the six sets', [heldOut2, heldOut3, heldOut4, heldOut5, heldOut6].reduce(sum, heldOut));
for (const extra of process.argv.slice(2).filter((a) => a.endsWith('.json'))) report(extra, score(extra));
