/**
 * The record copydesk writes for each page. Its JSON Schema is schema/record.schema.json,
 * shipped in the package; bump SCHEMA_VERSION when a field changes meaning or goes away.
 */
import type { ErrorCode, Stage } from '../errors.js';

export const SCHEMA_VERSION = '1.2';

export interface Quote {
  /** The quoted words, without the outer marks. */
  text: string;
  /** Who said it, resolved to the fullest name the article gives, or null. */
  speaker: string | null;
  /** The speaker as written nearest the quote ("he", "Goita"), or null. */
  speakerMention: string | null;
  /** The verb or phrase that attributes it: "said", "according to". */
  cue: string | null;
  /** A whole statement, or a fragment woven into the writer's sentence. */
  kind: 'full' | 'partial';
  /** Index of the paragraph (blank-line separated) where the quote starts. */
  paragraph: number;
  /** Offsets of the quote text in the record's body (start inclusive, end exclusive). */
  start: number;
  end: number;
}

/** An image of the article, in reading order. */
export interface ArticleImage {
  /** Absolute address (lazy-loaded images: where the page keeps the real one). */
  src: string;
  /** The alt text, '' when the page gives none. */
  alt: string;
  /** From its <figcaption>, or a caption or credit line just after it; null when none. */
  caption: string | null;
  /** As the page declares them, in pixels; absent when not given. */
  width?: number;
  height?: number;
}

/** A link in the article's text, in reading order. */
export interface ArticleLink {
  /** Absolute http(s) address. */
  href: string;
  /** The linked words. */
  text: string;
}

export interface ArticleVerdict {
  /** True when the page reads as one article rather than an index, gallery or wall. */
  isArticle: boolean;
  /** 0..1, higher means more article-like. */
  score: number;
  /** Short reasons that moved the score, for people debugging a verdict. */
  reasons: string[];
  /** The text shows a log-in or pay wall. */
  walled: boolean;
}

export interface ArticleRecord {
  schemaVersion: string;
  url: string;
  finalUrl: string;
  canonicalUrl: string | null;
  title: string | null;
  authors: string[];
  publishedAt: string | null;
  modifiedAt: string | null;
  siteName: string | null;
  lang: string | null;
  description: string | null;
  image: string | null;
  tags: string[];
  section: string | null;
  body: string;
  /** Images in the article, in order: no tracking pixels, icons or avatars. */
  images: ArticleImage[];
  /** Links in the article's text, in order (http and https only). */
  links: ArticleLink[];
  quotes: Quote[];
  /** Words of the body; a Chinese or Japanese character counts as one. */
  wordCount: number;
  isArticle: boolean;
  articleScore: number;
  /** False when the page says the article is for subscribers (JSON-LD) or shows a log-in or pay wall. */
  accessibleForFree: boolean;
  fetchedAt: string;
  extractor: { name: string; version: string };
  /** The article as Markdown, only when asked for (`--format markdown`). */
  markdown?: string;
  /** The article as safe HTML (a fragment), only when asked for (`--html`). */
  html?: string;
  /** Feed metadata when the page came from a feed or sitemap (crawl). */
  feed?: FeedInfo;
  /** Stable id from the canonical URL and the body's hash (crawl): the same story always has the same id (src/record/id.ts). */
  id?: string;
  /** Where the page was read from, when it came out of a WARC archive (extract). */
  warc?: WarcOrigin;
}

/** The archive record a page was read from: enough to find it again. */
export interface WarcOrigin {
  /** The archive file as given (absolute path), or "-" for stdin. */
  file: string;
  /** WARC-Record-ID of the response record. */
  recordId: string;
  /** Byte offset of the record in the file (of its gzip member, for .warc.gz). */
  offset: number;
}

/** What the feed or sitemap said of an item, before its page was fetched. */
export interface FeedInfo {
  /** The feed or sitemap URL the item came from. */
  source: string;
  title: string | null;
  guid: string | null;
  /** ISO 8601, as normalised by extract/dates. */
  publishedAt: string | null;
  updatedAt: string | null;
  author: string | null;
  categories: string[];
}

export interface ErrorRecord {
  schemaVersion: string;
  url: string;
  error: {
    code: ErrorCode;
    message: string;
    stage: Stage;
    status?: number;
  };
  fetchedAt: string;
  /** The archive record the failed page came from (extract of a WARC). */
  warc?: WarcOrigin;
}

export type CopydeskRecord = ArticleRecord | ErrorRecord;

export function isErrorRecord(record: CopydeskRecord): record is ErrorRecord {
  return 'error' in record;
}
