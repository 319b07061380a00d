import { describe, expect, it } from 'vitest';
import { endOfDayShanghai } from '@/lib/i18n/format';
import { addWorkingDays, defaultResubmitDay, editRefusal, isResubmitOverdue } from './resubmit';

const at = (iso: string) => new Date(iso);

describe('addWorkingDays', () => {
  it('counts Monday to Friday only', () => {
    // 2018-12-24 is a Monday.
    expect(addWorkingDays('2018-12-24', 0)).toBe('2018-12-24');
    expect(addWorkingDays('2018-12-24', 1)).toBe('2018-12-25');
    expect(addWorkingDays('2018-12-24', 5)).toBe('2018-12-31');
    // From a Friday, one working day is the next Monday; from a Saturday or Sunday too.
    expect(addWorkingDays('2018-12-28', 1)).toBe('2018-12-31');
    expect(addWorkingDays('2018-12-29', 1)).toBe('2018-12-31');
    expect(addWorkingDays('2018-12-30', 5)).toBe('2019-01-04');
    // Across a month end and a leap day.
    expect(addWorkingDays('2020-02-27', 2)).toBe('2020-03-02');
  });

  it('refuses what is not a day', () => {
    expect(() => addWorkingDays('2018-13-45', 1)).toThrow();
  });
});

describe('defaultResubmitDay', () => {
  it('is five working days after the return, counted on the day in Shanghai', () => {
    // 2019-01-04 07:00 in Shanghai is Friday there, still Thursday in UTC.
    expect(defaultResubmitDay(at('2019-01-04T07:00:00+08:00'))).toBe('2019-01-11');
    // A return on a Sunday gives until the Friday after.
    expect(defaultResubmitDay(at('2019-01-06T00:30:00+08:00'))).toBe('2019-01-11');
  });

  it('never shortens an open round, and ignores a closed one', () => {
    const round = { status: 'open', deadline: endOfDayShanghai('2019-01-31') };
    expect(defaultResubmitDay(at('2019-01-07T10:00:00+08:00'), round)).toBe('2019-01-31');
    expect(defaultResubmitDay(at('2019-01-07T10:00:00+08:00'), { ...round, status: 'closed' })).toBe('2019-01-14');
    expect(defaultResubmitDay(at('2019-01-28T10:00:00+08:00'), round)).toBe('2019-02-04');
  });
});

describe('editRefusal', () => {
  const by = endOfDayShanghai('2019-01-11');
  const open = { status: 'open' };
  const closed = { status: 'closed' };
  it('lets a returned report change until its own deadline, even in a closed round', () => {
    expect(editRefusal({ status: 'returned', resubmitBy: by }, closed, by)).toBeNull();
    expect(editRefusal({ status: 'returned', resubmitBy: by }, closed, new Date(by.getTime() + 1))).toBe('resubmitClosed');
    expect(editRefusal({ status: 'returned', resubmitBy: by }, open, new Date(by.getTime() + 1))).toBe('resubmitClosed');
  });

  it('keeps the round rule for drafts and for returns without a deadline', () => {
    expect(editRefusal({ status: 'returned', resubmitBy: null }, open, by)).toBeNull();
    expect(editRefusal({ status: 'returned', resubmitBy: null }, closed, by)).toBe('roundClosed');
    expect(editRefusal({ status: 'draft', resubmitBy: null }, open, by)).toBeNull();
    expect(editRefusal({ status: 'draft', resubmitBy: null }, closed, by)).toBe('roundClosed');
  });

  it('never lets a submitted or approved report change', () => {
    expect(editRefusal({ status: 'submitted', resubmitBy: null }, open, by)).toBe('reportLocked');
    expect(editRefusal({ status: 'approved', resubmitBy: by }, open, by)).toBe('reportLocked');
  });
});

describe('isResubmitOverdue', () => {
  it('is a returned report past its own deadline', () => {
    const by = endOfDayShanghai('2019-01-11');
    expect(isResubmitOverdue({ status: 'returned', resubmitBy: by }, by)).toBe(false);
    expect(isResubmitOverdue({ status: 'returned', resubmitBy: by }, new Date(by.getTime() + 1))).toBe(true);
    expect(isResubmitOverdue({ status: 'returned', resubmitBy: null }, new Date(by.getTime() + 1))).toBe(false);
    expect(isResubmitOverdue({ status: 'submitted', resubmitBy: by }, new Date(by.getTime() + 1))).toBe(false);
  });
});
