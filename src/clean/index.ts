/**
 * The clean stage: what Readability should never see (before), and what it keeps that is
 * not article (after). Rules live as commented data in rules.ts.
 */
export { cleanBeforeReadability } from './before.js';
export { readPageSignals } from './signals.js';
export type { PageSignals } from './signals.js';
export { cleanAfterReadability } from './after.js';
export type { CleanReport } from './after.js';
export { judgeArticle } from './verdict.js';
export type { VerdictInput } from './verdict.js';
