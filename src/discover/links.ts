/**
 * The links of a page, each with what the follow crawl judges it by: its address (absolute,
 * normalised), its text (the anchor's words, or an image's alt text), its rel values, and
 * where it sits: inside page furniture (nav, header, footer, aside, or a block whose class
 * or id names a menu, a sidebar, a footer …) or in the content, whether a headline element
 * (h1–h4) holds it or it holds one, what its card shows beside it (a price, a date, a
 * picture), and which list of like items it belongs to (link-groups.ts). Read with cheerio,
 * running nothing the page holds.
 */
import * as cheerio from 'cheerio';
import type { AnyNode, Element } from 'domhandler';
import { ENTRY_SCOPED_TAGS, PRICE } from '../clean/rules.js';
import { parseVisibleDate } from '../extract/dates.js';
import { groupOf } from './link-groups.js';
import type { GroupMemo } from './link-groups.js';
import {
  CARD_CLIMB, CARD_MAX_LINKS, CARD_TEXT_MAX, FURNITURE_BLOCK, FURNITURE_ROLES, FURNITURE_TAGS, HEADLINE_TAGS, PRICE_TAG, PROSE_MIN_CHARS, RELATIVE_TIME, SHOP_CARD_TEXT, WRAPPER_HOLDS,
} from './link-rules.js';
import { normaliseUrl } from './url.js';

export type LinkPlace = 'content' | 'furniture';

export interface PageLink {
  /** Normalised absolute URL (src/discover/url.ts). */
  url: string;
  /** The href as written. */
  href: string;
  /** Anchor text, whitespace collapsed; an image's alt or the title attribute when it has none. */
  text: string;
  rel: string[];
  place: LinkPlace;
  /** Inside or around a headline element (h1–h4), outside furniture or in it. */
  headline: boolean;
  /** The link's card (the block around it, CARD_TEXT_MAX characters at most) shows a price or a shop's button beside the link. */
  priced: boolean;
  /** The link's card shows a date or a time ("March 7, 2026", "3 hours ago", a <time> element). */
  dated: boolean;
  /** The list of like items the link sits in (link-groups.ts), numbered in page order; null when none. */
  group: number | null;
  /** In running prose: a paragraph with PROSE_MIN_CHARS characters more than the link's text. */
  prose: boolean;
}

/** Most links read from one page: a page with more is a link farm, not a news site. */
export const MAX_LINKS_PER_PAGE = 5000;

function isFurniture($: cheerio.CheerioAPI, el: Element): boolean {
  const tag = el.tagName.toLowerCase();
  // The document's own classes are page-wide switches ("vector-feature-main-menu-pinned"), not a block's.
  if (tag === 'html' || tag === 'body' || tag === 'main') return false;
  if (FURNITURE_TAGS.has(tag)) return !(ENTRY_SCOPED_TAGS.has(tag.toUpperCase()) && $(el).parents('article').length > 0);
  const role = (el.attribs.role ?? '').toLowerCase();
  if (role === 'main') return false;
  if (role && FURNITURE_ROLES.has(role)) return true;
  const names = `${el.attribs.class ?? ''} ${el.attribs.id ?? ''}`;
  if (names.trim() === '' || !FURNITURE_BLOCK.test(names)) return false;
  // A class that names a menu on a block that holds the page's title or main column is a wrapper's.
  return $(el).find(WRAPPER_HOLDS).length === 0;
}

interface Place {
  furniture: boolean;
  headline: boolean;
}

/** Where the element sits, from its ancestors (memoised per parent: siblings share them). */
function placeOf($: cheerio.CheerioAPI, node: AnyNode, memo: Map<AnyNode, Place>): Place {
  const parent = node.parent;
  if (!parent || parent.type === 'root') return { furniture: false, headline: false };
  const known = memo.get(parent);
  if (known) return known;
  const above = placeOf($, parent, memo);
  const el = parent as Element;
  const tag = el.tagName?.toLowerCase() ?? '';
  const here = {
    furniture: above.furniture || (tag !== '' && isFurniture($, el)),
    headline: above.headline || HEADLINE_TAGS.has(tag),
  };
  memo.set(parent, here);
  return here;
}

