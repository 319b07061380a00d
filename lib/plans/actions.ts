'use server';

import { and, asc, eq, isNull, ne } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { measures, plans, tasks } from '@/db/schema';
import { findOrThrow, moveInOrder, nextSortOrder, updateVersioned } from '@/lib/actions/crud';
import { ActionError, defineAction } from '@/lib/auth/action';
import { isPastDueDate } from '@/lib/validation/due-date';
import {
  archiveMeasureSchema,
  createMeasureSchema,
  createPlanSchema,
  createTaskSchema,
  moveSchema,
  planIdSchema,
  updateMeasureSchema,
  updatePlanSchema,
  updateTaskSchema,
} from './validation';
import { z } from 'zod';
import { id } from '@/lib/validation/fields';

function assertTaskNoFree(tx: Tx, planId: number, no: number, exceptId?: number) {
  const clash = tx
    .select({ id: tasks.id })
    .from(tasks)
    .where(and(eq(tasks.planId, planId), eq(tasks.no, no), exceptId ? ne(tasks.id, exceptId) : undefined))
    .get();
  if (clash) throw new ActionError({ key: 'taskNoTaken' }, 'no');
}

function assertCodeFree(tx: Tx, planId: number, code: string, exceptId?: number) {
  const clash = tx
    .select({ id: measures.id })
    .from(measures)
    .where(and(eq(measures.planId, planId), eq(measures.code, code), exceptId ? ne(measures.id, exceptId) : undefined))
    .get();
  if (clash) throw new ActionError({ key: 'measureCodeTaken' }, 'code');
}

/** Creates a plan, optionally with a copy of an earlier plan's tasks and current measures (not its assignments). */
export const createPlanAction = defineAction({
  name: 'plan.create',
  permission: 'plan.edit',
  schema: createPlanSchema,
  run({ tx, input, audit }) {
    const { copyFromPlanId, ...fields } = input;
    const plan = tx.insert(plans).values({ ...fields, status: 'draft', isCurrent: false }).returning().get();
    const copied = { tasks: 0, measures: 0 };
    if (copyFromPlanId) {
      findOrThrow(tx, plans, copyFromPlanId);
      const sourceTasks = tx.select().from(tasks).where(eq(tasks.planId, copyFromPlanId)).orderBy(asc(tasks.sortOrder)).all();
      const sourceMeasures = tx
        .select()
        .from(measures)
        .where(and(eq(measures.planId, copyFromPlanId), isNull(measures.archivedAt)))
        .orderBy(asc(measures.sortOrder))
        .all();
      for (const t of sourceTasks) {
        const task = tx
          .insert(tasks)
          .values({ planId: plan.id, no: t.no, title: t.title, titleEn: t.titleEn, description: t.description, sortOrder: t.sortOrder })
          .returning()
          .get();
        copied.tasks++;
        for (const m of sourceMeasures.filter((m) => m.taskId === t.id)) {
          tx.insert(measures)
            .values({ planId: plan.id, taskId: task.id, code: m.code, title: m.title, description: m.description, timeframe: m.timeframe, sortOrder: m.sortOrder })
            .run();
          copied.measures++;
        }
      }
    }
    audit({ objectType: 'plan', objectId: plan.id, after: { ...plan, copyFromPlanId, copied } });
    return { redirectTo: `/plans/${plan.id}?created=1` };
  },
});

/** Edits a plan's title, period and status. */
export const updatePlanAction = defineAction({
  name: 'plan.update',
  permission: 'plan.edit',
  schema: updatePlanSchema,
  run({ tx, input, audit, now }) {
    const before = findOrThrow(tx, plans, input.id);
    if (before.isCurrent && input.status === 'draft') throw new ActionError({ key: 'currentPlanNotDraft' }, 'status');
    const { id, ...fields } = input;
    const after = tx.update(plans).set({ ...fields, updatedAt: now }).where(eq(plans.id, id)).returning().get();
    audit({ objectType: 'plan', objectId: id, before, after });
  },
});

/** Makes a plan the current one; the earlier plan stays readable. */
export const setCurrentPlanAction = defineAction({
  name: 'plan.set-current',
  permission: 'plan.edit',
  schema: planIdSchema,
  run({ tx, input, audit, now }) {
    const plan = findOrThrow(tx, plans, input.id);
    const previous = tx.select().from(plans).where(eq(plans.isCurrent, true)).get();
    if (previous?.id === plan.id) return;
    if (previous) tx.update(plans).set({ isCurrent: false, updatedAt: now }).where(eq(plans.id, previous.id)).run();
    tx.update(plans)
      .set({ isCurrent: true, status: plan.status === 'draft' ? 'active' : plan.status, updatedAt: now })
      .where(eq(plans.id, plan.id))
      .run();
    audit({ objectType: 'plan', objectId: plan.id, before: { currentPlanId: previous?.id ?? null }, after: { currentPlanId: plan.id } });
    return { message: { key: 'planMadeCurrent' } };
  },
});

