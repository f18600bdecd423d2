/**
 * The message a worker posts once its module has loaded, with its threadId. A worker must not
 * be terminated before that: on Node 20.19 and later a worker ended while it loads an ES
 * module through require() (piscina loads the worker that way, and linkedom and jsdom load
 * some of their dependencies that way) takes the whole process down with "FATAL ERROR:
 * v8::Module::IsGraphAsync" and SIGABRT. The pool waits for this message before it closes.
 */
export const WORKER_LOADED = 'copydesk:worker-loaded';

/** The threadId a worker's "loaded" message carries, or null for any other message. */
export function loadedThread(message: unknown): number | null {
  if (typeof message !== 'object' || message === null) return null;
  const id: unknown = (message as Record<string, unknown>)[WORKER_LOADED];
  return typeof id === 'number' ? id : null;
}
