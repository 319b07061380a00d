import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assignments, measures, plans, reports, roundMeasures, rounds, tasks, units, users } from '@/db/schema';
import { tempDatabase } from '@/lib/testing/temp-db';
import { computedRatesForAll } from './rates';
import type { ComputedRate } from './sheet';

// Fixture: one plan, three measures, two units. Rounds of the plan years 2017, 2018 and 2019 (each
// counts toward its rounds.year); reports submitted at, before and after their deadlines.
const t = tempDatabase();
afterAll(() => t.cleanup());

/** The last millisecond of a day in Shanghai (UTC+8). */
const endOfDay = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d, 15, 59, 59, 999));
const ids = { unit: 0, other: 0, m1: 0, m2: 0, m3: 0, a1: 0, a2: 0, a3: 0, otherA: 0, user: 0 };
const round = { q4of2017: 0, q1: 0, q2: 0, q4: 0, q1of2019: 0 };

beforeAll(() => {
  const db = t.db;
  ids.unit = db.insert(units).values({ code: 'u1', name: '甲局', fullName: '甲局', kind: 'government', group: 'city', enforcement: true }).returning().get().id;
  ids.other = db.insert(units).values({ code: 'u2', name: '乙镇', fullName: '乙镇', kind: 'township', group: 'township' }).returning().get().id;
  ids.user = db.insert(users).values({ username: 'u1', displayName: 'u1', unitId: ids.unit, role: 'unit', passwordHash: 'x' }).returning().get().id;
  const plan = db.insert(plans).values({ title: 'p', startYear: 2016, endYear: 2020 }).returning().get().id;
  const task = db.insert(tasks).values({ planId: plan, no: 1, title: 't' }).returning().get().id;
  const measure = (code: string) => db.insert(measures).values({ planId: plan, taskId: task, code, title: code }).returning().get().id;
  ids.m1 = measure('1.1');
  ids.m2 = measure('1.2');
  ids.m3 = measure('1.3');
  const created = new Date(Date.UTC(2017, 0, 1));
  const assign = (measureId: number, unitId: number) => db.insert(assignments).values({ measureId, unitId, role: 'lead', createdAt: created }).returning().get().id;
  ids.a1 = assign(ids.m1, ids.unit);
  ids.a2 = assign(ids.m2, ids.unit);
  ids.a3 = assign(ids.m3, ids.unit);
  ids.otherA = assign(ids.m1, ids.other);
  const mkRound = (name: string, deadline: Date, measureIds: number[], year = 2018) => {
    const id = db.insert(rounds).values({ planId: plan, name, year, periodStart: `${year}-01-01`, periodEnd: '2018-03-31', deadline, originalDeadline: deadline }).returning().get().id;
    for (const m of measureIds) db.insert(roundMeasures).values({ roundId: id, measureId: m }).run();
    return id;
  };
  round.q4of2017 = mkRound('2017Q4', endOfDay(2017, 12, 31), [ids.m1, ids.m2, ids.m3], 2017);
  round.q1 = mkRound('2018Q1', endOfDay(2018, 4, 10), [ids.m1, ids.m2]);
  round.q2 = mkRound('2018Q2', endOfDay(2018, 7, 10), [ids.m1, ids.m2, ids.m3]);
  round.q4 = mkRound('2018Q4', endOfDay(2018, 12, 31), [ids.m1]);
  // Counts toward 2019 (its plan year), although its deadline is 2019-01-01 00:00 in Shanghai.
  round.q1of2019 = mkRound('2019Q1', new Date(Date.UTC(2018, 11, 31, 16, 0, 0, 0)), [ids.m1, ids.m2], 2019);

  const report = (roundId: number, assignmentId: number, unitId: number, v: Partial<typeof reports.$inferInsert>) =>
    db.insert(reports).values({ roundId, assignmentId, unitId, ...v }).run();
  const dl = (id: number) => db.select().from(rounds).all().find((r) => r.id === id)!.deadline;
  // 2017: all on time, approved complete — none of it may count for 2018.
  for (const a of [ids.a1, ids.a2, ids.a3]) report(round.q4of2017, a, ids.unit, { status: 'approved', percent: 100, state: 'completed', firstSubmittedAt: new Date(dl(round.q4of2017).getTime() - 1000) });
  // 2018 Q1: a1 at the deadline's last millisecond (on time), a2 one millisecond late.
  report(round.q1, ids.a1, ids.unit, { status: 'approved', percent: 80, state: 'on_track', firstSubmittedAt: dl(round.q1) });
  report(round.q1, ids.a2, ids.unit, { status: 'submitted', percent: 50, state: 'on_track', firstSubmittedAt: new Date(dl(round.q1).getTime() + 1) });
  // 2018 Q2: a1 on time (returned later: first submission counts), a2 a draft never submitted, a3 missing.
  report(round.q2, ids.a1, ids.unit, { status: 'returned', percent: 90, state: 'on_track', firstSubmittedAt: new Date(Date.UTC(2018, 6, 1)) });
  report(round.q2, ids.a2, ids.unit, { status: 'draft', percent: 100, state: 'completed' });
  // 2018 Q4: a1 on time, approved at 100%.
  report(round.q4, ids.a1, ids.unit, { status: 'approved', percent: 100, state: 'on_track', firstSubmittedAt: new Date(Date.UTC(2018, 11, 20)) });
  // 2019 Q1: on time and complete — belongs to 2019.
  report(round.q1of2019, ids.a2, ids.unit, { status: 'approved', percent: 100, state: 'completed', firstSubmittedAt: new Date(Date.UTC(2018, 11, 1)) });
  // The other unit's report never counts for this unit; it is completed at 60%.
  report(round.q1, ids.otherA, ids.other, { status: 'approved', percent: 60, state: 'completed', firstSubmittedAt: new Date(Date.UTC(2018, 0, 5)) });
});

