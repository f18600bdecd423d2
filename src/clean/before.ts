/**
 * Before Readability: remove what is never article text (a short list: see rules.ts for
 * what was measured and left out), and mark page furniture by its
 * class and id words (Readability drops class names, so the marks carry that evidence
 * to the after stage, which judges each marked block by its size and links).
 */
import { classAttribute, nameWords } from '../extract/attributes.js';
import { probablyVisible } from '../extract/visibility.js';
import { collapsedLength, linkDensity, textLength } from '../extract/text.js';
import { SEARCH_INDEX_MARK } from '../extract/prepare.js';
import { readPageSignals } from './signals.js';
import type { PageSignals } from './signals.js';
import { ruleOn } from './switches.js';
import { commentHeading, isBoilerplateLabel } from './labels.js';
import { LAZY_SRC_ATTRIBUTES } from '../extract/media-rules.js';
import { ACCEPT_BUTTON, DROP_CAP, DROP_CAP_TAGS, ANCHOR_TARGET_ATTRIBUTES, STARTS_LOWER, POLL_BOX_MAX_CHARS, CLIP_BOX_MAX_WORDS, CLIP_LENGTH, CLIP_LENGTH_WORDS, CLIP_PLAYER_ATTRIBUTES, CLIP_PLAYER_NAME, REVEAL_WRAPPER_LEVELS, SHOWN_BY_SCRIPT, MORE_OF_STORY_LINK, BANNER_NEVER_HOLDS, CAPTION_KINDS, PHRASING_PARENTS, MEDIA_PLAYERS, MEDIA_SOURCES, SIGNUP_BOX_MAX_CHARS, SIGNUP_CALL, POLL_QUESTION_MAX_WORDS, APPEAL_PATH, NEWSLETTER_PATH, COMMENT_HEADING_MIN_PROSE, COMMENTS_ARE_TEXT_SHARE, PROSE_RUN_CHARS, PROMO_PARAGRAPH_LINK_SHARE, PROMO_PARAGRAPH_MIN_LINKS, COOKIE_BANNER_MAX_CHARS, COOKIE_WORD, DISMISS_LINK_HREF, ANCHOR_HEADING_SHARE, ANCHOR_MIN_WORDS, BYLINE_MARKS, FURNITURE_ELEMENTS, FURNITURE_MAX_TEXT_SHARE, FURNITURE_SMALL_TEXT, KEPT_SCRIPT_TYPE, LAYOUT_CELL_ATTRIBUTES, LAYOUT_STORY_CHARS, LAYOUT_STORY_SHARE, PICTURE_STORY, STORY_ASIDE, SENTENCE_END, CLOSED_PANEL_CLASS, LAYOUT_STATE_CLASS, NEVER_ARTICLE_TAGS, POST_CLASS_TERMS, NOSCRIPT_CONTENT_MIN, NOSCRIPT_HIDDEN, STYLE_UTILITY_CLASS, TOGGLE_HEADINGS, TOGGLE_QUESTION_WORDS, TAG_NAME_STYLE_WORDS, WIDGET_COMPOUNDS, WIDGET_WORDS } from './rules.js';
import { ELEMENT_NODE, TEXT_NODE } from '../extract/tags.js';
import { showsIngredients } from './recipe.js';

const HEADING_ELEMENT = /^h[1-6]$/i;

/** Elements a box's button sits in directly, not a paragraph's run of text. */
const SIGNUP_CALL_HOLDERS: ReadonlySet<string> = new Set(['div', 'section', 'aside', 'form', 'figure', 'footer', 'header']);

/** Code listings: their class words name syntax, never page furniture. */
const CODE_BLOCKS = 'pre, code';

/** The attribute that carries a widget mark through Readability. */
export const WIDGET_MARK = 'data-copydesk-widget';
/** The attribute that marks a box of a story told in captioned pictures (PICTURE_STORY) through Readability. */
export const PICTURE_STORY_MARK = 'data-copydesk-pictures';

/**
 * Attributes that name what an element is the way a class would, where templates built with
 * hashed class names name nothing else: a test hook ("data-testid="related-articles"") and a
 * component's type ("data-type="newsletter"", "data-component="author-bio""). Read after the
 * class and the id. The test hook: WCXB products +0.178 summed, services -0.017, collections
 * -0.023, no article and no Zyte page moved; with the class and id names hidden (--hide-names),
 * WCXB articles +0.152 (2976 +0.175, 0432 -0.031: captions the truth keeps, which its classes
 * name too), products +0.071, services -0.043. The component's type: WCXB product 0613 +0.005.
 */
const NAMING_ATTRIBUTES: readonly string[] = ['data-testid', 'data-type', 'data-component'];

/**
 * The furniture kind an element's class, id, test hook or custom tag names, or null. `memo` keeps the answers for
 * class and id values already read (a page repeats the same few hundred).
 */
export function widgetKind(el: Element, memo?: Map<string, NamedKind | null>): string | null {
  const byClass = namedKind(classAttribute(el), memo);
  if (byClass) return byClass.kind;
  // A heading's id is its anchor, written from its own words ("h-why-social-shopping-works"):
  // it names the section's subject, not furniture. So is a section's id written from its heading.
  // An id that places the element after or before a widget ("after-story-ad-2", the target of
  // an ad's "skip advertisement" link) names where it is, not what.
  const id = /^(?:after|before)[-_]/i.test(el.id) ? '' : el.id;
  if (id && !HEADING_ELEMENT.test(el.tagName)) {
    const byId = namedKind(id, memo);
    if (byId && !anchorsOwnHeading(el, id, byId.word)) return byId.kind;
  }
  // A test hook's or a component's name: templates built with hashed class names keep it readable.
  for (const attribute of NAMING_ATTRIBUTES) {
    const hook = el.getAttribute(attribute);
    const kind = hook ? namedKind(hook, memo)?.kind : undefined;
    if (kind) return kind;
  }
  // A web component's own name ("<related-links>", "<newsletter-signup>", "<ad-slot>"), but
  // not a design system's link style ("<c4d-link-list-item-cta>": TAG_NAME_STYLE_WORDS).
  const tag = el.localName;
  if (!tag.includes('-')) return null;
  const byTag = namedKind(tag, memo);
  return byTag && !TAG_NAME_STYLE_WORDS.has(byTag.word) ? byTag.kind : null;
}

/** A furniture word of a class or id value, and the kind it names. */
export interface NamedKind {
  word: string;
  kind: string;
}

