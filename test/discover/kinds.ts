/** The story-link judgement on one page of a test site: each link's kind by its path. */
import { pageLinks } from '../../src/discover/links.js';
import { judgeLinks } from '../../src/discover/story-links.js';
import { siteHost } from '../../src/discover/url.js';
import type { LinkKind } from '../../src/discover/story-links.js';

export const PAGE = 'https://www.example.org/';
export const sameSite = (u: string): boolean => siteHost(u) === 'example.org';

export function kinds(html: string): Record<string, LinkKind> {
  const out: Record<string, LinkKind> = {};
  for (const j of judgeLinks(pageLinks(html, PAGE), PAGE, sameSite)) out[j.url.replace('https://www.example.org', '')] = j.kind;
  return out;
}