/** The production path (every unit at once), read for one unit. */
const onTimeRate = (unitId: number, year: number): ComputedRate | undefined => computedRatesForAll(t.db, year, [{ code: 'B1', source: 'onTimeReportRate' }])(unitId).B1;
const completionRate = (unitId: number, year: number): ComputedRate | undefined => computedRatesForAll(t.db, year, [{ code: 'B2', source: 'completionRate' }])(unitId).B2;

describe('on-time report rate from the app data', () => {
  it('counts the rounds of the plan year 2018 only, the deadline instant as on time, never-submitted as late', () => {
    // Owed in 2018: Q1 a1 (at the deadline: on time), a2 (1 ms late); Q2 a1 (on time), a2 (draft), a3 (missing); Q4 a1 (on time).
    expect(onTimeRate(ids.unit, 2018)).toEqual({ source: 'onTimeReportRate', rate: 0.5, part: 3, whole: 6 });
  });

  it('counts each round in its own plan year', () => {
    // 2017: the Q4 round (3 owed, all on time). 2019: the 2019Q1 round (a1 missing, a2 on time).
    expect(onTimeRate(ids.unit, 2017)).toMatchObject({ rate: 1, part: 3, whole: 3 });
    expect(onTimeRate(ids.unit, 2019)).toMatchObject({ rate: 0.5, part: 1, whole: 2 });
  });

  it('is null (the indicator does not apply) when nothing was owed', () => {
    expect(onTimeRate(ids.unit, 2016)).toEqual({ source: 'onTimeReportRate', rate: null, part: 0, whole: 0 });
  });

  it('never counts another unit', () => {
    // Its one assignment (measure 1.1) owed Q1, Q2 and Q4 of 2018; only Q1 was sent, on time.
    expect(onTimeRate(ids.other, 2018)).toMatchObject({ rate: 0.3333, part: 1, whole: 3 });
  });
});

describe('completion rate from the app data', () => {
  it('counts an assignment complete on an approved 100% report, not on an approved 80% one, a draft at 100% or another year', () => {
    // 2018 assignments owing a report: a1, a2, a3. a1: approved 80% (Q1) and approved 100% (Q4) → complete.
    // a2: draft 100% completed in Q2 (not approved), complete only in 2019 → not complete. a3: nothing → not complete.
    expect(completionRate(ids.unit, 2018)).toEqual({ source: 'completionRate', rate: 0.3333, part: 1, whole: 3 });
    // 2017: all three approved as completed.
    expect(completionRate(ids.unit, 2017)).toMatchObject({ rate: 1, part: 3, whole: 3 });
    // 2019: a1 and a2 owed; a2 approved complete.
    expect(completionRate(ids.unit, 2019)).toMatchObject({ rate: 0.5, part: 1, whole: 2 });
  });

  it('is null when the unit owed no report that year', () => {
    expect(completionRate(ids.unit, 2016)).toEqual({ source: 'completionRate', rate: null, part: 0, whole: 0 });
  });

  it('counts an approved report in state completed at 60% as complete', () => {
    expect(completionRate(ids.other, 2018)).toMatchObject({ rate: 1, part: 1, whole: 1 });
  });
});

describe('computedRatesForAll', () => {
  it('fills each indicator from its source, computing each source once', () => {
    const r = computedRatesForAll(t.db, 2018, [
      { code: 'B1', source: 'onTimeReportRate' },
      { code: 'B2', source: 'completionRate' },
      { code: 'X9', source: 'onTimeReportRate' },
    ])(ids.unit);
    expect(r.B1).toMatchObject({ rate: 0.5 });
    expect(r.B2).toMatchObject({ rate: 0.3333 });
    expect(r.X9).toBe(r.B1);
  });
});
