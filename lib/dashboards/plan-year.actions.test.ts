import { beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { assignments, measures, plans, reports, roundMeasures, rounds, tasks, units } from '@/db/schema';
import { yearFacts } from '@/lib/annual-report/queries';
import { computedRatesForAll } from '@/lib/assessments/rates';
import { createRoundAction } from '@/lib/rounds/actions';
import { signInAs } from '@/lib/testing/mocks/session';
import { run, testUser } from '@/lib/testing/users';
import { defaultDashboardYear, roundsByYear, roundsInYear } from './queries';
import { loadDashboardView } from './view';

// Fixture: a plan of its own (2031–2035, so the demo's data cannot mix in) with one measure owed by
// two units, and two rounds of 2032: Q3 due in October, Q4 due on 10 January 2033. The Q4 round
// counts toward 2032 — on the dashboard, in the on-time rate and in the annual report.

/** The last millisecond of a day in Shanghai (UTC+8). */
const endOfDay = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d, 15, 59, 59, 999));
const ids = { plan: 0, q3: 0, q4: 0, a: 0, b: 0, unitA: 0, unitB: 0 };
const NOW = new Date(Date.UTC(2033, 1, 1));

beforeAll(() => {
  ids.plan = db.insert(plans).values({ title: '年度测试方案', startYear: 2031, endYear: 2035, isCurrent: false }).returning().get().id;
  const task = db.insert(tasks).values({ planId: ids.plan, no: 1, title: '任务' }).returning().get().id;
  const measure = db.insert(measures).values({ planId: ids.plan, taskId: task, code: '1.1', title: '措施' }).returning().get().id;
  const [unitA, unitB] = db.select().from(units).where(eq(units.kind, 'government')).limit(2).all();
  ids.unitA = unitA!.id;
  ids.unitB = unitB!.id;
  const created = new Date(Date.UTC(2032, 0, 1));
  ids.a = db.insert(assignments).values({ measureId: measure, unitId: ids.unitA, role: 'lead', createdAt: created }).returning().get().id;
  ids.b = db.insert(assignments).values({ measureId: measure, unitId: ids.unitB, role: 'cooperating', createdAt: created }).returning().get().id;
  const round = (name: string, periodStart: string, periodEnd: string, deadline: Date) => {
    const id = db
      .insert(rounds)
      .values({ planId: ids.plan, name, year: 2032, periodStart, periodEnd, deadline, originalDeadline: deadline, status: 'closed', closedAt: deadline })
      .returning()
      .get().id;
    db.insert(roundMeasures).values({ roundId: id, measureId: measure }).run();
    return id;
  };
  ids.q3 = round('2032年第三季度', '2032-07-01', '2032-09-30', endOfDay(2032, 10, 10));
  ids.q4 = round('2032年第四季度', '2032-10-01', '2032-12-31', endOfDay(2033, 1, 10));
  const report = (roundId: number, assignmentId: number, unitId: number, submitted: Date, percent: number) =>
    db
      .insert(reports)
      .values({ roundId, assignmentId, unitId, status: 'approved', percent, state: percent >= 100 ? 'completed' : 'on_track', firstSubmittedAt: submitted, lastSubmittedAt: submitted, workDone: `进展${percent}` })
      .run();
  // Q3: both on time. Q4: A on time in January (complete), B late in January.
  report(ids.q3, ids.a, ids.unitA, new Date(Date.UTC(2032, 9, 5)), 75);
  report(ids.q3, ids.b, ids.unitB, new Date(Date.UTC(2032, 9, 5)), 60);
  report(ids.q4, ids.a, ids.unitA, new Date(Date.UTC(2033, 0, 5)), 100);
  report(ids.q4, ids.b, ids.unitB, new Date(Date.UTC(2033, 0, 15)), 90);
});

