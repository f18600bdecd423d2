/**
 * Pages in hand: with a shared state, an item's lease is taken only when its page is about
 * to be fetched, and held until the item is done or failed. A worker that fetched faster
 * than it extracts would pile up fetched pages, each one lost (and fetched again by
 * another worker) if it dies. So a fetch first takes one of a few places (one per host, a
 * few in all), freed when its item is finished: a worker killed at any moment loses at most
 * that many pages, one per lease it held.
 */
export class InHand {
  private free: number;
  private readonly waiting: (() => void)[] = [];

  constructor(readonly size: number) {
    this.free = Math.max(1, size);
  }

  /** Resolves once a place is this caller's; call the returned function to give it back (once). */
  async take(): Promise<() => void> {
    if (this.free > 0) this.free--;
    else await new Promise<void>((r) => this.waiting.push(r));
    let given = false;
    return () => {
      if (given) return;
      given = true;
      const next = this.waiting.shift();
      if (next) next();
      else this.free++;
    };
  }

  /** Places taken now. */
  get taken(): number {
    return Math.max(1, this.size) - this.free;
  }
}