export const createTaskAction = defineAction({
  name: 'task.create',
  permission: 'plan.edit',
  schema: createTaskSchema,
  run({ tx, input, audit }) {
    findOrThrow(tx, plans, input.planId);
    assertTaskNoFree(tx, input.planId, input.no);
    const task = tx
      .insert(tasks)
      .values({ ...input, sortOrder: nextSortOrder(tx, tasks.sortOrder, eq(tasks.planId, input.planId)) })
      .returning()
      .get();
    audit({ objectType: 'task', objectId: task.id, after: task });
    return { redirectTo: `/plans/${input.planId}#task-${task.id}` };
  },
});

export const updateTaskAction = defineAction({
  name: 'task.update',
  permission: 'plan.edit',
  schema: updateTaskSchema,
  run({ tx, input, audit, now }) {
    const before = findOrThrow(tx, tasks, input.id);
    assertTaskNoFree(tx, before.planId, input.no, before.id);
    const { id, ...fields } = input;
    const after = tx.update(tasks).set({ ...fields, updatedAt: now }).where(eq(tasks.id, id)).returning().get();
    audit({ objectType: 'task', objectId: id, before, after });
    return { redirectTo: `/plans/${before.planId}#task-${id}` };
  },
});

export const moveTaskAction = defineAction({
  name: 'task.move',
  permission: 'plan.edit',
  schema: moveSchema,
  run({ tx, input, audit }) {
    const task = findOrThrow(tx, tasks, input.id);
    if (!moveInOrder(tx, tasks, task.id, input.direction, eq(tasks.planId, task.planId))) return;
    audit({ objectType: 'task', objectId: task.id, detail: input.direction });
  },
});

export const createMeasureAction = defineAction({
  name: 'measure.create',
  permission: 'plan.edit',
  schema: createMeasureSchema,
  run({ tx, input, audit, now }) {
    const task = findOrThrow(tx, tasks, input.taskId);
    assertCodeFree(tx, task.planId, input.code);
    if (isPastDueDate(input.dueDate, null, now)) throw new ActionError({ key: 'dueDatePast' }, 'dueDate');
    const measure = tx
      .insert(measures)
      .values({ ...input, planId: task.planId, sortOrder: nextSortOrder(tx, measures.sortOrder, eq(measures.planId, task.planId)) })
      .returning()
      .get();
    audit({ objectType: 'measure', objectId: measure.id, after: measure });
    return { redirectTo: `/plans/${task.planId}#measure-${measure.id}` };
  },
});

/** Edits a measure; the version check tells a second editor that someone saved first. */
export const updateMeasureAction = defineAction({
  name: 'measure.update',
  permission: 'plan.edit',
  schema: updateMeasureSchema,
  run({ tx, input, audit, now }) {
    const before = findOrThrow(tx, measures, input.id);
    const task = findOrThrow(tx, tasks, input.taskId);
    if (task.planId !== before.planId) throw new ActionError({ key: 'choose' }, 'taskId');
    assertCodeFree(tx, before.planId, input.code, before.id);
    if (isPastDueDate(input.dueDate, before.dueDate, now)) throw new ActionError({ key: 'dueDatePast' }, 'dueDate');
    const { id, version, ...fields } = input;
    const after = updateVersioned(tx, measures, { id, version }, fields, now);
    audit({ objectType: 'measure', objectId: id, before, after });
    return { redirectTo: `/plans/${before.planId}#measure-${id}` };
  },
});

export const moveMeasureAction = defineAction({
  name: 'measure.move',
  permission: 'plan.edit',
  schema: moveSchema,
  run({ tx, input, audit }) {
    const measure = findOrThrow(tx, measures, input.id);
    if (!moveInOrder(tx, measures, measure.id, input.direction, and(eq(measures.taskId, measure.taskId), isNull(measures.archivedAt)))) return;
    audit({ objectType: 'measure', objectId: measure.id, detail: input.direction });
  },
});

/** Archives a measure: it keeps its history and assignments but leaves the current lists. */
export const archiveMeasureAction = defineAction({
  name: 'measure.archive',
  permission: 'plan.edit',
  schema: archiveMeasureSchema,
  run({ tx, input, audit, now }) {
    const before = findOrThrow(tx, measures, input.id);
    if (before.archivedAt) return;
    const after = updateVersioned(tx, measures, before, { archivedAt: now, archivedReason: input.reason }, now);
    audit({ objectType: 'measure', objectId: input.id, before, after });
    return { redirectTo: `/plans/${before.planId}?archived=${input.id}` };
  },
});

export const restoreMeasureAction = defineAction({
  name: 'measure.restore',
  permission: 'plan.edit',
  schema: z.object({ id: id() }),
  run({ tx, input, audit, now }) {
    const before = findOrThrow(tx, measures, input.id);
    const after = updateVersioned(tx, measures, before, { archivedAt: null, archivedReason: null }, now);
    audit({ objectType: 'measure', objectId: input.id, before, after });
  },
});
