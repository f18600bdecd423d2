/**
 * A record as a whole HTML document (`--format html`): the safe article fragment under a
 * header with its title, byline, date and address, and a Content-Security-Policy that lets
 * the page load nothing but images, should anything unsafe have got through.
 */
import { VERSION } from '../config.js';
import type { ArticleRecord } from './types.js';
import { escapeAttribute, escapeText, textToHtml } from './html.js';

const POLICY = "default-src 'none'; img-src http: https: data:; style-src 'unsafe-inline'";

/** Readable styles, small enough to inline: the document stands alone. */
const STYLE = 'body{max-width:42em;margin:2em auto;padding:0 1em;font:1.05em/1.6 Georgia,serif}img{max-width:100%;height:auto}figcaption,.meta{color:#555;font-size:.9em}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.2em .5em}';

function meta(name: string, content: string | null): string {
  return content ? `<meta name="${name}" content="${escapeAttribute(content)}">\n` : '';
}

export function htmlDocument(record: ArticleRecord): string {
  const title = record.title ?? record.siteName ?? record.url;
  const date = record.publishedAt;
  const address = record.canonicalUrl ?? (record.finalUrl || record.url);
  const byline = [
    record.authors.length ? `By ${escapeText(record.authors.join(', '))}` : '',
    date ? `<time datetime="${escapeAttribute(date)}">${escapeText(date.slice(0, 10))}</time>` : '',
    address && /^https?:/i.test(address) ? `<a href="${escapeAttribute(address)}">${escapeText(record.siteName ?? new URL(address).hostname)}</a>` : '',
  ].filter(Boolean);
  return [
    '<!doctype html>\n',
    `<html${record.lang ? ` lang="${escapeAttribute(record.lang)}"` : ''}>\n<head>\n<meta charset="utf-8">\n`,
    `<meta http-equiv="Content-Security-Policy" content="${POLICY}">\n`,
    `<title>${escapeText(title)}</title>\n`,
    meta('author', record.authors.join(', ') || null),
    meta('date', date),
    meta('generator', `copydesk ${VERSION}`),
    address && /^https?:/i.test(address) ? `<link rel="canonical" href="${escapeAttribute(address)}">\n` : '',
    `<style>${STYLE}</style>\n</head>\n<body>\n<article>\n<header>\n`,
    record.title ? `<h1>${escapeText(record.title)}</h1>\n` : '',
    byline.length ? `<p class="meta">${byline.join(' · ')}</p>\n` : '',
    '</header>\n',
    record.html ?? textToHtml(record.body),
    '</article>\n</body>\n</html>\n',
  ].join('');
}
