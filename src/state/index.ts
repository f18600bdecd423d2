export type { CheckResult, DocumentState, HostState, ItemState, ItemStatus, ItemUpdate, RobotsEntry, StateStats, StateStore } from './store.js';
export { backoffUntil, FAILURES_BEFORE_BACKOFF } from './store.js';
export { SqliteStore, mapSqliteError, corruptMessage } from './sqlite.js';
export { acquireLock, describeHolder } from './lock.js';
export type { Lock, LockInfo, LockOptions } from './lock.js';
export { defaultStatePath, statePath } from './path.js';
export { rebuildDatabase } from './rebuild.js';
export type { RebuildResult } from './rebuild.js';
