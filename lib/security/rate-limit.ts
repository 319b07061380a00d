import type Database from 'better-sqlite3';
import { rawSqlite } from '@/db/client';

/**
 * Fixed-window counters in the database (table rate_limits), so that a limit holds for the whole
 * server however many processes serve it (scripts/serve.mjs runs one per core). The account
 * lockout, also in the database, is what stops password guessing; these limits slow down floods.
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

/** Something that runs SQL: the app's connection, or a test's. */
type Sql = Pick<Database.Database, 'prepare'>;

export class RateLimiter {
  private hits = 0;

  constructor(private readonly sql: () => Sql) {}

  /** Counts one request; returns 0 when it may proceed, else the seconds until the window resets. */
  hit(key: string, limit: Limit, now = Date.now()): number {
    // One statement: atomic between processes, and it waits for a writer like any other write.
    const row = this.sql()
      .prepare(
        `insert into rate_limits (key, count, reset_at) values (?, 1, ?)
         on conflict (key) do update set
           count = case when reset_at <= ? then 1 else count + 1 end,
           reset_at = case when reset_at <= ? then excluded.reset_at else reset_at end
         returning count, reset_at as resetAt`,
      )
      .get(key, now + limit.windowMs, now, now) as { count: number; resetAt: number };
    if (++this.hits % 500 === 0) this.sql().prepare('delete from rate_limits where reset_at <= ?').run(now);
    return row.count > limit.max ? Math.ceil((row.resetAt - now) / 1000) : 0;
  }
}

/** The app's limiter, on its database. */
export const rateLimiter = new RateLimiter(rawSqlite);

/** Hits every key; returns the longest wait if any is over its limit (all are counted either way). */
export function checkLimits(checks: [key: string, limit: Limit][], now = Date.now()): number {
  return Math.max(0, ...checks.map(([key, limit]) => rateLimiter.hit(key, limit, now)));
}
