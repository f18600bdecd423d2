/**
 * Small files beside the state (the lock's description, the mark), and file-system failures
 * around the state as typed errors that say what happened in words: "the disk is full", not
 * "ENOSPC … write".
 */
import { renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { CopydeskError } from '../errors.js';

/** What an errno means for someone reading the message; undefined for the rare ones. */
const PLAIN: Record<string, string> = {
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  EROFS: 'the file system is read-only',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ENOENT: 'the folder does not exist',
  ENOTDIR: 'a part of the path is not a folder',
};

export function plainFsReason(err: unknown): string {
  const code = (err as NodeJS.ErrnoException | null)?.code ?? '';
  return PLAIN[code] ?? `${(err as Error | null)?.message ?? String(err)}`;
}

/** `cannot <action> <path>: the disk is full (ENOSPC)`, code STATE, the cause kept. */
export function stateFileError(action: string, path: string, err: unknown): CopydeskError {
  if (err instanceof CopydeskError) return err;
  const code = (err as NodeJS.ErrnoException | null)?.code;
  const reason = plainFsReason(err);
  return new CopydeskError('STATE', `cannot ${action} ${path}: ${reason}${code && PLAIN[code] ? ` (${code})` : ''}`, { cause: err });
}

/**
 * Replaces a small file whole: written to `<path>.<pid>.<time>.tmp`, then renamed over it, so
 * a reader sees the old content or the new. A failure (a full disk) leaves no temp file.
 */
export function writeAtomically(path: string, data: string, what: string): void {
  const tmp = `${path}.${process.pid}.${Date.now()}.tmp`;
  try {
    writeFileSync(tmp, data);
    renameSync(tmp, path);
  } catch (err) {
    try {
      unlinkSync(tmp);
    } catch {
      // never created
    }
    throw stateFileError(`write ${what}`, path, err);
  }
}
