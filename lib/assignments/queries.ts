import 'server-only';
import { and, asc, desc, eq, exists, isNull, not, sql } from 'drizzle-orm';
import { leadFirst } from '@/lib/assignments/order';
import { db } from '@/db/client';
import { unitsMatching } from '@/db/helpers';
import { assignments, measures, plans, reports, tasks, units } from '@/db/schema';
import { getPlanTree, type TaskWithMeasures } from '@/lib/plans/queries';
import type { BoardFilter } from './validation';

/**
 * The assignment board: the plan's tasks and measures that match the filter, each with its units
 * (all of them, unless `loadTree` is a page's shortened and cached tree).
 */
export function getBoard(planId: number, filter: BoardFilter, loadTree: () => TaskWithMeasures[] = () => getPlanTree(planId)): TaskWithMeasures[] {
  const unitConditions = and(
    eq(assignments.measureId, measures.id),
    eq(assignments.status, 'active'),
    filter.unit ? unitsMatching(assignments.unitId, filter.unit) : undefined,
    filter.role ? eq(assignments.role, filter.role) : undefined,
    filter.group ? eq(units.group, filter.group) : undefined,
  );
  const byUnit = filter.unit || filter.role || filter.group;
  const matching = db
    .select({ id: measures.id })
    .from(measures)
    .where(
      and(
        eq(measures.planId, planId),
        isNull(measures.archivedAt),
        filter.task ? eq(measures.taskId, filter.task) : undefined,
        byUnit ? exists(db.select({ x: sql`1` }).from(assignments).innerJoin(units, eq(units.id, assignments.unitId)).where(unitConditions)) : undefined,
        filter.noLead
          ? not(
              exists(
                db
                  .select({ x: sql`1` })
                  .from(assignments)
                  .where(and(eq(assignments.measureId, measures.id), eq(assignments.status, 'active'), eq(assignments.role, 'lead'))),
              ),
            )
          : undefined,
      ),
    )
    .all();
  const ids = new Set(matching.map((m) => m.id));
  return loadTree()
    .map((t) => ({ ...t, measures: t.measures.filter((m) => ids.has(m.id)) }))
    .filter((t) => t.measures.length > 0);
}

/** One measure with its plan, task, active assignments (and whether each has reports) and archived ones. */
export function getMeasureAssignments(measureId: number) {
  const row = db
    .select({ measure: measures, task: tasks, plan: plans })
    .from(measures)
    .innerJoin(tasks, eq(tasks.id, measures.taskId))
    .innerJoin(plans, eq(plans.id, measures.planId))
    .where(eq(measures.id, measureId))
    .get();
  if (!row) return undefined;
  const list = db
    .select({
      assignment: assignments,
      unitCode: units.code,
      unitName: units.name,
      unitGroup: units.group,
      hasReports: sql<number>`exists (select 1 from ${reports} where ${reports.assignmentId} = ${assignments.id})`,
    })
    .from(assignments)
    .innerJoin(units, eq(units.id, assignments.unitId))
    .where(eq(assignments.measureId, measureId))
    .orderBy(leadFirst, asc(units.sortOrder), desc(assignments.id))
    .all()
    .map((r) => ({ ...r, hasReports: !!r.hasReports }));
  return {
    ...row,
    active: list.filter((r) => r.assignment.status === 'active'),
    archived: list.filter((r) => r.assignment.status === 'archived'),
  };
}

/** Active units for pickers, with their group. */
export function listUnitsForPicker() {
  return db
    .select({ id: units.id, code: units.code, name: units.name, group: units.group })
    .from(units)
    .where(eq(units.active, true))
    .orderBy(asc(units.sortOrder))
    .all();
}

/** One assignment with its measure, task and unit; the page checks `assignmentAccess` (loadOr403). */
export function getAssignmentDetail(assignmentId: number) {
  return db
    .select({ assignment: assignments, measure: measures, task: tasks, unit: units })
    .from(assignments)
    .innerJoin(measures, eq(measures.id, assignments.measureId))
    .innerJoin(tasks, eq(tasks.id, measures.taskId))
    .innerJoin(units, eq(units.id, assignments.unitId))
    .where(eq(assignments.id, assignmentId))
    .get();
}

/** Does the unit hold an active lead assignment on the measure? */
export function leadsMeasure(unitId: number, measureId: number): boolean {
  return !!db
    .select({ id: assignments.id })
    .from(assignments)
    .where(and(eq(assignments.measureId, measureId), eq(assignments.unitId, unitId), eq(assignments.role, 'lead'), eq(assignments.status, 'active')))
    .get();
}
