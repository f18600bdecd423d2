import { describe, expect, it } from 'vitest';
import { scoreDev } from '../../bench/quotes.js';
import { devSetDir, REPO_ROOT } from '../helpers/shared.js';

// The hand-annotated dev set articles (fixtures/quotes/dev-annotations.json) hold copydesk's
// targets for real articles; the pages themselves live in ../shared, so this skips without it.
describe.skipIf(!devSetDir())('quotes on hand-annotated dev set articles', () => {
  for (const batch of ['tuned', 'held-out', 'held-out-2', 'held-out-3', 'held-out-4', 'held-out-5'] as const) {
    it(`${batch}: precision >= 0.95, recall >= 0.90, speaker >= 0.85`, () => {
      const s = scoreDev(REPO_ROOT, batch);
      expect(s).not.toBeNull();
      if (!s) return;
      expect(s.expected).toBeGreaterThan(0);
      expect(s.precision, s.failures.join('\n')).toBeGreaterThanOrEqual(0.95);
      expect(s.recall, s.failures.join('\n')).toBeGreaterThanOrEqual(0.9);
      expect(s.speaker, s.failures.join('\n')).toBeGreaterThanOrEqual(0.85);
    });
  }
});
