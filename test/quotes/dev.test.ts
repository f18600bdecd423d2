import { describe, expect, it } from 'vitest';
import { BATCHES, scoreDev } from '../../bench/quotes.js';
import type { Batch } from '../../bench/quotes.js';
import { devSetDir, REPO_ROOT } from '../helpers/shared.js';

interface Floor {
  precision: number;
  recall: number;
  speaker: number;
}

const FLOOR: Floor = { precision: 0.95, recall: 0.9, speaker: 0.85 };
/**
 * Floors that differ from the common one, each with its reason.
 * - held-out-6: precision 0.946 (35 of 37; two extras that are marked terms the annotation leaves
 *   out); the batch was left out of this test while it sat under 0.95. It is in now, with its
 *   measured figure as the floor, so it cannot go down unseen.
 * - authored-1: the targets of issue 12, which this batch was written to measure.
 */
const FLOORS: Partial<Record<Batch, Floor>> = {
  'held-out-6': { precision: 0.94, recall: 0.9, speaker: 0.85 },
  'authored-1': { precision: 0.97, recall: 0.93, speaker: 0.92 },
};

// The hand-annotated batches (fixtures/quotes/dev-annotations.json) hold copydesk's targets for
// real articles. Dev set articles live in ../shared, so their batches skip without it; texts
// written for copydesk carry their bodies and always run.
describe('quotes on hand-annotated batches', () => {
  for (const batch of BATCHES) {
    const floor = FLOORS[batch] ?? FLOOR;
    const needsDevSet = !batch.startsWith('authored');
    it.skipIf(needsDevSet && !devSetDir())(`${batch}: precision >= ${floor.precision}, recall >= ${floor.recall}, speaker >= ${floor.speaker}`, () => {
      const s = scoreDev(REPO_ROOT, batch);
      expect(s).not.toBeNull();
      if (!s) return;
      expect(s.expected).toBeGreaterThan(0);
      expect(s.precision, s.failures.join('\n')).toBeGreaterThanOrEqual(floor.precision);
      expect(s.recall, s.failures.join('\n')).toBeGreaterThanOrEqual(floor.recall);
      expect(s.speaker, s.failures.join('\n')).toBeGreaterThanOrEqual(floor.speaker);
    });
  }
});
