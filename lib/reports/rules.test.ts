import { describe, expect, it } from 'vitest';
import { endOfDayShanghai } from '@/lib/i18n/format';
import { isOnTime, trafficLight, worstLight, type LightReport } from './rules';

const at = (iso: string) => new Date(iso);
const MS = 1;
const DAY = 24 * 60 * 60 * 1000;
const plus = (d: Date, ms: number) => new Date(d.getTime() + ms);

// 2018年第二季度 is due 2018-07-05, 第三季度 2018-10-08, both at the end of the day in Shanghai.
const Q2 = { id: 2, deadline: endOfDayShanghai('2018-07-05') };
const Q3 = { id: 3, deadline: endOfDayShanghai('2018-10-08') };

function report(roundId: number, over: Partial<LightReport> = {}): LightReport {
  const submittedAt = at('2018-07-01T10:00:00+08:00');
  return { roundId, status: 'submitted', state: 'on_track', firstSubmittedAt: submittedAt, lastSubmittedAt: submittedAt, ...over };
}

describe('isOnTime', () => {
  const deadline = endOfDayShanghai('2018-07-05');

  it('counts up to the last millisecond of the deadline day in Shanghai', () => {
    expect(deadline.toISOString()).toBe('2018-07-05T15:59:59.999Z');
    expect(isOnTime(at('2018-07-05T23:59:00+08:00'), deadline)).toBe(true);
    expect(isOnTime(at('2018-07-05T23:59:59.999+08:00'), deadline)).toBe(true);
    expect(isOnTime(at('2018-07-06T00:00:00+08:00'), deadline)).toBe(false);
  });

  it('is not on time when never submitted', () => {
    expect(isOnTime(null, deadline)).toBe(false);
  });
});

