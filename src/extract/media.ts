/**
 * The article's images (with captions), links and embeds. Images and links are gathered
 * during the walk that writes the body text (text.ts): the walk calls `open` on each
 * element before its children and, when `open` asked for it, `close` after them, with the
 * text pieces written so far. So the record's images and links cost no second pass over
 * the DOM. Captions are put on their images just before the clean stage removes them from
 * the text (keepCaptions), with the one selector query the clean stage makes too.
 */
import { classAttribute } from './attributes.js';
import type { ArticleImage, ArticleLink } from '../record/types.js';
import { WIDGET_MARK } from '../clean/before.js';
import { EMBED_KINDS, EMBED_TAGS, ICON_MAX, LAZY_SRC_ATTRIBUTES, NOT_CONTENT_IMAGE, PIXEL_MAX } from './media-rules.js';
import { BREAK_MARKS, normaliseSpace } from './text.js';
import type { TextWalkHooks } from './text.js';

/** Addresses that lead somewhere: http(s), and not under the stand-in host of a page read without its URL. */
export function usableUrl(href: string): boolean {
  return /^https?:/i.test(href) && !/^https?:\/\/[^/]*\.invalid(?:[:/]|$)/i.test(href);
}

/**
 * An image's real address, made absolute; '' when none. Where lazy loading keeps it
 * (data-src …) comes first, since src then holds a placeholder; then src, then srcset.
 */
export function imageSource(img: Element): string {
  const base = img.ownerDocument.baseURI;
  const resolve = (raw: string | null | undefined): string => {
    const v = raw?.trim();
    if (!v || /^data:/i.test(v)) return '';
    try {
      return new URL(v, base).href;
    } catch {
      return '';
    }
  };
  for (const name of LAZY_SRC_ATTRIBUTES) {
    const v = resolve(img.getAttribute(name));
    if (v) return v;
  }
  const src = resolve(img.getAttribute('src'));
  if (src) return src;
  // The first candidate of a srcset: "a.jpg 320w, b.jpg 640w".
  return resolve((img.getAttribute('srcset') ?? img.getAttribute('data-srcset'))?.trim().split(/\s+/)[0]);
}

/** A width or height in pixels ("800", "800px"); null for none, a percentage ("100%") or anything else. */
function dimension(el: Element, name: string): number | null {
  const m = /^\s*(\d+)(?:\.\d+)?(?:px)?\s*$/i.exec(el.getAttribute(name) ?? '');
  const n = m ? Number(m[1]) : 0;
  return n > 0 ? n : null;
}

/** The image as the record lists it, or null for pixels, icons, avatars and addresses that lead nowhere. */
export function articleImage(img: Element): ArticleImage | null {
  if (img.hasAttribute(EMBED_ATTRIBUTE)) return null;
  const src = imageSource(img);
  if (!usableUrl(src)) return null;
  const width = dimension(img, 'width');
  const height = dimension(img, 'height');
  if ((width !== null && width <= PIXEL_MAX) || (height !== null && height <= PIXEL_MAX)) return null;
  if (width !== null && height !== null && width <= ICON_MAX && height <= ICON_MAX) return null;
  let path = src;
  try {
    path = new URL(src).pathname;
  } catch {
    // imageSource gave an absolute URL, so this does not happen; the whole address is judged then.
  }
  if (NOT_CONTENT_IMAGE.test(path) || NOT_CONTENT_IMAGE.test(classAttribute(img))) return null;
  const alt = normaliseSpace(img.getAttribute('alt') ?? '').trim();
  return { src, alt, caption: img.getAttribute(CAPTION_ATTRIBUTE) || null, ...(width !== null ? { width } : {}), ...(height !== null ? { height } : {}) };
}

/** An embedded player or post as a reader would name it: what it is, its title, where it lives. */
export interface EmbedInfo {
  kind: string;
  title: string | null;
  href: string;
}

/**
 * What an <iframe>, <video>, <audio>, <embed> or <object> shows, or null for frames that are
 * not content (ads, widgets without a title) and addresses that lead nowhere.
 */
export function describeEmbed(el: Element): EmbedInfo | null {
  const tag = el.tagName.toUpperCase();
  const raw = el.getAttribute('src') ?? el.getAttribute('data-src') ?? el.getAttribute('data') ?? el.querySelector('source[src]')?.getAttribute('src') ?? '';
  let href = '';
  try {
    href = raw.trim() ? new URL(raw.trim(), el.ownerDocument.baseURI).href : '';
  } catch {
    return null;
  }
  if (!usableUrl(href)) return null;
  const title = normaliseSpace(el.getAttribute('title') ?? el.getAttribute('aria-label') ?? '').trim() || null;
  const host = new URL(href).hostname;
  const known = EMBED_KINDS.find(([pattern]) => pattern.test(host))?.[1];
  const kind = known ?? (tag === 'VIDEO' ? 'Video' : tag === 'AUDIO' ? 'Audio' : title ? 'Embed' : null);
  return kind ? { kind, title, href } : null;
}