/** The first word of `names` that names furniture, and its kind. */
function namedKind(names: string, memo?: Map<string, NamedKind | null>): NamedKind | null {
  let named = memo?.get(names);
  if (named !== undefined) return named;
  named = null;
  // A class that states what the layout has ("has-sidebar", "sidebar-enabled--false"), sets
  // one style ("print:break-inside-avoid") or lists a post's own terms ("tag-theft" beside
  // "type-post") names no furniture.
  const post = POST_CLASS_TERMS.post.test(names);
  const told = names
    .split(/\s+/)
    .filter((token) => !LAYOUT_STATE_CLASS.test(token) && !STYLE_UTILITY_CLASS.test(token) && !(post && POST_CLASS_TERMS.term.test(token)))
    .join(' ');
  // A compound is written whole or in parts: "sign-up-inline" and "SignUpInline" as "signup"
  // (WIDGET_COMPOUNDS).
  const words = nameWords(told);
  for (let i = 0; i < words.length && !named; i++) {
    const word = words[i] as string;
    const joined = i > 0 ? `${words[i - 1] as string}${word}` : '';
    const candidate = WIDGET_COMPOUNDS.has(joined) ? joined : word;
    const kind = WIDGET_WORDS.get(candidate);
    if (kind) named = { word: candidate, kind };
  }
  memo?.set(names, named);
  return named;
}

/** Lower-case words of a heading, accents dropped, as a slug writes them. */
function headingWords(text: string): Set<string> {
  return new Set(nameWords(text.normalize('NFD').replace(/\p{M}/gu, '')));
}

/** Whether `id`, naming furniture by `word`, is the anchor of the element's own first heading (rules.ts: ANCHOR_MIN_WORDS). */
function anchorsOwnHeading(el: Element, id: string, word: string): boolean {
  const words = nameWords(id);
  if (words.length < ANCHOR_MIN_WORDS) return false;
  const heading = el.querySelector('h1, h2, h3, h4, h5, h6');
  if (!heading || heading.querySelector('a[href]') || heading.closest('a[href]')) return false;
  const inHeading = headingWords(heading.textContent ?? '');
  // A compound read whole ("sign-up-for-…" as "signup") is in the heading as its parts.
  const said = inHeading.has(word) || words.some((w, i) => i > 0 && `${words[i - 1] as string}${w}` === word && inHeading.has(w) && inHeading.has(words[i - 1] as string));
  return inHeading.size >= ANCHOR_MIN_WORDS && said && words.filter((w) => inHeading.has(w)).length >= ANCHOR_HEADING_SHARE * words.length;
}

/**
 * Removes navigation, footers and asides (rules.ts: FURNITURE_ELEMENTS) unless they hold a
 * byline, most of the page's text or most of a declared recipe's `ingredients` (their keys). Outermost first: a removed block takes its nested ones
 * with it. `blocks` are those elements under `root` in page order, when already found.
 */
export function removeFurniture(root: Element, blocks: readonly Element[] = Array.from(root.querySelectorAll(FURNITURE_ELEMENTS.join(','))), ingredients: readonly RegExp[] = []): void {
  let pageText: number | null = null;
  for (const el of blocks) {
    if (!el.isConnected || holdsByline(el)) continue;
    // A declared recipe's ingredients set in an <aside> beside its steps are the recipe's.
    if ((ruleOn('before:story-asides') && storyAside(el)) || (ingredients.length > 0 && showsIngredients(el, ingredients))) {
      asDiv(el);
      continue;
    }
    const text = textLength(el);
    if (text >= FURNITURE_SMALL_TEXT && text > (pageText ??= textLength(root)) * FURNITURE_MAX_TEXT_SHARE) continue;
    el.remove();
  }
}

/**
 * What the page keeps out of search engines' index (rules.ts: SEARCH_INDEX_OFF): the nodes
 * after an "off" mark up to the "on" mark among the same parent's children, unless they hold
 * most of the page's text (as furniture is weighed: a template that marks its story so must
 * not lose it). A mark with no partner there removes nothing. The marks go in any case.
 */
function removeUnindexed(body: Element, marks: readonly Element[]): void {
  let pageText: number | null = null;
  for (const mark of ruleOn('before:unindexed') ? marks : []) {
    if (mark.getAttribute(SEARCH_INDEX_MARK) !== 'off' || !mark.isConnected) continue;
    const stretch: ChildNode[] = [];
    let closed = false;
    for (let n = mark.nextSibling; n; n = n.nextSibling) {
      if (n.nodeType === ELEMENT_NODE && (n as Element).hasAttribute(SEARCH_INDEX_MARK)) {
        closed = (n as Element).getAttribute(SEARCH_INDEX_MARK) === 'on';
        break;
      }
      stretch.push(n);
    }
    if (!closed) continue;
    const text = stretch.reduce((sum, n) => sum + collapsedLength(n.textContent ?? ''), 0);
    if (text >= FURNITURE_SMALL_TEXT && text > (pageText ??= textLength(body)) * FURNITURE_MAX_TEXT_SHARE) continue;
    for (const n of stretch) n.remove();
  }
  for (const mark of marks) mark.remove();
}

/**
 * The page's pictures, in one pass over its <figure>s. A paragraph set beside a picture in a
 * figure with no <figcaption> is the picture's caption (a theme's cover image: "<figure><img>
 * <p>M31 with M32 …</p></figure>"; Readability renames a figure beside the story's box a <div>,
 * and the mark keeps it a caption). A box that holds a paragraph of prose and PICTURE_STORY.figures
 * or more figures captioned in PICTURE_STORY.captionWords words or more, among its children, is a
 * photo story's or a gallery's text: marked, Readability's cleaning spares it for its images.
 */
function markFigures(body: Element, captions: boolean, stories: boolean): void {
  const words = (el: Element): number => (el.textContent ?? '').trim().split(/\s+/).length;
  const holders = new Map<Element, number>();
  for (const figure of Array.from(body.getElementsByTagName('figure'))) {
    const caption = Array.from(figure.children).find((c) => c.localName.toLowerCase() === 'figcaption');
    if (caption) {
      const holder = figure.parentElement;
      if (stories && holder && words(caption) >= PICTURE_STORY.captionWords) holders.set(holder, (holders.get(holder) ?? 0) + 1);
    } else if (captions && !figure.querySelector('figcaption') && figure.querySelector('img, picture')) {
      for (const p of Array.from(figure.children)) if (p.localName.toLowerCase() === 'p' && !p.hasAttribute(WIDGET_MARK)) p.setAttribute(WIDGET_MARK, 'caption');
    }
  }
  const prose = (box: Element | null): boolean => !!box && Array.from(box.children).some((c) => c.localName.toLowerCase() === 'p' && words(c) >= PICTURE_STORY.paragraphWords);
  for (const [holder, figures] of holders) {
    // The opening paragraph in the box itself, or in a box of its own just before the pictures'.
    if (figures >= PICTURE_STORY.figures && (prose(holder) || prose(holder.previousElementSibling))) holder.setAttribute(PICTURE_STORY_MARK, '');
  }
}

