// A fixed-window counter per key (e.g. office + client address), in memory: enough for one server
// process; several instances behind a balancer each count their own share.
export class RateLimiter {
  private readonly windows = new Map<string, { start: number; count: number }>();
  constructor(
    readonly max: number,
    readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Counts one hit; returns the seconds to wait when the limit is already reached, else null. */
  hit(key: string): number | null {
    const t = this.now();
    const w = this.windows.get(key);
    if (!w || t - w.start >= this.windowMs) {
      this.windows.set(key, { start: t, count: 1 });
      if (this.windows.size > 10_000) this.sweep(t);
      return null;
    }
    if (w.count >= this.max) return Math.ceil((w.start + this.windowMs - t) / 1000);
    w.count++;
    return null;
  }

  private sweep(t: number) {
    for (const [k, w] of this.windows) if (t - w.start >= this.windowMs) this.windows.delete(k);
  }
}