/** What a small block around a link shows (null for a block too large to be its card). */
interface Block {
  priced: boolean;
  dated: boolean;
}

function blockOf($: cheerio.CheerioAPI, node: AnyNode): Block | null {
  const $node = $(node);
  const all = $node.text().replace(/\s+/g, ' ');
  const links = $node.find('a[href]');
  if (all.length > CARD_TEXT_MAX || links.length > CARD_MAX_LINKS) return null;
  let plain = all;
  for (const a of links.toArray()) plain = plain.replace($(a).text().replace(/\s+/g, ' '), ' ');
  return {
    priced: new RegExp(PRICE.source).test(plain) || SHOP_CARD_TEXT.test(all),
    dated: $node.find('time').length > 0 || RELATIVE_TIME.test(all) || parseVisibleDate(all) !== null,
  };
}

/**
 * What the link's card shows: the blocks around it while they stay small (CARD_TEXT_MAX
 * characters, CARD_MAX_LINKS links: its own cell in a grid). A price or a shop's button
 * outside links marks a shop's item (a headline may name a sum, "costs $30"); a date or a
 * time marks a teaser. A link in running prose has no card: the sums and dates of its
 * sentence are not about the page it leads to.
 */
function cardOf($: cheerio.CheerioAPI, el: Element, text: string, memo: Map<AnyNode, Block | null>, prose: Map<AnyNode, number>): Block & { prose: boolean } {
  const out = { priced: false, dated: false, prose: false };
  const para = $(el).closest('p')[0];
  if (para) {
    let size = prose.get(para);
    if (size === undefined) {
      size = $(para).text().replace(/\s+/g, ' ').length;
      prose.set(para, size);
    }
    if (size > text.length + PROSE_MIN_CHARS) return { ...out, prose: true };
  }
  let node: AnyNode | null = el.parent;
  for (let i = 0; i < CARD_CLIMB && node && node.type !== 'root'; i++) {
    let block = memo.get(node);
    if (block === undefined) {
      block = blockOf($, node);
      memo.set(node, block);
    }
    if (!block) break;
    out.priced ||= block.priced;
    out.dated ||= block.dated;
    node = node.parent;
  }
  return out;
}

/** Every followable link of a page, in page order (several links to one URL all listed). */
export function pageLinks(html: string, base: string): PageLink[] {
  const $ = cheerio.load(html, { scriptingEnabled: false });
  const baseHref = $('base[href]').first().attr('href');
  let resolveBase = base;
  if (baseHref) {
    try {
      resolveBase = new URL(baseHref, base).href;
    } catch {
      // A broken <base> is ignored, as browsers do.
    }
  }
  const places = new Map<AnyNode, Place>();
  const blocks = new Map<AnyNode, Block | null>();
  const paragraphs = new Map<AnyNode, number>();
  const groups: GroupMemo = { counts: new Map(), ids: new Map(), parents: new Map() };
  const out: PageLink[] = [];
  for (const el of $('a[href]').toArray()) {
    if (out.length >= MAX_LINKS_PER_PAGE) break;
    const href = el.attribs.href ?? '';
    const url = normaliseUrl(href, resolveBase);
    if (!url) continue;
    const $a = $(el);
    let text = $a.text().replace(/\s+/g, ' ').trim();
    if (!text) text = ($a.find('img[alt]').first().attr('alt') ?? el.attribs.title ?? el.attribs['aria-label'] ?? '').replace(/\s+/g, ' ').trim();
    const where = placeOf($, el, places);
    const headline = where.headline || $a.find('h1, h2, h3, h4').length > 0;
    const rel = (el.attribs.rel ?? '').toLowerCase().split(/\s+/).filter(Boolean);
    const card = cardOf($, el, text, blocks, paragraphs);
    out.push({
      url, href, text, rel, place: where.furniture ? 'furniture' : 'content', headline, priced: PRICE_TAG.test(text) || card.priced, dated: card.dated, group: groupOf(el, groups), prose: card.prose,
    });
  }
  return out;
}