/** An <aside> the story sets among its paragraphs, of text rather than links (STORY_ASIDE). */
function storyAside(el: Element): boolean {
  if (el.localName.toLowerCase() !== 'aside' || STORY_ASIDE.notNamed.test(classAttribute(el)) || widgetKind(el) !== null || el.querySelector('form, input, nav')) return false;
  const parent = el.parentElement;
  if (!parent) return false;
  // The story's paragraphs beside it, each alone in a box of its own too (a newsroom system
  // wraps every paragraph), or in the <section>s it stands between; or in the story's body
  // after it, when the box opens the story ("Key points" over the text); or, for a tip set in
  // one of a guide's steps, in the steps of its list.
  const steps = parent.localName.toLowerCase() === 'li' ? parent.parentElement : null;
  let paragraphs = 0;
  let after = false;
  for (let c = (steps ?? parent).firstElementChild; c && paragraphs < STORY_ASIDE.paragraphs; c = c.nextElementSibling) {
    const tag = c.localName.toLowerCase();
    if (c === el) after = true;
    if (tag === 'p' || (tag === 'div' && c.childElementCount === 1 && c.firstElementChild?.localName.toLowerCase() === 'p')) paragraphs++;
    else if (tag === 'section' || (after && tag === 'div') || (steps && tag === 'li')) for (let p = c.firstElementChild; p; p = p.nextElementSibling) if (p.localName.toLowerCase() === 'p') paragraphs++;
  }
  if (paragraphs < STORY_ASIDE.paragraphs) return false;
  const text = textLength(el);
  if (text < STORY_ASIDE.minChars) return false;
  if (linkDensity(el) >= STORY_ASIDE.maxLinkShare) return false;
  // Most of its text in sentences: a box of short lines is a menu or a pitch.
  let sentences = 0;
  // A box of bare text ("<aside><strong>Pro tip:</strong> Hold the valve …</aside>") is its own line.
  const boxes = Array.from(el.querySelectorAll('p, li, dd, td, div'));
  for (const box of boxes.length ? boxes : [el]) {
    if (box.querySelector('p, li, dd, td, div')) continue;
    const t = (box.textContent ?? '').trim();
    // A fact box's lines count as its sentences ("Baustart: März 2025"), and so do a
    // definition list's terms and entries, when not links.
    const fact = STORY_ASIDE.factLine.test(t) || STORY_ASIDE.factEntries.has(box.localName.toLowerCase());
    if ((/[.!?]["”’)]?$/u.test(t) && t.split(/\s+/).length >= STORY_ASIDE.sentenceWords) || (fact && !box.querySelector('a'))) sentences += textLength(box);
  }
  return sentences >= text * STORY_ASIDE.sentenceShare;
}

/** Whether the element holds words of its own, outside its child elements. */
function wordsBeside(el: Element): boolean {
  for (let n = el.firstChild; n; n = n.nextSibling) if (n.nodeType === TEXT_NODE && /[\p{L}\p{N}]/u.test(n.nodeValue ?? '')) return true;
  return false;
}

/** The element as a <div> with the same attributes and children. */
function asDiv(el: Element): void {
  const div = el.ownerDocument.createElement('div');
  for (const attr of Array.from(el.attributes)) div.setAttribute(attr.name, attr.value);
  div.append(...Array.from(el.childNodes));
  el.replaceWith(div);
}

function hasBylineMark(el: Element): boolean {
  return BYLINE_MARKS.some(([name, pattern]) => pattern.test(el.getAttribute(name) ?? ''));
}

function holdsByline(el: Element): boolean {
  // querySelectorAll('*'), not getElementsByTagName('*'): linkedom's answers nothing for '*'.
  return hasBylineMark(el) || Array.from(el.querySelectorAll('*')).some(hasBylineMark);
}

function neverArticle(el: Element, tag: string, recipe: boolean): boolean {
  if (!NEVER_ARTICLE_TAGS.has(tag)) return false;
  if (tag === 'script') return el.getAttribute('type')?.toLowerCase() !== KEPT_SCRIPT_TYPE;
  return tag !== 'label' || !recipe || !checklistItem(el);
}

/**
 * A recipe's ingredient set as a checklist: the label of a checkbox outside any form, on a page
 * that declares a recipe ("<input type=checkbox id=ing-1><label for=ing-1>2 tablespoons olive
 * oil</label>"). Its words are the article's. Elsewhere such labels are a shop's filters
 * ("Charbon (5)") or a log-in box's "Remember me" (the development sets' pages that have them).
 */
function checklistItem(label: Element): boolean {
  if (label.closest('form')) return false;
  const id = label.getAttribute('for');
  const box = id ? label.ownerDocument.getElementById(id) : label.querySelector('input');
  return box?.localName.toLowerCase() === 'input' && box.getAttribute('type')?.toLowerCase() === 'checkbox';
}

/** Removes what a <video> or an <audio> holds besides its sources and tracks: the text of browsers that cannot play it. */
function mediaFallback(player: Element): void {
  for (const n of Array.from(player.childNodes)) {
    if (n.nodeType === ELEMENT_NODE ? !MEDIA_SOURCES.has((n as Element).localName.toLowerCase()) : n.nodeType === TEXT_NODE) n.parentNode?.removeChild(n);
  }
}

/**
 * The panel a "Continue reading" button or an accordion's question opens (`aria-controls`, or
 * the box right after a button that names none; `aria-expanded="false"`), hidden until the
 * reader clicks (`aria-hidden`, `hidden`, `display:none` on the panel or on the collapsing box
 * around it, REVEAL_WRAPPER_LEVELS): the rest of the story or the question's answer, when it
 * holds a paragraph of prose. A menu's or a search box's panel holds none and stays hidden.
 */
function revealPanel(button: Element): void {
  if (button.getAttribute('aria-expanded') !== 'false') return;
  // The panel it names, or, naming none, the box right after it ("<button aria-expanded=false>Artikel
  // weiterlesen</button><div aria-hidden=true>…").
  const id = button.getAttribute('aria-controls');
  reveal(id ? button.ownerDocument.getElementById(id) : button.nextElementSibling, button);
}

/**
 * The panel an older site's "Mehr anzeigen" link shows with a script of its own
 * (SHOWN_BY_SCRIPT: "document.getElementById('mehr').style.display='block'", jQuery's
 * "$('#mehr').show()"), revealed as revealPanel reveals one.
 */
function revealScripted(link: Element): void {
  // Only a link that says so ("Mehr anzeigen", "Read more"): a script shows dialogs, forms and comments too.
  if (!MORE_OF_STORY_LINK.test((link.textContent ?? '').trim())) return;
  const shown = SHOWN_BY_SCRIPT.exec(link.getAttribute('onclick') ?? '');
  const id = shown?.[1] ?? shown?.[2];
  if (id) reveal(link.ownerDocument.getElementById(id), link);
}

/** Shows `target`, or the hidden box around it, when it holds a paragraph of prose (revealPanel's rules). */
function reveal(target: Element | null, button: Element): void {
  // The panel, or the collapsing box around it that hides it (a wrapper set to "display:none;height:0").
  let panel: Element | null = null;
  for (let el = target, up = 0; el && up <= REVEAL_WRAPPER_LEVELS && !el.contains(button); el = el.parentElement, up++) {
    if (!probablyVisible(el)) {
      panel = el;
      break;
    }
  }
  if (!target || !panel) return;
  const prose = Array.from(target.getElementsByTagName('p')).some((p) => {
    const text = (p.textContent ?? '').trim();
    return text.length >= PROSE_RUN_CHARS && SENTENCE_END.test(text);
  });
  if (!prose) return;
  panel.removeAttribute('hidden');
  panel.removeAttribute('aria-hidden');
  const style = panel.getAttribute('style');
  if (style && /display\s*:\s*none/i.test(style)) panel.setAttribute('style', style.replace(/display\s*:\s*none\s*(?:!important)?\s*;?/gi, ''));
}

/**
 * A button that is a section's heading: an accordion's or a tab's toggle set in a heading, as
 * the accessible pattern has it ("<h3><button aria-expanded>Can I …?</button></h3>"), or one
 * that asks the question its panel answers. Its words are the story's, so the button is
 * unwrapped, not removed (FAQ answers lost their questions).
 */
function headingToggle(el: Element): Element | null {
  const heading = el.closest(TOGGLE_HEADINGS);
  const text = (el.textContent ?? '').trim();
  if (!heading && !(/\?$/.test(text) && text.split(/\s+/).length >= TOGGLE_QUESTION_WORDS)) return null;
  // Only beside its answer: a panel the page hides from every reader leaves (Readability drops
  // it), and one a script fills on a click is not there, so the question goes too. A list of
  // questions with no answers is not the story's.
  const controls = el.getAttribute('aria-controls');
  const panel = controls ? el.ownerDocument.getElementById(controls) : (heading ?? el).nextElementSibling;
  return panel !== null && probablyVisible(panel) && (panel.textContent ?? '').trim() !== '' ? panel : null;
}

/** A toggle's panel without the class that says it is closed (CLOSED_PANEL_CLASS). */
function openPanel(panel: Element): void {
  const names = panel.getAttribute('class');
  if (!names) return;
  const open = names.replace(CLOSED_PANEL_CLASS, ' ').trim();
  if (open !== names.trim()) panel.setAttribute('class', open);
}

/** An image's address is a stand-in a script replaces: none, or inline data (a blank GIF), and no lazy-loading attribute holding the real one. */
function placeholderImage(el: Element): boolean {
  if (el.localName.toLowerCase() !== 'img') return false;
  if (LAZY_SRC_ATTRIBUTES.some((a) => el.getAttribute(a)?.trim())) return false;
  const src = el.getAttribute('src')?.trim() ?? '';
  return src === '' || /^data:/i.test(src);
}

/** An AMP page's <amp-img> as the <img> it stands for (same attributes; its fallback children go), which Readability keeps as it keeps images. */
function ampImage(amp: Element): void {
  const img = amp.ownerDocument.createElement('img');
  for (const { name, value } of Array.from(amp.attributes)) img.setAttribute(name, value);
  amp.replaceWith(img);
}

/**
 * A lazy-loaded picture's real image, kept for readers without JavaScript in a <noscript>
 * beside a placeholder (`<img src="data:…" class="lazyload"><noscript><img src="ferry.jpg">`):
 * it takes the placeholder's place, or stands alone where there is none, before the
 * <noscript> goes with the code. Only a <noscript> that holds one image and no text.
 */
function unwrapNoscriptImage(noscript: Element): void {
  const kids = Array.from(noscript.children);
  const img = kids.length === 1 && kids[0]?.localName.toLowerCase() === 'img' ? kids[0] : null;
  if (!img || (noscript.textContent ?? '').trim() || !img.getAttribute('src')?.trim()) return;
  const before = noscript.previousElementSibling;
  if (before && placeholderImage(before)) before.replaceWith(img);
  else if (before?.localName.toLowerCase() !== 'img') noscript.before(img);
}

/**
 * The <noscript> that holds the page's content for readers without JavaScript, when the rest
 * of the body is an application's empty shell (forum software and single-page sites render
 * their posts there for crawlers): the largest one, when it has at least NOSCRIPT_CONTENT_MIN
 * characters of text and more text than the body has outside every <noscript>, scripts and
 * styles. Null otherwise, which is almost always: a <noscript> usually holds a tracking
 * pixel or a "turn on JavaScript" line.
 */
function noscriptFallback(body: Element, never: readonly Element[]): Element | null {
  let largest: Element | null = null;
  let largestText = 0;
  for (const el of never) {
    if (el.localName.toLowerCase() !== 'noscript') continue;
    const text = textLength(el);
    if (text > largestText) [largest, largestText] = [el, text];
  }
  if (!largest || largestText < NOSCRIPT_CONTENT_MIN) return null;
  // Text no reader sees, outermost elements only: what a nested one holds is counted with its ancestor.
  const hidden = never.filter((el) => el.matches(NOSCRIPT_HIDDEN) && !el.parentElement?.closest(NOSCRIPT_HIDDEN)).reduce((sum, el) => sum + textLength(el), 0);
  return largestText > textLength(body) - hidden ? largest : null;
}

/**
 * The cookie banner around an accept button (rules.ts: ACCEPT_BUTTON): its largest ancestor
 * of at most COOKIE_BANNER_MAX_CHARS whose text speaks of cookies; null for any other button.
 */
function cookieBanner(button: Element): Element | null {
  if (!ACCEPT_BUTTON.test((button.textContent ?? '').replace(/\s+/g, ' ').trim())) return null;
  let banner: Element | null = null;
  for (let box = button.parentElement; box && !/^(?:body|html)$/i.test(box.localName); box = box.parentElement) {
    const text = box.textContent ?? '';
    if (text.length > COOKIE_BANNER_MAX_CHARS * 2 || textLength(box) > COOKIE_BANNER_MAX_CHARS) break;
    // A short page's wrapper is short too: the box that holds the story is not the banner.
    if (box.querySelector(BANNER_NEVER_HOLDS)) break;
    if (COOKIE_WORD.test(text)) banner = box;
  }
  return banner;
}

/**
 * A paragraph written as several, with blank lines between them ("…<br><br>…"), becomes one
 * paragraph per part, where it stood, when a table or a list stands beside it. Readability
 * splits it too, but nests the parts in the old paragraph turned into a box, which then
 * outscores the article's own container: the table or list beside the paragraph is left out
 * unless class names ("body", "content") lift the container. On the development sets, with
 * class names hidden: WCXB 0125 0.707 -> 1.000 (a comparison table) and 0366; as written:
 * 0214 and 0366; no page lower either way. Split beside any block, it moved Readability's
 * pick on page builders and shops both ways (a product page 0.86 -> 0.15).
 */
function splitAtBlankLines(p: Element): void {
  const parts: Node[][] = [[]];
  // The line breaks since the last text: two or more end a part, one stays in it.
  let breaks: Node[] = [];
  for (const node of Array.from(p.childNodes)) {
    if (node.nodeType === ELEMENT_NODE && (node as Element).localName.toLowerCase() === 'br') {
      breaks.push(node);
      continue;
    }
    if (node.nodeType === TEXT_NODE && !(node.nodeValue ?? '').trim()) continue;
    if (breaks.length >= 2 && (parts.at(-1)?.length ?? 0) > 0) parts.push([]);
    else parts.at(-1)?.push(...breaks);
    breaks = [];
    parts.at(-1)?.push(node);
  }
  const written = parts.filter((part) => part.some((n) => (n.textContent ?? '').trim()));
  if (written.length < 2) return;
  for (const part of written) {
    const next = p.ownerDocument.createElement('p');
    next.append(...part);
    p.before(next);
  }
  p.remove();
}

/** The text is a related-stories label, maybe with the links' own tags in brackets ("DON'T MISS … [WARNING]"). */
function isPromoLabel(text: string): boolean {
  return isBoilerplateLabel(text.replace(/\[[^\]]*\]/g, ' ').replace(/\s+/g, ' '));
}

/** A paragraph's links, its characters inside them and its text outside them. */
function linkSplit(p: Element): { links: number; linkChars: number; label: string } {
  let links = 0;
  let linkChars = 0;
  let label = '';
  const walk = (node: Node, inLink: boolean): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === TEXT_NODE) {
        const text = child.nodeValue ?? '';
        if (inLink) linkChars += text.replace(/\s+/g, '').length;
        else label += text;
      } else if (child.nodeType === ELEMENT_NODE) {
        const el = child as Element;
        const link = el.localName.toLowerCase() === 'a' && el.hasAttribute('href');
        if (link) links++;
        walk(el, inLink || link);
      }
    }
  };
  walk(p, false);
  return { links, linkChars, label };
}

