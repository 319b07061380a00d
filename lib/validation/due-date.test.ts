import { describe, expect, it } from 'vitest';
import { isPastDueDate } from './due-date';

// 2026-03-10 00:30 in Shanghai is still 2026-03-09 in UTC: "today" is Shanghai's.
const now = new Date('2026-03-09T16:30:00Z');

describe('isPastDueDate', () => {
  it('refuses a new due date before today (Asia/Shanghai)', () => {
    expect(isPastDueDate('2026-03-09', null, now)).toBe(true);
    expect(isPastDueDate('2018-12-31', undefined, now)).toBe(true);
  });
  it('accepts today, a later day, or none', () => {
    expect(isPastDueDate('2026-03-10', null, now)).toBe(false);
    expect(isPastDueDate('2026-12-31', null, now)).toBe(false);
    expect(isPastDueDate(null, '2018-12-31', now)).toBe(false);
  });
  it('lets an unchanged past date stand, but not a change to another past date', () => {
    expect(isPastDueDate('2018-12-31', '2018-12-31', now)).toBe(false);
    expect(isPastDueDate('2018-06-30', '2018-12-31', now)).toBe(true);
  });
});
