import { eq, max } from 'drizzle-orm';
import { assignments, measures, tasks } from '@/db/schema';
import { changeAssignment, createAssignment, removeAssignment, type WriteContext } from '@/lib/assignments/mutations';
import type { ImportPreview } from './import-diff';

/**
 * Writes a checked import preview into the plan: new tasks, new and changed measures, and each
 * unit change. Runs inside the caller's transaction, so a failure (or a killed process) anywhere
 * leaves the plan exactly as it was. `onRow` is for tests that stop the process half-way.
 */
export function applyImport(ctx: WriteContext, planId: number, preview: ImportPreview, archiveReason: string, onRow?: (index: number) => void) {
  const { tx, audit, now } = ctx;
  const taskIds = new Map(tx.select({ id: tasks.id, no: tasks.no }).from(tasks).where(eq(tasks.planId, planId)).all().map((t) => [t.no, t.id]));
  let taskOrder = tx.select({ n: max(tasks.sortOrder) }).from(tasks).where(eq(tasks.planId, planId)).get()?.n ?? 0;
  for (const nt of preview.newTasks) {
    const task = tx.insert(tasks).values({ planId, no: nt.no, title: nt.title || String(nt.no), sortOrder: ++taskOrder }).returning().get();
    taskIds.set(task.no, task.id);
    audit({ action: 'task.create', objectType: 'task', objectId: task.id, after: task });
  }
  let measureOrder = tx.select({ n: max(measures.sortOrder) }).from(measures).where(eq(measures.planId, planId)).get()?.n ?? 0;
  const counts = { create: 0, update: 0 };

  preview.rows.forEach((row, index) => {
    onRow?.(index);
    if (row.action === 'create') {
      const measure = tx
        .insert(measures)
        .values({ planId, taskId: taskIds.get(row.taskNo!)!, code: row.code!, title: row.title.trim(), timeframe: row.timeframe, dueDate: row.dueDate, sortOrder: ++measureOrder })
        .returning()
        .get();
      audit({ action: 'measure.create', objectType: 'measure', objectId: measure.id, after: measure });
      for (const u of row.lead) createAssignment(ctx, measure, u.unitId, { role: 'lead' });
      for (const u of row.cooperating) createAssignment(ctx, measure, u.unitId, { role: 'cooperating' });
      counts.create++;
    } else if (row.action === 'update') {
      const before = tx.select().from(measures).where(eq(measures.id, row.measureId!)).get()!;
      const fieldChanged = row.changes.some((c) => c.kind === 'task' || c.kind === 'title' || c.kind === 'timeframe' || c.kind === 'dueDate');
      let measure = before;
      if (fieldChanged) {
        measure = tx
          .update(measures)
          .set({ taskId: taskIds.get(row.taskNo!)!, title: row.title.trim(), timeframe: row.timeframe, dueDate: row.dueDate, version: before.version + 1, updatedAt: now })
          .where(eq(measures.id, before.id))
          .returning()
          .get();
        audit({ action: 'measure.update', objectType: 'measure', objectId: before.id, before, after: measure });
      }
      for (const c of row.changes) {
        if (c.kind === 'addUnit') createAssignment(ctx, measure, c.unitId, { role: c.role });
        else if (c.kind === 'changeRole' || c.kind === 'removeUnit') {
          const current = tx.select().from(assignments).where(eq(assignments.id, c.assignmentId)).get()!;
          if (c.kind === 'changeRole') changeAssignment(ctx, current, measure, { role: c.to, target: current.target, dueDate: current.dueDate });
          else removeAssignment(ctx, current, measure, archiveReason);
        }
      }
      counts.update++;
    }
  });
  return counts;
}
