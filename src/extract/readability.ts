/**
 * Readability on the already-parsed document. The serializer hands back the article
 * element itself, so the content is never serialised to HTML and parsed again.
 */
import { Readability } from '@mozilla/readability';
import { PICTURE_STORY_MARK, WIDGET_MARK } from '../clean/before.js';
import { GAP_BLOCK_TAGS, FAQ_BOX_MAX_LEVELS, FAQ_SKIP_BOXES, FAQ_SKIP_MAX_CHARS, FAQ_HEADING, FAQ_MIN_QUESTIONS, GAP_BLOCK_LINK_SHARE, GAP_BLOCK_MAX_DEPTH, HEADING_HEADER_CLASS, HEADER_STYLE_TOKEN, OVERFLOW_STYLE_CLASS, COMPONENT_CLASS, MEDIA_LAYOUT_CLASS, ANCHOR_ID_MIN_CHARS, TITLE_HEADING_PROSE_CHARS, WALL_BOX_NAME } from '../clean/rules.js';
import { ruleOn } from '../clean/switches.js';
import { classWords, nameWords } from './attributes.js';
import type { DomKind } from './dom.js';
import { inTeaserCard } from './inpage.js';
import { AUTHOR_PART_WORDS } from './metadata-rules.js';
import { CDATA_SECTION_NODE, ELEMENT_NODE, TEXT_NODE } from './tags.js';
import { collapsedLength, isSpace, letters, linkDensity, normaliseSpace } from './text.js';
import { probablyVisible } from './visibility.js';

export interface ReadabilityResult {
  content: Element | null;
  title: string | null;
  byline: string | null;
  publishedTime: string | null;
  siteName: string | null;
  lang: string | null;
  /**
   * Boxes that close the story (a FAQ in a field of its own) which Readability left out, as they
   * stood, each with the element of its pick it follows: put back by the pipeline when the pick
   * is the article's text.
   */
  closing: { after: Element; box: Element }[];
}

/** Inline elements of old markup that Readability does not count as phrasing content. */
const OLD_INLINE_TAGS: ReadonlySet<string> = new Set(['font', 'u', 'tt', 'strike', 's', 'big']);

/** The helpers of Readability 0.6 that CopydeskReadability answers (three only on the light DOM: below, and probablyVisible in visibility.ts), and the byline pattern it reads. */
interface ReadabilityHelpers {
  _getAllNodesWithTag(node: Element | Document, tagNames: readonly string[]): ArrayLike<Element>;
  _isProbablyVisible(node: Element): boolean;
  _isElementWithoutContent(node: Node): boolean;
  _isValidByline(node: Element, matchString: string): boolean;
  _getClassWeight(node: Pick<Element, 'className' | 'id'>): number;
  _hasSingleTagInsideElement(element: Element, tag: string): boolean;
  _isPhrasingContent(node: Node): boolean;
  _headerDuplicatesTitle(node: Element): boolean;
  _cleanConditionally(node: Element, tag: string): void;
  _removeNodes(nodes: ArrayLike<Element>, filter?: (this: unknown, node: Element, i: number, nodes: ArrayLike<Element>) => boolean): void;
  REGEXPS: { byline: RegExp };
}

/**
 * Readability's `_getAllNodesWithTag` on linkedom: the elements under `node` whose tag is one
 * of `tagNames`, in page order, as a static list. Readability asks
 * `querySelectorAll(tags.join(','))`, which on linkedom compiles the selector anew on every
 * call (Readability makes a few hundred a page). The same answer: tag names compared without
 * case, and the content of a <template> left out, as linkedom's querySelectorAll does.
 */
