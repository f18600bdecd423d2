/**
 * Feeds to items: RSS 2.0, RSS 1.0 (RDF), Atom and JSON Feed. Readers are lenient in
 * what they accept (feeds in the wild bend every rule) and strict in what they return:
 * absolute http(s) links, ISO dates, trimmed text.
 */
import { CopydeskError } from '../errors.js';
import { normaliseDate } from '../extract/dates.js';
import { decodeEntities, plainText } from '../extract/entities.js';
import type { DiscoveredItem, ParsedDocument } from './types.js';
import { MAX_ENTRIES_PER_DOCUMENT } from './types.js';
import { normaliseUrl } from './url.js';
import { attrOf, child, children, textOf } from './xml.js';
import type { XmlNode } from './xml.js';

function absolute(href: string | null, base: string): string | null {
  if (!href) return null;
  return normaliseUrl(href, base) ? new URL(href.trim(), base).href : null;
}

function cleanList(values: (string | null)[]): string[] {
  const out: string[] = [];
  for (const v of values) if (v && !out.includes(v)) out.push(v);
  return out;
}

function take<T>(list: T[]): { list: T[]; truncated: boolean } {
  return list.length > MAX_ENTRIES_PER_DOCUMENT ? { list: list.slice(0, MAX_ENTRIES_PER_DOCUMENT), truncated: true } : { list, truncated: false };
}

function authorText(node: unknown): string | null {
  // Atom/JSON: <author><name>; RSS: "jo@example.com (Jo Bloggs)" or a plain name.
  const name = textOf(child(node, 'name')) ?? textOf(node);
  if (!name) return null;
  const paren = /^\S+@\S+\s*\(([^)]+)\)$/.exec(name);
  return (paren?.[1] ?? name).trim() || null;
}

/**
 * An item's headline as plain text. Feeds escape HTML in titles (Atom's type="html" says so;
 * RSS feeds do it unasked: "Caf&eacute;", "It&amp;#8217;s", "&lt;em&gt;Live&lt;/em&gt;"), and
 * the XML reader decodes only XML's own entities, so what is left is decoded as HTML and its
 * tags dropped.
 */
function titleOf(node: unknown): string | null {
  return plainText(textOf(node), decodeEntities);
}

/**
 * An RSS item's link: its own <link> text first. Namespace prefixes are dropped, so an
 * <atom:link href> an item may carry (rel="self", "replies", "enclosure" …) sits in the same
 * list and must not win over it; one is taken only when it is the item's page (no rel, or
 * rel="alternate").
 */
function rssLink(item: unknown): string | null {
  const links = children(item, 'link');
  const text = links.map((l) => (attrOf(l, 'href') ? null : textOf(l))).find(Boolean);
  if (text) return text;
  const alternate = links.find((l) => attrOf(l, 'href') && (attrOf(l, 'rel') ?? 'alternate').toLowerCase() === 'alternate');
  return attrOf(alternate, 'href');
}

/**
 * A guid that stands for the item's page. isPermaLink defaults to true, but many feeds leave
 * it out on ids that are no address ("12345", "post-12345"), which resolved against the feed
 * would make up a page: without the attribute, only an absolute or root-relative address counts.
 */
function guidLink(guid: string | null, isPermaLink: string | null): string | null {
  if (!guid || isPermaLink === 'false') return null;
  return isPermaLink === 'true' || /^(?:https?:)?\/\/|^\/[^/]/i.test(guid) ? guid : null;
}

/** RSS 2.0 and its cousins (RSS 0.9x). */
function readRss(rss: XmlNode, base: string): ParsedDocument {
  const channel = child(rss, 'channel');
  const { list, truncated } = take(children(channel, 'item'));
  const items: DiscoveredItem[] = [];
  for (const item of list) {
    const guidNode = child(item, 'guid');
    const guid = textOf(guidNode);
    const url = absolute(rssLink(item), base) ?? absolute(guidLink(guid, attrOf(guidNode, 'isPermaLink')), base);
    if (!url) continue;
    items.push({
      url,
      title: titleOf(child(item, 'title')),
      guid,
      publishedAt: normaliseDate(textOf(child(item, 'pubDate')) ?? textOf(child(item, 'date'))),
      updatedAt: normaliseDate(textOf(child(item, 'updated')) ?? textOf(child(item, 'modified'))),
      author: authorText(child(item, 'creator')) ?? authorText(child(item, 'author')),
      categories: cleanList([...children(item, 'category'), ...children(item, 'subject')].map(textOf)),
    });
  }
  return { kind: 'rss', title: textOf(child(channel, 'title')), items, links: [], truncated };
}

