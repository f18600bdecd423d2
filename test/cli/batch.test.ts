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
      }, { concurrency: 4, ahead: 16 }),
    );
    expect(out).toEqual(items);
  });

  it('holds the run to its concurrency, or leaves the limiting to fn when none is given', async () => {
    const peakOf = async (limits: { concurrency?: number; ahead: number }): Promise<number> => {
      let open = 0;
      let peak = 0;
      const items = [...Array(12).keys()].map((i) => `http://h${i % 3}.example/${i}`);
      await collect(
        mapOrdered(items, async (u) => {
          peak = Math.max(peak, ++open);
          await sleep(15);
          open--;
          return u;
        }, limits),
      );
      return peak;
    };
    expect(await peakOf({ concurrency: 4, ahead: 16 })).toBe(4);
    // Without a limit, the read-ahead window is what bounds the items in flight.
    expect(await peakOf({ ahead: 6 })).toBe(6);
  });

  it('reads items lazily from an async source', async () => {
    let pulled = 0;
    async function* source(): AsyncGenerator<string> {
      for (let i = 0; i < 100; i++) {
        pulled++;
        yield `http://x${i}.example/`;
      }
    }
    const gen = mapOrdered(source(), async (u) => u, { concurrency: 2, ahead: 8 });
    await gen.next();
    expect(pulled).toBeLessThan(100);
    await gen.return(undefined);
  });

  it('once told to stop, starts nothing more and hands back what finished behind the item in hand', async () => {
    let stop = false;
    const started: number[] = [];
    const items = [...Array(20).keys()];
    const out: number[] = [];
    // Item 0 is slow; 1 to 3 finish long before it; 4 and 5 are still running when it does.
    const delays = [80, 5, 5, 5, 400, 400];
    for await (const x of mapOrdered(items, async (i) => {
      started.push(i);
      await sleep(delays[i] ?? 400);
      return i;
    }, { ahead: 6, stop: () => stop })) {
      out.push(x);
      stop = true;
    }
    expect(out).toEqual([0, 1, 2, 3]);
    expect(started).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it('groups by host, case-insensitively, and puts bad URLs in one group', () => {
    expect(hostOf('https://News.Example:8080/a')).toBe('news.example:8080');
    expect(hostOf('not a url')).toBe('');
  });
});
