/** The pages of stories a follow crawl reads again (sections.ts), in PostgreSQL. */
import type { PgRunner } from './postgres-pool.js';
import { SECTIONS_TABLES, sectionValues, toSection } from './sections.js';
import type { SectionRow, SectionState, SectionStore } from './sections.js';

const COLUMNS = (SECTIONS_TABLES.sections ?? []).join(', ');

export class PgSections implements SectionStore {
  constructor(private readonly db: PgRunner) {}

  async forSite(site: string): Promise<SectionState[]> {
    const r = await this.db.query<SectionRow>(`SELECT ${COLUMNS} FROM sections WHERE site = $1 ORDER BY depth, url`, [site]);
    return r.rows.map(toSection);
  }

  async get(url: string): Promise<SectionState | undefined> {
    const r = await this.db.query<SectionRow>(`SELECT ${COLUMNS} FROM sections WHERE url = $1`, [url]);
    return r.rows[0] ? toSection(r.rows[0]) : undefined;
  }

  async put(s: SectionState): Promise<void> {
    await this.db.query(
      `INSERT INTO sections(${COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
       ON CONFLICT (url) DO UPDATE SET site = excluded.site, kind = excluded.kind, depth = excluded.depth, etag = excluded.etag, last_modified = excluded.last_modified,
         interval_ms = excluded.interval_ms, next_at = excluded.next_at, last_checked = excluded.last_checked, last_new_at = excluded.last_new_at`,
      sectionValues(s),
    );
  }
}
