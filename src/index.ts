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
export type { ArticleRecord, CopydeskRecord, ErrorRecord, FeedInfo, Quote, ArticleVerdict } from './record/types.js';
export { run } from './cli/run.js';
export { extractQuotes, extractQuotesFromText } from './quotes/index.js';
