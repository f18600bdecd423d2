/**
 * Readability on the already-parsed document. The serializer hands back the article
 * element itself, so the content is never serialised to HTML and parsed again.
 */
import { Readability } from '@mozilla/readability';

export interface ReadabilityResult {
  content: Element | null;
  title: string | null;
  byline: string | null;
  publishedTime: string | null;
  siteName: string | null;
  lang: string | null;
}

export function runReadability(doc: Document): ReadabilityResult {
  const reader = new Readability<Element>(doc, { serializer: (node: Node) => node as Element });
  const article = reader.parse();
  return {
    content: article?.content ?? null,
    title: article?.title?.trim() || null,
    byline: article?.byline?.trim() || null,
    publishedTime: article?.publishedTime?.trim() || null,
    // A bare handle ("@site") or a URL is not a site name.
    siteName: /^(?:@|https?:\/\/)/i.test(article?.siteName?.trim() ?? '') ? null : article?.siteName?.trim() || null,
    // Readability reports an empty lang="" as "", which is no language at all.
    lang: article?.lang?.trim() || null,
  };
}

/** A landmark must hold this much text to stand in for an article Readability did not find. */
const LANDMARK_MIN_CHARS = 500;

/**
 * When Readability finds no article (it needs paragraphs it can score, and some templates
 * give it none), the page's own landmark for its main content: the <main>, <article> or
 * role=main element holding the most text. The clean stage and the verdict then judge it
 * like any other candidate, so a listing found this way is still refused.
 */
export function landmarkContent(doc: Document): Element | null {
  let best: Element | null = null;
  let bestChars = LANDMARK_MIN_CHARS - 1;
  for (const el of Array.from(doc.querySelectorAll('main, article, [role="main"]'))) {
    const chars = (el.textContent ?? '').replace(/\s+/g, ' ').trim().length;
    if (chars > bestChars) {
      best = el;
      bestChars = chars;
    }
  }
  return best;
}
