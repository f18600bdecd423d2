/**
 * linkedom's selector matching, with each selector compiled once per process.
 *
 * linkedom's querySelector, querySelectorAll, closest and matches hand the selector string to
 * css-select on every call, which parses it (css-what) and compiles it into a matching
 * function anew. copydesk and Readability ask the same few dozen selectors on every page, a few
 * hundred times a page: the parsing and compiling cost 2–3% of a page's extraction, more than
 * some of the walks they answer.
 *
 * A compiled selector depends only on the selector, whether the document is XML, and (for
 * `:scope`) the element asked; linkedom compiles with no other state. So linkedom's
 * `shared/matches.js` is loaded first, and the module cache is given its exports with
 * `prepareMatch` and `matches` answered from a cache of compiled selectors; the linkedom
 * modules loaded after it (the Element and ParentNode mixins) take those. A selector with
 * `:scope` is compiled per call, as before. If linkedom's files are not laid out as expected,
 * nothing is substituted: slower, never broken; a test checks the substitution.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** A compiled selector: does the element match? */
type Matcher = (element: unknown) => boolean;

/** The two functions of linkedom's shared/matches.js that compile selectors. */
interface MatchesModule {
  prepareMatch(element: unknown, selectors: string): Matcher;
  matches(element: unknown, selectors: string): boolean;
}

interface UtilsModule {
  ignoreCase(element: unknown): boolean;
}

/** Distinct selectors kept before the cache starts over (pages never build selectors from their text, so it stays small). */
const MAX_SELECTORS = 1000;

/** Marks the substituted module's exports, for tests and for a second load in one process. */
export const CACHED_SELECTORS = Symbol.for('copydesk.cached-selectors');

/**
 * Puts linkedom's `shared/matches.js` in the module cache with compiled selectors kept.
 * `cjsDir` is linkedom's CommonJS folder; call before linkedom itself is required.
 */
export function cacheSelectors(require: NodeJS.Require, cjsDir: string): void {
  const file = join(cjsDir, 'shared', 'matches.js');
  const utilsFile = join(cjsDir, 'shared', 'utils.js');
  if (!existsSync(file) || !existsSync(utilsFile)) return;
  const own = require(file) as Partial<MatchesModule> & Record<PropertyKey, unknown>;
  const { ignoreCase } = require(utilsFile) as Partial<UtilsModule>;
  const cached = require.cache[file];
  if (own[CACHED_SELECTORS] || !cached || typeof own.prepareMatch !== 'function' || typeof own.matches !== 'function' || typeof ignoreCase !== 'function') return;
  const { prepareMatch, matches } = own as MatchesModule;
  // Matchers by XML mode and selector. matches() asks css-select's is(), which compiles as
  // prepareMatch() does (the `strict` option it passes is not read by css-select 7) and
  // applies the result.
  const compiled = new Map<string, Matcher>();
  const matcher = (element: unknown, selectors: string): Matcher => {
    const key = (ignoreCase(element) ? 'h' : 'x') + selectors;
    let match = compiled.get(key);
    if (!match) {
      match = prepareMatch(element, selectors);
      if (compiled.size >= MAX_SELECTORS) compiled.clear();
      compiled.set(key, match);
    }
    return match;
  };
  cached.exports = {
    ...own,
    [CACHED_SELECTORS]: true,
    prepareMatch: (element: unknown, selectors: string): Matcher => (selectors.includes(':scope') ? prepareMatch(element, selectors) : matcher(element, selectors)),
    matches: (element: unknown, selectors: string): boolean => (selectors.includes(':scope') ? matches(element, selectors) : matcher(element, selectors)(element)),
  };
}
