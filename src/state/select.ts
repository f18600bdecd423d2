/**
 * Which state a command uses: `--state`, else `COPYDESK_STATE`, else the default SQLite
 * file. A postgres:// URL names a shared state on PostgreSQL (postgres.ts); anything else
 * is the path of an SQLite file (sqlite.ts, open.ts).
 */
import { CopydeskError } from '../errors.js';
import { statePath } from './path.js';

export type StateSpec = { kind: 'sqlite'; path: string } | { kind: 'postgres'; url: string };

export function selectState(flag: string | undefined, env: NodeJS.ProcessEnv, cwd: string): StateSpec {
  // An empty --state (an unset variable in a script) names nothing: it must not fall through to the default file.
  if (flag !== undefined && !flag.trim()) throw new CopydeskError('USAGE', '--state is empty: give a file path or a postgres:// URL, or leave it out');
  const named = flag ?? (env.COPYDESK_STATE || undefined);
  // Another scheme is no file path: "mysql://host/db" would become folders in the working directory.
  const scheme = named === undefined ? null : /^([a-z][a-z0-9+.-]*):\/\//i.exec(named.trim());
  if (scheme && !/^postgres(?:ql)?$/i.test(scheme[1] ?? '')) throw new CopydeskError('USAGE', `state ${redactUrl(named?.trim() ?? '')}: only postgres:// URLs and SQLite file paths are states`);
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