/**
 * Paragraphs of a related-stories label and two links or more ("DON'T MISS" and three
 * headlines) between the story's paragraphs, in one paragraph or with the label in the one
 * before. The line rules drop them after Readability; removed before, they no longer make the
 * box of paragraphs around them look like links to Readability, which on a template whose
 * class names say nothing dropped the box, story paragraphs and all (two Zyte pages with
 * names hidden: 0.89 -> 1.00).
 */
function removePromoParagraphs(paragraphs: readonly Element[]): void {
  for (const p of paragraphs) {
    if (!p.isConnected) continue;
    const { links, linkChars, label } = linkSplit(p);
    // One link is a pointer the story may keep ("Related: How to cut costs"); a list is a promo.
    if (links < PROMO_PARAGRAPH_MIN_LINKS) continue;
    const labelChars = label.replace(/\s+/g, '').length;
    if (!linkChars || linkChars < (linkChars + labelChars) * PROMO_PARAGRAPH_LINK_SHARE) continue;
    const before = p.previousElementSibling;
    if (before?.localName.toLowerCase() === 'p' && !before.querySelector('a[href]') && isPromoLabel(before.textContent ?? '')) before.remove();
    else if (!isPromoLabel(label)) continue;
    p.remove();
  }
}

/** Tables and lists, the blocks Readability leaves out beside a paragraph it split. */
const SPLIT_NEIGHBOURS = new Set(['table', 'ul', 'ol', 'dl']);

