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