describe('trafficLight', () => {
  it('is green with an on-track report and no deadline near', () => {
    const r = trafficLight({ now: at('2018-08-01T09:00:00+08:00'), dueDate: '2018-12-31', rounds: [Q2, Q3], reports: [report(2)] });
    expect(r).toEqual({ light: 'green', reasons: [] });
  });

  it('is green with no rounds, no reports and no due date', () => {
    expect(trafficLight({ now: at('2018-08-01T09:00:00+08:00'), dueDate: null, rounds: [], reports: [] })).toEqual({
      light: 'green',
      reasons: [],
    });
  });

  describe('missed deadline', () => {
    it('turns red one millisecond after the deadline, yellow (deadline soon) at the deadline itself', () => {
      const input = { dueDate: null, rounds: [Q2], reports: [] };
      expect(trafficLight({ ...input, now: Q2.deadline })).toEqual({
        light: 'yellow',
        reasons: [{ kind: 'deadlineSoon', roundId: 2, deadline: Q2.deadline }],
      });
      expect(trafficLight({ ...input, now: at('2018-07-06T00:00:00+08:00') })).toEqual({
        light: 'red',
        reasons: [{ kind: 'missedDeadline', roundId: 2 }],
      });
    });

    it('treats a never-submitted draft as missing', () => {
      const draft = report(2, { status: 'draft', firstSubmittedAt: null, lastSubmittedAt: null });
      const r = trafficLight({ now: at('2018-07-06T08:00:00+08:00'), dueDate: null, rounds: [Q2], reports: [draft] });
      expect(r).toEqual({ light: 'red', reasons: [{ kind: 'missedDeadline', roundId: 2 }] });
    });

    it('no longer counts a late submission as missing', () => {
      const late = at('2018-07-06T00:00:00+08:00');
      const r = trafficLight({
        now: at('2018-07-07T08:00:00+08:00'),
        dueDate: null,
        rounds: [Q2],
        reports: [report(2, { firstSubmittedAt: late, lastSubmittedAt: late })],
      });
      expect(r).toEqual({ light: 'green', reasons: [] });
    });

    it('is no longer red when the round is extended (same reports, later deadline)', () => {
      const now = at('2018-07-06T09:00:00+08:00');
      const reports = [report(2, { status: 'draft', firstSubmittedAt: null, lastSubmittedAt: null })];
      expect(trafficLight({ now, dueDate: null, rounds: [Q2], reports }).light).toBe('red');
      const extended = { id: 2, deadline: endOfDayShanghai('2018-07-15') };
      expect(trafficLight({ now, dueDate: null, rounds: [extended], reports })).toEqual({ light: 'green', reasons: [] });
      const extendedSoon = { id: 2, deadline: endOfDayShanghai('2018-07-08') };
      expect(trafficLight({ now, dueDate: null, rounds: [extendedSoon], reports })).toEqual({
        light: 'yellow',
        reasons: [{ kind: 'deadlineSoon', roundId: 2, deadline: extendedSoon.deadline }],
      });
    });

    it('ignores an old missed round once a newer round is submitted', () => {
      const q3At = at('2018-10-05T10:00:00+08:00');
      const r = trafficLight({
        now: at('2018-10-20T09:00:00+08:00'),
        dueDate: null,
        rounds: [Q2, Q3],
        reports: [report(3, { firstSubmittedAt: q3At, lastSubmittedAt: q3At })],
      });
      expect(r).toEqual({ light: 'green', reasons: [] });
    });

    it('is red when the newest passed round is missing even though the older one was submitted', () => {
      const r = trafficLight({ now: at('2018-10-20T09:00:00+08:00'), dueDate: null, rounds: [Q3, Q2], reports: [report(2)] });
      expect(r).toEqual({ light: 'red', reasons: [{ kind: 'missedDeadline', roundId: 3 }] });
    });
  });

  describe('deadline soon', () => {
    const reports: LightReport[] = [];
    const soonFrom = plus(Q2.deadline, -3 * DAY);

    it('opens exactly 3 days before the deadline', () => {
      expect(trafficLight({ now: plus(soonFrom, -MS), dueDate: null, rounds: [Q2], reports })).toEqual({ light: 'green', reasons: [] });
      expect(trafficLight({ now: soonFrom, dueDate: null, rounds: [Q2], reports })).toEqual({
        light: 'yellow',
        reasons: [{ kind: 'deadlineSoon', roundId: 2, deadline: Q2.deadline }],
      });
    });

    it('does not apply once the report is submitted', () => {
      expect(trafficLight({ now: soonFrom, dueDate: null, rounds: [Q2], reports: [report(2)] })).toEqual({ light: 'green', reasons: [] });
    });
  });

  describe('latest report', () => {
    it('is yellow when returned, and the returned report still counts as submitted after the deadline', () => {
      const returned = report(2, { status: 'returned' });
      expect(trafficLight({ now: at('2018-07-04T09:00:00+08:00'), dueDate: null, rounds: [Q2], reports: [returned] })).toEqual({
        light: 'yellow',
        reasons: [{ kind: 'returned', roundId: 2 }],
      });
      expect(trafficLight({ now: at('2018-07-10T09:00:00+08:00'), dueDate: null, rounds: [Q2], reports: [returned] })).toEqual({
        light: 'yellow',
        reasons: [{ kind: 'returned', roundId: 2 }],
      });
    });

    it('turns red one millisecond after a returned report\'s own resubmission deadline, and not for an older round\'s', () => {
      const resubmitBy = endOfDayShanghai('2018-07-12');
      const returned = report(2, { status: 'returned', resubmitBy });
      expect(trafficLight({ now: resubmitBy, dueDate: null, rounds: [Q2], reports: [returned] })).toEqual({
        light: 'yellow',
        reasons: [{ kind: 'returned', roundId: 2 }],
      });
      expect(trafficLight({ now: plus(resubmitBy, MS), dueDate: null, rounds: [Q2], reports: [returned] })).toEqual({
        light: 'red',
        reasons: [
          { kind: 'resubmitOverdue', roundId: 2, resubmitBy },
          { kind: 'returned', roundId: 2 },
        ],
      });
      // Resubmitted: submitted again, the deadline no longer matters.
      expect(trafficLight({ now: plus(resubmitBy, DAY), dueDate: null, rounds: [Q2], reports: [report(2, { resubmitBy: null })] }).light).toBe('green');
      // A later round's report is the latest one: the older return is history.
      const q3 = report(3, { firstSubmittedAt: at('2018-10-01T10:00:00+08:00'), lastSubmittedAt: at('2018-10-01T10:00:00+08:00') });
      expect(trafficLight({ now: at('2018-10-02T09:00:00+08:00'), dueDate: null, rounds: [Q2, Q3], reports: [returned, q3] }).light).toBe('green');
    });

    it('is yellow when at risk', () => {
      const r = trafficLight({ now: at('2018-08-01T09:00:00+08:00'), dueDate: null, rounds: [Q2], reports: [report(2, { state: 'at_risk' })] });
      expect(r).toEqual({ light: 'yellow', reasons: [{ kind: 'atRisk', roundId: 2 }] });
    });

    it('is red when delayed, which beats yellow reasons, red reasons first', () => {
      const now = plus(Q3.deadline, -DAY);
      const r = trafficLight({ now, dueDate: null, rounds: [Q2, Q3], reports: [report(2, { state: 'delayed', status: 'returned' })] });
      expect(r).toEqual({
        light: 'red',
        reasons: [
          { kind: 'delayed', roundId: 2 },
          { kind: 'deadlineSoon', roundId: 3, deadline: Q3.deadline },
          { kind: 'returned', roundId: 2 },
        ],
      });
    });

    it('follows the round with the latest deadline: delayed then at risk is yellow, at risk then delayed is red', () => {
      const now = at('2018-10-20T09:00:00+08:00');
      const q3At = at('2018-10-05T10:00:00+08:00');
      const q3 = { firstSubmittedAt: q3At, lastSubmittedAt: q3At };
      const improving = [report(2, { state: 'delayed' }), report(3, { ...q3, state: 'at_risk' })];
      expect(trafficLight({ now, dueDate: null, rounds: [Q2, Q3], reports: improving })).toEqual({
        light: 'yellow',
        reasons: [{ kind: 'atRisk', roundId: 3 }],
      });
      const worsening = [report(3, { ...q3, state: 'delayed' }), report(2, { state: 'at_risk' })];
      expect(trafficLight({ now, dueDate: null, rounds: [Q2, Q3], reports: worsening })).toEqual({
        light: 'red',
        reasons: [{ kind: 'delayed', roundId: 3 }],
      });
    });

    it('skips drafts: a draft saying delayed does not count, the submitted report before it does', () => {
      const now = at('2018-10-01T09:00:00+08:00');
      const draft = report(3, { status: 'draft', state: 'delayed', firstSubmittedAt: null, lastSubmittedAt: null });
      const r = trafficLight({ now, dueDate: null, rounds: [Q2, Q3], reports: [report(2, { state: 'at_risk' }), draft] });
      expect(r).toEqual({ light: 'yellow', reasons: [{ kind: 'atRisk', roundId: 2 }] });
    });

    it('breaks a tie in deadline by the latest submission', () => {
      const a = { id: 7, deadline: Q2.deadline };
      const b = { id: 8, deadline: Q2.deadline };
      const now = at('2018-08-01T09:00:00+08:00');
      const earlier = at('2018-07-01T10:00:00+08:00');
      const later = at('2018-07-02T10:00:00+08:00');
      const reports = [
        report(8, { state: 'on_track', lastSubmittedAt: earlier }),
        report(7, { state: 'at_risk', lastSubmittedAt: later }),
      ];
      expect(trafficLight({ now, dueDate: null, rounds: [a, b], reports })).toEqual({ light: 'yellow', reasons: [{ kind: 'atRisk', roundId: 7 }] });
    });
  });

  describe('due date', () => {
    const rounds = [Q2];
    const end = endOfDayShanghai('2018-07-31');

    it('is red once the due date has passed and the work is not completed', () => {
      expect(trafficLight({ now: end, dueDate: '2018-07-31', rounds, reports: [report(2)] })).toEqual({ light: 'green', reasons: [] });
      expect(trafficLight({ now: at('2018-08-01T00:00:00+08:00'), dueDate: '2018-07-31', rounds, reports: [report(2)] })).toEqual({
        light: 'red',
        reasons: [{ kind: 'overdue', dueDate: '2018-07-31' }],
      });
    });

    it('is red when overdue with no report at all', () => {
      const r = trafficLight({ now: at('2018-08-01T00:00:00+08:00'), dueDate: '2018-07-31', rounds: [], reports: [] });
      expect(r).toEqual({ light: 'red', reasons: [{ kind: 'overdue', dueDate: '2018-07-31' }] });
    });

    it('is green after the due date when the latest report says completed', () => {
      const r = trafficLight({ now: at('2018-08-01T00:00:00+08:00'), dueDate: '2018-07-31', rounds, reports: [report(2, { state: 'completed' })] });
      expect(r).toEqual({ light: 'green', reasons: [] });
    });

    it('does not take completion from a draft', () => {
      const draft = report(2, { status: 'draft', state: 'completed', firstSubmittedAt: null, lastSubmittedAt: null });
      const r = trafficLight({ now: at('2018-07-01T09:00:00+08:00'), dueDate: '2018-06-30', rounds, reports: [draft] });
      expect(r).toEqual({ light: 'red', reasons: [{ kind: 'overdue', dueDate: '2018-06-30' }] });
    });
  });

  it('lists every reason, red ones first', () => {
    const q1 = { id: 1, deadline: endOfDayShanghai('2018-04-05') };
    const r = trafficLight({
      now: at('2018-07-06T09:00:00+08:00'),
      dueDate: '2018-06-30',
      rounds: [q1, Q2, Q3],
      reports: [report(1, { state: 'at_risk', status: 'returned' })],
    });
    expect(r).toEqual({
      light: 'red',
      reasons: [
        { kind: 'missedDeadline', roundId: 2 },
        { kind: 'overdue', dueDate: '2018-06-30' },
        { kind: 'returned', roundId: 1 },
        { kind: 'atRisk', roundId: 1 },
      ],
    });
  });
});

describe('worstLight', () => {
  it('orders red > yellow > green and has nothing for no lights', () => {
    expect(worstLight(['green', 'red', 'yellow'])).toBe('red');
    expect(worstLight(['green', 'yellow', 'green'])).toBe('yellow');
    expect(worstLight(['green'])).toBe('green');
    expect(worstLight([])).toBeNull();
  });
});
