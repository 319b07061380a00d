import 'server-only';
import { and, asc, eq, isNull } from 'drizzle-orm';
import { leadFirst } from '@/lib/assignments/order';
import { db } from '@/db/client';
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

export type MeasureWithUnits = Measure & { units: AssignedUnit[] };
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

/** The active assignments of a plan's (or one measure's) current measures, with unit names: one query. */
function assignedUnits(planId: number, measureId?: number) {
  return db
    .select({
      measureId: assignments.measureId,
      assignmentId: assignments.id,
      unitId: units.id,
      code: units.code,
      name: units.name,
      role: assignments.role,
      target: assignments.target,
      dueDate: assignments.dueDate,
    })
    .from(assignments)
    .innerJoin(measures, eq(measures.id, assignments.measureId))
    .innerJoin(units, eq(units.id, assignments.unitId))
    .where(and(eq(measures.planId, planId), measureId ? eq(measures.id, measureId) : undefined, eq(assignments.status, 'active')))
    .orderBy(leadFirst, asc(units.sortOrder))
    .all();
}

/** A plan's tasks, each with its current measures and their lead and cooperating units. Three queries. */
export function getPlanTree(planId: number): TaskWithMeasures[] {
  const taskRows = db.select().from(tasks).where(eq(tasks.planId, planId)).orderBy(asc(tasks.sortOrder), asc(tasks.no)).all();
  const measureRows = db
    .select()
    .from(measures)
    .where(and(eq(measures.planId, planId), isNull(measures.archivedAt)))
    .orderBy(asc(measures.sortOrder), asc(measures.id))
    .all();
  const byMeasure = new Map<number, AssignedUnit[]>();
  for (const { measureId, ...unit } of assignedUnits(planId)) {
    const list = byMeasure.get(measureId) ?? [];
    list.push(unit);
    byMeasure.set(measureId, list);
  }
  const byTask = new Map<number, MeasureWithUnits[]>();
  for (const m of measureRows) {
    const list = byTask.get(m.taskId) ?? [];
    list.push({ ...m, units: byMeasure.get(m.id) ?? [] });
    byTask.set(m.taskId, list);
  }
  return taskRows.map((t) => ({ ...t, measures: byTask.get(t.id) ?? [] }));
}

export function getMeasureByCode(planId: number, code: string): { measure: Measure; task: Task; units: AssignedUnit[] } | undefined {
  const row = db
    .select({ measure: measures, task: tasks })
    .from(measures)
    .innerJoin(tasks, eq(tasks.id, measures.taskId))
    .where(and(eq(measures.planId, planId), eq(measures.code, code)))
    .get();
  if (!row) return undefined;
  return { ...row, units: assignedUnits(planId, row.measure.id).map(({ measureId: _m, ...u }) => u) };
}
