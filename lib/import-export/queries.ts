import 'server-only';
import { and, asc, eq, isNull, isNotNull, sql } from 'drizzle-orm';
import type { DB, Tx } from '@/db/client';
import { assignments, measures, reports, tasks, units } from '@/db/schema';
import type { BoardFilter } from '@/lib/assignments/validation';
import { getBoard } from '@/lib/assignments/queries';
import type { ExportRow } from './assignment-table';
import type { CurrentMeasure, CurrentTask } from './import-diff';
import type { UnitRef } from './unit-matcher';

/** The plan as the importer compares against it: tasks, current measures with their units, archived codes. */
export function importState(tx: DB | Tx, planId: number): { tasks: CurrentTask[]; measures: CurrentMeasure[]; archivedCodes: Set<string> } {
  const taskRows = tx.select({ id: tasks.id, no: tasks.no, title: tasks.title }).from(tasks).where(eq(tasks.planId, planId)).all();
  const taskNo = new Map(taskRows.map((t) => [t.id, t.no]));
  const measureRows = tx.select().from(measures).where(and(eq(measures.planId, planId), isNull(measures.archivedAt))).all();
  const archivedCodes = new Set(
    tx
      .select({ code: measures.code })
      .from(measures)
      .where(and(eq(measures.planId, planId), isNotNull(measures.archivedAt)))
      .all()
      .map((m) => m.code),
  );
  const unitRows = tx
    .select({
      measureId: assignments.measureId,
      assignmentId: assignments.id,
      unitId: units.id,
      unitName: units.name,
      role: assignments.role,
      hasReports: sql<number>`exists (select 1 from ${reports} where ${reports.assignmentId} = ${assignments.id})`,
    })
    .from(assignments)
    .innerJoin(units, eq(units.id, assignments.unitId))
    .innerJoin(measures, eq(measures.id, assignments.measureId))
    .where(and(eq(measures.planId, planId), eq(assignments.status, 'active')))
    .orderBy(asc(units.sortOrder))
    .all();
  return {
    tasks: taskRows,
    archivedCodes,
    measures: measureRows.map((m) => ({
      id: m.id,
      code: m.code,
      taskNo: taskNo.get(m.taskId)!,
      title: m.title,
      timeframe: m.timeframe,
      dueDate: m.dueDate,
      units: unitRows.filter((u) => u.measureId === m.id).map(({ measureId: _m, hasReports, ...u }) => ({ ...u, hasReports: !!hasReports })),
    })),
  };
}

export function unitRefs(tx: DB | Tx): UnitRef[] {
  return tx.select({ id: units.id, code: units.code, name: units.name, fullName: units.fullName, active: units.active }).from(units).orderBy(asc(units.sortOrder)).all();
}

/** The assignment table for export, with the board's filters: every unit of each matching measure. */
export function exportRows(planId: number, filter: BoardFilter): ExportRow[] {
  return getBoard(planId, filter).flatMap((task) =>
    task.measures.map((m) => ({
      taskNo: task.no,
      taskTitle: task.title,
      code: m.code,
      title: m.title,
      lead: m.units.filter((u) => u.role === 'lead').map((u) => u.name),
      cooperating: m.units.filter((u) => u.role === 'cooperating').map((u) => u.name),
      timeframe: m.timeframe,
      dueDate: m.dueDate,
    })),
  );
}
