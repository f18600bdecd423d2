/** The settings of a follow crawl (follow.ts), apart from it: the CLI reads them without loading a page parser. */
export interface FollowSettings {
  /** Links followed from the start to a page of stories (--depth). */
  depth: number;
  /** Pages of stories read per source per run (--max-pages). */
  maxPages: number;
  /** Other hosts whose links may be followed (--follow-hosts); subdomains included. */
  hosts: string[];
}

export const DEFAULT_FOLLOW_DEPTH = 2;
export const DEFAULT_FOLLOW_MAX_PAGES = 100;
