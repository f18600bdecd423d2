/**
 * linkedom, loaded with an EventTarget that keeps listeners only for the nodes that have any.
 *
 * linkedom's own EventTarget constructor files every node it makes (each element, text node
 * and comment) in a module-wide WeakMap with an empty Map of listeners. copydesk never listens
 * to a page's nodes, yet that entry cost a fifth of each page's extraction: the WeakMap insert
 * on every node, and the garbage collector walking tens of thousands of weak entries per page
 * (the Zyte pages, one thread: 19–20 ms a page instead of 23–26 with the node filing, three
 * alternating runs).
 *
 * So linkedom is loaded through CommonJS, with its `interface/event-target.js` module taken
 * from the module cache, where this file's EventTarget has been put first. Nothing happens
 * when a node is made; a node gets its listener table when a listener is first added.
 * (Swapping the base class of linkedom's Node after loading was tried: V8 then builds every
 * node on a slow path and the gain was gone.) If linkedom's files are not laid out as
 * expected, it is loaded as it is: slower, never broken; a test checks the substitution.
 *
 * The methods keep the DOM's behaviour for code that does listen: listeners per type in the
 * order added, `once`, bubbling through the parents when the event bubbles, stopPropagation
 * and stopImmediatePropagation, and the dispatch's result (false when a listener prevented the
 * default). Capture listeners run with the others, as linkedom's own do.
 */
import { existsSync } from 'node:fs';
import { createRequire, Module } from 'node:module';
import { dirname, join } from 'node:path';

import type * as LinkedomModule from 'linkedom';
import { cacheSelectors } from './light-selectors.js';
import { fastTagSearch } from './light-tags.js';

type Linkedom = typeof LinkedomModule;

type Listener = EventListenerOrEventListenerObject;
type ListenerOptions = boolean | AddEventListenerOptions | undefined;

/** Listeners by node, then by event type, in the order added. */
const listenersOf = new WeakMap<object, Map<string, Map<Listener, ListenerOptions>>>();

/** The parts of linkedom's Event that dispatch reads and writes. */
interface LightEvent {
  type: string;
  bubbles: boolean;
  cancelBubble: boolean;
  _stopImmediatePropagationFlag: boolean;
  defaultPrevented: boolean;
  eventPhase: number;
  target: unknown;
  currentTarget?: unknown;
  _path: { currentTarget: unknown; target: unknown }[];
}

/**
 * Marks the substitute class. A module loader that evaluates this file twice in one process
 * (test runners do) finds the first evaluation's class in the module cache: still a substitute.
 */
const LAZY_EVENTS = Symbol.for('copydesk.lazy-events');

const NONE = 0;
const AT_TARGET = 2;
const BUBBLING_PHASE = 3;

/** linkedom's EventTarget, without the per-node filing (see above). */
class LazyEventTarget {
  static readonly [LAZY_EVENTS] = true;

  /** The node an event bubbles to next; linkedom's Node answers with its parent. */
  _getParent(): LazyEventTarget | null {
    return null;
  }

  addEventListener(type: string, listener: Listener | null, options?: ListenerOptions): void {
    if (!listener) return;
    let byType = listenersOf.get(this);
    if (!byType) listenersOf.set(this, (byType = new Map()));
    let listeners = byType.get(type);
    if (!listeners) byType.set(type, (listeners = new Map()));
    if (!listeners.has(listener)) listeners.set(listener, options);
  }

  removeEventListener(type: string, listener: Listener | null): void {
    const byType = listenersOf.get(this);
    const listeners = byType?.get(type);
    if (!byType || !listeners || !listener) return;
    if (listeners.delete(listener) && listeners.size === 0) byType.delete(type);
  }

  dispatchEvent(event: Event): boolean {
    const e = event as unknown as LightEvent;
    const path: LazyEventTarget[] = [this];
    for (let node = e.bubbles ? this._getParent() : null; node; node = node._getParent()) path.push(node);
    e.target = this;
    e._path = path.map((node) => ({ currentTarget: node, target: this }));
    for (const node of path) {
      const listeners = listenersOf.get(node)?.get(e.type);
      if (!listeners) continue;
      e.eventPhase = node === this ? AT_TARGET : BUBBLING_PHASE;
      e.currentTarget = node;
      // A copy: a listener may add or remove listeners while the event is dispatched.
      for (const [listener, options] of [...listeners]) {
        if (!listeners.has(listener)) continue;
        if (typeof options === 'object' && options.once) listeners.delete(listener);
        if (typeof listener === 'function') listener.call(node, event);
        else listener.handleEvent(event);
        if (e._stopImmediatePropagationFlag) break;
      }
      if (e.cancelBubble) break;
    }
    delete e.currentTarget;
    e._path = [];
    e.eventPhase = NONE;
    return !e.defaultPrevented;
  }
}

let linkedom: Linkedom | null = null;
/** Did the substitution take (false: linkedom's own EventTarget is in use)? */
let lazyEvents = false;

/** linkedom, loaded once per process with the lazy EventTarget when its layout allows. */
export function loadLinkedom(): Linkedom {
  if (linkedom) return linkedom;
  const require = createRequire(import.meta.url);
  // The package's CommonJS entry, cjs/index.js; the module it requires for EventTarget sits beside.
  const cjsDir = dirname(require.resolve('linkedom'));
  const file = join(cjsDir, 'interface', 'event-target.js');
  if (existsSync(file) && !require.cache[file]) {
    const substitute = new Module(file);
    substitute.filename = file;
    substitute.loaded = true;
    substitute.exports = { EventTarget: LazyEventTarget };
    require.cache[file] = substitute;
  }
  // Selectors compiled once (light-selectors.ts), before the modules that match them load.
  cacheSelectors(require, cjsDir);
  linkedom = require('linkedom') as Linkedom;
  // Tag searches that compare the tag alone (light-tags.ts).
  fastTagSearch(require, cjsDir);
  lazyEvents = (linkedom.EventTarget as unknown as Partial<Record<typeof LAZY_EVENTS, boolean>>)[LAZY_EVENTS] === true;
  return linkedom;
}

/** Whether linkedom's nodes use the lazy EventTarget (for tests and diagnostics). */
export function usesLazyEvents(): boolean {
  loadLinkedom();
  return lazyEvents;
}
