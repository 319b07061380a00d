import { and, eq, inArray, sql, type SQL } from 'drizzle-orm';
import { can } from '@/lib/auth/permissions';
import type { ScopedUser } from '@/lib/auth/scope';
import { db, type DB, type Tx } from '@/db/client';
import { memo } from '@/lib/cache/memo';
import { assignments, measures, reports, rounds } from '@/db/schema';
import { dayInShanghai } from '@/lib/i18n/format';
import { listOwedReports } from './owed';
import { LIGHT_SOON_DAYS, trafficLight, type Light, type LightReason } from './rules';

export const LIGHTS: Light[] = ['green', 'yellow', 'red'];

/**
 * The traffic light of every active assignment of a plan (optionally narrowed by `where` on
 * assignments/measures), computed inside SQLite so that thousands of assignments cost one query.
 * It is `trafficLight` (rules.ts) written as SQL; a unit test checks that the two agree on every case.
 */
export function lightQuery(planId: number, now: Date, where?: SQL) {
  const nowMs = now.getTime();
  const soonMs = LIGHT_SOON_DAYS * 86_400_000;
  const today = dayInShanghai(now);
  return sql`
    with lp as (
      select measure_id, round_id, deadline from (
        select rm.measure_id as measure_id, r.id as round_id, r.deadline as deadline,
          row_number() over (partition by rm.measure_id order by r.deadline desc, r.id desc) as n
        from round_measures rm join rounds r on r.id = rm.round_id
        where r.plan_id = ${planId} and r.deadline < ${nowMs}
      ) where n = 1
    ),
    soon as (
      select rm.measure_id as measure_id, r.id as round_id, r.deadline as deadline
      from round_measures rm join rounds r on r.id = rm.round_id
      where r.plan_id = ${planId} and r.deadline >= ${nowMs} and r.deadline - ${soonMs} <= ${nowMs}
    )
    select ${assignments.id} as id, ${assignments.measureId} as measureId, ${assignments.unitId} as unitId, ${measures.taskId} as taskId,
      ${assignments.latestReportId} as latestReportId,
      case
        when (lp.round_id is not null and ${assignments.createdAt} <= lp.deadline and not exists (
                select 1 from reports x where x.round_id = lp.round_id and x.assignment_id = ${assignments.id} and x.first_submitted_at is not null))
          or (coalesce(${assignments.dueDate}, ${measures.dueDate}) < ${today} and coalesce(lr.state, '') <> 'completed')
          or lr.state = 'delayed'
          or (lr.status = 'returned' and lr.resubmit_by is not null and lr.resubmit_by < ${nowMs})
          then 2
        when exists (
                select 1 from soon s where s.measure_id = ${assignments.measureId} and ${assignments.createdAt} <= s.deadline and not exists (
                  select 1 from reports x where x.round_id = s.round_id and x.assignment_id = ${assignments.id} and x.first_submitted_at is not null))
          or lr.status = 'returned' or lr.state = 'at_risk'
          then 1
        else 0
      end as light
    from ${assignments}
    join ${measures} on ${measures.id} = ${assignments.measureId}
    left join lp on lp.measure_id = ${assignments.measureId}
    left join ${reports} lr on lr.id = ${assignments.latestReportId}
    where ${and(eq(assignments.status, 'active'), eq(measures.planId, planId), sql`${measures.archivedAt} is null`, where)}`;
}

export interface AssignmentLight {
  id: number;
  measureId: number;
  unitId: number;
  light: Light;
}

/** Lights of the plan's active assignments (all of them, or those matching `where`). */
export function assignmentLights(tx: DB | Tx, planId: number, now: Date, where?: SQL): AssignmentLight[] {
  return tx
    .all<{ id: number; measureId: number; unitId: number; light: 0 | 1 | 2 }>(lightQuery(planId, now, where))
    .map((r) => ({ id: r.id, measureId: r.measureId, unitId: r.unitId, light: LIGHTS[r.light]! }));
}

/** The lights of one unit's active assignments in a plan, by assignment id (the unit's page). */
export function unitAssignmentLights(planId: number, unitId: number, now = new Date()): Map<number, Light> {
  return new Map(assignmentLights(db, planId, now, eq(assignments.unitId, unitId)).map((l) => [l.id, l.light]));
}

/**
 * The lights of the given assignments that the user may see (a measure's page): every one for those
 * who follow all progress, only the user's own unit's for a reporting officer.
 */
export function visibleAssignmentLights(user: ScopedUser, planId: number, assignmentIds: number[], now = new Date()): Map<number, Light> {
  if (assignmentIds.length === 0) return new Map();
  const scope = can(user.role, 'progress.read.all') ? undefined : eq(assignments.unitId, user.unitId);
  return new Map(assignmentLights(db, planId, now, and(inArray(assignments.id, assignmentIds), scope)).map((l) => [l.id, l.light]));
}

/** Each measure's worst light, aggregated in SQL: one row per measure. */
export function measureLights(tx: DB | Tx, planId: number, now: Date): Map<number, Light> {
  const rows = tx.all<{ measureId: number; light: 0 | 1 | 2 }>(sql`select measureId, max(light) as light from (${lightQuery(planId, now)}) group by measureId`);
  return new Map(rows.map((r) => [r.measureId, LIGHTS[r.light]!]));
}

/**
 * `measureLights` for pages (the plan, the assignment board): kept until the next write, and for at
 * most a minute because lights move with the clock. Shared between requests: read only.
 */
export function cachedMeasureLights(planId: number): Map<number, Light> {
  return memo(`measureLights:${planId}`, 60_000, () => measureLights(db, planId, new Date()));
}

/**
 * One assignment's light with every reason, from the pure rule and all of its rounds and reports
 * (for the assignment page, where the reasons are shown).
 */
export function assignmentLightDetail(assignmentId: number, dueDate: string | null, now: Date, tx: DB | Tx = db): { light: Light; reasons: LightReason[] } {
  const owed = listOwedReports(tx, eq(assignments.id, assignmentId));
  const own = tx
    .select({
      roundId: reports.roundId,
      status: reports.status,
      state: reports.state,
      firstSubmittedAt: reports.firstSubmittedAt,
      lastSubmittedAt: reports.lastSubmittedAt,
      resubmitBy: reports.resubmitBy,
    })
    .from(reports)
    .innerJoin(rounds, eq(rounds.id, reports.roundId))
    .where(eq(reports.assignmentId, assignmentId))
    .all();
  return trafficLight({ now, dueDate, rounds: owed.map((o) => ({ id: o.roundId, deadline: o.deadline })), reports: own });
}
