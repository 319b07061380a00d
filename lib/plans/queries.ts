import 'server-only';
import { paginate, type CountedPage } from '@/lib/list/paginate';
import { and, asc, count, eq, isNull, sql } from 'drizzle-orm';
import { db } from '@/db/client';
import { unitsMatching } from '@/db/helpers';
import { memo } from '@/lib/cache/memo';
import { assignments, measures, plans, tasks, units, type Measure, type Plan, type Task } from '@/db/schema';
import type { AssignmentRole } from '@/db/schema';

export interface AssignedUnit {
  assignmentId: number;
  unitId: number;
  code: string;
  name: string;
  role: AssignmentRole;
  target: string | null;
  dueDate: string | null;
}

/** A measure with its units (at most `unitsPerRole` of each role when the tree was asked for a preview) and the full counts. */
export type MeasureWithUnits = Measure & { units: AssignedUnit[]; unitCounts: Record<AssignmentRole, number> };
export type TaskWithMeasures = Task & { measures: MeasureWithUnits[] };

export function getCurrentPlan(): Plan | undefined {
  return db.select().from(plans).where(eq(plans.isCurrent, true)).get();
}

export function listPlans(): Plan[] {
  return db.select().from(plans).orderBy(asc(plans.startYear), asc(plans.id)).all();
}

export function getPlan(planId: number): Plan | undefined {
  return db.select().from(plans).where(eq(plans.id, planId)).get();
}

/**
 * The active assignments of a plan's current measures, with unit names: one query. With `perRole`,
 * only the first units of each role per measure (a province has hundreds on one measure).
 */
function assignedUnits(planId: number, perRole?: number) {
  const columns = {
    measureId: assignments.measureId,
    assignmentId: assignments.id,
    unitId: units.id,
    code: units.code,
    name: units.name,
    role: assignments.role,
    target: assignments.target,
    dueDate: assignments.dueDate,
    n: sql<number>`row_number() over (partition by ${assignments.measureId}, ${assignments.role} order by ${units.sortOrder}, ${units.id})`.as('n'),
  };
  const ranked = db
    .select(columns)
    .from(assignments)
    .innerJoin(measures, eq(measures.id, assignments.measureId))
    .innerJoin(units, eq(units.id, assignments.unitId))
    .where(and(eq(measures.planId, planId), isNull(measures.archivedAt), eq(assignments.status, 'active')))
    .as('ranked');
  return db
    .select()
    .from(ranked)
    .where(perRole ? sql`${ranked.n} <= ${perRole}` : undefined)
    .orderBy(sql`case ${ranked.role} when 'lead' then 0 else 1 end`, sql`${ranked.n}`)
    .all()
    .map(({ n: _n, ...unit }) => unit);
}

/** How many units of each role every current measure of the plan has: one grouped query. */
function unitCounts(planId: number) {
  const rows = db
    .select({ measureId: assignments.measureId, role: assignments.role, n: count() })
    .from(assignments)
    .innerJoin(measures, eq(measures.id, assignments.measureId))
    .where(and(eq(measures.planId, planId), isNull(measures.archivedAt), eq(assignments.status, 'active')))
    .groupBy(assignments.measureId, assignments.role)
    .all();
  const out = new Map<number, Record<AssignmentRole, number>>();
  for (const r of rows) out.set(r.measureId, { ...(out.get(r.measureId) ?? { lead: 0, cooperating: 0 }), [r.role]: r.n });
  return out;
}

/**
 * A plan's tasks, each with its current measures and their lead and cooperating units: four queries.
 * `unitsPerRole` limits the units listed per measure and role (pages); the counts are always complete.
 */
