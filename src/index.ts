/**
 * copydesk as a library: the same pipeline and options object as the CLI.
 *
 *   import { get, extract } from 'copydesk';
 *   const record = await get('https://example.com/story');
 */
export { extract, extractArticle, get, errorRecord, EXTRACTOR } from './pipeline.js';
export type { ExtractInput } from './pipeline.js';
export { DEFAULTS, VERSION, resolveOptions } from './config.js';
export type { Options, FetchOptions, ExtractOptions, OutputFormat } from './config.js';
export { CopydeskError, ERROR_CODES, isCopydeskError } from './errors.js';
export type { ErrorCode, Stage } from './errors.js';
export { SCHEMA_VERSION, isErrorRecord } from './record/types.js';
export { formatRecord, stableRecord } from './record/serialize.js';
export type { ArticleRecord, CopydeskRecord, ErrorRecord, FeedInfo, Quote, ArticleVerdict, WarcOrigin } from './record/types.js';
export { run } from './cli/run.js';
export { Crawler } from './crawl/crawler.js';
export type { CrawlConfig } from './crawl/crawler.js';
export type { CrawlCounters, CrawlSummary } from './crawl/summary.js';
export { OutDir } from './record/outdir.js';
export { parseDocument, normaliseUrl, readOpml } from './discover/index.js';
export type { DiscoveredItem, ParsedDocument } from './discover/index.js';
export { SqliteStore, acquireLock, defaultStatePath } from './state/index.js';
export type { StateStore, ItemState, DocumentState, HostState, RobotsEntry, StateStats } from './state/index.js';
export { extractQuotes, extractQuotesFromText } from './quotes/index.js';
