/**
 * Pre-DOM stripping: drops what never becomes article text before any DOM is built, so the
 * parser and the DOM never pay for it. On news pages scripts and styles are most of the bytes
 * (on the development pages they are well over half).
 *
 * One pass of indexOf over the string, tag by tag; no tree is built. What is removed:
 * - <script> elements, except JSON-LD (`application/ld+json`), which the metadata stage reads;
 * - <style> elements;
 * - <svg> elements (icons and charts: shapes, no prose);
 * - comments (but the end marks of streamed fallbacks, on pages that stream: streamed.ts; and
 *   the marks that keep a stretch of the page out of search engines' index, which become
 *   empty <template> elements that say so, for the clean stage: SEARCH_INDEX_MARK);
 * - inline data blobs: `data:` attribute values longer than DATA_BLOB_MIN_CHARS are cut short.
 *
 * The scanner follows the HTML tokenizer where it matters for finding element ends: quoted
 * attribute values may contain `>`, the text inside <textarea>, <title>, <xmp>, <iframe>,
 * <noembed> and <noframes> is raw text (a `<!--` there is not a comment), and <plaintext>
 * turns the rest of the page into text. Anything it cannot place with certainty it keeps.
 */

import { FALLBACK_END, mayHaveStreamedContent } from './streamed.js';
import { SEARCH_INDEX_OFF, SEARCH_INDEX_ON } from '../clean/rules.js';

/**
 * The attribute of the <template> a search-index comment becomes ("off" or "on"). A
 * <template> stays where the comment was wherever it stands, in a table too.
 */
export const SEARCH_INDEX_MARK = 'data-search-index';

/** Elements whose content the tokenizer reads as text up to the matching end tag. */
const RAW_TEXT = new Set(['textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes']);

/**
 * HTML start tags that end foreign (SVG) content in the tree builder. When one occurs inside
 * an <svg>, the parser moves it (and its text) out of the SVG, so that <svg> is kept as is.
 */
const SVG_BREAKOUT = new Set([
  'b', 'big', 'blockquote', 'body', 'br', 'center', 'code', 'dd', 'div', 'dl', 'dt', 'em', 'embed', 'h1', 'h2', 'h3',
  'h4', 'h5', 'h6', 'head', 'hr', 'i', 'img', 'li', 'listing', 'menu', 'meta', 'nobr', 'ol', 'p', 'pre', 'ruby', 's',
  'small', 'span', 'strong', 'strike', 'sub', 'sup', 'table', 'tt', 'u', 'ul', 'var', 'font',
]);

/** `data:` values longer than this are blobs (inline images, fonts), never text. */
export const DATA_BLOB_MIN_CHARS = 4096;
/**
 * A cut blob keeps its first characters: the media type stays readable and the value stays
 * longer than Readability's 133-character "tiny placeholder image" test, so it judges the
 * image as before.
 */
const DATA_BLOB_KEEP_CHARS = 256;

