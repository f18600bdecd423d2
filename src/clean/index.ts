/**
 * The clean stage: what Readability should never see (before), and what it keeps that is
 * not article (after). Rules live as commented data in rules.ts.
 */
export { cleanBeforeReadability } from './before.js';
export { cleanAfterReadability } from './after.js';
export { judgeArticle } from './verdict.js';
