import { and, eq, or, sql, type SQL } from 'drizzle-orm';
import type { DB, Tx } from '@/db/client';
import { assignments, reports, roundMeasures, rounds } from '@/db/schema';

/**
 * Which reports are owed (the one definition every count uses: chasing lists, on-time rates, the
 * assessment, the dashboard). An assignment owes one report in each round that covers its measure,
 * if it existed by the round's deadline and was not archived before it.
 */
export const owedJoin = {
  assignment: and(
    eq(assignments.measureId, roundMeasures.measureId),
    sql`${assignments.createdAt} <= ${rounds.deadline}`,
    or(eq(assignments.status, 'active'), sql`${assignments.archivedAt} > ${rounds.deadline}`),
  )!,
  report: and(eq(reports.roundId, rounds.id), eq(reports.assignmentId, assignments.id))!,
};

export interface OwedReport {
  roundId: number;
  deadline: Date;
  assignmentId: number;
  unitId: number;
  reportId: number | null;
  status: string | null;
  firstSubmittedAt: Date | null;
}

/** The reports owed in rounds matching `where` (e.g. a deadline range, a round, a unit), with what was submitted. */
export function listOwedReports(tx: DB | Tx, where: SQL | undefined): OwedReport[] {
  return tx
    .select({
      roundId: rounds.id,
      deadline: rounds.deadline,
      assignmentId: assignments.id,
      unitId: assignments.unitId,
      reportId: reports.id,
      status: reports.status,
      firstSubmittedAt: reports.firstSubmittedAt,
    })
    .from(rounds)
    .innerJoin(roundMeasures, eq(roundMeasures.roundId, rounds.id))
    .innerJoin(assignments, owedJoin.assignment)
    .leftJoin(reports, owedJoin.report)
    .where(where)
    .all();
}

/**
 * Rounds that count toward a plan year (`rounds.year`, by default the year of the period reported on:
 * a fourth-quarter round due in January counts in the quarter's year), optionally of one plan only
 * (then read through the index on rounds(plan_id, year)).
 */
export function roundsOfYear(year: number, planId?: number): SQL {
  return planId === undefined ? eq(rounds.year, year) : and(eq(rounds.planId, planId), eq(rounds.year, year))!;
}
