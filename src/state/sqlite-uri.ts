/**
 * Lets SQLite read `file:` URIs, so that a state on a read-only file system can be checked
 * with `immutable=1` (a WAL database is otherwise unreadable there: its -shm file cannot be
 * created). better-sqlite3 reads SQLITE_USE_URI once, when its native part is first loaded,
 * and the setting holds for the whole process; every module that opens a database imports
 * this one first. Our own paths are always absolute, so none is taken for a URI; a value
 * the user set is left alone.
 */
process.env.SQLITE_USE_URI ??= '1';

export {};
