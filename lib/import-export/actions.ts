'use server';

import { createHash } from 'node:crypto';
import { and, eq, max } from 'drizzle-orm';
import { getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { assignments, importJobs, measures, plans, tasks } from '@/db/schema';
import { ActionError, defineAction } from '@/lib/auth/action';
import { changeAssignment, createAssignment, removeAssignment } from '@/lib/assignments/mutations';
import { id } from '@/lib/validation/fields';
import { IMPORT_LIMITS, parseAssignmentTable, type ParsedRow } from './assignment-table';
import { diffImport, type ImportPreview } from './import-diff';
import { importState, unitRefs } from './queries';
import { createUnitMatcher } from './unit-matcher';

/** What the user saw, reduced to what apply must reproduce. */
function digestOf(preview: ImportPreview): string {
  const essence = {
    newTasks: preview.newTasks,
    rows: preview.rows.map((r) => ({ row: r.rowNumber, action: r.action, changes: r.changes, errors: r.errors })),
  };
  return createHash('sha256').update(JSON.stringify(essence)).digest('hex');
}

const uploadSchema = z.object({
  planId: id(),
  file: z.instanceof(File, { message: 'importer.problems.noFile' }).refine((f) => f.size > 0, 'importer.problems.noFile'),
});

/** Step 1: reads the uploaded table, compares it with the plan and keeps the result for the preview. */
export const previewImportAction = defineAction({
  name: 'assignment.import-preview',
  permission: 'assignment.import',
  schema: uploadSchema,
  async prepare({ input }) {
    if (input.file.size > IMPORT_LIMITS.maxBytes) throw new ActionError({ key: 'importer.problems.tooLarge' }, 'file');
    const bytes = new Uint8Array(await input.file.arrayBuffer());
    const parsed = await parseAssignmentTable(bytes);
    if (!parsed.ok) throw new ActionError({ key: `importer.problems.${parsed.problem}` }, 'file');
    return { rows: parsed.rows, sha256: createHash('sha256').update(bytes).digest('hex') };
  },
  run({ tx, input, user, prepared, audit }) {
    if (!tx.select({ id: plans.id }).from(plans).where(eq(plans.id, input.planId)).get()) throw new ActionError({ key: 'choose' }, 'planId');
    const preview = diffImport(prepared.rows, importState(tx, input.planId), createUnitMatcher(unitRefs(tx)));
    const job = tx
      .insert(importJobs)
      .values({
        userId: user.id,
        planId: input.planId,
        fileName: input.file.name.slice(0, 200),
        fileSha256: prepared.sha256,
        rows: prepared.rows,
        previewDigest: digestOf(preview),
      })
      .returning({ id: importJobs.id })
      .get();
    audit({ objectType: 'import', objectId: job.id, after: { fileName: input.file.name, sha256: prepared.sha256, summary: preview.summary } });
    return { redirectTo: `/assignments/import/${job.id}` };
  },
});

/**
 * Step 2: applies a previewed import, all rows or none, in one transaction. The file is compared
 * with the data again; if anything moved since the preview, nothing is applied and the user is told.
 */
export const applyImportAction = defineAction({
  name: 'assignment.import-apply',
  permission: 'assignment.import',
  schema: z.object({ jobId: id() }),
  async prepare() {
    return { t: await getTranslations('importer') };
  },
  run({ tx, input, user, audit, now, prepared }) {
    const job = tx
      .select()
      .from(importJobs)
      .where(and(eq(importJobs.id, input.jobId), eq(importJobs.userId, user.id)))
      .get();
    if (!job) throw new ActionError({ key: 'notFound' });
    if (job.appliedAt) throw new ActionError({ key: 'importer.appliedTwice' });
    const rows = job.rows as ParsedRow[];
    const preview = diffImport(rows, importState(tx, job.planId), createUnitMatcher(unitRefs(tx)));
    if (digestOf(preview) !== job.previewDigest) throw new ActionError({ key: 'importer.stale' });
    if (!preview.canApply) throw new ActionError({ key: 'importer.cannotApply' });

    const ctx = { tx, userId: user.id, now, audit };
    const taskIds = new Map(tx.select({ id: tasks.id, no: tasks.no }).from(tasks).where(eq(tasks.planId, job.planId)).all().map((t) => [t.no, t.id]));
    let taskOrder = tx.select({ n: max(tasks.sortOrder) }).from(tasks).where(eq(tasks.planId, job.planId)).get()?.n ?? 0;
    for (const nt of preview.newTasks) {
      const task = tx.insert(tasks).values({ planId: job.planId, no: nt.no, title: nt.title || String(nt.no), sortOrder: ++taskOrder }).returning().get();
      taskIds.set(task.no, task.id);
      audit({ action: 'task.create', objectType: 'task', objectId: task.id, after: task });
    }
    let measureOrder = tx.select({ n: max(measures.sortOrder) }).from(measures).where(eq(measures.planId, job.planId)).get()?.n ?? 0;
    const archiveReason = prepared.t('archiveReason', { file: job.fileName });
    const counts = { create: 0, update: 0 };

    for (const row of preview.rows) {
      if (row.action === 'create') {
        const measure = tx
          .insert(measures)
          .values({
            planId: job.planId,
            taskId: taskIds.get(row.taskNo!)!,
            code: row.code!,
            title: row.title.trim(),
            timeframe: row.timeframe,
            dueDate: row.dueDate,
            sortOrder: ++measureOrder,
          })
          .returning()
          .get();
        audit({ action: 'measure.create', objectType: 'measure', objectId: measure.id, after: measure });
        for (const u of row.lead) createAssignment(ctx, measure, u.unitId, { role: 'lead' });
        for (const u of row.cooperating) createAssignment(ctx, measure, u.unitId, { role: 'cooperating' });
        counts.create++;
      } else if (row.action === 'update') {
        const before = tx.select().from(measures).where(eq(measures.id, row.measureId!)).get()!;
        const fields = row.changes.filter((c) => c.kind === 'task' || c.kind === 'title' || c.kind === 'timeframe' || c.kind === 'dueDate');
        let measure = before;
        if (fields.length > 0) {
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
    }
    tx.update(importJobs).set({ appliedAt: now }).where(eq(importJobs.id, job.id)).run();
    audit({ objectType: 'import', objectId: job.id, after: { fileName: job.fileName, sha256: job.fileSha256, ...counts, newTasks: preview.newTasks.length } });
    return { message: { key: 'importer.applied', values: counts } };
  },
});
