/**
 * Writing one record per file under --out (crawl, get, extract), so that a file is either
 * absent or complete: the record goes to a temporary file in DIR/.copydesk-tmp (same file
 * system, so the rename is atomic), is flushed to disk, then renamed into place. Every path
 * is checked to stay inside DIR. A full disk or any other write failure is an OUTPUT error;
 * the caller stops the run without marking the article done.
 *
 * Temporary names carry a random token, not the process id: in a container every run may
 * be PID 1, so a PID says nothing about whose file it is. A temporary file lives for the
 * milliseconds of one write; one older than STALE_TEMP_MS was left by a run that was
 * killed, whichever process it was, and is removed.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, open, readdir, rename, stat, unlink } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { CopydeskError } from '../errors.js';

export const TEMP_DIR = '.copydesk-tmp';
/** Age past which a temporary file is a leftover: far longer than any one write takes, even on a slow disk. */
export const STALE_TEMP_MS = 10 * 60 * 1000;

/** The file operations used, replaceable in tests (a full disk cannot be made on demand). */
export interface OutputFs {
  writeFileSynced(path: string, data: string): Promise<void>;
}

export const nodeOutputFs: OutputFs = {
  async writeFileSynced(path, data) {
    const handle = await open(path, 'wx');
    try {
      await handle.writeFile(data, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
  },
};

export class OutDir {
  readonly root: string;
  /** This writer's part of every temporary name: unique across processes and containers. */
  private readonly token = randomBytes(8).toString('hex');
  private counter = 0;

  constructor(dir: string, private readonly fs: OutputFs = nodeOutputFs) {
    this.root = resolve(dir);
  }

  /** Creates DIR and removes temporary files left by runs that were killed (older than STALE_TEMP_MS). */
  async prepare(now = Date.now()): Promise<void> {
    const tmp = join(this.root, TEMP_DIR);
    try {
      await mkdir(tmp, { recursive: true });
    } catch (err) {
      throw this.error(`cannot create ${tmp}`, err);
    }
    for (const name of await readdir(tmp)) {
      if (!name.endsWith('.tmp')) continue;
      const path = join(tmp, name);
      // Another run may have just renamed or removed it: a file gone is fine.
      const info = await stat(path).catch(() => null);
      if (info?.isFile() && now - info.mtimeMs > STALE_TEMP_MS) await unlink(path).catch(() => undefined);
    }
  }

  /** The absolute path for a relative record path, refusing anything outside DIR. */
  resolvePath(rel: string): string {
    const full = resolve(this.root, rel);
    const back = relative(this.root, full);
    if (!back || back.startsWith('..') || back.startsWith(sep) || full.split(sep).includes('..') || back.split(sep)[0] === TEMP_DIR) {
      throw new CopydeskError('OUTPUT', `refusing to write outside the output directory: ${rel}`);
    }
    return full;
  }

  /** Writes text at rel (relative to DIR) through a temp file and a rename. */
  async write(rel: string, text: string): Promise<string> {
    const target = this.resolvePath(rel);
    const tmp = join(this.root, TEMP_DIR, `${this.token}-${++this.counter}.tmp`);
    try {
      await mkdir(resolve(target, '..'), { recursive: true });
      await this.fs.writeFileSynced(tmp, text);
      await rename(tmp, target);
    } catch (err) {
      await unlink(tmp).catch(() => undefined);
      throw this.error(`cannot write ${target}`, err);
    }
    return target;
  }

  /** Removes a record written earlier (a story later found to be a duplicate); absent is fine. */
  async remove(rel: string): Promise<void> {
    await unlink(this.resolvePath(rel)).catch((err: NodeJS.ErrnoException) => {
      if (err.code !== 'ENOENT') throw this.error(`cannot remove ${rel}`, err);
    });
  }

  private error(what: string, err: unknown): CopydeskError {
    const code = (err as NodeJS.ErrnoException).code;
    const why = code === 'ENOSPC' ? 'no space left on device' : code === 'EDQUOT' ? 'disk quota exceeded' : (err as Error).message;
    return new CopydeskError('OUTPUT', `${what}: ${why}`, { cause: err });
  }
}