export function nodesWithTag(node: Element | Document, tagNames: readonly string[]): Element[] {
  const tags = tagNames.map((t) => t.toLowerCase());
  const found: Element[] = [];
  const pending: Element[] = [];
  for (let c = node.firstElementChild; c; c = c.nextElementSibling) pending.push(c);
  pending.reverse();
  for (let el = pending.pop(); el; el = pending.pop()) {
    const tag = el.localName.toLowerCase();
    if (tags.includes(tag)) found.push(el);
    if (tag === 'template') continue;
    const before = pending.length;
    for (let c = el.firstElementChild; c; c = c.nextElementSibling) pending.push(c);
    // Children were pushed first to last; the walk takes them first to last.
    if (pending.length - before > 1) reverseFrom(pending, before);
  }
  return found;
}

function reverseFrom(list: Element[], start: number): void {
  for (let i = start, j = list.length - 1; i < j; i++, j--) {
    const t = list[i] as Element;
    list[i] = list[j] as Element;
    list[j] = t;
  }
}

/**
 * Readability's `_isElementWithoutContent` on linkedom: an element with no text but white
 * space, and no children but <br> and <hr> elements. Readability asks it of every <div>,
 * <section>, <header> and heading of the page, and reads each one's whole textContent to
 * trim it; the page's outer containers hold all of its text. This stops at the first
 * character that is not white space. Text is what linkedom's textContent joins: text nodes
 * and CDATA sections, a <template>'s content included (linkedom keeps it under the element).
 */
export function elementWithoutContent(node: Node): boolean {
  if (node.nodeType !== ELEMENT_NODE) return false;
  const el = node as Element;
  let text = false;
  eachNode(el, (n) => {
    if (n.nodeType !== TEXT_NODE && n.nodeType !== CDATA_SECTION_NODE) return true;
    const value = n.nodeValue ?? '';
    for (let i = 0; i < value.length; i++) if (!isSpace(value.charCodeAt(i))) return !(text = true);
    return true;
  });
  if (text) return false;
  const children = el.children.length;
  return !children || children === el.getElementsByTagName('br').length + el.getElementsByTagName('hr').length;
}

/** Calls `visit` with each node under `el`, in page order, until it returns false. */
function eachNode(el: Element, visit: (node: Node) => boolean): void {
  let node: Node | null = el.firstChild;
  while (node) {
    if (!visit(node)) return;
    if (node.firstChild) {
      node = node.firstChild;
      continue;
    }
    while (node && node !== el && !node.nextSibling) node = node.parentNode;
    node = node && node !== el ? node.nextSibling : null;
  }
}

/** The elements that keep Readability from reading a <div> as one paragraph (its DIV_TO_P_ELEMS). */
const PARAGRAPH_BLOCKS: ReadonlySet<string> = new Set(['blockquote', 'dl', 'div', 'img', 'ol', 'p', 'pre', 'table', 'ul']);

/** Readability's own helpers, which CopydeskReadability's answers fall back on. */
const READABILITY = Readability.prototype as unknown as ReadabilityHelpers;

/** The serializer that hands back the article element itself. */
const keepElement = (node: Node): Element => node as Element;

/**
 * Readability with copydesk's answers to some of its helpers (each explained where it is
 * answered). A subclass rather than closures set on each reader: its methods are compiled once
 * per thread, while closures made anew for every page lose their optimised code at each full
 * collection of the heap and are compiled again.
 */
class CopydeskReadability extends Readability<Element> {
  /** The <div>s marked as furniture that hold no paragraph blocks, read before Readability ran. */
  private readonly inline: Set<Element>;
  /** Readability's conditional cleaning is running (_removeNodes spares picture stories then). */
  private conditional = false;
  private readonly said: string;