/** RSS 1.0: items are siblings of the channel under rdf:RDF, dates in Dublin Core. */
function readRdf(rdf: XmlNode, base: string): ParsedDocument {
  const { list, truncated } = take(children(rdf, 'item'));
  const items: DiscoveredItem[] = [];
  for (const item of list) {
    const url = absolute(textOf(child(item, 'link')), base) ?? absolute(attrOf(item, 'about'), base);
    if (!url) continue;
    items.push({
      url,
      title: titleOf(child(item, 'title')),
      guid: attrOf(item, 'about'),
      publishedAt: normaliseDate(textOf(child(item, 'date'))),
      updatedAt: null,
      author: authorText(child(item, 'creator')),
      categories: cleanList(children(item, 'subject').map(textOf)),
    });
  }
  return { kind: 'rdf', title: textOf(child(child(rdf, 'channel'), 'title')), items, links: [], truncated };
}

/**
 * The base an element's relative links resolve against: its xml:base (Atom's way of saying
 * "relative to here"), itself relative to its parent's, or the parent's (the namespace prefix
 * is removed by the parser, so the attribute reads as "base").
 */
function xmlBase(node: unknown, parent: string): string {
  const declared = attrOf(node, 'base');
  if (!declared) return parent;
  try {
    return new URL(declared, parent).href;
  } catch {
    return parent;
  }
}

function atomLink(entry: unknown, base: string): string | null {
  const links = children(entry, 'link');
  // rel="alternate" (or no rel, which means alternate) is the article; prefer HTML.
  const alternates = links.filter((l) => (attrOf(l, 'rel') ?? 'alternate') === 'alternate');
  const html = alternates.find((l) => /html/i.test(attrOf(l, 'type') ?? 'text/html')) ?? alternates[0];
  return absolute(attrOf(html, 'href') ?? textOf(html), xmlBase(html, base));
}

function readAtom(feed: XmlNode, documentBase: string): ParsedDocument {
  const { list, truncated } = take(children(feed, 'entry'));
  const items: DiscoveredItem[] = [];
  const feedAuthor = authorText(child(feed, 'author'));
  const base = xmlBase(feed, documentBase);
  for (const entry of list) {
    const url = atomLink(entry, xmlBase(entry, base));
    if (!url) continue;
    items.push({
      url,
      title: titleOf(child(entry, 'title')),
      guid: textOf(child(entry, 'id')),
      publishedAt: normaliseDate(textOf(child(entry, 'published')) ?? textOf(child(entry, 'issued'))),
      updatedAt: normaliseDate(textOf(child(entry, 'updated')) ?? textOf(child(entry, 'modified'))),
      author: authorText(child(entry, 'author')) ?? feedAuthor,
      categories: cleanList(children(entry, 'category').map((c) => attrOf(c, 'term') ?? attrOf(c, 'label') ?? textOf(c))),
    });
  }
  return { kind: 'atom', title: textOf(child(feed, 'title')), items, links: [], truncated };
}

/** Reads an XML feed already parsed by xml.ts; null when the root is not a feed. */
export function readXmlFeed(doc: XmlNode, base: string): ParsedDocument | null {
  const rss = doc.rss;
  if (rss && typeof rss === 'object') return readRss(rss as XmlNode, base);
  const rdf = doc.RDF;
  if (rdf && typeof rdf === 'object') return readRdf(rdf as XmlNode, base);
  const atom = doc.feed;
  if (atom && typeof atom === 'object') return readAtom(atom as XmlNode, base);
  return null;
}

function str(v: unknown): string | null {
  return typeof v === 'string' && v.trim() ? v.trim() : null;
}

/** JSON Feed 1.0 / 1.1 (https://jsonfeed.org/version/1.1). */
export function readJsonFeed(text: string, base: string): ParsedDocument {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    throw new CopydeskError('FEED_PARSE', `malformed JSON Feed: ${(err as Error).message}`, { url: base, cause: err });
  }
  if (!data || typeof data !== 'object' || !Array.isArray((data as { items?: unknown }).items)) {
    throw new CopydeskError('FEED_PARSE', 'not a JSON Feed: no items array', { url: base });
  }
  const feed = data as { title?: unknown; items: unknown[]; authors?: unknown; author?: unknown };
  const { list, truncated } = take(feed.items);
  const items: DiscoveredItem[] = [];
  for (const raw of list) {
    if (!raw || typeof raw !== 'object') continue;
    const it = raw as Record<string, unknown>;
    const url = absolute(str(it.url) ?? str(it.external_url), base);
    if (!url) continue;
    const authors = Array.isArray(it.authors) ? it.authors : it.author ? [it.author] : [];
    const firstAuthor = authors.map((a) => (a && typeof a === 'object' ? str((a as { name?: unknown }).name) : null)).find(Boolean) ?? null;
    items.push({
      url,
      title: str(it.title),
      guid: str(it.id) ?? (typeof it.id === 'number' ? String(it.id) : null),
      publishedAt: normaliseDate(str(it.date_published)),
      updatedAt: normaliseDate(str(it.date_modified)),
      author: firstAuthor,
      categories: Array.isArray(it.tags) ? cleanList(it.tags.map(str)) : [],
    });
  }
  return { kind: 'json', title: str(feed.title), items, links: [], truncated };
}
