/**
 * Fetching one page as HTML text: the HTTP client, a check that the answer is a page at
 * all, and decoding.
 */
import type { FetchOptions } from '../config.js';
import { fetchResource } from './http.js';
import type { FetchResult, RequestInit } from './http.js';
import { decodeHtml } from './sniff.js';

export interface FetchedPage {
  url: string;
  finalUrl: string;
  status: number;
  html: string;
  charset: string;
  headers: Record<string, string>;
}

/** `onResponse` sees every answer received, page or not, before it is judged (crawl --warc archives them). */
export async function fetchPage(url: string, opts: FetchOptions, init: RequestInit = {}, onResponse?: (res: FetchResult) => void): Promise<FetchedPage> {
  const res = await fetchResource(url, opts, init);
  onResponse?.(res);
  const decoded = decodeHtml(res.body, res.contentType, url);
  return { url, finalUrl: res.finalUrl, status: res.status, html: decoded.text, charset: decoded.charset, headers: res.headers };
}