/** Paragraphs with two line breaks or more among their own children, beside a table or a list, split (splitAtBlankLines). */
function splitBrokenParagraphs(paragraphs: readonly Element[]): void {
  const beside = new Map<Element | null, boolean>();
  for (const p of paragraphs) {
    // What the passes before removed is gone from the page.
    if (!p.isConnected) continue;
    let breaks = 0;
    for (let el = p.firstElementChild; el && breaks < 2; el = el.nextElementSibling) if (el.localName.toLowerCase() === 'br') breaks++;
    if (breaks < 2) continue;
    const box = p.parentElement;
    if (!beside.has(box)) beside.set(box, besideBlocks(box));
    if (beside.get(box)) splitAtBlankLines(p);
  }
}

/** Whether a container holds a table or a list among its own children. */
function besideBlocks(box: Element | null): boolean {
  for (let el = box?.firstElementChild; el; el = el.nextElementSibling) {
    if (SPLIT_NEIGHBOURS.has(el.localName.toLowerCase())) return true;
  }
  return false;
}

/**
 * A sign-up box set inside the story ("Get the Friday Ledger" | a line on what it brings | an
 * e-mail field and a button), or a reader poll's ("Reader poll" | its question | a form of
 * choices to tick): from each e-mail field's holder or poll's form, the widest box around it whose
 * text stays within SIGNUP_BOX_MAX_CHARS. The form alone is marked by its class when named so;
 * its heading and blurb beside it are named by nothing.
 */
function signupBoxes(body: Element, fields: readonly Element[]): Element[] {
  const boxes = new Set<Element>();
  for (const field of fields) {
    if (!field.isConnected || field === body) continue;
    let box = field;
    while (box.parentElement && box.parentElement !== body && textLength(box.parentElement) <= SIGNUP_BOX_MAX_CHARS) box = box.parentElement;
    if (textLength(box) <= SIGNUP_BOX_MAX_CHARS) boxes.add(box);
  }
  return [...boxes];
}

/**
 * A link to the page's own site whose path asks for donations (APPEAL_PATH: "/donate",
 * "/unterstuetzen/") or leads to its newsletters (NEWSLETTER_PATH: "/newsletters/le-brief/").
 */
function ownCallLink(a: Element, doc: Document): boolean {
  const href = a.getAttribute('href');
  const appeal = (path: string): boolean => APPEAL_PATH.test(path) || NEWSLETTER_PATH.test(path);
  if (!href || !appeal(href)) return false;
  try {
    const page = new URL(doc.URL);
    const target = new URL(href, page);
    return target.hostname === page.hostname && appeal(target.pathname);
  } catch {
    return false;
  }
}

