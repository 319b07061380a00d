import { afterAll, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { tempDatabase } from '@/lib/testing/temp-db';
import { RateLimiter } from './rate-limit';

const t = tempDatabase();
afterAll(() => t.cleanup());

describe('rate limiter', () => {
  it('lets max requests through per window, then says how long to wait', () => {
    const rl = new RateLimiter(() => t.sqlite);
    const limit = { max: 3, windowMs: 60_000 };
    const t0 = 1_000_000;
    expect([1, 2, 3].map(() => rl.hit('ip:1', limit, t0))).toEqual([0, 0, 0]);
    expect(rl.hit('ip:1', limit, t0 + 10_000)).toBe(50);
    expect(rl.hit('ip:2', limit, t0 + 10_000)).toBe(0);
    expect(rl.hit('ip:1', limit, t0 + 60_000)).toBe(0);
  });

  it('counts the requests of every server process against one limit', () => {
    // Two connections to one file, as two server processes have.
    const other = new Database(t.path);
    const [a, b] = [new RateLimiter(() => t.sqlite), new RateLimiter(() => other)];
    const limit = { max: 5, windowMs: 60_000 };
    const waits = Array.from({ length: 10 }, (_, i) => (i % 2 ? a : b).hit('user:1', limit, 0));
    expect(waits.filter((w) => w === 0)).toHaveLength(5);
    other.close();
  });
});
