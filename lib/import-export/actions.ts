'use server';

import { createHash } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { importJobs, plans } from '@/db/schema';
import { ActionError, defineAction } from '@/lib/auth/action';
import { id } from '@/lib/validation/fields';
import { IMPORT_LIMITS, parseAssignmentTable, type ParsedRow } from './assignment-table';
import { diffImport, type ImportPreview } from './import-diff';
import { importState, unitRefs } from './queries';
import { applyImport } from './apply';
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

    const counts = applyImport({ tx, userId: user.id, now, audit }, job.planId, preview, prepared.t('archiveReason', { file: job.fileName }));
    tx.update(importJobs).set({ appliedAt: now }).where(eq(importJobs.id, job.id)).run();
    audit({ objectType: 'import', objectId: job.id, after: { fileName: job.fileName, sha256: job.fileSha256, ...counts, newTasks: preview.newTasks.length } });
    return { message: { key: 'importer.applied', values: counts } };
  },
});
