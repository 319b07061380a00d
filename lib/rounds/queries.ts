import 'server-only';
import { and, desc, eq, gte, lt, sql } from 'drizzle-orm';
import { db } from '@/db/client';
import { assignments, reports, roundMeasures, rounds, units } from '@/db/schema';
import { owedJoin } from '@/lib/reports/owed';
import type { RoundStatus, UnitGroup } from '@/db/schema/enums';
import { chaseUnits, roundReminders } from '@/lib/reminders/owed';

/**
 * Per round: reports owed, submitted (ever), on time, approved, returned and awaiting review — one
 * aggregate query, narrowed to a unit group, a plan year (the dashboard's year: `rounds.year`) and a
 * deadline range when given.
 */
export function listRoundsWithProgress(planId: number, opts: { group?: UnitGroup; year?: number; from?: Date; to?: Date } = {}) {
  return db
    .select({
      round: rounds,
      owed: sql<number>`count(${assignments.id})`,
      submitted: sql<number>`coalesce(sum(${reports.firstSubmittedAt} is not null), 0)`,
      onTime: sql<number>`coalesce(sum(${reports.firstSubmittedAt} <= ${rounds.deadline}), 0)`,
      approved: sql<number>`coalesce(sum(${reports.status} = 'approved'), 0)`,
      returned: sql<number>`coalesce(sum(${reports.status} = 'returned'), 0)`,
      awaiting: sql<number>`coalesce(sum(${reports.status} = 'submitted'), 0)`,
    })
    .from(rounds)
    .leftJoin(roundMeasures, eq(roundMeasures.roundId, rounds.id))
    .leftJoin(
      assignments,
      and(owedJoin.assignment, opts.group ? sql`${assignments.unitId} in (select ${units.id} from ${units} where ${units.group} = ${opts.group})` : undefined),
    )
    .leftJoin(reports, owedJoin.report)
    .where(and(eq(rounds.planId, planId), opts.year !== undefined ? eq(rounds.year, opts.year) : undefined, opts.from ? gte(rounds.deadline, opts.from) : undefined, opts.to ? lt(rounds.deadline, opts.to) : undefined))
    // Grouping in deadline order lets SQLite walk rounds by its index instead of sorting every row.
    .groupBy(rounds.deadline, rounds.id)
    .orderBy(desc(rounds.deadline), desc(rounds.id))
    .all();
}

/** One round's progress (its page). */
export function roundProgress(round: { id: number; planId: number; deadline: Date }) {
  return listRoundsWithProgress(round.planId, { from: round.deadline, to: new Date(round.deadline.getTime() + 1) }).find((r) => r.round.id === round.id)!;
}

/** The plan's rounds, newest first, without figures (pickers). */
export function listRounds(planId: number) {
  return db.select().from(rounds).where(eq(rounds.planId, planId)).orderBy(desc(rounds.deadline), desc(rounds.id)).all();
}

export function getRound(id: number) {
  return db.select().from(rounds).where(eq(rounds.id, id)).get();
}

export function roundMeasureCount(roundId: number): number {
  return db.select({ n: sql<number>`count(*)` }).from(roundMeasures).where(eq(roundMeasures.roundId, roundId)).get()?.n ?? 0;
}

/** 催办 list for a round: per unit, what it may still be chased for (see lib/reminders/owed.ts), with its contact. */
export function chasingList(round: { id: number; status: RoundStatus }, now = new Date()) {
  return chaseUnits(db, round, now);
}

/** Every reminder sent in a round, the office's and the automatic ones, newest first. */
export function roundReminderHistory(roundId: number) {
  return roundReminders(db, roundId);
}