export function getPlanTree(planId: number, unitsPerRole?: number): TaskWithMeasures[] {
  const taskRows = db.select().from(tasks).where(eq(tasks.planId, planId)).orderBy(asc(tasks.sortOrder), asc(tasks.no)).all();
  const measureRows = db
    .select()
    .from(measures)
    .where(and(eq(measures.planId, planId), isNull(measures.archivedAt)))
    .orderBy(asc(measures.sortOrder), asc(measures.id))
    .all();
  const byMeasure = new Map<number, AssignedUnit[]>();
  for (const { measureId, ...unit } of assignedUnits(planId, unitsPerRole)) {
    const list = byMeasure.get(measureId) ?? [];
    list.push(unit);
    byMeasure.set(measureId, list);
  }
  const counts = unitCounts(planId);
  const byTask = new Map<number, MeasureWithUnits[]>();
  for (const m of measureRows) {
    const list = byTask.get(m.taskId) ?? [];
    list.push({ ...m, units: byMeasure.get(m.id) ?? [], unitCounts: counts.get(m.id) ?? { lead: 0, cooperating: 0 } });
    byTask.set(m.taskId, list);
  }
  return taskRows.map((t) => ({ ...t, measures: byTask.get(t.id) ?? [] }));
}

/** Assignments and distinct units of a plan's current measures (the plan page's figures). */
export function planAssignmentTotals(planId: number): { assignments: number; units: number } {
  return (
    db
      .select({ assignments: count(), units: sql<number>`count(distinct ${assignments.unitId})` })
      .from(assignments)
      .innerJoin(measures, eq(measures.id, assignments.measureId))
      .where(and(eq(measures.planId, planId), isNull(measures.archivedAt), eq(assignments.status, 'active')))
      .get() ?? { assignments: 0, units: 0 }
  );
}

/**
 * The plan tree and its totals for pages, cached until the plan's structure changes (reports being
 * submitted do not change it). Shared between requests: read only.
 */
export function cachedPlanTree(planId: number, unitsPerRole: number): TaskWithMeasures[] {
  return memo(`planTree:${planId}:${unitsPerRole}`, 10 * 60_000, () => getPlanTree(planId, unitsPerRole), { scope: 'structure' });
}

export function cachedPlanTotals(planId: number): { assignments: number; units: number } {
  return memo(`planTotals:${planId}`, 10 * 60_000, () => planAssignmentTotals(planId), { scope: 'structure' });
}

export function getMeasureByCode(planId: number, code: string): { measure: Measure; task: Task } | undefined {
  return db
    .select({ measure: measures, task: tasks })
    .from(measures)
    .innerJoin(tasks, eq(tasks.id, measures.taskId))
    .where(and(eq(measures.planId, planId), eq(measures.code, code)))
    .get();
}

/**
 * One page of a measure's active assignments (lead units first), optionally only units matching
 * `unit`; with the number that match and the measure's units per role.
 */
export function measureUnitsPage(
  measureId: number,
  opts: { unit?: string; page: number; pageSize: number },
): CountedPage<AssignedUnit> & { counts: Record<AssignmentRole, number> } {
  const active = and(eq(assignments.measureId, measureId), eq(assignments.status, 'active'));
  const counts = { lead: 0, cooperating: 0 };
  for (const r of db.select({ role: assignments.role, n: count() }).from(assignments).where(active).groupBy(assignments.role).all()) counts[r.role] = r.n;
  const where = opts.unit ? and(active, unitsMatching(assignments.unitId, opts.unit)) : active;
  const total = () => (opts.unit ? (db.select({ n: count() }).from(assignments).where(where).get()?.n ?? 0) : counts.lead + counts.cooperating);
  const query = db
    .select({ assignmentId: assignments.id, unitId: units.id, code: units.code, name: units.name, role: assignments.role, target: assignments.target, dueDate: assignments.dueDate })
    .from(assignments)
    .innerJoin(units, eq(units.id, assignments.unitId))
    .where(where)
    .orderBy(sql`case ${assignments.role} when 'lead' then 0 else 1 end`, asc(units.sortOrder), asc(units.id));
  return { ...paginate(query, opts.page, opts.pageSize, total), counts };
}
