'use server';

import { and, eq, inArray } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { assignments, measures, units } from '@/db/schema';
import { findOrThrow } from '@/lib/actions/crud';
import { ActionError, defineAction } from '@/lib/auth/action';
import { isPastDueDate } from '@/lib/validation/due-date';
import { changeAssignment, createAssignment, removeAssignment } from './mutations';
import { assignUnitsSchema, removeAssignmentSchema, updateAssignmentSchema } from './validation';

/** A current measure: an archived one takes no new or changed assignments. */
function currentMeasureOrThrow(tx: Tx, measureId: number) {
  const m = findOrThrow(tx, measures, measureId);
  if (m.archivedAt) throw new ActionError({ key: 'measureArchived' });
  return m;
}

const activeAssignmentOrThrow = (tx: Tx, id: number) => findOrThrow(tx, assignments, id, { where: eq(assignments.status, 'active') });

/** Assigns one measure to one or many units in one action; units that already hold it are left as they are. */
export const assignUnitsAction = defineAction({
  name: 'assignment.create',
  permission: 'assignment.manage',
  schema: assignUnitsSchema,
  run({ tx, input, user, audit, now }) {
    const measure = currentMeasureOrThrow(tx, input.measureId);
    if (isPastDueDate(input.dueDate, null, now)) throw new ActionError({ key: 'dueDatePast' }, 'dueDate');
    const wanted = [...new Set(input.unitIds)];
    const found = tx.select({ id: units.id, active: units.active }).from(units).where(inArray(units.id, wanted)).all();
    if (found.length !== wanted.length || found.some((u) => !u.active)) throw new ActionError({ key: 'choose' }, 'unitIds');
    const already = new Set(
      tx
        .select({ unitId: assignments.unitId })
        .from(assignments)
        .where(and(eq(assignments.measureId, measure.id), eq(assignments.status, 'active'), inArray(assignments.unitId, wanted)))
        .all()
        .map((r) => r.unitId),
    );
    const ctx = { tx, userId: user.id, now, audit };
    const toCreate = wanted.filter((u) => !already.has(u));
    for (const unitId of toCreate) createAssignment(ctx, measure, unitId, input);
    return { message: { key: 'unitsAssigned', values: { created: toCreate.length, skipped: already.size } } };
  },
});

/** Changes an assignment's role, target or due date (version-checked) and tells the unit. */
export const updateAssignmentAction = defineAction({
  name: 'assignment.update',
  permission: 'assignment.manage',
  schema: updateAssignmentSchema,
  run({ tx, input, user, audit, now }) {
    const before = activeAssignmentOrThrow(tx, input.id);
    const measure = currentMeasureOrThrow(tx, before.measureId);
    if (isPastDueDate(input.dueDate, before.dueDate, now)) throw new ActionError({ key: 'dueDatePast' }, 'dueDate');
    const { id: _id, version, ...values } = input;
    changeAssignment({ tx, userId: user.id, now, audit }, before, measure, values, version);
  },
});

/** Removes an assignment: deleted while nothing is reported on it, otherwise archived with a reason. */
export const removeAssignmentAction = defineAction({
  name: 'assignment.remove',
  permission: 'assignment.manage',
  schema: removeAssignmentSchema,
  run({ tx, input, user, audit, now }) {
    const before = activeAssignmentOrThrow(tx, input.id);
    const measure = findOrThrow(tx, measures, before.measureId);
    const outcome = removeAssignment({ tx, userId: user.id, now, audit }, before, measure, input.reason);
    if (outcome === 'reasonRequired') throw new ActionError({ key: 'archiveReasonRequired' }, 'reason');
    return { message: { key: outcome === 'archived' ? 'assignmentArchived' : 'assignmentRemoved' } };
  },
});