/**
 * A link or button whose words ask for a sign-up (SIGNUP_CALL) set as a box's button: alone in
 * its element, or a box's child. A call at the end of a paragraph ("… create more impact. Sign
 * up now!") leaves the paragraph to the story. Not a paid link's box (rel="sponsored"): a
 * review's verdict on each product it ranks is set so, and the truth keeps it (WCXB: four
 * reviews and a checklist lost their products' sections, -0.11 in all).
 */
function signupCall(a: Element, parent: Element): boolean {
  const text = (a.textContent ?? '').trim();
  if (!SIGNUP_CALL.test(text)) return false;
  return SIGNUP_CALL_HOLDERS.has(parent.localName.toLowerCase()) || (parent.textContent ?? '').trim() === text;
}

/** Whether an element's text outside its buttons is short and asks a question (POLL_QUESTION_MAX_WORDS): a poll's, with its note of the votes. */
function pollQuestion(holder: Element): boolean {
  const count = (t: string): number => t.trim().split(/\s+/).filter(Boolean).length;
  const text = holder.textContent ?? '';
  // A poll's box is short: a page's container that holds buttons too is not read word by word.
  if (text.length > POLL_BOX_MAX_CHARS) return false;
  const buttons = Array.from(holder.querySelectorAll('button'), (b) => b.textContent ?? '');
  const words = count(text) - buttons.reduce((sum, b) => sum + count(b), 0);
  return words >= 2 && words <= POLL_QUESTION_MAX_WORDS && !buttons.some((b) => b.includes('?')) && text.includes('?');
}

/**
 * An element of no children that gives a clip's length: its class names the length
 * (CLIP_LENGTH_WORDS), or, where class names are generated ("_2QeJY"), its box is named for a
 * media player (CLIP_PLAYER_NAME: data-testid="video-player").
 */
function clipLength(el: Element): boolean {
  const parent = el.parentElement;
  const named = (el.hasAttribute('class') && nameWords(classAttribute(el)).some((w) => CLIP_LENGTH_WORDS.has(w))) ||
    (parent !== null && CLIP_PLAYER_ATTRIBUTES.some((a) => CLIP_PLAYER_NAME.test(parent.getAttribute(a) ?? '')));
  return named && CLIP_LENGTH.test(el.textContent ?? '');
}

/**
 * A clip's teaser set in the story: the box around an element that gives a video's or an
 * audio's length ("01:48", "04:51 min", its class naming the length: CLIP_LENGTH_WORDS), as
 * far up as the box stays short (CLIP_BOX_MAX_WORDS): the clip's title and source, not the story's.
 */
function clipBox(length: Element): Element | null {
  let box: Element | null = null;
  for (let el = length.parentElement, up = 0; el && up < 3 && (el.textContent ?? '').trim().split(/\s+/).length <= CLIP_BOX_MAX_WORDS; el = el.parentElement, up++) box = el;
  return box;
}

/** What the page's metadata says that the clean stage needs. */
export interface PageDeclarations {
  /** The page declares a recipe (checklistItem). */
  recipe?: boolean;
  /** The keys of the recipe's declared ingredients (recipe.ts: ingredientKeys), when it declares them. */
  ingredients?: readonly RegExp[];
}

