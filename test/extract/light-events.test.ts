import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../src/extract/dom.js';
import { loadLinkedom, usesLazyEvents } from '../../src/extract/light-events.js';

/** linkedom's Event, typed as the DOM's (its class lacks a few members the dispatch does not read). */
function event(type: string, init?: EventInit): Event {
  const { Event: LightEvent } = loadLinkedom();
  return new LightEvent(type, init) as unknown as Event;
}

function page(): Document {
  return parseHtml('<html><body><div id="outer"><p id="inner">text</p></div></body></html>', 'https://news.example/a').document;
}

function byId(doc: Document, id: string): Element {
  const el = doc.getElementById(id);
  if (!el) throw new Error(`no #${id}`);
  return el;
}

describe('light DOM events', () => {
  it('loads linkedom with the lazy EventTarget (a new linkedom layout would make pages slower)', () => {
    expect(usesLazyEvents()).toBe(true);
    const { EventTarget: Loaded } = loadLinkedom();
    expect(page().createElement('p')).toBeInstanceOf(Loaded);
  });

  it('calls listeners in order, bubbles, and honours once and removal', () => {
    const doc = page();
    const inner = byId(doc, 'inner');
    const outer = byId(doc, 'outer');
    const calls: string[] = [];
    const second = (): number => calls.push('inner 2');
    inner.addEventListener('ping', (e) => calls.push(`inner 1 at ${(e.currentTarget as Element).id}`));
    inner.addEventListener('ping', second);
    inner.addEventListener('ping', () => calls.push('inner once'), { once: true });
    outer.addEventListener('ping', (e) => calls.push(`outer, target ${(e.target as Element).id}`));
    inner.dispatchEvent(event('ping', { bubbles: true }));
    inner.removeEventListener('ping', second);
    inner.dispatchEvent(event('ping'));
    expect(calls).toEqual(['inner 1 at inner', 'inner 2', 'inner once', 'outer, target inner', 'inner 1 at inner']);
  });

  it('stops propagation and reports a prevented default', () => {
    const doc = page();
    const inner = byId(doc, 'inner');
    const outer = byId(doc, 'outer');
    const calls: string[] = [];
    inner.addEventListener('ping', (e) => {
      calls.push('first');
      e.preventDefault();
      e.stopImmediatePropagation();
    });
    inner.addEventListener('ping', () => calls.push('second'));
    outer.addEventListener('ping', () => calls.push('outer'));
    const result = inner.dispatchEvent(event('ping', { bubbles: true, cancelable: true }));
    expect(calls).toEqual(['first']);
    expect(result).toBe(false);
    expect(outer.dispatchEvent(event('ping'))).toBe(true);
  });

  it('keeps handler properties and click() working', () => {
    const doc = page();
    const inner = byId(doc, 'inner') as HTMLElement;
    let clicks = 0;
    inner.onclick = () => clicks++;
    inner.click();
    inner.onclick = null;
    inner.click();
    expect(clicks).toBe(1);
  });

  it('gives nodes that never listen nothing to dispatch to', () => {
    const doc = page();
    expect(byId(doc, 'inner').dispatchEvent(event('ping', { bubbles: true }))).toBe(true);
  });
});
