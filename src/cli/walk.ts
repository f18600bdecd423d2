/**
 * The saved pages in a folder for `copydesk extract DIR`: page files (.html, .htm, .xhtml,
 * plain or gzipped) and web archives (.warc, .warc.gz) in name order, subfolders walked too (depth first, in name order)
 * unless --no-recursive; hidden entries (".git") are left alone. What else is there is
 * counted, so the command can say what it skipped.
 */
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { ARCHIVE_FILE } from '../warc/detect.js';

/** Files taken from a folder: saved pages, plain or gzip-compressed. */
export const PAGE_FILE = /\.(?:html?|xhtml)(?:\.gz)?$/i;
/** Folders deeper than this are not entered (a link loop, or a mistake in the path given). */
const MAX_DEPTH = 32;

export interface FolderPages {
  files: string[];
  /** Files that are neither saved pages nor archives. */
  skipped: number;
  /** Subfolders not entered (--no-recursive, or too deep). */
  skippedFolders: number;
}

export async function pagesInFolder(dir: string, recursive: boolean): Promise<FolderPages> {
  const out: FolderPages = { files: [], skipped: 0, skippedFolders: 0 };
  const walk = async (folder: string, depth: number): Promise<void> => {
    const entries = (await readdir(folder, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      if (e.name.startsWith('.')) continue;
      const full = join(folder, e.name);
      if (e.isDirectory()) {
        if (recursive && depth < MAX_DEPTH) await walk(full, depth + 1);
        else out.skippedFolders++;
      } else if (PAGE_FILE.test(e.name) || ARCHIVE_FILE.test(e.name)) {
        out.files.push(full);
      } else {
        out.skipped++;
      }
    }
  };
  await walk(dir, 0);
  return out;
}
