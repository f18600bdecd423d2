/**
 * OPML subscription lists: every <outline xmlUrl="…"> at any depth is a feed. Folders
 * nest outlines; a nesting cap keeps a hostile file from recursing without end.
 */
import { CopydeskError } from '../errors.js';
import { normaliseUrl } from './url.js';
import { attrOf, child, children, parseXml } from './xml.js';

const MAX_DEPTH = 32;

export function readOpml(text: string, base = 'file:///'): string[] {
  const doc = parseXml(text, base);
  const body = child(doc.opml, 'body');
  if (!doc.opml || body === undefined) throw new CopydeskError('FEED_PARSE', 'not an OPML file: no <opml><body>', { url: base });
  const out: string[] = [];
  const walk = (node: unknown, depth: number): void => {
    if (depth > MAX_DEPTH) return;
    for (const outline of children(node, 'outline')) {
      const xmlUrl = attrOf(outline, 'xmlUrl') ?? attrOf(outline, 'xmlurl');
      if (xmlUrl && normaliseUrl(xmlUrl) && !out.includes(xmlUrl)) out.push(xmlUrl);
      walk(outline, depth + 1);
    }
  };
  walk(body, 0);
  return out;
}
