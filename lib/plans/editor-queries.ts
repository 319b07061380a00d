import 'server-only';
import { asc, eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { measures, tasks } from '@/db/schema';

/** Everything the plan editor shows: tasks in order, each with its current measures, and the archived ones. */
export function getPlanForEditor(planId: number) {
  const taskRows = db.select().from(tasks).where(eq(tasks.planId, planId)).orderBy(asc(tasks.sortOrder), asc(tasks.id)).all();
  const measureRows = db.select().from(measures).where(eq(measures.planId, planId)).orderBy(asc(measures.sortOrder), asc(measures.id)).all();
  return {
    tasks: taskRows.map((t) => ({ ...t, measures: measureRows.filter((m) => m.taskId === t.id && !m.archivedAt) })),
    archived: measureRows.filter((m) => m.archivedAt),
  };
}

export function getTask(taskId: number) {
  return db.select().from(tasks).where(eq(tasks.id, taskId)).get();
}

export function getMeasure(measureId: number) {
  return db.select().from(measures).where(eq(measures.id, measureId)).get();
}

export function listTasksOfPlan(planId: number) {
  return db.select({ id: tasks.id, no: tasks.no, title: tasks.title }).from(tasks).where(eq(tasks.planId, planId)).orderBy(asc(tasks.sortOrder)).all();
}
