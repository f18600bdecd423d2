/**
 * Would fitted weights judge story links on unseen sites better than the hand-set ones
 * (STORY_WEIGHTS)? Leave one labelled set out at a time: fit a logistic regression of the
 * label on the evidence names of every scored link of the other nine sets (L2, `--lambda`),
 * scale it so its cut is STORY_CUT, and judge the left-out set with those weights and with
 * the hand-set ones. Links the address decides alone (a tag, a utility page, a file) keep
 * their kind either way, and "storySibling" keeps its weight. Prints both per set, summed over
 * the held-out sets, and the weights fitted on all sets. The fold's weights are swapped into
 * STORY_WEIGHTS in place: the judgement reads them from there, and this bench runs alone.
 *   npx tsx bench/links-fit.ts [--lambda 0.001]
 */
import { STORY_CUT, STORY_WEIGHTS } from '../src/discover/link-rules.js';
import type { StoryWeight } from '../src/discover/link-rules.js';
import { judgeLinks } from '../src/discover/story-links.js';
import { DATASET, LABEL_SETS, datasetPresent, labelledPages } from './link-labels.js';
import type { LabelledPage } from './link-labels.js';

if (!datasetPresent()) {
  process.stderr.write(`bench:links-fit: skipped, no data set at ${DATASET}\n`);
  process.exit(0);
}
const at = process.argv.indexOf('--lambda');
const LAMBDA = at > 0 ? Number(process.argv[at + 1]) : 0.001;

type Weights = Record<StoryWeight, number>;
const HAND: Weights = { ...STORY_WEIGHTS };
const live = STORY_WEIGHTS as Weights;
const NAMES = (Object.keys(HAND) as StoryWeight[]).filter((n) => n !== 'storySibling');

interface Tally { tp: number; fp: number; fn: number }
interface Sample { x: number[]; y: number }

function tally(pages: readonly LabelledPage[], weights: Weights): Tally {
  Object.assign(live, weights);
  const t: Tally = { tp: 0, fp: 0, fn: 0 };
  for (const p of pages) {
    const kinds = new Map(judgeLinks(p.links, p.base, p.sameSite).map((j) => [j.url, j.kind]));
    for (const [url, story] of p.labels) {
      const said = kinds.get(url) === 'story';
      if (said && story) t.tp++;
      else if (said) t.fp++;
      else if (story) t.fn++;
    }
  }
  Object.assign(live, HAND);
  return t;
}

/** Every scored link of the pages, as counts of its evidence names, with its URL's label. */
function samples(pages: readonly LabelledPage[]): Sample[] {
  const out: Sample[] = [];
  for (const p of pages) {
    for (const j of judgeLinks(p.links, p.base, p.sameSite)) {
      const y = p.labels.get(j.url);
      if (y === undefined || j.evidence === null) continue;
      const evidence = j.evidence;
      out.push({ x: NAMES.map((n) => evidence.filter((e) => e === n).length), y: y ? 1 : 0 });
    }
  }
  return out;
}

/** Logistic regression by gradient descent; the weights, scaled so that the cut is STORY_CUT. */
function fit(data: readonly Sample[]): Weights {
  const w = NAMES.map(() => 0);
  let b = 0;
  for (let round = 0; round < 3000; round++) {
    const gw = NAMES.map(() => 0);
    let gb = 0;
    for (const { x, y } of data) {
      const z = x.reduce((s, v, k) => s + v * (w[k] ?? 0), b);
      const e = 1 / (1 + Math.exp(-z)) - y;
      x.forEach((v, k) => { gw[k] = (gw[k] ?? 0) + e * v; });
      gb += e;
    }
    w.forEach((v, k) => { w[k] = v - 0.05 * ((gw[k] ?? 0) / data.length + LAMBDA * v); });
    b -= (0.05 * gb) / data.length;
  }
  const scale = STORY_CUT / Math.max(0.1, -b);
  const out = { ...HAND };
  NAMES.forEach((n, k) => { out[n] = (w[k] ?? 0) * scale; });
  return out;
}

const fmt = (t: Tally): string => `P ${(t.tp / Math.max(1, t.tp + t.fp)).toFixed(3)} R ${(t.tp / Math.max(1, t.tp + t.fn)).toFixed(3)} (${t.tp} right, ${t.fp} wrong, ${t.fn} missed)`;
const add = (a: Tally, b: Tally): Tally => ({ tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn });

const sets = LABEL_SETS.map((s) => ({ ...s, pages: labelledPages(s.file).pages }));
let hand: Tally = { tp: 0, fp: 0, fn: 0 };
let fitted: Tally = { ...hand };
for (const set of sets) {
  const weights = fit(samples(sets.filter((s) => s !== set).flatMap((s) => s.pages)));
  const h = tally(set.pages, HAND);
  const f = tally(set.pages, weights);
  process.stdout.write(`${set.file}: hand ${fmt(h)}; fitted without it ${fmt(f)}\n`);
  // The first held-out set's misses were read while the rules were set: not summed.
  if (set.heldOut && set.file !== 'story-links-heldout.json') {
    hand = add(hand, h);
    fitted = add(fitted, f);
  }
}
process.stdout.write(`held-out sets 2 to 7: hand ${fmt(hand)}; fitted ${fmt(fitted)}\n`);
const all = fit(samples(sets.flatMap((s) => s.pages)));
process.stdout.write(`weights fitted on all sets (hand-set -> fitted):\n${NAMES.map((n) => `  ${n} ${HAND[n]} -> ${all[n].toFixed(2)}`).join('\n')}\n`);