  constructor(
    doc: Document,
    private readonly light: boolean,
    headline: string | null,
    private readonly overflow = ruleOn('readability:overflow-style'),
    private readonly componentClasses = ruleOn('readability:component-classes'),
    private readonly mediaLayout = ruleOn('readability:media-layout'),
    private readonly anchorIds = ruleOn('readability:anchor-ids'),
    private readonly components = ruleOn('before:custom-blocks'),
    private readonly titleSubheadings = ruleOn('readability:title-subheadings'),
  ) {
    super(doc, { serializer: keepElement });
    this.inline = new Set(Array.from(doc.querySelectorAll(`div[${WIDGET_MARK}]`)).filter((el) => !Array.from(el.children).some((c) => PARAGRAPH_BLOCKS.has(c.localName.toLowerCase()))));
    this.said = headline ? letters(headline) : '';
  }

  _getAllNodesWithTag(node: Element | Document, tagNames: readonly string[]): ArrayLike<Element> {
    return this.light ? nodesWithTag(node, tagNames) : READABILITY._getAllNodesWithTag.call(this, node, tagNames);
  }

  _isProbablyVisible(node: Element): boolean {
    return this.light ? probablyVisible(node) : READABILITY._isProbablyVisible.call(this, node);
  }

  _isElementWithoutContent(node: Node): boolean {
    return this.light ? elementWithoutContent(node) : READABILITY._isElementWithoutContent.call(this, node);
  }

  /**
   * An author box's credentials or biography ("author-description") is not the byline, though
   * its class names the author. Readability's test reads the text of every element it is asked
   * about (every element of the page until a byline is found); its other conditions, on
   * attributes and class names, are asked first here, so that only an element they let through
   * has its text read.
   */
  _isValidByline(node: Element, matchString: string): boolean {
    const mayBeByline = node.getAttribute('rel') === 'author' || !!node.getAttribute('itemprop')?.includes('author') || READABILITY.REGEXPS.byline.test(matchString);
    // A name in a block the clean stage marked as readers' comments (a guestbook's "Dennis
    // Carrier · February 5, 2025") is a commenter's; one beside another story's linked headline
    // (a "More news" card after the story) is that story's writer.
    return mayBeByline && READABILITY._isValidByline.call(this, node, matchString) && !classWords(node).some((w) => AUTHOR_PART_WORDS.has(w)) && !node.closest(`[${WIDGET_MARK}="comments"]`) && !inTeaserCard(node);
  }

  /**
   * A style's word is not a role: "overflow-hidden" clips a box, it does not hide it
   * (OVERFLOW_STYLE_CLASS). Nor is an article component's name a comment's ("com-paragraph":
   * COMPONENT_CLASS), nor a layout of text beside a picture media ("wp-block-media-text":
   * MEDIA_LAYOUT_CLASS).
   */
  _getClassWeight(node: Pick<Element, 'className' | 'id'>): number {
    if (!this.overflow && !this.componentClasses && !this.mediaLayout && !this.anchorIds) return READABILITY._getClassWeight.call(this, node);
    const className = typeof node.className === 'string' ? node.className : '';
    let kept = this.overflow ? className.replace(OVERFLOW_STYLE_CLASS, ' ') : className;
    if (this.componentClasses) kept = kept.replace(COMPONENT_CLASS, ' ');
    if (this.mediaLayout) kept = kept.replace(MEDIA_LAYOUT_CLASS, ' ');
    const id = this.anchorIds && anchorId(node) ? '' : node.id;
    return READABILITY._getClassWeight.call(this, kept === className && id === node.id ? node : { className: kept, id });
  }

  /**
   * Readability puts the <p> of a <div> around one paragraph in the <div>'s place, and so it
   * does with a <div> of inline content (text, links), once it has wrapped that in a new <p>.
   * The furniture mark the clean stage set on the <div> (a caption, a cookie notice, a
   * signature, tags, a newsletter box) was lost with it: the <p> takes the mark. Not a
   * promotion's mark from a wall's box on a paragraph of the page's own: a fade box
   * ("paywall-fade") holds the teaser's last paragraph, the story's.
   */
  _hasSingleTagInsideElement(element: Element, tag: string): boolean {
    const single = READABILITY._hasSingleTagInsideElement.call(this, element, tag);
    const marked = single && tag === 'P' && element.localName.toLowerCase() === 'div' ? element.getAttribute(WIDGET_MARK) : null;
    const mark = marked === 'promo' && !this.inline.has(element) && WALL_BOX_NAME.test(`${element.getAttribute('class') ?? ''} ${element.id}`) ? null : marked;
    if (mark && !element.firstElementChild?.hasAttribute(WIDGET_MARK)) element.firstElementChild?.setAttribute(WIDGET_MARK, mark);
    return single;
  }

