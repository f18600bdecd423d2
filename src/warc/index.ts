/** Web archives (WARC): reading pages out of them for extract, writing them for crawl. */
export { readArchive } from './read.js';
export type { ArchivedPage, ArchiveItem, ReadArchiveOptions } from './read.js';
export { ARCHIVE_FILE, DEFAULT_WARC_SIZE, isArchivePath, sniffArchive } from './detect.js';
export { archiveFilter } from './filter.js';
export type { ArchiveFilterFlags } from './filter.js';
export { emptyTally, tallyLine } from './tally.js';
export type { ArchiveTally } from './tally.js';
export { ArchiveResume } from './resume.js';
export { WarcWriter } from './write.js';
export type { ArchivedExchange, WarcWriterOptions } from './write.js';
