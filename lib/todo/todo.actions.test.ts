import { beforeAll, describe, expect, it } from 'vitest';
import { and, eq, inArray, isNull } from 'drizzle-orm';
import { db } from '@/db/client';
import { assessmentUnits, assessments, assignments, extensionRequests, measures, reports, roundMeasures, rounds, units, users } from '@/db/schema';
import { getCurrentPlan } from '@/lib/plans/queries';
import { listOwedReports } from '@/lib/reports/owed';
import { listExtensionRequests, reviewQueue } from '@/lib/reports/queries';
import { chasingList } from '@/lib/rounds/queries';
import { navBadgeCounts, todoCounts } from './queries';

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;
const now = new Date();
const office = { role: 'office' as const, unitId: 1 };
const ids = { overdue: 0, closedPast: 0, soon: 0, later: 0 };

/** A round of the current plan covering `measureIds`, due at `deadline`. */
function addRound(name: string, deadline: Date, status: 'open' | 'closed', measureIds: number[]): number {
  const plan = getCurrentPlan()!;
  const round = db
    .insert(rounds)
    .values({ planId: plan.id, name, year: 2026, periodStart: '2026-01-01', periodEnd: '2026-12-31', deadline, originalDeadline: deadline, status })
    .returning()
    .get();
  db.insert(roundMeasures).values(measureIds.map((measureId) => ({ roundId: round.id, measureId }))).run();
  return round.id;
}

/** What the round's 催办 list says was never submitted (the list the overdue count opens). */
const missingIn = (roundId: number) => chasingList({ id: roundId, status: 'open' }).reduce((s, u) => s + u.missing.length, 0);

beforeAll(() => {
  // Two measures with active assignments: every report they owe in a round.
  const measureIds = db
    .selectDistinct({ id: assignments.measureId })
    .from(assignments)
    .innerJoin(measures, eq(measures.id, assignments.measureId))
    .where(and(eq(assignments.status, 'active'), isNull(measures.archivedAt)))
    .limit(2)
    .all()
    .map((m) => m.id);
  // The assignments existed before every round's deadline, so each owes a report in each round.
  db.update(assignments).set({ createdAt: new Date(now.getTime() - 30 * DAY) }).where(inArray(assignments.measureId, measureIds)).run();
  ids.overdue = addRound('逾期轮次', new Date(now.getTime() - HOUR), 'open', measureIds);
  ids.closedPast = addRound('已关闭轮次', new Date(now.getTime() - DAY), 'closed', measureIds);
  ids.soon = addRound('三日后截止', new Date(now.getTime() + 3 * DAY), 'open', measureIds);
  ids.later = addRound('十日后截止', new Date(now.getTime() + 10 * DAY), 'open', measureIds);

  // In the overdue round one unit submitted (awaiting review), another only saved a draft (still owed).
  const owing = db.select().from(assignments).where(and(inArray(assignments.measureId, measureIds), eq(assignments.status, 'active'))).orderBy(assignments.id).all();
  expect(owing.length).toBeGreaterThan(2);
  const [sent, drafted] = owing;
  const at = new Date(now.getTime() - 2 * HOUR);
  db.insert(reports)
    .values([
      { roundId: ids.overdue, assignmentId: sent!.id, unitId: sent!.unitId, status: 'submitted', submissions: 1, firstSubmittedAt: at, lastSubmittedAt: at, percent: 50, state: 'on_track', workDone: 'x' },
      { roundId: ids.overdue, assignmentId: drafted!.id, unitId: drafted!.unitId, status: 'draft', workDone: 'x' },
    ])
    .run();

  // In the closed round two reports were returned: one is past its resubmission deadline.
  const returned = (a: (typeof owing)[number], resubmitBy: Date) => ({
    roundId: ids.closedPast,
    assignmentId: a.id,
    unitId: a.unitId,
    status: 'returned' as const,
    submissions: 1,
    firstSubmittedAt: at,
    lastSubmittedAt: at,
    resubmitBy,
    workDone: 'x',
  });
  db.insert(reports)
    .values([returned(owing[0]!, new Date(now.getTime() - DAY)), returned(owing[1]!, new Date(now.getTime() + 5 * DAY))])
    .run();

  // Two extension requests pending, one decided.
  const requester = db.select().from(users).where(eq(users.role, 'unit')).get()!;
  const assignment = db.select().from(assignments).where(eq(assignments.unitId, requester.unitId)).get()!;
  const ask = { assignmentId: assignment.id, unitId: requester.unitId, requestedBy: requester.id, requestedDueDate: '2027-06-30', reason: '需要更多时间' };
  db.insert(extensionRequests).values([ask, ask, { ...ask, status: 'approved' as const }]).run();

  // 2025 in its self-assessment stage: two units submitted, one still drafting; 2024 already scoring.
  const some = db.select().from(units).limit(3).all();
  const self = db.insert(assessments).values({ year: 2025, stage: 'self' }).returning().get();
  const scoring = db.insert(assessments).values({ year: 2024, stage: 'scoring' }).returning().get();
  const au = (assessmentId: number, unitId: number, selfStatus: 'draft' | 'submitted') => ({ assessmentId, unitId, group: 'city' as const, enforcement: false, selfStatus });
  db.insert(assessmentUnits)
    .values([au(self.id, some[0]!.id, 'submitted'), au(self.id, some[1]!.id, 'submitted'), au(self.id, some[2]!.id, 'draft'), au(scoring.id, some[0]!.id, 'submitted')])
    .run();
});

