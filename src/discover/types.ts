/**
 * What discovery hands to the crawler: article links with the metadata their feed or
 * sitemap gave, and further documents (child sitemaps, discovered feeds) to read.
 */
import type { FeedInfo } from '../record/types.js';

/** An article link with the metadata its feed or sitemap gave (the record's `feed` field, less its source). */
export interface DiscoveredItem extends Omit<FeedInfo, 'source'> {
  /** Absolute article URL as the feed gave it (resolved against the feed's address). */
  url: string;
}

export type DocumentKind = 'rss' | 'rdf' | 'atom' | 'json' | 'sitemap-index' | 'sitemap' | 'opml' | 'html' | 'robots';

export interface ParsedDocument {
  kind: DocumentKind;
  title: string | null;
  items: DiscoveredItem[];
  /** Further documents to read: child sitemaps, feeds found on a page, OPML entries. */
  links: string[];
  /** True when the document held more entries than we take from one document. */
  truncated: boolean;
}

/** Most entries taken from one document: the sitemap protocol's own cap. */
export const MAX_ENTRIES_PER_DOCUMENT = 50_000;
