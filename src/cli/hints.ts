/**
 * Hints where a person most likely went wrong: a URL given where a command was expected,
 * an address without its scheme, a saved file given to `get`, a URL given to `extract`.
 * Each returns a short sentence, or null when nothing obvious applies.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

const HTTP_URL = /^https?:\/\//i;
/** "example.com/x", "www.example.co.uk": a host name with a dot and a known-looking ending, no scheme. */
const BARE_HOST = /^(?:[a-z0-9-]+\.)+[a-z]{2,}(?::\d+)?(?:[/?#]|$)/i;
const SAVED_PAGE = /\.(?:html?|xhtml)(?:\.gz)?$/i;

export function looksLikeUrl(arg: string): boolean {
  return HTTP_URL.test(arg) || BARE_HOST.test(arg);
}

/** `copydesk https://…`: a URL where a command name belongs. */
export function commandHint(arg: string, cwd: string): string | null {
  if (HTTP_URL.test(arg)) return `"${arg}" is not a command; to fetch it: copydesk get ${arg}`;
  if (BARE_HOST.test(arg) && !existsSync(resolve(cwd, arg))) return `"${arg}" is not a command; to fetch it: copydesk get https://${arg}`;
  if (SAVED_PAGE.test(arg) || existsSync(resolve(cwd, arg))) return `"${arg}" is not a command; to read a saved page: copydesk extract ${arg}`;
  return null;
}

/** `get X` where X is not an http(s) URL. */
export function getHint(arg: string, cwd: string): string | null {
  if (SAVED_PAGE.test(arg) || (!HTTP_URL.test(arg) && existsSync(resolve(cwd, arg)))) return `to read a saved page, use: copydesk extract ${arg}`;
  if (BARE_HOST.test(arg)) return `did you mean https://${arg}?`;
  return null;
}

/** `extract X` where X is a URL. */
export function extractHint(arg: string, cwd: string): string | null {
  if (HTTP_URL.test(arg) || (BARE_HOST.test(arg) && !existsSync(resolve(cwd, arg)))) {
    return `extract reads saved pages; to fetch ${arg}, use: copydesk get ${HTTP_URL.test(arg) ? arg : `https://${arg}`}`;
  }
  return null;
}
