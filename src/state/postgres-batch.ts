/**
 * Calls that a worker makes while the previous one is still on its way to the
 * server wait, and go together in the next trip: one statement, one transaction, one commit
 * for all of them. A worker with one call at a time pays nothing for it (its call leaves at
 * once, alone); a worker with many items in flight pays one trip and one commit for many.
 *
 * Two calls on the same key (the same URL, the same host) never share a statement: the
 * later one waits for the next, so the effect is as if they had run one after the other.
 * A batch the server refuses is sent again one call at a time, so one bad call fails alone.
 */
interface Waiting<In, Out> {
  input: In;
  resolve: (out: Out) => void;
  reject: (err: unknown) => void;
}

/** Most calls in one statement: keeps a statement's arrays and its locks small. */
const MAX_BATCH = 64;

export class Batcher<In, Out> {
  private queue: Waiting<In, Out>[] = [];
  private sending = false;

  constructor(
    /** Runs the calls in one statement; answers in the same order. */
    private readonly send: (inputs: In[]) => Promise<Out[]>,
    private readonly key: (input: In) => string,
  ) {}

  call(input: In): Promise<Out> {
    return new Promise<Out>((resolve, reject) => {
      this.queue.push({ input, resolve, reject });
      if (!this.sending) void this.drain();
    });
  }

  /** The next batch: calls in the order made, no key twice. */
  private take(): Waiting<In, Out>[] {
    const keys = new Set<string>();
    const batch: Waiting<In, Out>[] = [];
    const rest: Waiting<In, Out>[] = [];
    for (const w of this.queue) {
      const k = this.key(w.input);
      if (batch.length < MAX_BATCH && !keys.has(k)) {
        keys.add(k);
        batch.push(w);
      } else rest.push(w);
    }
    this.queue = rest;
    return batch;
  }

  private async drain(): Promise<void> {
    this.sending = true;
    try {
      while (this.queue.length) {
        const batch = this.take();
        try {
          const out = await this.send(batch.map((w) => w.input));
          batch.forEach((w, i) => w.resolve(out[i] as Out));
        } catch (err) {
          if (batch.length === 1) batch[0]?.reject(err);
          else for (const w of batch) await this.send([w.input]).then(([out]) => w.resolve(out as Out), w.reject);
        }
      }
    } finally {
      this.sending = false;
    }
  }
}
