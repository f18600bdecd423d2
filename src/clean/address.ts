/**
 * What a page's address says about it: a home page, a listing (tag, category, search,
 * archive), a story (a slug of words, an id or a date), or nothing. Read by the verdict for
 * the page itself and by the page signals for the links on it.
 */
import { DATE_PATH, STORY_ID_PARAM } from '../discover/link-rules.js';
import { DATE_ARCHIVE_PAGE, DATE_ARCHIVE_PATH, INDEX_PATH_SEGMENTS, LISTING_PAGE_NAMES, LISTING_PATH_HEADS, LISTING_QUERY, SEARCH_TERMS, TAXONOMY_HEADS, WIKI_LISTING_NAMESPACE } from './rules.js';
import { ruleOn } from './switches.js';

/** A path segment with its escapes decoded, or as written when they are malformed. */
function decoded(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** A page file's extension, left out of the segment's words. */
const PAGE_EXTENSION = /\.(?:s?html?|php|aspx?)$/;

export type UrlShape = 'home' | 'listing' | 'story' | 'other';

/** A web page's address parsed, with its path's segments decoded and lower-cased; null for anything else. */
function webAddress(url: string | undefined): { u: URL; named: string[] } | null {
  if (!url) return null;
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  if (!/^https?:$/.test(u.protocol)) return null;
  return { u, named: u.pathname.split('/').filter(Boolean).map((s) => decoded(s).toLowerCase()) };
}

/** What the address says: a home page, a listing, a story (slug, id or date), or nothing. */
export function urlShape(url: string | undefined): UrlShape {
  const address = webAddress(url);
  if (!address) return 'other';
  const { u, named } = address;
  // A page file ("muehle.html") is a document of its own; a folder ("/sport/") holds a section.
  const file = PAGE_EXTENSION.test(named[named.length - 1] ?? '');
  const segments = named.map((s) => s.replace(PAGE_EXTENSION, ''));
  const last = segments[segments.length - 1] ?? '';
  const slugWords = last.split(/[-_+]/).filter((w) => /\p{L}/u.test(w)).length;
  const dated = DATE_PATH.test(u.pathname);
  if (ruleOn('verdict:listing-heads') && DATE_ARCHIVE_PATH.test(u.pathname) && !u.search) return 'listing';
  if (WIKI_LISTING_NAMESPACE.test(decoded(u.pathname)) || WIKI_LISTING_NAMESPACE.test(decoded(u.search))) return 'listing';
  if (LISTING_PAGE_NAMES.has(last)) return 'listing';
  if (ruleOn('verdict:listing-heads') && !dated && !/\d{5,}/.test(last) && segments.slice(0, -1).some((s) => LISTING_PATH_HEADS.has(s))) return 'listing';
  // The id may stand before the slug: /story/3000000123456/harbour, /article123456789/Harbour.html,
  // /id_100123456/harbour.html.
  if (slugWords >= 3 || segments.some((s) => /\d{5,}/.test(s)) || dated) return 'story';
  // Old CMSs put the story's id in the query: view.php?idx=8576, story.asp?id=123 (the
  // follow crawl's STORY_ID_PARAM).
  if (STORY_ID_PARAM.test(u.search.slice(1))) return 'story';
  if (!segments.length || (segments.length === 1 && /^(?:index|home|default|start)$/.test(last))) {
    return u.search && !SEARCH_TERMS.test(u.search) ? 'other' : 'home';
  }
  if (segments.some((s) => INDEX_PATH_SEGMENTS.has(s)) || SEARCH_TERMS.test(u.search)) return 'listing';
  if (segments.length <= 2 && slugWords <= 1 && !/\d/.test(last) && !file) return 'listing';
  return 'other';
}

/**
 * A taxonomy's own page: the address ends on one name right under a tag, category or author
 * segment ("/tag/windkraft/", "/author/jenna/", "/category/news/page/2/"), the shape every
 * publishing system gives the page that lists what carries that name. A story filed under a
 * category goes on after the name ("/category/news/harbour-reopens/"). A listing's later page
 * is one too, whatever it lists ("/blog/page/2/"): a story split over pages numbers its own
 * address ("/harbour-reopens/2/"), not a "page" segment. So is a date archive's page (DATE_ARCHIVE_PAGE),
 * a search's page of results, and a list of posts that older sites ask for in the query (LISTING_QUERY).
 */
export function taxonomyPage(url: string | undefined): boolean {
  const address = webAddress(url);
  // A date archive's own page ("/2026/03/").
  if (address && DATE_ARCHIVE_PAGE.test(address.u.pathname)) return true;
  const segments = address?.named ?? [];
  // A listing's later page ("/blog/page/2/", "/category/news/page/3/").
  const paged = segments.length >= 2 && segments[segments.length - 2] === 'page' && /^\d+$/.test(segments[segments.length - 1] ?? '');
  if (paged) return true;
  // A site's search results ("/buscador/?q=sequía", "/?s=harbour"): words searched for in the
  // query of an address that is not a story's; and a site system's list of posts asked for in
  // the query ("?option=com_content&view=archive", "?cat=5").
  if (address && (SEARCH_TERMS.test(address.u.search) || LISTING_QUERY.test(address.u.search)) && urlShape(url) !== 'story') return true;
  const head = segments[segments.length - 2];
  return head !== undefined && TAXONOMY_HEADS.has(head) && !PAGE_EXTENSION.test(segments[segments.length - 1] ?? '');
}
