/** Web archives (WARC): reading pages out of them for extract, writing them for crawl. */
export { readArchive } from './read.js';
export type { ArchivedPage, ArchiveItem, ReadArchiveOptions } from './read.js';
export { ARCHIVE_FILE, isArchivePath, sniffArchive } from './detect.js';
export { archiveFilter, langFilter } from './filter.js';
export type { ArchiveFilterFlags } from './filter.js';
export { emptyTally, tallyLine } from './tally.js';
export type { ArchiveTally } from './tally.js';
export { ArchiveResume } from './resume.js';
