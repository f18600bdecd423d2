// `node --import` this file to log the main thread's module loads (see load-log.mjs).
import { register } from 'node:module';
import { isMainThread } from 'node:worker_threads';

if (isMainThread) register('./load-log.mjs', import.meta.url);