describe('the office’s to-do', () => {
  it('counts exactly what the review queue lists by default', () => {
    const plan = getCurrentPlan()!;
    const queue = reviewQueue(plan.id, { page: 1 });
    expect(queue.hasNext).toBe(false);
    const c = todoCounts(office, now);
    expect(c.review).toBe(queue.rows.length);
    expect(c.review).toBeGreaterThan(0);
  });

  it('counts the pending extension requests the extensions page lists', () => {
    const c = todoCounts(office, now);
    expect(c.extensions).toBe(listExtensionRequests(office, { status: 'pending' }).length);
    expect(c.extensions).toBe(2);
  });

  it('counts reports owed and never submitted in open rounds past their deadline, per round, as the round’s 催办 list does', () => {
    const c = todoCounts(office, now);
    expect(c.overdue!.rounds.map((r) => r.id)).toEqual([ids.overdue]);
    const owed = listOwedReports(db, eq(rounds.id, ids.overdue));
    const neverSubmitted = owed.filter((r) => r.firstSubmittedAt === null).length;
    // The draft is still owed; the submitted report is not.
    expect(neverSubmitted).toBe(owed.length - 1);
    expect(c.overdue!.rounds[0]!.count).toBe(neverSubmitted);
    expect(c.overdue!.total).toBe(missingIn(ids.overdue));
  });

  it('counts returned reports awaiting resubmission, and those past their resubmission deadline', () => {
    const plan = getCurrentPlan()!;
    const c = todoCounts(office, now);
    expect(c.returned!.total).toBe(reviewQueue(plan.id, { page: 1, status: 'returned' }).rows.length);
    expect(c.returned!.total).toBe(2);
    expect(c.returned!.pastDue).toBe(1);
  });

  it('lists the open rounds closing within 7 days with what is still outstanding', () => {
    const c = todoCounts(office, now);
    expect(c.closing!.map((r) => r.id)).toEqual([ids.soon]);
    expect(c.closing![0]!.outstanding).toBe(missingIn(ids.soon));
    expect(c.closing![0]!.outstanding).toBeGreaterThan(0);
  });

  it('counts submitted self-assessments of assessments still in the self-assessment stage', () => {
    expect(todoCounts(office, now).selfChecks).toEqual([{ year: 2025, count: 2 }]);
  });

  it('shows zero calmly: a count with nothing to do is 0, not missing', () => {
    const later = new Date(now.getTime() - 30 * DAY);
    const c = todoCounts(office, later);
    expect(c.overdue).toEqual({ total: 0, rounds: [] });
    expect(c.closing).toEqual([]);
  });

  it('gives nothing of it to roles without the office’s permissions', () => {
    for (const role of ['leader', 'assessor', 'unit', 'admin', 'auditor'] as const) {
      const c = todoCounts({ role }, now);
      expect(Object.values(c).every((v) => v === undefined), role).toBe(true);
      expect(navBadgeCounts({ role }), role).toEqual({ review: undefined, extensions: undefined });
    }
  });

  it('puts the same counts on the navigation as on the to-do', () => {
    const c = todoCounts(office, now);
    expect(navBadgeCounts(office)).toEqual({ review: c.review, extensions: c.extensions });
  });
});
