import { describe, expect, it } from 'vitest';
import { endOfDayShanghai } from '@/lib/i18n/format';
import { dueReminders, reminderKey, reminderKindAt, type Owed, type ReminderRound } from './reminders';

const at = (iso: string) => new Date(iso);
const DAY = 24 * 60 * 60 * 1000;
const plus = (d: Date, ms: number) => new Date(d.getTime() + ms);

// 2018年第二季度, due at the end of 2018-07-05 in Shanghai.
const deadline = endOfDayShanghai('2018-07-05');

describe('reminderKindAt', () => {
  it.each([
    ['just before 3 days ahead', null, plus(deadline, -3 * DAY - 1)],
    ['exactly 3 days ahead', 'before3', plus(deadline, -3 * DAY)],
    ['just before 1 day ahead', 'before3', plus(deadline, -DAY - 1)],
    ['exactly 1 day ahead', 'before1', plus(deadline, -DAY)],
    ['the millisecond before the deadline', 'before1', plus(deadline, -1)],
    ['the deadline itself', null, deadline],
    ['midnight after the deadline', 'after', at('2018-07-06T00:00:00+08:00')],
    ['2 days after', 'after', plus(deadline, 2 * DAY)],
    ['just past 2 days after', null, plus(deadline, 2 * DAY + 1)],
    ['weeks later', null, at('2018-08-01T09:00:00+08:00')],
  ] as const)('%s → %s', (_label, kind, now) => {
    expect(reminderKindAt(deadline, now)).toBe(kind);
  });

  it('puts the 3-day window at 2018-07-02 23:59:59.999 Shanghai time', () => {
    expect(reminderKindAt(deadline, at('2018-07-02T23:59:59.998+08:00'))).toBeNull();
    expect(reminderKindAt(deadline, at('2018-07-02T23:59:59.999+08:00'))).toBe('before3');
  });
});

describe('reminderKey', () => {
  it('names round, unit, kind and deadline', () => {
    expect(reminderKey(12, 5, 'before3', deadline)).toBe(`reminder:r12:u5:before3:d${deadline.getTime()}`);
    expect(reminderKey(12, 5, 'after', deadline)).toBe(`reminder:r12:u5:after:d${deadline.getTime()}`);
    expect(reminderKey(12, 5, 'after', plus(deadline, DAY))).not.toBe(reminderKey(12, 5, 'after', deadline));
  });
});