/** Cleans the document in place; returns what it saw first, for the verdict. */
export function cleanBeforeReadability(doc: Document, declared: PageDeclarations = {}): PageSignals {
  const recipe = declared.recipe ?? false;
  // One walk of the page serves the signals and each pass below (each querySelectorAll is a
  // walk of its own). Page order, the content of a <template> left out, as querySelectorAll.
  // Before anything weighs links, a target for links into the page is its text (ANCHOR_TARGET_ATTRIBUTES).
  const all = Array.from(doc.querySelectorAll('*'));
  const elements = ruleOn('before:anchor-targets') ? unwrapAnchorTargets(all) : all;
  const signals = readPageSignals(doc, elements);
  const body = doc.body;
  const never: Element[] = [];
  const furniture: Element[] = [];
  const named: Element[] = [];
  // The body's descendants follow it in page order.
  const bodyAt = body ? elements.indexOf(body) : elements.length;
  const furnitureTags = new Set(FURNITURE_ELEMENTS);
  const buttons: Element[] = [];
  // Buttons that head a section (headingToggle): unwrapped, not removed with the other controls.
  const toggles: { button: Element; panel: Element }[] = [];
  const paragraphs: Element[] = [];
  // The holders of e-mail fields, and the forms of choices to tick (a reader poll): a sign-up or a poll's box around each.
  const signupSeeds: Element[] = [];
  const radioForms = new Map<Element, number>();
  const radioNames = new Map<string, number>();
  // How many <button>s each element holds as its children: a poll's choices as buttons (pollQuestion).
  const buttonHolders = new Map<Element, number>();
  // Elements that give a clip's length (clipBox).
  const clipLengths: Element[] = [];
  const authorItems: Element[] = [];
  const indexMarks: Element[] = [];
  const customs: Element[] = [];
  const caps: { el: Element; into: Text }[] = [];
  for (let i = 0; i < elements.length; i++) {
    const el = elements[i] as Element;
    const tag = el.localName.toLowerCase();
    if (tag === 'template' && el.hasAttribute(SEARCH_INDEX_MARK)) indexMarks.push(el);
    if (tag === 'button' || (tag === 'a' && DISMISS_LINK_HREF.test(el.getAttribute('href') ?? '')) || el.getAttribute('role') === 'button') buttons.push(el);
    if ((el.hasAttribute('aria-controls') || (tag === 'button' && el.hasAttribute('aria-expanded'))) && ruleOn('before:disclosures')) revealPanel(el);
    else if ((tag === 'a' || tag === 'button') && el.hasAttribute('onclick') && ruleOn('before:disclosures')) revealScripted(el);
    if (tag === 'button' && el.parentElement) {
      // Choices set one to a list item count for the box around the list.
      const holder = el.parentElement.localName.toLowerCase() === 'li' ? el.parentElement.parentElement?.parentElement ?? el.parentElement : el.parentElement;
      buttonHolders.set(holder, (buttonHolders.get(holder) ?? 0) + 1);
    }
    // A leaf's text is read only for the few whose class names a length or whose box a player (clipLength).
    if (!el.firstElementChild && ruleOn('before:clip-boxes') && clipLength(el)) clipLengths.push(el);
    const panel = tag === 'button' ? headingToggle(el) : null;
    if (panel) toggles.push({ button: el, panel });
    else if (neverArticle(el, tag, recipe)) never.push(el);
    if (i <= bodyAt) continue;
    // Text a browser shows the reader who searches the page or follows a link to it: no
    // reader is kept from it, as they are from other hidden content.
    if (el.getAttribute('hidden') === 'until-found') el.removeAttribute('hidden');
    // A player's fallback ("Your browser does not support HTML5 video.") is shown to no one
    // whose browser plays it.
    if (MEDIA_PLAYERS.has(tag)) mediaFallback(el);
    if (tag === 'input') {
      const type = el.getAttribute('type')?.toLowerCase();
      if (type === 'email' && el.parentElement) signupSeeds.push(el.parentElement);
      // A form that asks for numbers is a calculator's or a comparison's ("Jetzt Tagesgeld
      // vergleichen": amount, term, "Angebote anzeigen"), a box of the site's offer.
      const asks = type === 'number' ? el.closest('form') : null;
      if (asks?.parentElement) signupSeeds.push(asks.parentElement);
      // A poll's or a quiz's choices: the second choice of one form marks the form as such a box;
      // outside a form, the second choice of one name marks the box around its label.
      const form = type === 'radio' ? el.closest('form') : null;
      if (form) {
        const seen = radioForms.get(form) ?? 0;
        if (seen === 1) signupSeeds.push(form);
        radioForms.set(form, seen + 1);
      } else if (type === 'radio' && el.parentElement) {
        const name = el.getAttribute('name') ?? '';
        const seen = radioNames.get(name) ?? 0;
        // The choice's <label> goes with the other controls: its holder is the seed.
        const holder = el.closest('label')?.parentElement ?? el.parentElement;
        if (seen === 1 && name && holder) signupSeeds.push(holder);
        radioNames.set(name, seen + 1);
      }
    }
    if (furnitureTags.has(tag)) furniture.push(el);
    if (tag === 'p') paragraphs.push(el);
    // A link to the site's own page for donations, or a link or button that asks for a sign-up
    // by its words: the appeal's or the call's box around it.
    if ((tag === 'a' || tag === 'button') && el.parentElement && ((tag === 'a' && ownCallLink(el, doc)) || signupCall(el, el.parentElement))) signupSeeds.push(el.parentElement);
    if (el.hasAttribute('class') || el.hasAttribute('id') || NAMING_ATTRIBUTES.some((a) => el.hasAttribute(a)) || tag.includes('-')) named.push(el);
    if (el.hasAttribute('itemscope') && /(?:^|\s)author(?:\s|$)/i.test(el.getAttribute('itemprop') ?? '')) authorItems.push(el);
    if (tag.includes('-')) customs.push(el);
    if (!el.firstElementChild && ruleOn('before:drop-caps')) {
      const cap = dropCap(el);
      if (cap) caps.push(cap);
    }
  }
  // A drop cap's letter back at the start of its word, before the passes below weigh either box.
  for (const { el, into } of caps) {
    into.data = (el.textContent ?? '').trim() + into.data.trimStart();
    el.remove();
  }
  // A poll's choices as buttons under its question ("Baden Sie im Sommer im See?" | Ja | Nein):
  // the element holding both is the poll's box, marked as it is (not grown: under a forum's short
  // reply, "Was this reply helpful? Yes No" grew to the reply).
  const polls = [...buttonHolders].filter(([holder, count]) => count >= 2 && pollQuestion(holder)).map(([holder]) => holder);
  // Before the <template>s go with the code (never-article): the marks are <template>s.
  if (body && indexMarks.length) removeUnindexed(body, indexMarks);
  // Cookie banners are found while their buttons are still there to say what they are.
  const banners = ruleOn('before:cookie-banner') ? buttons.map(cookieBanner).filter((b): b is Element => b !== null) : [];
  if (ruleOn('before:never-article')) {
    const fallback = body ? noscriptFallback(body, never) : null;
    for (const el of customs) if (el.localName.toLowerCase() === 'amp-img' && el.isConnected) ampImage(el);
    for (const el of never) if (el !== fallback && el.localName.toLowerCase() === 'noscript') unwrapNoscriptImage(el);
    for (const el of never) if (el !== fallback) el.remove();
    if (fallback) fallback.replaceWith(...Array.from(fallback.childNodes));
    for (const { button, panel } of toggles) {
      if (button.parentNode) button.replaceWith(...Array.from(button.childNodes));
      openPanel(panel);
    }
  }
  if (!body) return signals;
  // After the form controls and scripts, whose text is not the box's. Marked, not removed: the
  // after stage weighs it as any promo box, against the text Readability chose.
  if (ruleOn('before:signup-boxes')) for (const box of [...signupBoxes(body, signupSeeds), ...polls]) if (box.isConnected && !box.hasAttribute(WIDGET_MARK)) box.setAttribute(WIDGET_MARK, 'promo');
  for (const length of clipLengths) if (length.isConnected) clipBox(length)?.remove();
  if (ruleOn('before:broken-paragraphs')) splitBrokenParagraphs(paragraphs);
  if (ruleOn('before:promo-paragraphs')) removePromoParagraphs(paragraphs);
  if (ruleOn('before:furniture')) removeFurniture(body, furniture, declared.ingredients);
  // A table layout's side columns beside the story's column (LAYOUT_STORY_SHARE).
  if (ruleOn('before:layout-columns')) for (const cell of sideColumns(body)) cell.remove();
  // After the furniture, which is weighed against the whole page's text, banner included.
  for (const banner of banners) banner.remove();
  if (ruleOn('before:comment-headings')) removeCommentSections(body, elements);
  if (ruleOn('blocks:widgets')) {
    const kinds = new Map<string, NamedKind | null>();
    for (const el of named) {
      // What the passes above removed is gone from the page.
      if (!el.isConnected) continue;
      const kind = widgetKind(el, kinds);
      // Inside code, class words are a highlighter's tokens ("hljs-comment", "token comment"):
      // the code's own comments, not readers'. A table's <caption> is its title, not a picture's caption.
      if (kind && !el.closest(CODE_BLOCKS) && !(CAPTION_KINDS.has(kind) && el.localName.toLowerCase() === 'caption')) el.setAttribute(WIDGET_MARK, kind);
    }
    for (const box of authorBoxes(authorItems)) if (!box.hasAttribute(WIDGET_MARK)) box.setAttribute(WIDGET_MARK, 'author');
  }
  markFigures(body, ruleOn('blocks:widgets'), ruleOn('readability:picture-stories'));
  // A web component set outside any paragraph (`<story-paragraph>`, `<teaser-inline>`) is the
  // block a browser lays it out as: the parser reads a custom element as inline, so the
  // paragraphs a newsroom writes as components ran together into one line, and Readability
  // scored none of them. Last, as it replaces elements the passes above hold.
  // One in a run of text (its parent's own words beside it, or a paragraph around it) stays inline.
  if (ruleOn('before:custom-blocks')) for (const el of customs) if (el.isConnected && el.parentElement && !el.parentElement.closest(PHRASING_PARENTS) && !wordsBeside(el.parentElement)) asDiv(el);
  return signals;
}

