/**
 * Fixed-window counters in this process's memory: enough for one server (the app runs as one
 * process on one SQLite file). Counters reset on restart, which only ever loosens a limit briefly;
 * the account lockout, which is in the database, is what stops password guessing.
 */
export interface Limit {
  /** Requests allowed per window. */
  max: number;
  windowMs: number;
}

export const LIMITS = {
  signInPerIp: { max: 60, windowMs: 60_000 },
  signInPerAccount: { max: 10, windowMs: 60_000 },
  passwordChangePerUser: { max: 5, windowMs: 60_000 },
  passwordChangePerIp: { max: 20, windowMs: 60_000 },
  uploadPerUser: { max: 30, windowMs: 60_000 },
} satisfies Record<string, Limit>;

type Counter = { count: number; resetAt: number };

export class RateLimiter {
  private counters = new Map<string, Counter>();

  /** Counts one request; returns 0 when it may proceed, else the seconds until the window resets. */
  hit(key: string, limit: Limit, now = Date.now()): number {
    if (this.counters.size > 50_000) this.sweep(now);
    const c = this.counters.get(key);
    if (!c || c.resetAt <= now) {
      this.counters.set(key, { count: 1, resetAt: now + limit.windowMs });
      return 0;
    }
    c.count++;
    return c.count > limit.max ? Math.ceil((c.resetAt - now) / 1000) : 0;
  }

  private sweep(now: number) {
    for (const [k, c] of this.counters) if (c.resetAt <= now) this.counters.delete(k);
  }
}

const g = globalThis as unknown as { __rateLimiter?: RateLimiter };
/** The process's limiter. */
export const rateLimiter = (g.__rateLimiter ??= new RateLimiter());

/** Hits every key; returns the longest wait if any is over its limit (all are counted either way). */
export function checkLimits(checks: [key: string, limit: Limit][], now = Date.now()): number {
  return Math.max(0, ...checks.map(([key, limit]) => rateLimiter.hit(key, limit, now)));
}
