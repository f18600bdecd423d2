/**
 * How well copydesk tells story links from the rest: precision and recall of the follow
 * crawl's link judgement (src/discover/story-links.ts) on links labelled by hand (the page,
 * the link's href, story or other) on pages of ../shared/datasets/wcxb-dev. Skips when the
 * data set is absent. The sets (bench/link-labels.ts): story-links.json, story-links-dev.json,
 * story-links-dev2.json and story-links-dev3.json (these two of sites no other set holds) set
 * the rules; story-links-heldout.json to story-links-heldout7.json (the last five of sites no
 * other set holds) were labelled before the judgement was run on them, and are reported one by
 * one and together. --misses and --all list the links of the rule-setting sets only (and of
 * extra files), with the evidence behind each score, so that held-out misses are not read
 * while rules are set. Further files given on the command line are scored too.
 *   npm run bench:links [-- --misses | --all] [extra.json ...]
 */
import { judgeLinks } from '../src/discover/story-links.js';
import { DATASET, LABEL_SETS, datasetPresent, labelledPages } from './link-labels.js';

if (!datasetPresent()) {
  process.stderr.write(`bench:links: skipped, no data set at ${DATASET}\n`);
  process.exit(0);
}
const showMisses = process.argv.includes('--misses');
const showAll = process.argv.includes('--all');

interface Tally {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
  missing: number;
}

function score(file: string, print: boolean): Tally {
  const { pages, missing } = labelledPages(file);
  const t: Tally = { tp: 0, fp: 0, fn: 0, tn: 0, missing };
  for (const p of pages) {
    const judged = new Map(judgeLinks(p.links, p.base, p.sameSite).map((j) => [j.url, j]));
    for (const [url, truthStory] of p.labels) {
      const j = judged.get(url);
      if (!j) {
        t.missing++;
        continue;
      }
      const said = j.kind === 'story';
      if (said && truthStory) t.tp++;
      else if (said) t.fp++;
      else if (truthStory) t.fn++;
      else t.tn++;
      if (print && ((showMisses && said !== truthStory) || showAll)) {
        process.stderr.write(`${said === truthStory ? (said ? 'TP' : 'TN') : said ? 'FP' : 'FN'} ${j.kind} ${j.score ?? ''} ${url} | ${j.text.slice(0, 60)} | ${j.place}${j.headline ? ' headline' : ''}${j.prose ? ' prose' : ''}${j.evidence ? ` | ${j.evidence.join(' ')}` : ''}\n`);
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

const heldOut: Tally[] = [];
for (const set of LABEL_SETS) {
  const t = score(set.file, !set.heldOut);
  report(set.name, t);
  if (set.heldOut) heldOut.push(t);
}
const zero: Tally = { tp: 0, fp: 0, fn: 0, tn: 0, missing: 0 };
report('held out, the five older sets', heldOut.slice(0, 5).reduce(sum, zero));
report('held out, the six sets', heldOut.slice(0, 6).reduce(sum, zero));
report('held out, the seven sets', heldOut.reduce(sum, zero));
for (const extra of process.argv.slice(2).filter((a) => a.endsWith('.json'))) report(extra, score(extra, true));
