/**
 * JSON for a PostgreSQL jsonb column. jsonb cannot hold the NUL character (U+0000), which a
 * page's metadata can carry ("Ann\u0000Lee" in JSON-LD): one such record stopped every later
 * crawl at the same item. NULs are dropped from every string, as they are from no text a reader sees.
 */
export function pgJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => (typeof v === 'string' && v.includes('\u0000') ? v.split('\u0000').join('') : v));
}
