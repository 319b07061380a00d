'use server';

import { and, eq } from 'drizzle-orm';
import { assignments, extensionRequests, measures, units } from '@/db/schema';
import { findOrThrow, updateVersioned } from '@/lib/actions/crud';
import { ActionError, ScopeError, defineAction } from '@/lib/auth/action';
import { dayInShanghai } from '@/lib/i18n/format';
import { sendNotice } from '@/lib/notices/send';
import { decideExtensionSchema, requestExtensionSchema } from './validation';

/** A unit asks to move one of its assignments' due date, with a reason; the office is told. */
export const requestExtensionAction = defineAction({
  name: 'extension.request',
  permission: 'extension.request',
  schema: requestExtensionSchema,
  run({ tx, input, user, audit, now }) {
    const a = tx
      .select({ assignment: assignments, measure: measures })
      .from(assignments)
      .innerJoin(measures, eq(measures.id, assignments.measureId))
      .where(eq(assignments.id, input.assignmentId))
      .get();
    if (!a || a.assignment.unitId !== user.unitId) throw new ScopeError('assignment', input.assignmentId);
    if (a.assignment.status !== 'active') throw new ActionError({ key: 'notFound' });
    const current = a.assignment.dueDate ?? a.measure.dueDate;
    if (input.requestedDueDate < dayInShanghai(now) || (current && input.requestedDueDate <= current)) {
      throw new ActionError({ key: 'extensionNotLater' }, 'requestedDueDate');
    }
    const pending = tx
      .select({ id: extensionRequests.id })
      .from(extensionRequests)
      .where(and(eq(extensionRequests.assignmentId, a.assignment.id), eq(extensionRequests.status, 'pending')))
      .get();
    if (pending) throw new ActionError({ key: 'extensionPending' });
    const request = tx
      .insert(extensionRequests)
      .values({ assignmentId: a.assignment.id, unitId: user.unitId, requestedBy: user.id, currentDueDate: current, requestedDueDate: input.requestedDueDate, reason: input.reason })
      .returning()
      .get();
    for (const office of tx.select({ id: units.id }).from(units).where(eq(units.kind, 'office')).all()) {
      sendNotice(tx, {
        unitId: office.id,
        audience: 'office',
        senderId: user.id,
        kind: 'extension_requested',
        params: { unit: user.unitName, code: a.measure.code, due: input.requestedDueDate },
        body: input.reason,
        assignmentId: a.assignment.id,
      });
    }
    audit({ objectType: 'extension', objectId: request.id, after: request });
    return { message: { key: 'extensionRequested' } };
  },
});

/** The office approves (the due date moves) or refuses (with a comment) a pending request. */
export const decideExtensionAction = defineAction({
  name: 'extension.decide',
  permission: 'extension.decide',
  schema: decideExtensionSchema,
  run({ tx, input, user, audit, now }) {
    const before = findOrThrow(tx, extensionRequests, input.id);
    if (before.status !== 'pending') throw new ActionError({ key: 'extensionDecided' });
    const after = tx
      .update(extensionRequests)
      .set({ status: input.decision, decidedBy: user.id, decidedAt: now, comment: input.comment })
      .where(and(eq(extensionRequests.id, input.id), eq(extensionRequests.status, 'pending')))
      .returning()
      .get();
    const a = findOrThrow(tx, assignments, before.assignmentId);
    const measure = findOrThrow(tx, measures, a.measureId);
    if (input.decision === 'approved') {
      const moved = updateVersioned(tx, assignments, a, { dueDate: before.requestedDueDate }, now);
      audit({ action: 'assignment.update', objectType: 'assignment', objectId: a.id, before: a, after: moved, detail: `extension #${before.id}` });
    }
    sendNotice(tx, {
      unitId: before.unitId,
      senderId: user.id,
      kind: 'extension_decided',
      params: { code: measure.code, decision: input.decision, due: before.requestedDueDate },
      body: input.comment,
      assignmentId: a.id,
    });
    audit({ objectType: 'extension', objectId: before.id, before, after });
    // The request leaves the pending list, so the outcome is shown by the page it lands on.
    return { redirectTo: `/extensions?decided=${before.id}` };
  },
});
