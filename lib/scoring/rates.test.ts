import { describe, expect, it } from 'vitest';
import { completionRate, onTimeReportRate } from './rates';

const at = (iso: string) => new Date(iso);
const Q1 = at('2018-03-31T23:59:59.999+08:00'); // the round's deadline is the last millisecond of its day
const Q2 = at('2018-06-30T23:59:59.999+08:00');
const Q3 = at('2018-09-30T23:59:59.999+08:00');

describe('onTimeReportRate', () => {
  it('counts first submissions up to and including the deadline millisecond', () => {
    const owed = [
      { deadline: Q1, firstSubmittedAt: at('2018-03-20T10:00:00+08:00') }, // on time
      { deadline: Q1, firstSubmittedAt: at('2018-03-31T23:59:59.999+08:00') }, // on time: the last millisecond
      { deadline: Q1, firstSubmittedAt: at('2018-04-01T00:00:00.000+08:00') }, // late by 1 ms
      { deadline: Q1, firstSubmittedAt: null }, // never submitted
      { deadline: Q2, firstSubmittedAt: at('2018-06-30T15:00:00+08:00') }, // on time
      { deadline: Q2, firstSubmittedAt: at('2018-07-02T09:00:00+08:00') }, // late
      { deadline: Q3, firstSubmittedAt: at('2018-09-29T16:30:00+08:00') }, // on time
    ];
    // 4 of 7 = 0.571428… → 0.5714
    expect(onTimeReportRate(owed)).toEqual({ rate: 0.5714, onTime: 4, owed: 7 });
  });

  it('rounds half up to 4 decimals and is null when nothing is owed', () => {
    const late = { deadline: Q1, firstSubmittedAt: null };
    const ok = { deadline: Q1, firstSubmittedAt: Q1 };
    expect(onTimeReportRate([ok, ...Array.from({ length: 31 }, () => late)])).toEqual({ rate: 0.0313, onTime: 1, owed: 32 }); // 0.03125
    expect(onTimeReportRate([ok, ok, late])).toEqual({ rate: 0.6667, onTime: 2, owed: 3 });
    expect(onTimeReportRate([ok])).toEqual({ rate: 1, onTime: 1, owed: 1 });
    expect(onTimeReportRate([])).toEqual({ rate: null, onTime: 0, owed: 0 });
  });
});

describe('completionRate', () => {
  it('counts assignments approved at 100% or in state completed', () => {
    const assignments = [
      { approvedPercent: 100, approvedState: 'in_progress' }, // 100%
      { approvedPercent: 80, approvedState: 'completed' }, // completed
      { approvedPercent: 100, approvedState: 'completed' }, // both
      { approvedPercent: 99.9, approvedState: 'in_progress' },
      { approvedPercent: 80, approvedState: 'in_progress' },
      { approvedPercent: 0, approvedState: 'not_started' },
      { approvedPercent: null, approvedState: null }, // nothing approved yet
    ];
    // 3 of 7 = 0.428571… → 0.4286
    expect(completionRate(assignments)).toEqual({ rate: 0.4286, completed: 3, total: 7 });
  });

  it('is null without assignments', () => {
    expect(completionRate([])).toEqual({ rate: null, completed: 0, total: 0 });
  });
});
