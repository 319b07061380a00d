import { describe, expect, it } from 'vitest';
import { RateLimiter } from './rate-limit';

describe('rate limiter', () => {
  it('lets max requests through per window, then says how long to wait', () => {
    const rl = new RateLimiter();
    const limit = { max: 3, windowMs: 60_000 };
    const t0 = 1_000_000;
    expect([1, 2, 3].map(() => rl.hit('ip:1', limit, t0))).toEqual([0, 0, 0]);
    expect(rl.hit('ip:1', limit, t0 + 10_000)).toBe(50);
    expect(rl.hit('ip:2', limit, t0 + 10_000)).toBe(0);
    expect(rl.hit('ip:1', limit, t0 + 60_000)).toBe(0);
  });
});
