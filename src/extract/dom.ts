/**
 * The DOM copydesk extracts from: jsdom with scripts and subresources off and the page URL
 * set, so relative links resolve and nothing on the page can run or call home. Callers
 * must close() the window when done, or jsdom keeps its memory.
 */
import { JSDOM, VirtualConsole } from 'jsdom';

export interface PageDom {
  document: Document;
  close(): void;
}

/** A console that drops jsdom's CSS and parse complaints: a page's errors are not ours. */
function silentConsole(): VirtualConsole {
  return new VirtualConsole();
}

function build(html: string, url: string | undefined): PageDom {
  const dom = new JSDOM(html, {
    url: url && /^https?:/i.test(url) ? url : 'https://copydesk.invalid/',
    contentType: 'text/html',
    virtualConsole: silentConsole(),
    // No runScripts, no resources: jsdom then neither executes nor fetches anything.
    pretendToBeVisual: false,
  });
  return { document: dom.window.document, close: () => dom.window.close() };
}

/** Style sheets and style attributes are the usual trigger of jsdom's CSS parser errors. */
const STYLE_BLOCKS = /<style\b[^>]*>[\s\S]*?<\/style\s*>|\sstyle\s*=\s*("[^"]*"|'[^']*')/gi;

/**
 * Builds the DOM. If jsdom throws on this page (its CSS parser has been seen to), the
 * styles are dropped and the page parsed again, so one page's DOM error never costs its text.
 */
export function parseHtml(html: string, url?: string): PageDom {
  try {
    return build(html, url);
  } catch {
    return build(html.replace(STYLE_BLOCKS, ''), url);
  }
}