describe('a Q4 round due in January counts in Q4’s year', () => {
  it('on the dashboard: the year’s rounds, the year it opens on, and the chosen round’s on-time rate', () => {
    expect(roundsByYear(ids.plan).get(2032)?.map((r) => r.id)).toEqual([ids.q3, ids.q4]);
    expect(roundsByYear(ids.plan).has(2033)).toBe(false);
    expect(roundsInYear(ids.plan, 2032).map((r) => r.id)).toEqual([ids.q3, ids.q4]);
    expect(roundsInYear(ids.plan, 2033)).toEqual([]);

    const view = loadDashboardView({ plan: String(ids.plan) }, NOW)!;
    expect(view.year).toBe(2032);
    expect(view.rounds.map((r) => r.id)).toEqual([ids.q3, ids.q4]);
    expect(view.round?.id).toBe(ids.q4);
    // Q4: A on time, B late.
    expect(view.onTimeRate()).toBe(50);
    expect(view.trend().map((r) => [r.round.id, r.owed, r.onTime])).toEqual([
      [ids.q3, 2, 2],
      [ids.q4, 2, 1],
    ]);
    // 2033 has no round of its own.
    expect(loadDashboardView({ plan: String(ids.plan), year: '2033' }, NOW)!.trend()).toEqual([]);
  });

  it('in the on-time rate and completion rate of the assessment', () => {
    const rates = computedRatesForAll(db, 2032, [
      { code: 'B1', source: 'onTimeReportRate' },
      { code: 'B2', source: 'completionRate' },
    ]);
    expect(rates(ids.unitA).B1).toMatchObject({ rate: 1, part: 2, whole: 2 });
    expect(rates(ids.unitB).B1).toMatchObject({ rate: 0.5, part: 1, whole: 2 });
    // A completed in the Q4 round (approved at 100%): complete in 2032.
    expect(rates(ids.unitA).B2).toMatchObject({ rate: 1, part: 1, whole: 1 });
    expect(computedRatesForAll(db, 2033, [{ code: 'B1', source: 'onTimeReportRate' }])(ids.unitA).B1).toMatchObject({ rate: null, whole: 0 });
  });

  it('in the annual report', () => {
    const facts = yearFacts(2032)!;
    expect(facts).toMatchObject({ rounds: 2, owed: 4, onTime: 3, submitted: 4, assignments: 2, completed: 1 });
    // The achievements are the Q4 reports (the year's latest).
    expect(facts.tasks[0]!.work.map((w) => w.workDone).sort()).toEqual(['进展100', '进展90']);
    expect(yearFacts(2033)).toMatchObject({ rounds: 0, owed: 0, onTime: 0 });
  });
});

describe('the year the dashboard opens on', () => {
  it('is the latest of the plan’s years with a round, never a year outside the plan', () => {
    const plan = { startYear: 2016, endYear: 2020 };
    const r = [{}];
    expect(defaultDashboardYear(plan, new Map([[2018, r], [2026, r]]), new Date(Date.UTC(2026, 5, 1)))).toBe(2018);
    expect(defaultDashboardYear(plan, new Map(), new Date(Date.UTC(2026, 5, 1)))).toBe(2020);
    expect(defaultDashboardYear(plan, new Map(), new Date(Date.UTC(2012, 5, 1)))).toBe(2016);
  });
});

describe('opening a round', () => {
  it('counts it in its period’s year by default, in a year chosen by hand, and never outside the plan’s years', async () => {
    signInAs(testUser('office'));
    const base = { planId: ids.plan, periodStart: '2034-10-01', periodEnd: '2034-12-31', deadlineDay: '2035-01-10' };
    expect(await run(createRoundAction, { ...base, name: '默认年度' })).toMatchObject({ ok: true });
    expect(db.select({ year: rounds.year }).from(rounds).where(eq(rounds.name, '默认年度')).get()?.year).toBe(2034);
    expect(await run(createRoundAction, { ...base, name: '指定年度', year: '2033' })).toMatchObject({ ok: true });
    expect(db.select({ year: rounds.year }).from(rounds).where(eq(rounds.name, '指定年度')).get()?.year).toBe(2033);
    const outside = await run(createRoundAction, { ...base, name: '方案外', periodStart: '2036-01-01', periodEnd: '2036-03-31', deadlineDay: '2036-04-10' });
    expect(outside.ok).toBe(false);
    expect(outside.fieldErrors?.year).toBeTruthy();
    expect(db.select().from(rounds).where(eq(rounds.name, '方案外')).get()).toBeUndefined();
  });
});
