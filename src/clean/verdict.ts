/**
 * Is this page an article? A score in 0..1 from the extracted text and the page's own claims.
 */
import type { ArticleVerdict } from '../record/types.js';

export interface VerdictInput {
  body: string;
  wordCount: number;
  ldTypes: string[];
  ogType: string | null;
}

/** Articles this short are rare; index pages extract to a few teaser lines. */
const MIN_ARTICLE_WORDS = 40;

export function judgeArticle(input: VerdictInput): ArticleVerdict {
  const reasons: string[] = [];
  let score = Math.min(1, input.wordCount / 200);
  if (input.wordCount < MIN_ARTICLE_WORDS) reasons.push(`only ${input.wordCount} words`);
  if (input.ogType === 'article' || input.ldTypes.some((t) => t.endsWith('article') || t === 'blogposting')) {
    score = Math.min(1, score + 0.3);
    reasons.push('declared an article');
  }
  return { isArticle: score >= 0.5, score: Math.round(score * 100) / 100, reasons };
}
