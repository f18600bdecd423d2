/**
 * Where the state lives: --state PATH, else $XDG_STATE_HOME/copydesk/state.db, else
 * ~/.local/state/copydesk/state.db (the XDG Base Directory default).
 */
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';

export function defaultStatePath(env: NodeJS.ProcessEnv): string {
  const xdg = env.XDG_STATE_HOME;
  // The spec says relative values are invalid and must be ignored.
  const base = xdg && xdg.startsWith('/') ? xdg : join(env.HOME || homedir(), '.local', 'state');
  return join(base, 'copydesk', 'state.db');
}

export function statePath(flag: string | undefined, env: NodeJS.ProcessEnv, cwd: string): string {
  return flag ? resolve(cwd, flag) : defaultStatePath(env);
}
