import { describe, expect, it } from 'vitest';
import { afterFailure, isLocked, sessionExpiry } from './policy';

const at = (iso: string) => new Date(iso);

describe('lockout', () => {
  it('locks for 15 minutes at the fifth failure and not before', () => {
    const now = at('2026-03-01T09:00:00+08:00');
    let failures = 0;
    for (let i = 1; i <= 4; i++) {
      const r = afterFailure(failures, now);
      expect(r.lockedUntil).toBeNull();
      failures = r.failures;
    }
    const fifth = afterFailure(failures, now);
    expect(fifth.lockedUntil?.toISOString()).toBe(at('2026-03-01T09:15:00+08:00').toISOString());
    expect(fifth.failures).toBe(0);
  });

  it('is locked until the minute passes, then open again', () => {
    const until = at('2026-03-01T09:15:00+08:00');
    expect(isLocked(until, at('2026-03-01T09:14:59+08:00'))).toBe(true);
    expect(isLocked(until, until)).toBe(false);
    expect(isLocked(null, until)).toBe(false);
  });
});

describe('session expiry', () => {
  const createdAt = at('2026-03-01T08:00:00+08:00');
  it('ends after 30 idle minutes', () => {
    const lastSeenAt = at('2026-03-01T09:00:00+08:00');
    expect(sessionExpiry({ createdAt, lastSeenAt }, at('2026-03-01T09:29:59+08:00'))).toBeNull();
    expect(sessionExpiry({ createdAt, lastSeenAt }, at('2026-03-01T09:30:00+08:00'))).toBe('idle');
  });
  it('ends 12 hours after sign-in however active', () => {
    const lastSeenAt = at('2026-03-01T19:59:00+08:00');
    expect(sessionExpiry({ createdAt, lastSeenAt }, at('2026-03-01T19:59:59+08:00'))).toBeNull();
    expect(sessionExpiry({ createdAt, lastSeenAt }, at('2026-03-01T20:00:00+08:00'))).toBe('absolute');
  });
});
