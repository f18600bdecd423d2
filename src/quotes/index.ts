/**
 * The quotes stage: direct quotations in the body text, with who said them.
 */
import type { Quote } from '../record/types.js';

export function extractQuotes(_body: string): Quote[] {
  return [];
}