/** Where a caption is kept on its image through the cleaning, which removes captions from the text. */
export const CAPTION_ATTRIBUTE = 'data-copydesk-caption';
/** Marks the stand-in an embed leaves behind (see keepEmbeds). */
export const EMBED_ATTRIBUTE = 'data-copydesk-embed';

/** Captions as the page marks them: <figcaption>, or a block the clean stage marked as a caption or a credit by its class. */
const CAPTION_SELECTOR = `figcaption, [${WIDGET_MARK}="caption"], [${WIDGET_MARK}="credit"]`;

/**
 * Puts each caption on its image before the clean stage removes captions from the text: a
 * <figcaption> (credit included) on the images of its <figure>; a caption or credit block
 * outside one on the image just before it.
 */
export function keepCaptions(root: Element): void {
  for (const el of Array.from(root.querySelectorAll(CAPTION_SELECTOR))) {
    if (el.parentElement?.closest(CAPTION_SELECTOR)) continue;
    const text = normaliseSpace(el.textContent ?? '').trim();
    if (!text) continue;
    const figure = el.closest('figure');
    // A box named for its caption may hold the picture itself ("<div class="wp-caption"><img>…").
    const held = Array.from(el.querySelectorAll('img'));
    let images: Element[] = held.length ? held : figure ? Array.from(figure.querySelectorAll('img')) : [];
    if (!figure && !held.length) {
      const prev = el.previousElementSibling;
      const img = prev?.tagName.toUpperCase() === 'IMG' ? prev : (prev?.querySelector('img:last-of-type') ?? null);
      images = img ? [img] : [];
    }
    for (const img of images) {
      const before = img.getAttribute(CAPTION_ATTRIBUTE);
      img.setAttribute(CAPTION_ATTRIBUTE, before ? `${before} ${text}` : text);
    }
  }
}

/**
 * The clean stage removes frames before Readability, so a player or a post would leave no
 * trace. When the article is rendered (HTML, Markdown), each one that describeEmbed can name
 * gets a stand-in beside it: an <img> marked as one, which no text or image list counts,
 * carrying what it was for the renderers.
 */
export function keepEmbeds(doc: Document): void {
  for (const el of Array.from(doc.querySelectorAll(Array.from(EMBED_TAGS).join(',')))) {
    const embed = describeEmbed(el);
    if (!embed || el.parentElement?.closest(Array.from(EMBED_TAGS).join(','))) continue;
    const stand = doc.createElement('img');
    stand.setAttribute(EMBED_ATTRIBUTE, embed.kind);
    // With its address as src, so that Readability keeps it as it keeps images.
    stand.setAttribute('src', embed.href);
    if (embed.title) stand.setAttribute('title', embed.title);
    el.after(stand);
  }
}

/**
 * Whether keepEmbeds left a stand-in beside this embed. The clean stage removes frames but
 * keeps <video> and <audio>, so those reach the renderers with their stand-in after them:
 * the renderers show the stand-in and pass over the embed, or it would be named twice.
 */
export function hasStandIn(el: Element): boolean {
  const next = el.nextElementSibling;
  if (!next || next.tagName.toUpperCase() !== 'IMG' || !next.hasAttribute(EMBED_ATTRIBUTE)) return false;
  return (next as HTMLImageElement).src === describeEmbed(el)?.href;
}

/** What a stand-in left by keepEmbeds stood for, or the embed itself described. */
export function embedOf(el: Element): EmbedInfo | null {
  const kind = el.getAttribute(EMBED_ATTRIBUTE);
  if (kind === null) return EMBED_TAGS.has(el.tagName.toUpperCase()) ? describeEmbed(el) : null;
  const href = (el as HTMLImageElement).src;
  return usableUrl(href) ? { kind, title: el.getAttribute('title'), href } : null;
}

/** Collects images and links during the text walk; `images` and `links` are read after it. */
export class MediaCollector implements TextWalkHooks {
  readonly images: ArticleImage[] = [];
  readonly links: ArticleLink[] = [];
  private linkStart = 0;
  private readonly pageUrl: string;

  constructor(root: Element) {
    this.pageUrl = root.ownerDocument.URL.replace(/#.*$/, '');
  }

  open(el: Element, tag: string, out: readonly string[]): boolean {
    if (tag === 'IMG') {
      const image = articleImage(el);
      if (image) this.images.push(image);
      return false;
    }
    if (tag !== 'A') return false;
    const href = (el as HTMLAnchorElement).href;
    // Links to a place on the same page (footnotes, "back to top") are not links out.
    if (!usableUrl(href) || href.replace(/#.*$/, '') === this.pageUrl) return false;
    this.linkStart = out.length;
    return true;
  }

  close(el: Element, _tag: string, out: readonly string[]): void {
    // Links do not nest, so the start noted on open is this link's.
    const text = normaliseSpace(out.slice(this.linkStart).join('').replace(BREAK_MARKS, ' ')).trim();
    if (text) this.links.push({ href: (el as HTMLAnchorElement).href, text });
  }
}
