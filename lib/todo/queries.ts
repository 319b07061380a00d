import 'server-only';
import { and, asc, count, eq, isNull, lt, sql } from 'drizzle-orm';
import { db } from '@/db/client';
import { assessmentUnits, assessments, assignments, extensionRequests, plans, reports, roundMeasures, rounds } from '@/db/schema';
import { can } from '@/lib/auth/permissions';
import type { Role } from '@/lib/auth/roles';
import { owedJoin } from '@/lib/reports/owed';
import { listRoundsWithProgress } from '@/lib/rounds/queries';

/** How far ahead the to-do looks for rounds about to close. */
export const CLOSING_WITHIN_DAYS = 7;
const DAY_MS = 24 * 60 * 60 * 1000;

interface Reader {
  role: Role;
}

/** The current plan's rounds, as a subquery (the review queue and the rounds list show that plan's). */
const currentPlanRounds = () => db.select({ id: rounds.id }).from(rounds).innerJoin(plans, eq(plans.id, rounds.planId)).where(eq(plans.isCurrent, true));

/** Reports awaiting review: what the review queue lists by default (submitted, in the current plan). */
export function awaitingReviewCount(): number {
  return (
    db
      .select({ n: count() })
      .from(reports)
      .where(and(eq(reports.status, 'submitted'), sql`${reports.roundId} in ${currentPlanRounds()}`))
      .get()?.n ?? 0
  );
}

/** Extension requests nobody has decided yet (what /extensions lists by default). */
export function pendingExtensionCount(): number {
  return db.select({ n: count() }).from(extensionRequests).where(eq(extensionRequests.status, 'pending')).get()?.n ?? 0;
}

/** The counts on the navigation (审核, 延期申请), only those the user can act on: two indexed counts. */
export function navBadgeCounts(user: Reader): { review?: number; extensions?: number } {
  return {
    review: can(user.role, 'report.review') ? awaitingReviewCount() : undefined,
    extensions: can(user.role, 'extension.decide') ? pendingExtensionCount() : undefined,
  };
}

/**
 * Per open round of the current plan whose deadline has passed: the reports owed (lib/reports/owed.ts)
 * that were never submitted. Oldest deadline first.
 */
export function overdueByRound(now: Date) {
  return db
    .select({ id: rounds.id, name: rounds.name, deadline: rounds.deadline, count: sql<number>`count(*)` })
    .from(rounds)
    .innerJoin(plans, and(eq(plans.id, rounds.planId), eq(plans.isCurrent, true)))
    .innerJoin(roundMeasures, eq(roundMeasures.roundId, rounds.id))
    .innerJoin(assignments, owedJoin.assignment)
    .leftJoin(reports, owedJoin.report)
    .where(and(eq(rounds.status, 'open'), lt(rounds.deadline, now), isNull(reports.firstSubmittedAt)))
    .groupBy(rounds.id)
    .orderBy(asc(rounds.deadline), asc(rounds.id))
    .all();
}

/** Returned reports of the current plan not yet resubmitted, and how many of them are past their resubmission deadline. */
export function returnedCounts(now: Date): { total: number; pastDue: number } {
  const row = db
    .select({ total: count(), pastDue: sql<number>`coalesce(sum(${reports.resubmitBy} < ${now.getTime()}), 0)` })
    .from(reports)
    .where(and(eq(reports.status, 'returned'), sql`${reports.roundId} in ${currentPlanRounds()}`))
    .get();
  return { total: row?.total ?? 0, pastDue: row?.pastDue ?? 0 };
}

/** Open rounds of the current plan closing within CLOSING_WITHIN_DAYS, soonest first, with what is still outstanding. */
export function roundsClosingSoon(now: Date) {
  const plan = db.select({ id: plans.id }).from(plans).where(eq(plans.isCurrent, true)).get();
  if (!plan) return [];
  return listRoundsWithProgress(plan.id, { from: now, to: new Date(now.getTime() + CLOSING_WITHIN_DAYS * DAY_MS) })
    .filter((r) => r.round.status === 'open')
    .map((r) => ({ id: r.round.id, name: r.round.name, deadline: r.round.deadline, owed: r.owed, outstanding: r.owed - r.submitted }))
    .reverse();
}

/** Self-assessments submitted and waiting for the office's check, per assessment still in its self-assessment stage. */
export function selfAssessmentsToCheck() {
  return db
    .select({ year: assessments.year, count: sql<number>`count(*)` })
    .from(assessmentUnits)
    .innerJoin(assessments, eq(assessments.id, assessmentUnits.assessmentId))
    .where(and(eq(assessmentUnits.selfStatus, 'submitted'), eq(assessments.stage, 'self')))
    .groupBy(assessments.year)
    .orderBy(asc(assessments.year))
    .all();
}

/**
 * The office's to-do: each count the user's permissions cover (undefined where they do not), each
 * from the same definition as the list it opens.
 */
export function todoCounts(user: Reader, now: Date) {
  const overdue = can(user.role, 'round.manage') ? overdueByRound(now) : undefined;
  return {
    review: can(user.role, 'report.review') ? awaitingReviewCount() : undefined,
    extensions: can(user.role, 'extension.decide') ? pendingExtensionCount() : undefined,
    overdue: overdue && { total: overdue.reduce((s, r) => s + r.count, 0), rounds: overdue },
    returned: can(user.role, 'report.review') ? returnedCounts(now) : undefined,
    closing: can(user.role, 'round.manage') ? roundsClosingSoon(now) : undefined,
    selfChecks: can(user.role, 'assessment.manage') ? selfAssessmentsToCheck() : undefined,
  };
}

export type TodoCounts = ReturnType<typeof todoCounts>;
