/**
 * The links of a page, each with what the follow crawl judges it by: its address (absolute,
 * normalised), its text (the anchor's words, or an image's alt text), its rel values, and
 * where it sits: inside page furniture (nav, header, footer, aside, or a block whose class
 * or id names a menu, a sidebar, a footer …) or in the content, and whether a headline
 * element (h1–h4) holds it or it holds one. Read with cheerio, running nothing the page holds.
 */
import * as cheerio from 'cheerio';
import type { AnyNode, Element } from 'domhandler';
import { PRICE } from '../clean/rules.js';
import { CARD_CLIMB, CARD_MAX_LINKS, CARD_TEXT_MAX, PRICE_TAG, FURNITURE_BLOCK, FURNITURE_ROLES, FURNITURE_TAGS, HEADLINE_TAGS } from './link-rules.js';
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
  /** The link's card (the block around it, CARD_TEXT_MAX characters at most) shows a price beside the link. */
  priced: boolean;
}

/** Most links read from one page: a page with more is a link farm, not a news site. */
export const MAX_LINKS_PER_PAGE = 5000;

function isFurniture(el: Element): boolean {
  const tag = el.tagName.toLowerCase();
  if (FURNITURE_TAGS.has(tag)) return true;
  const role = (el.attribs.role ?? '').toLowerCase();
  if (role && FURNITURE_ROLES.has(role)) return true;
  const names = `${el.attribs.class ?? ''} ${el.attribs.id ?? ''}`;
  return names.trim() !== '' && FURNITURE_BLOCK.test(names);
}

/** Where the element sits, from its ancestors (memoised per parent: siblings share them). */
function placeOf(node: AnyNode, memo: Map<AnyNode, { furniture: boolean; headline: boolean }>): { furniture: boolean; headline: boolean } {
  const parent = node.parent;
  if (!parent || parent.type === 'root') return { furniture: false, headline: false };
  const known = memo.get(parent);
  if (known) return known;
  const above = placeOf(parent, memo);
  const el = parent as Element;
  const tag = el.tagName?.toLowerCase() ?? '';
  const here = {
    furniture: above.furniture || (tag !== '' && isFurniture(el)),
    headline: above.headline || HEADLINE_TAGS.has(tag),
  };
  memo.set(parent, here);
  return here;
}

/**
 * Whether a small block around the link (its card in a grid: little text, few links) shows a
 * price in its text outside links: a headline may name a sum ("costs $30"), a shop's card
 * prints the price beside the name.
 */
function cardShowsPrice($: cheerio.CheerioAPI, el: Element, memo: Map<AnyNode, { plain: string; size: number; links: number }>): boolean {
  let node: AnyNode | null = el.parent;
  for (let i = 0; i < CARD_CLIMB && node && node.type !== 'root'; i++) {
    let block = memo.get(node);
    if (block === undefined) {
      const $node = $(node);
      const text = $node.text().replace(/\s+/g, ' ');
      let plain = text;
      const links = $node.find('a[href]');
      for (const a of links.toArray()) plain = plain.replace($(a).text().replace(/\s+/g, ' '), ' ');
      block = { plain, size: text.length, links: links.length };
      memo.set(node, block);
    }
    if (block.size > CARD_TEXT_MAX || block.links > CARD_MAX_LINKS) return false;
    if (new RegExp(PRICE.source).test(block.plain)) return true;
    node = node.parent;
  }
  return false;
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
  const memo = new Map<AnyNode, { furniture: boolean; headline: boolean }>();
  const texts = new Map<AnyNode, { plain: string; size: number; links: number }>();
  const out: PageLink[] = [];
  for (const el of $('a[href]').toArray()) {
    if (out.length >= MAX_LINKS_PER_PAGE) break;
    const href = el.attribs.href ?? '';
    const url = normaliseUrl(href, resolveBase);
    if (!url) continue;
    const $a = $(el);
    let text = $a.text().replace(/\s+/g, ' ').trim();
    if (!text) text = ($a.find('img[alt]').first().attr('alt') ?? el.attribs.title ?? el.attribs['aria-label'] ?? '').replace(/\s+/g, ' ').trim();
    const where = placeOf(el, memo);
    const headline = where.headline || $a.find('h1, h2, h3, h4').length > 0;
    const rel = (el.attribs.rel ?? '').toLowerCase().split(/\s+/).filter(Boolean);
    const priced = PRICE_TAG.test(text) || cardShowsPrice($, el, texts);
    out.push({ url, href, text, rel, place: where.furniture ? 'furniture' : 'content', headline, priced });
  }
  return out;
}
