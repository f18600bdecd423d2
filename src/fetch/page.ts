/**
 * Fetching one page as HTML text: the HTTP client, a content-type check and decoding.
 */
import type { FetchOptions } from '../config.js';
import { CopydeskError } from '../errors.js';
import { decodeBody } from './decode.js';
import { fetchResource } from './http.js';
import type { RequestInit } from './http.js';

export interface FetchedPage {
  url: string;
  finalUrl: string;
  status: number;
  html: string;
  charset: string;
  headers: Record<string, string>;
}

const HTML_TYPES = /^(?:text\/html|application\/xhtml\+xml|text\/plain|application\/xml|text\/xml)$/i;
/** Magic numbers of formats often served where a page was expected. */
const BINARY_SIGNATURES: readonly [string, number[]][] = [
  ['PDF', [0x25, 0x50, 0x44, 0x46]],
  ['PNG', [0x89, 0x50, 0x4e, 0x47]],
  ['JPEG', [0xff, 0xd8, 0xff]],
  ['GIF', [0x47, 0x49, 0x46, 0x38]],
  ['ZIP', [0x50, 0x4b, 0x03, 0x04]],
  ['WebP/RIFF', [0x52, 0x49, 0x46, 0x46]],
  ['gzip', [0x1f, 0x8b]],
];

/** Throws NOT_HTML unless the answer can be read as a page. */
export function assertHtml(body: Uint8Array, contentType: string | null, url: string): void {
  const mime = (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  if (mime && !HTML_TYPES.test(mime)) {
    throw new CopydeskError('NOT_HTML', `not an HTML page: ${mime}`, { url });
  }
  for (const [name, sig] of BINARY_SIGNATURES) {
    if (sig.every((b, i) => body[i] === b)) throw new CopydeskError('NOT_HTML', `not an HTML page: looks like ${name}`, { url });
  }
  // Binary served as text: many control bytes early on mean it is not a page.
  const sample = body.subarray(0, 1024);
  let control = 0;
  for (const b of sample) if (b < 9 || (b > 13 && b < 32 && b !== 27)) control++;
  if (sample.length > 0 && control / sample.length > 0.1) {
    throw new CopydeskError('NOT_HTML', 'not an HTML page: binary content', { url });
  }
}

export async function fetchPage(url: string, opts: FetchOptions, init: RequestInit = {}): Promise<FetchedPage> {
  const res = await fetchResource(url, opts, init);
  assertHtml(res.body, res.contentType, url);
  const decoded = decodeBody(res.body, res.contentType);
  return { url, finalUrl: res.finalUrl, status: res.status, html: decoded.text, charset: decoded.charset, headers: res.headers };
}
