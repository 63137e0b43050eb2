/**
 * A per-client fixed-window counter for booking POSTs (10 a minute by default).
 * In memory: the reference server is one process; a multi-process deployment
 * would move this into a shared store.
 */
export interface RateLimitDecision {
  allowed: boolean;
  /** Seconds until the window resets (for Retry-After). */
  retryAfter: number;
}

export class FixedWindowRateLimiter {
  private readonly counts = new Map<string, number>();
  private windowStart = 0;

  constructor(
    private readonly limit: number,
    private readonly windowMs = 60_000,
  ) {}

  take(client: string, nowMs: number): RateLimitDecision {
    if (this.limit <= 0) return { allowed: true, retryAfter: 0 };
    if (nowMs - this.windowStart >= this.windowMs) {
      // A new window forgets every client, so the map never outgrows one minute of traffic.
      this.counts.clear();
      this.windowStart = nowMs - (nowMs % this.windowMs);
    }
    const used = (this.counts.get(client) ?? 0) + 1;
    this.counts.set(client, used);
    const retryAfter = Math.max(1, Math.ceil((this.windowStart + this.windowMs - nowMs) / 1000));
    return { allowed: used <= this.limit, retryAfter };
  }
}