  /**
   * Old pages set their text in <font> (and <u>, <tt>, <strike>, <big>), which Readability's
   * list of inline elements lacks. Its pass that turns a "<br><br>" into a paragraph break
   * stops at such an element, so the break was lost ("… June 15, 2005After two years …")
   * before its own pass renamed the <font>s to <span>s. Inline when all it holds is. So is a
   * web component in a run of text (`<x-term>pier</x-term>`), which it split the run at.
   */
  _isPhrasingContent(node: Node): boolean {
    if (READABILITY._isPhrasingContent.call(this, node)) return true;
    if (node.nodeType !== ELEMENT_NODE) return false;
    const tag = (node as Element).localName.toLowerCase();
    return (OLD_INLINE_TAGS.has(tag) || (this.components && tag.includes('-'))) && Array.from(node.childNodes).every((c) => this._isPhrasingContent(c));
  }

  /**
   * The heading Readability takes for the title repeated: not one after the story's first
   * paragraph that does not repeat the page's headline (TITLE_HEADING_PROSE_CHARS).
   */
  /**
   * A story told in captioned pictures (PICTURE_STORY): Readability's last pass drops a box with
   * fewer than one paragraph to every two images, and with it the story's own paragraphs. Boxes
   * marked as such a story's (clean/before.ts: markFigures) are left to the clean stage, which reads their
   * captions as the story's text when they hold most of it.
   */
  _cleanConditionally(node: Element, tag: string): void {
    this.conditional = true;
    try {
      READABILITY._cleanConditionally.call(this, node, tag);
    } finally {
      this.conditional = false;
    }
  }

  _removeNodes(nodes: ArrayLike<Element>, filter?: (this: unknown, node: Element, i: number, nodes: ArrayLike<Element>) => boolean): void {
    if (!this.conditional || !filter) return READABILITY._removeNodes.call(this, nodes, filter);
    READABILITY._removeNodes.call(this, nodes, function (this: unknown, node, i, list) {
      return !node.hasAttribute(PICTURE_STORY_MARK) && filter.call(this, node, i, list);
    });
  }

  _headerDuplicatesTitle(node: Element): boolean {
    const duplicates = READABILITY._headerDuplicatesTitle.call(this, node);
    if (!duplicates || !this.titleSubheadings) return duplicates;
    return !(afterProse(node) && !this.repeatsHeadline(node));
  }

  private repeatsHeadline(node: Element): boolean {
    const heading = letters(node.textContent ?? '');
    return this.said !== '' && heading !== '' && (heading.includes(this.said) || this.said.includes(heading));
  }
}

