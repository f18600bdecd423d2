/**
 * Which state a command uses: `--state`, else `COPYDESK_STATE`, else the default SQLite
 * file. A postgres:// URL names a shared state on PostgreSQL (postgres.ts); anything else
 * is the path of an SQLite file (sqlite.ts, open.ts).
 */
import { statePath } from './path.js';

export type StateSpec = { kind: 'sqlite'; path: string } | { kind: 'postgres'; url: string };

export function selectState(flag: string | undefined, env: NodeJS.ProcessEnv, cwd: string): StateSpec {
  const named = flag ?? (env.COPYDESK_STATE || undefined);
  if (isPostgresState(named)) return { kind: 'postgres', url: named.trim() };
  return { kind: 'sqlite', path: statePath(named, env, cwd) };
}

/** A state named by a URL rather than a file: `postgres://user@host:port/db` (or postgresql://). */
export function isPostgresState(spec: string | undefined): spec is string {
  return spec !== undefined && /^postgres(?:ql)?:\/\//i.test(spec.trim());
}

/** The address for messages: the password, if any, replaced by ***. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.href;
  } catch {
    return url.replace(/:[^:@/]*@/, ':***@');
  }
}