describe('dueReminders', () => {
  const rounds: ReminderRound[] = [{ id: 2, deadline, closed: false }];
  const owe = (unitId: number, assignmentId: number, missing: boolean, returned = false, roundId = 2): Owed => ({
    roundId,
    unitId,
    assignmentId,
    missing,
    returned,
  });
  const owed: Owed[] = [
    owe(5, 31, true),
    owe(5, 12, true),
    owe(5, 20, false), // submitted: nothing owing
    owe(6, 40, false, true), // returned, not resubmitted
    owe(7, 50, false), // everything submitted: no reminder for unit 7
  ];
  const before3At = at('2018-07-03T09:00:00+08:00');

  it('groups by unit, lists the assignments still owing, skips units owing nothing', () => {
    expect(dueReminders(rounds, owed, before3At, new Set())).toEqual([
      { roundId: 2, unitId: 5, kind: 'before3', assignmentIds: [12, 31], dedupeKey: `reminder:r2:u5:before3:d${deadline.getTime()}` },
      { roundId: 2, unitId: 6, kind: 'before3', assignmentIds: [40], dedupeKey: `reminder:r2:u6:before3:d${deadline.getTime()}` },
    ]);
  });

  it('sends nothing twice: the keys of the first run fed back yield nothing', () => {
    const first = dueReminders(rounds, owed, before3At, new Set());
    expect(first).toHaveLength(2);
    const sent = new Set(first.map((r) => r.dedupeKey));
    expect(dueReminders(rounds, owed, plus(before3At, 5 * 60 * 1000), sent)).toEqual([]);
  });

  it('still sends what was not sent yet, and the next kind when its window opens', () => {
    const sent = new Set([reminderKey(2, 5, 'before3', deadline)]);
    expect(dueReminders(rounds, owed, before3At, sent).map((r) => r.dedupeKey)).toEqual([`reminder:r2:u6:before3:d${deadline.getTime()}`]);
    const before1 = dueReminders(rounds, owed, plus(deadline, -DAY), new Set([reminderKey(2, 5, 'before3', deadline), reminderKey(2, 6, 'before3', deadline)]));
    expect(before1.map((r) => r.dedupeKey)).toEqual([`reminder:r2:u5:before1:d${deadline.getTime()}`, `reminder:r2:u6:before1:d${deadline.getTime()}`]);
  });

  it('reminds again for the new deadline after a round is extended', () => {
    const sent = new Set(dueReminders(rounds, owed, before3At, new Set()).map((r) => r.dedupeKey));
    const extended: ReminderRound[] = [{ id: 2, deadline: plus(deadline, 7 * DAY), closed: false }];
    // At the old 3-day mark nothing is due any more: the new deadline is a week further.
    expect(dueReminders(extended, owed, before3At, sent)).toEqual([]);
    const again = dueReminders(extended, owed, plus(before3At, 7 * DAY), sent);
    expect(again.map((r) => [r.unitId, r.kind])).toEqual([
      [5, 'before3'],
      [6, 'before3'],
    ]);
    expect(dueReminders(extended, owed, plus(before3At, 7 * DAY), new Set([...sent, ...again.map((r) => r.dedupeKey)]))).toEqual([]);
  });

  it('chases a missed deadline the day after, only for what is still owing', () => {
    const now = at('2018-07-06T09:00:00+08:00');
    const later: Owed[] = [owe(5, 31, false), owe(5, 12, true), owe(6, 40, false, false)];
    expect(dueReminders(rounds, later, now, new Set())).toEqual([
      { roundId: 2, unitId: 5, kind: 'after', assignmentIds: [12], dedupeKey: `reminder:r2:u5:after:d${deadline.getTime()}` },
    ]);
  });

  it('sends no stale reminders: nothing once 2 days have passed after the deadline', () => {
    expect(dueReminders(rounds, owed, plus(deadline, 2 * DAY + 1), new Set())).toEqual([]);
    expect(dueReminders(rounds, owed, at('2018-09-01T09:00:00+08:00'), new Set())).toEqual([]);
  });

  it('sends only the current window after downtime, not the ones missed', () => {
    const r = dueReminders(rounds, owed, plus(deadline, -2 * 60 * 60 * 1000), new Set());
    expect(r.map((x) => x.kind)).toEqual(['before1', 'before1']);
  });

  it('sends nothing for closed rounds or at the deadline itself', () => {
    expect(dueReminders([{ id: 2, deadline, closed: true }], owed, before3At, new Set())).toEqual([]);
    expect(dueReminders(rounds, owed, deadline, new Set())).toEqual([]);
  });

  it('handles several rounds at once, each in its own window, and ignores owed rows of unknown rounds', () => {
    const q3: ReminderRound = { id: 3, deadline: endOfDayShanghai('2018-07-06'), closed: false };
    const now = at('2018-07-06T09:00:00+08:00');
    const rows: Owed[] = [owe(5, 12, true, false, 3), owe(5, 12, true, false, 2), owe(9, 90, true, false, 99)];
    expect(dueReminders([q3, ...rounds], rows, now, new Set())).toEqual([
      { roundId: 2, unitId: 5, kind: 'after', assignmentIds: [12], dedupeKey: `reminder:r2:u5:after:d${deadline.getTime()}` },
      { roundId: 3, unitId: 5, kind: 'before1', assignmentIds: [12], dedupeKey: `reminder:r3:u5:before1:d${q3.deadline.getTime()}` },
    ]);
  });
});
