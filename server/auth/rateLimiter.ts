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
    return this.take(key).retryAfterSeconds;
  }

  /** Counts one hit and tells what is left in the window (for RateLimit-* headers). */
  take(key: string): { retryAfterSeconds: number | null; remaining: number; resetSeconds: number } {
    const t = this.now();
    let w = this.windows.get(key);
    if (!w || t - w.start >= this.windowMs) {
      w = { start: t, count: 0 };
      this.windows.set(key, w);
      if (this.windows.size > 10_000) this.sweep(t);
    }
    const resetSeconds = Math.ceil((w.start + this.windowMs - t) / 1000);
    if (w.count >= this.max) return { retryAfterSeconds: resetSeconds, remaining: 0, resetSeconds };
    w.count++;
    return { retryAfterSeconds: null, remaining: this.max - w.count, resetSeconds };
  }

  private sweep(t: number) {
    for (const [k, w] of this.windows) if (t - w.start >= this.windowMs) this.windows.delete(k);
  }
}
