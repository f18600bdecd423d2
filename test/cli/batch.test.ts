import { describe, expect, it } from 'vitest';
import { hostOf, mapOrdered } from '../../src/batch.js';

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

async function collect<T>(gen: AsyncGenerator<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of gen) out.push(x);
  return out;
}

describe('mapOrdered', () => {
  it('yields results in input order whatever order they finish in', async () => {
    const items = ['http://a.example/1', 'http://b.example/2', 'http://c.example/3', 'http://d.example/4'];
    const delays: Record<string, number> = { 1: 60, 2: 5, 3: 30, 4: 0 };
    const out = await collect(
      mapOrdered(items, async (u) => {
        await sleep(delays[u.slice(-1)] ?? 0);
        return u;
      }, { concurrency: 4, perKey: 2, keyOf: hostOf }),
    );
    expect(out).toEqual(items);
  });

  it('holds each key to its limit and the whole run to the global one', async () => {
    const open = new Map<string, number>();
    const peaks = new Map<string, number>();
    let all = 0;
    let peakAll = 0;
    const items = [...Array(12).keys()].map((i) => `http://h${i % 3}.example/${i}`);
    await collect(
      mapOrdered(items, async (u) => {
        const h = hostOf(u);
        open.set(h, (open.get(h) ?? 0) + 1);
        all++;
        peaks.set(h, Math.max(peaks.get(h) ?? 0, open.get(h) ?? 0));
        peakAll = Math.max(peakAll, all);
        await sleep(15);
        open.set(h, (open.get(h) ?? 1) - 1);
        all--;
        return u;
      }, { concurrency: 4, perKey: 2, keyOf: hostOf }),
    );
    expect([...peaks.values()].every((p) => p <= 2)).toBe(true);
    expect(peakAll).toBeLessThanOrEqual(4);
    expect(peakAll).toBeGreaterThan(2);
  });

  it('reads items lazily from an async source', async () => {
    let pulled = 0;
    async function* source(): AsyncGenerator<string> {
      for (let i = 0; i < 100; i++) {
        pulled++;
        yield `http://x${i}.example/`;
      }
    }
    const gen = mapOrdered(source(), async (u) => u, { concurrency: 2, perKey: 2, keyOf: hostOf });
    await gen.next();
    expect(pulled).toBeLessThan(100);
    await gen.return(undefined);
  });

  it('groups by host, case-insensitively, and puts bad URLs in one group', () => {
    expect(hostOf('https://News.Example:8080/a')).toBe('news.example:8080');
    expect(hostOf('not a url')).toBe('');
  });
});