const JSON_LD_TYPE = /\btype\s*=\s*(["']?)\s*application\/ld\+json\s*\1/i;

function isAsciiLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 12 || code === 13;
}

interface Tag {
  /** Lower-case tag name. */
  name: string;
  /** Index just past the closing `>`, or -1 when the page ends inside the tag. */
  end: number;
  selfClosing: boolean;
  /** Data blobs inside the tag: [valueStart, valueEnd) ranges to shorten. */
  blobs: [number, number][] | null;
}

/** Reads a start or end tag whose name begins at `nameStart`. */
function readTag(html: string, nameStart: number): Tag {
  let i = nameStart;
  const n = html.length;
  while (i < n) {
    const c = html.charCodeAt(i);
    if (isSpace(c) || c === 47 /* / */ || c === 62 /* > */) break;
    i++;
  }
  const name = html.slice(nameStart, i).toLowerCase();
  let blobs: [number, number][] | null = null;
  let afterEquals = false;
  while (i < n) {
    const c = html.charCodeAt(i);
    if (c === 62 /* > */) {
      return { name, end: i + 1, selfClosing: html.charCodeAt(i - 1) === 47, blobs };
    }
    if (c === 61 /* = */) {
      afterEquals = true;
      i++;
      continue;
    }
    if (afterEquals && !isSpace(c)) {
      afterEquals = false;
      let valueStart: number;
      let valueEnd: number;
      if (c === 34 || c === 39) {
        valueStart = i + 1;
        valueEnd = html.indexOf(c === 34 ? '"' : "'", valueStart);
        if (valueEnd < 0) return { name, end: -1, selfClosing: false, blobs };
        i = valueEnd + 1;
      } else {
        valueStart = i;
        while (i < n && !isSpace(html.charCodeAt(i)) && html.charCodeAt(i) !== 62) i++;
        valueEnd = i;
      }
      if (valueEnd - valueStart > DATA_BLOB_MIN_CHARS && html.slice(valueStart, valueStart + 5).toLowerCase() === 'data:') {
        (blobs ??= []).push([valueStart, valueEnd]);
      }
      continue;
    }
    i++;
  }
  return { name, end: -1, selfClosing: false, blobs };
}

/** Case-insensitive end-tag patterns, one per name, compiled once. */
const END_TAGS = new Map<string, RegExp>();

/** Start and end of the first `</name ... >` at or after `from`, or -1. */
function findEndTag(html: string, name: string, from: number): { start: number; end: number } | -1 {
  let re = END_TAGS.get(name);
  if (!re) {
    re = new RegExp(`</${name}[\\t\\n\\f\\r />]`, 'gi');
    END_TAGS.set(name, re);
  }
  re.lastIndex = from;
  const m = re.exec(html);
  if (!m) return -1;
  const close = html.indexOf('>', m.index);
  return close < 0 ? -1 : { start: m.index, end: close + 1 };
}

/** What changes the tokenizer's state inside a script: a comment's open and close, a script tag. */
const SCRIPT_MARKS = /<!--|-->|<(\/?)script[\t\n\f\r />]/gi;

/**
 * The end of a script's text as the HTML tokenizer finds it: at the first "</script", unless
 * the text opened a comment ("<!--") and then a script tag inside it, as the old ad idiom
 * "<!-- document.write('<script …></script>') //-->" does; that inner end tag closes only the
 * inner script, and the outer one ends at the next "</script" (the tokenizer's escaped and
 * double-escaped states).
 */
function findScriptEnd(html: string, from: number): { start: number; end: number } | -1 {
  let state: 'data' | 'escaped' | 'double' = 'data';
  SCRIPT_MARKS.lastIndex = from;
  for (let m = SCRIPT_MARKS.exec(html); m; m = SCRIPT_MARKS.exec(html)) {
    const mark = m[0];
    if (mark === '<!--') {
      if (state === 'data') state = 'escaped';
    } else if (mark === '-->') {
      state = 'data';
    } else if (m[1]) {
      // "</script": the end, but in the double-escaped state only the inner script's.
      if (state !== 'double') {
        const close = html.indexOf('>', m.index);
        return close < 0 ? -1 : { start: m.index, end: close + 1 };
      }
      state = 'escaped';
    } else if (state === 'escaped') {
      state = 'double';
    }
  }
  return -1;
}

/**
 * End of an <svg> element starting at `from` (just past its start tag): the index past the
 * matching </svg>, or -1 when it must be kept (a breakout tag, or no end).
 */
function findSvgEnd(html: string, from: number): number {
  let depth = 1;
  let i = from;
  for (;;) {
    const lt = html.indexOf('<', i);
    if (lt < 0) return -1;
    const next = html.charCodeAt(lt + 1);
    if (next === 33 /* ! */) {
      // A comment or CDATA section inside SVG: skip it whole.
      const close = html.startsWith('<![CDATA[', lt) ? html.indexOf(']]>', lt) : html.indexOf('-->', lt);
      if (close < 0) return -1;
      i = close + 3;
      continue;
    }
    const isEnd = next === 47;
    const nameStart = isEnd ? lt + 2 : lt + 1;
    if (!isAsciiLetter(html.charCodeAt(nameStart))) {
      i = lt + 1;
      continue;
    }
    const tag = readTag(html, nameStart);
    if (tag.end < 0) return -1;
    if (!isEnd && SVG_BREAKOUT.has(tag.name)) return -1;
    // A style or a script inside is read past as the page's pass strips it, so that what it
    // holds counts for nothing here either ("<svg><style><svg></style></svg>" is one closed
    // <svg>, not an open one that the pass would close by stripping its style).
    if (!isEnd && !tag.selfClosing && (tag.name === 'style' || tag.name === 'script')) {
      const close = tag.name === 'script' ? findScriptEnd(html, tag.end) : findEndTag(html, tag.name, tag.end);
      if (close === -1) return -1;
      i = close.end;
      continue;
    }
    if (tag.name === 'svg') {
      if (isEnd) depth--;
      else if (!tag.selfClosing) depth++;
      if (depth === 0) return tag.end;
    }
    i = tag.end;
  }
}

/** A search-index comment is short ("<!-- googleoff: index -->"); longer ones are not read. */
const SEARCH_INDEX_COMMENT_MAX = 40;

/** The page with scripts, styles, SVG, comments and data blobs removed; see the file comment. */
export function prepareHtml(html: string): string {
  const out: string[] = [];
  // The end marks of streamed parts' fallbacks stay, for placeStreamedContent (streamed.ts).
  const keepFallbackEnds = mayHaveStreamedContent(html);
  let copied = 0;
  let i = 0;
  const drop = (from: number, to: number): void => {
    if (from > copied) out.push(html.slice(copied, from));
    copied = to;
  };
  const n = html.length;
  while (i < n) {
    const lt = html.indexOf('<', i);
    if (lt < 0) break;
    const next = html.charCodeAt(lt + 1);
    if (next === 33 /* ! */ && html.startsWith('<!--', lt)) {
      if (keepFallbackEnds && html.startsWith(FALLBACK_END, lt)) {
        i = lt + FALLBACK_END.length;
        continue;
      }
      // Comment. `<!-->` and `<!--->` end at once; an unclosed comment runs to the end.
      let end: number;
      if (html.startsWith('<!-->', lt)) end = lt + 5;
      else if (html.startsWith('<!--->', lt)) end = lt + 6;
      else {
        const close = html.indexOf('-->', lt + 4);
        end = close < 0 ? n : close + 3;
      }
      drop(lt, end);
      i = end;
      const said = end - lt <= SEARCH_INDEX_COMMENT_MAX ? html.slice(lt + 4, end - 3) : '';
      const index = SEARCH_INDEX_OFF.test(said) ? 'off' : SEARCH_INDEX_ON.test(said) ? 'on' : null;
      if (index) out.push(`<template ${SEARCH_INDEX_MARK}="${index}"></template>`);
      continue;
    }
    if (!isAsciiLetter(next)) {
      // End tags, doctype, processing instructions, stray `<`: nothing to strip here.
      i = lt + 1;
      continue;
    }
    const tag = readTag(html, lt + 1);
    if (tag.end < 0) break;
    const name = tag.name;
    if (name === 'script' || name === 'style') {
      const close = name === 'script' ? findScriptEnd(html, tag.end) : findEndTag(html, name, tag.end);
      // An unclosed script or style runs to the end of the page, as in the tokenizer.
      const end = close === -1 ? n : close.end;
      if (name === 'style' || !JSON_LD_TYPE.test(html.slice(lt, tag.end))) {
        drop(lt, end);
        i = end;
        continue;
      }
      i = end;
      continue;
    }
    if (name === 'svg') {
      const end = tag.selfClosing ? tag.end : findSvgEnd(html, tag.end);
      if (end > 0) {
        drop(lt, end);
        i = end;
        continue;
      }
    }
    if (tag.blobs) {
      for (const [start, end] of tag.blobs) drop(start + DATA_BLOB_KEEP_CHARS, end);
    }
    if (name === 'plaintext') break;
    if (RAW_TEXT.has(name)) {
      const close = findEndTag(html, name, tag.end);
      if (close === -1) break;
      i = close.end;
      continue;
    }
    i = tag.end;
  }
  if (copied === 0) return html;
  out.push(html.slice(copied));
  return out.join('');
}
