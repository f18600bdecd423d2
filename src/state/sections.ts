/**
 * The pages of stories a follow crawl reads again on later runs (src/crawl/follow.ts): a
 * site's home page, its sections, tag, author and archive pages, each with the validators
 * of its last answer (ETag, Last-Modified) and a schedule that learns how often it changes
 * (src/crawl/schedule.ts decides; this file only stores). SQLite here, PostgreSQL in
 * postgres-sections.ts.
 */
import type { Database as Db } from 'better-sqlite3';
import type { Guard } from './failures.js';

/** What a page of stories is: where the crawl started, a section, or a tag, author or archive page. */
export type SectionKind = 'start' | 'section' | 'tag' | 'author' | 'archive';

export interface SectionState {
  /** Normalised URL. */
  url: string;
  /** The source (the site's address as given) it was found from. */
  site: string;
  kind: SectionKind;
  /** Links followed from the start to reach it (pages of one paginated listing share a depth). */
  depth: number;
  etag: string | null;
  lastModified: string | null;
  /** How long the schedule waits between two readings (ms). */
  intervalMs: number;
  /** Not read again before this time (epoch ms). */
  nextAt: number;
  lastChecked: number | null;
  /** The last reading that found a story not seen before. */
  lastNewAt: number | null;
}

export interface SectionStore {
  forSite(site: string): Promise<SectionState[]>;
  get(url: string): Promise<SectionState | undefined>;
  put(section: SectionState): Promise<void>;
}

/** The schema version that brought the sections table (SQLite). */
export const SECTIONS_SINCE_VERSION = 3;

export const SECTIONS_SCHEMA = `
CREATE TABLE IF NOT EXISTS sections (
  url TEXT PRIMARY KEY,
  site TEXT NOT NULL,
  kind TEXT NOT NULL,
  depth INTEGER NOT NULL,
  etag TEXT,
  last_modified TEXT,
  interval_ms INTEGER NOT NULL,
  next_at INTEGER NOT NULL,
  last_checked INTEGER,
  last_new_at INTEGER
);
CREATE INDEX IF NOT EXISTS sections_site ON sections(site);
`;

/** Columns, for rebuild (copied row by row). */
export const SECTIONS_TABLES: Record<string, string[]> = {
  sections: ['url', 'site', 'kind', 'depth', 'etag', 'last_modified', 'interval_ms', 'next_at', 'last_checked', 'last_new_at'],
};

export interface SectionRow {
  url: string;
  site: string;
  kind: string;
  depth: number;
  etag: string | null;
  last_modified: string | null;
  interval_ms: number;
  next_at: number;
  last_checked: number | null;
  last_new_at: number | null;
}

export function toSection(r: SectionRow): SectionState {
  return {
    url: r.url, site: r.site, kind: r.kind as SectionKind, depth: Number(r.depth), etag: r.etag, lastModified: r.last_modified,
    intervalMs: Number(r.interval_ms), nextAt: Number(r.next_at), lastChecked: r.last_checked === null ? null : Number(r.last_checked), lastNewAt: r.last_new_at === null ? null : Number(r.last_new_at),
  };
}

/** The values of a section in column order (SECTIONS_TABLES). */
export function sectionValues(s: SectionState): (string | number | null)[] {
  return [s.url, s.site, s.kind, s.depth, s.etag, s.lastModified, s.intervalMs, s.nextAt, s.lastChecked, s.lastNewAt];
}

/** Creates the table on a database of an older schema version and records the new version. */
export function migrateSections(db: Db): void {
  db.exec(SECTIONS_SCHEMA);
  const version = Number(db.prepare("SELECT value FROM meta WHERE key = 'schema_version'").pluck().get() ?? 0);
  if (version < SECTIONS_SINCE_VERSION) db.prepare("INSERT OR REPLACE INTO meta(key, value) VALUES ('schema_version', ?)").run(String(SECTIONS_SINCE_VERSION));
}

export class SqliteSections implements SectionStore {
  constructor(
    private readonly db: Db,
    private readonly run: Guard,
  ) {}

  forSite(site: string): Promise<SectionState[]> {
    return this.run(() => (this.db.prepare('SELECT * FROM sections WHERE site = ? ORDER BY depth, url').all(site) as SectionRow[]).map(toSection));
  }

  get(url: string): Promise<SectionState | undefined> {
    return this.run(() => {
      const r = this.db.prepare('SELECT * FROM sections WHERE url = ?').get(url) as SectionRow | undefined;
      return r ? toSection(r) : undefined;
    });
  }

  put(s: SectionState): Promise<void> {
    return this.run(() => {
      this.db.prepare(`INSERT OR REPLACE INTO sections(${SECTIONS_TABLES.sections?.join(', ')}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`).run(...sectionValues(s));
    });
  }
}