/** Whether an element is a heading whose id is written from its own words (ANCHOR_ID_MIN_CHARS). */
function anchorId(node: Pick<Element, 'className' | 'id'>): boolean {
  const el = node as Element;
  if (!node.id || typeof el.localName !== 'string' || !/^h[1-6]$/i.test(el.localName)) return false;
  const idWords = nameWords(node.id);
  if (!idWords.length || idWords.join('').length < ANCHOR_ID_MIN_CHARS) return false;
  const textWords = new Set((el.textContent ?? '').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
  return idWords.every((w) => textWords.has(w));
}

export function runReadability(doc: Document, dom: DomKind = 'light', headline: string | null = null): ReadabilityResult {
  const reader = new CopydeskReadability(doc, dom === 'light', headline);
  const headings = ruleOn('readability:heading-classes') ? headerNamedClasses(doc) : [];
  const gaps = ruleOn('readability:gap-blocks') ? gapCandidates(doc) : { gaps: [], marked: [] };
  const article = reader.parse();
  const closing = putBackGaps(article?.content ?? null, gaps);
  // Readability strips the class of what it keeps; the headings it left alone get theirs back.
  // (When it reads the page again from its copy of the body, the new headings keep the class
  // as it read it: nothing after Readability reads a heading's class.)
  for (const [h, attribute, value, read] of headings) if (h.getAttribute(attribute) === read) h.setAttribute(attribute, value);
  return {
    content: article?.content ?? null,
    title: article?.title?.trim() || null,
    byline: article?.byline?.trim() || null,
    publishedTime: article?.publishedTime?.trim() || null,
    // A bare handle ("@site") or a URL is not a site name.
    siteName: /^(?:@|https?:\/\/)/i.test(article?.siteName?.trim() ?? '') ? null : article?.siteName?.trim() || null,
    // Readability reports an empty lang="" as "", which is no language at all.
    lang: article?.lang?.trim() || null,
    closing,
  };
}

/**
 * Elements whose class (or id) holds a token Readability misreads as the page's header: read
 * without the tokens `token` matches while Readability runs; the caller sets each back after,
 * from the list returned (ReadAs).
 */
function readWithout(elements: Iterable<Element>, token: RegExp, attribute: 'class' | 'id' = 'class'): ReadAs[] {
  const changed: ReadAs[] = [];
  for (const el of elements) {
    const value = el.getAttribute(attribute);
    if (!value || !token.test(value)) continue;
    const read = value.split(/\s+/).filter((t) => t && !token.test(t)).join(' ');
    el.setAttribute(attribute, read);
    changed.push([el, attribute, value, read]);
  }
  return changed;
}

/** An element, the attribute Readability is given another reading of, its value, and that reading. */
type ReadAs = [Element, 'class' | 'id', string, string];

/**
 * Section headings whose class or id names them a header ("header-anchor-post",
 * "cc-m-header-11842233812", HEADING_HEADER_CLASS), or the box that holds one alone ("j-module
 * j-header"), and elements whose class sets where a header's text aligns
 * ("kt-pane-header-alignment-left" on a Kadence accordion's wrapper, HEADER_STYLE_TOKEN):
 * Readability would remove them as the page's header, the accordion with every question and
 * answer of a post's FAQ.
 */
function headerNamedClasses(doc: Document): ReadAs[] {
  const headings = nodesWithTag(doc, ['h2', 'h3', 'h4', 'h5', 'h6']);
  // ... and a box that holds a section heading alone, as page builders wrap each heading ("j-module j-header").
  // (Alone: no element beside it. linkedom counts a parent's children by listing them all, once
  // per heading of a page whose sections' headings share one parent.)
  const alone = (h: Element): boolean => !h.previousElementSibling && !h.nextElementSibling;
  const wrappers = headings.flatMap((h) => (h.parentElement && alone(h) && h.parentElement !== doc.body ? [h.parentElement] : []));
  return [
    ...readWithout([...headings, ...wrappers], HEADING_HEADER_CLASS),
    // A heading's id as a site system numbers them ("cc-m-header-11842233812"), which Readability reads as a class.
    ...readWithout(headings, HEADING_HEADER_CLASS, 'id'),
    ...readWithout(doc.querySelectorAll('[class*="align" i]'), HEADER_STYLE_TOKEN),
  ];
}

/**
 * The attribute that names a gap's neighbours through Readability, which replaces a <div>
 * around a single <div> by the inner one with the outer one's attributes: an element kept is
 * found again by its mark, not by reference.
 */
const GAP_MARK = 'data-copydesk-gap';

/** A block that may be left out between two of the story's, with the marks of its neighbours. */
type Gap = {
  block: Element;
  prev: string;
  /** The block before it, found by reference when its mark gave way to the mark of a box Readability unwrapped around it. */
  prevElement: Element;
} & (
  | {
      /** The mark of the block after it. */
      next: string;
      /** The block's own mark: Readability renames a box that holds a heading alone a <p>, in a new element that carries it. */
      self: string;
    }
  | {
      /** A box that closes the story (FAQ_HEADING) as it stood before Readability, which strips its headings and buttons before it drops it. */
      copy: Element;
    }
);

/** The blocks that may be left out, and the neighbours marked for them. */
interface Gaps {
  gaps: Gap[];
  marked: Element[];
}

/** Blocks around each table, list, quotation and section heading of the page (up to GAP_BLOCK_MAX_DEPTH levels) that stand between two others; their neighbours are marked. */
function gapCandidates(doc: Document): Gaps {
  const gaps: Gap[] = [];
  const marked: Element[] = [];
  const seen = new Set<Element>();
  const mark = (el: Element): string => {
    let name = el.getAttribute(GAP_MARK);
    if (name === null) {
      el.setAttribute(GAP_MARK, (name = String(marked.length)));
      marked.push(el);
    }
    return name;
  };
  // A box of questions and answers after the story's own box, headed so ("Frequently asked
  // questions", "Häufige Fragen"): the story's FAQ, set by its template in a field of its own.
  // First: its heading is a gap's too, and the box it opens is the FAQ's.
  for (const heading of nodesWithTag(doc, ['h2', 'h3'])) {
    if (!FAQ_HEADING.test((heading.textContent ?? '').trim())) continue;
    let block: Element | null = heading.parentElement;
    for (let depth = 0; block && depth < FAQ_BOX_MAX_LEVELS && !block.previousElementSibling; depth++) block = block.parentElement;
    // The story's box before it, past a share bar or an ad slot between them.
    let prev = block?.previousElementSibling ?? null;
    for (let skip = 0; prev && skip < FAQ_SKIP_BOXES && collapsedLength(prev.textContent ?? '') < FAQ_SKIP_MAX_CHARS; skip++) prev = prev.previousElementSibling;
    if (!block || !prev || seen.has(block) || block.localName.toLowerCase() === 'body' || (block.textContent ?? '').split('?').length - 1 < FAQ_MIN_QUESTIONS) continue;
    seen.add(block);
    gaps.push({ block, prev: mark(prev), prevElement: prev, copy: block.cloneNode(true) as Element });
  }
  for (const data of nodesWithTag(doc, GAP_BLOCK_TAGS)) {
    let block: Element | null = data;
    for (let depth = 0; block && depth < GAP_BLOCK_MAX_DEPTH; block = block.parentElement, depth++) {
      const prev = block.previousElementSibling;
      const next = block.nextElementSibling;
      if (seen.has(block) || !prev || !next) continue;
      seen.add(block);
      gaps.push({ block, prev: mark(prev), prevElement: prev, next: mark(next), self: mark(block) });
    }
  }
  return { gaps, marked };
}

/**
 * Puts back a block Readability left where it stood, between two siblings it moved into its
 * article side by side (GAP_BLOCK_LINK_SHARE): a table or list of the story's, not a box of
 * links nor one the clean stage marked as furniture. Readability's later passes read its
 * article again from a copy only when its first reading found too little text; the blocks
 * are then not where they were, and none is put back.
 */
function putBackGaps(content: Element | null, { gaps, marked }: Gaps): ReadabilityResult['closing'] {
  const closing: ReadabilityResult['closing'] = [];
  if (!gaps.length) return closing;
  const kept = new Map<string, Element>();
  if (content) for (const el of Array.from(content.querySelectorAll(`[${GAP_MARK}]`))) kept.set(el.getAttribute(GAP_MARK) ?? '', el);
  // The article's text, read once when a block is to go back: a pull quote repeats a sentence of it.
  let said: string | null = null;
  const repeats = (block: Element): boolean => {
    const own = normaliseSpace(block.textContent ?? '').trim().replace(/^[“"„«]+|[”"“»]+$/gu, '').slice(0, REPEAT_PROBE_CHARS);
    said ??= normaliseSpace(content?.textContent ?? '').trim();
    return own.length > 0 && said.includes(own);
  };
  // A closing box whose first answer the pick holds already, under another heading or none.
  const saysAgain = (box: Element): boolean => {
    const first = Array.from(box.querySelectorAll('p, li, dd')).find((el) => normaliseSpace(el.textContent ?? '').trim().length >= REPEAT_PROBE_CHARS / 2);
    return first ? repeats(first) : repeats(box);
  };
  for (const gap of gaps) {
    const before = kept.get(gap.prev) ?? (content?.contains(gap.prevElement) ? gap.prevElement : undefined);
    if (!before || content?.contains(gap.block)) continue;
    // A box closing the story goes back after the story's box as it stood, whether Readability
    // left it where it was or took it out of its pick (an accordion's buttons weigh it down).
    if ('copy' in gap) {
      const { copy } = gap;
      if (copy.hasAttribute(WIDGET_MARK) || copy.querySelector(`[${WIDGET_MARK}]`) || linkDensity(copy) >= GAP_BLOCK_LINK_SHARE || saysAgain(copy)) continue;
      for (const el of Array.from(copy.querySelectorAll(`[${GAP_MARK}]`))) el.removeAttribute(GAP_MARK);
      closing.push({ after: before, box: copy });
      continue;
    }
    if (before.nextElementSibling !== kept.get(gap.next)) continue;
    const block = gap.block.isConnected ? gap.block : before.ownerDocument.querySelector(`[${GAP_MARK}="${gap.self}"]`);
    if (!block || content?.contains(block)) continue;
    if (block.hasAttribute(WIDGET_MARK) || block.querySelector(`[${WIDGET_MARK}]`) || linkDensity(block) >= GAP_BLOCK_LINK_SHARE || repeats(block)) continue;
    before.after(block);
    block.removeAttribute(GAP_MARK);
  }
  // The marks as set, and their copies on the elements Readability put in place of the marked ones.
  for (const el of [...marked, ...kept.values()]) el.removeAttribute(GAP_MARK);
  return closing;
}

/** Characters of a block's text looked for in the article to tell a repeat (a pull quote). */
const REPEAT_PROBE_CHARS = 80;

/** Whether a paragraph of TITLE_HEADING_PROSE_CHARS or more comes before the element in the page (a walk in page order up to it). */
function afterProse(el: Element): boolean {
  for (const node of nodesWithTag(el.ownerDocument, ['p', el.localName])) {
    if (node === el) return false;
    if (node.localName.toLowerCase() === 'p' && (node.textContent ?? '').replace(/\s+/g, ' ').trim().length >= TITLE_HEADING_PROSE_CHARS) return true;
  }
  return false;
}

/** A landmark must hold this much text to stand in for an article Readability did not find. */
const LANDMARK_MIN_CHARS = 500;

/**
 * When Readability finds no article (it needs paragraphs it can score, and some templates
 * give it none), the page's own landmark for its main content: the <main>, <article> or
 * role=main element holding the most text. The clean stage and the verdict then judge it
 * like any other candidate, so a listing found this way is still refused.
 */
export function landmarkContent(doc: Document): Element | null {
  let best: Element | null = null;
  let bestChars = LANDMARK_MIN_CHARS - 1;
  for (const el of Array.from(doc.querySelectorAll('main, article, [role="main"]'))) {
    const chars = (el.textContent ?? '').replace(/\s+/g, ' ').trim().length;
    if (chars > bestChars) {
      best = el;
      bestChars = chars;
    }
  }
  return best;
}