/**
 * Each target for links into the page (ANCHOR_TARGET_ATTRIBUTES) among `elements` replaced by
 * what it holds; returns the elements still in the page.
 */
function unwrapAnchorTargets(elements: readonly Element[]): Element[] {
  const target = (el: Element): boolean =>
    el.localName.toLowerCase() === 'a' && el.attributes.length > 0 && Array.from(el.attributes).every((attr) => ANCHOR_TARGET_ATTRIBUTES.has(attr.name.toLowerCase()));
  return elements.filter((el) => {
    if (!target(el)) return true;
    el.replaceWith(...Array.from(el.childNodes));
    return false;
  });
}

/**
 * A drop cap set in a box of its own before the text it begins (`<div class="first-letter">D</div>
 * <div><p>uring the pandemic…`): a single capital letter, nothing but white space after it, and
 * a next box whose text starts in lower case. Returns the text node the letter belongs to.
 * Readability picks the box of paragraphs, and the story's first word lost its letter.
 */
function dropCap(el: Element): { el: Element; into: Text } | null {
  if (!DROP_CAP_TAGS.has(el.localName.toLowerCase())) return null;
  const letter = el.textContent ?? '';
  if (letter.length > 8 || !DROP_CAP.test(letter)) return null;
  let next = el.nextSibling;
  while (next && next.nodeType === TEXT_NODE && !(next.textContent ?? '').trim()) next = next.nextSibling;
  if (!next || next.nodeType !== ELEMENT_NODE) return null;
  const into = firstText(next as Element);
  return into && STARTS_LOWER.test(into.data) ? { el, into } : null;
}

/** The first text node under an element that holds more than white space, in page order. */
function firstText(el: Element): Text | null {
  for (const node of Array.from(el.childNodes)) {
    if (node.nodeType === TEXT_NODE) {
      if ((node.textContent ?? '').trim()) return node as Text;
    } else if (node.nodeType === ELEMENT_NODE) {
      const found = firstText(node as Element);
      if (found) return found;
    }
  }
  return null;
}

/**
 * Author boxes known by their microdata where their class names say nothing ("saboxplugin-wrap"):
 * an author item that holds the writer's description, a biography. A byline's item holds a
 * name, and maybe a portrait or a link, and stays for the byline rules.
 */
function authorBoxes(items: readonly Element[]): Element[] {
  return items.filter((item) => item.isConnected && item.querySelector('[itemprop~="description"]') !== null);
}

/**
 * Readers' comments known by their heading where no class name says so (hashed names, or
 * words in no language the rules know): an h2 to h4 whose words are a comments heading
 * (labels.ts: commentHeading), after COMMENT_HEADING_MIN_PROSE characters of running text,
 * goes with the boxes after it in its section, as Readability drops a box whose class says
 * "comment". The box of the heading alone (its wrappers that hold nothing else) stays for the
 * line rules to read. Boxes that hold nearly all the page's text stay: a thread's posts under
 * their count ("15 Replies", COMMENTS_ARE_TEXT_SHARE). `elements` are in page order.
 */
function removeCommentSections(body: Element, elements: readonly Element[]): void {
  for (const el of elements) {
    if (!/^h[234]$/i.test(el.localName) || !el.isConnected) continue;
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (!text || !commentHeading(text) || runningText(body, el) < COMMENT_HEADING_MIN_PROSE) continue;
    let box: Element = el;
    while (box.parentElement && box.parentElement !== body && (box.parentElement.textContent ?? '').replace(/\s+/g, ' ').trim() === text) box = box.parentElement;
    const after: Element[] = [];
    for (let s = box.nextElementSibling; s; s = s.nextElementSibling) after.push(s);
    // A thread's posts under their count ("15 Replies") are the page's text, as its comments are.
    if (after.reduce((n, s) => n + textLength(s), 0) >= textLength(body) * COMMENTS_ARE_TEXT_SHARE) continue;
    for (const s of after) s.remove();
  }
}

/**
 * The side columns of a table layout: the other cells of a row one of whose cells holds the
 * story's running text (LAYOUT_STORY_CHARS or more, in runs of PROSE_RUN_CHARS outside links)
 * and LAYOUT_STORY_SHARE of the row's, where the others hold menus, diary dates and notices.
 * Readability takes a story cell's siblings with it, as <div>s no rule can tell from the story's.
 * A data table's row holds no such cell; a row whose cells hold each other (nested tables) is
 * read at its innermost. Only rows with a cell sized, aligned or coloured by its attributes
 * (LAYOUT_CELL_ATTRIBUTES), as layouts set them, are read: the others cost nothing.
 */
function sideColumns(root: Element): Element[] {
  const out: Element[] = [];
  for (const row of Array.from(root.getElementsByTagName('tr'))) {
    const cells = Array.from(row.children).filter((c) => c.localName.toLowerCase() === 'td');
    // A layout's cells are sized and aligned by their attributes; a data table's rarely are.
    if (cells.length < 2 || !cells.some((c) => LAYOUT_CELL_ATTRIBUTES.some((a) => c.hasAttribute(a)))) continue;
    const prose = cells.map((cell) => runningText(cell));
    const most = Math.max(...prose);
    const main = prose.indexOf(most);
    if (most < LAYOUT_STORY_CHARS || most < prose.reduce((a, b) => a + b, 0) * LAYOUT_STORY_SHARE) continue;
    // The story's row, not a row of the whole page whose one cell holds the story's table.
    if (cells[main]?.querySelector('tr td') && sideColumns(cells[main]!).length) continue;
    out.push(...cells.filter((_, i) => i !== main));
  }
  return out;
}

/** Characters of running text (runs of PROSE_RUN_CHARS or more, outside links) in `root`, in page order up to `stop` when given. */
function runningText(root: Element, stop: Element | null = null): number {
  let chars = 0;
  for (let node: Node | null = root.firstChild; node && node !== stop; ) {
    if (node.nodeType === TEXT_NODE) {
      const run = (node.nodeValue ?? '').trim().length;
      if (run >= PROSE_RUN_CHARS && !node.parentElement?.closest('a')) chars += run;
    }
    if (node.firstChild && node.nodeType === ELEMENT_NODE) node = node.firstChild;
    else {
      while (node && node !== root && !node.nextSibling) node = node.parentNode;
      node = node && node !== root ? node.nextSibling : null;
    }
  }
  return chars;
}
