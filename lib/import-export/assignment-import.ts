import 'server-only';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { plans } from '@/db/schema';
import { id } from '@/lib/validation/fields';
import { ASSIGNMENT_SHEET } from './assignment-table';
import { applyImport } from './apply';
import { defineImport } from './define-import';
import { diffImport } from './import-diff';
import { importState } from './queries';

/**
 * The assignment table's import into one plan: rows are compared with the plan's measures by code
 * (diffImport) and applied with their tasks and units (applyImport).
 */
export const assignmentImport = defineImport({
  kind: 'assignments',
  scope: z.object({ planId: id() }),
  checkScope: ({ tx, scope }) =>
    tx.select({ id: plans.id }).from(plans).where(eq(plans.id, scope.planId)).get() ? null : { field: 'planId', message: { key: 'choose' } },
  ...ASSIGNMENT_SHEET,
  preview: (rows, ctx) => diffImport(rows, importState(ctx.tx, ctx.scope.planId), ctx.matchUnit),
  apply: (ctx, preview) => ({
    ...applyImport(ctx, ctx.scope.planId, preview, ctx.t('importer.archiveReason', { file: ctx.fileName })),
    newTasks: preview.newTasks.length,
  }),
});
