/**
 * Which archived pages to extract: --host and --url-pattern, judged on the record's target
 * URI before its body is read, so pages left out cost next to nothing.
 *
 * --host example.com takes example.com and its subdomains (www.example.com, news.example.com);
 * it may be given more than once. --url-pattern is a JavaScript regular expression, searched
 * anywhere in the URI (anchor it with ^ and $ for a whole match): archives are filtered on
 * paths, dates and query strings that a glob cannot say (/20\d\d/\d\d/, [?&]id=\d+).
 */
import { CopydeskError } from '../errors.js';

export interface ArchiveFilterFlags {
  hosts?: string[];
  urlPattern?: string;
}

function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return null;
  }
}

/** A host given on the command line: a bare name, or a URL whose host is taken. */
function normaliseHost(raw: string): string {
  const trimmed = raw.trim().toLowerCase().replace(/^\*\./, '').replace(/\.$/, '');
  const host = /^[a-z][a-z0-9+.-]*:\/\//.test(trimmed) ? hostOf(trimmed) : trimmed;
  if (!host || /[\s/]/.test(host)) throw new CopydeskError('USAGE', `--host expects a host name such as example.com, got "${raw}"`);
  return host;
}

/** The filter, or null when no flag asks for one. Throws USAGE for a pattern that is not a regular expression. */
export function archiveFilter(flags: ArchiveFilterFlags): ((url: string) => boolean) | null {
  const hosts = (flags.hosts ?? []).map(normaliseHost);
  let pattern: RegExp | null = null;
  if (flags.urlPattern !== undefined) {
    try {
      pattern = new RegExp(flags.urlPattern, 'i');
    } catch (err) {
      throw new CopydeskError('USAGE', `--url-pattern is not a regular expression: ${(err as Error).message}`, { cause: err });
    }
  }
  if (!hosts.length && !pattern) return null;
  return (url) => {
    if (hosts.length) {
      const host = hostOf(url);
      if (!host || !hosts.some((h) => host === h || host.endsWith(`.${h}`))) return false;
    }
    return pattern ? pattern.test(url) : true;
  };
}
