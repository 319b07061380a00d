import { eq } from 'drizzle-orm';
import type { DB, Tx } from '@/db/client';
import { assignments, notices, reports, type Assignment, type AssignmentRole, type Measure } from '@/db/schema';
import { updateVersioned } from '@/lib/actions/crud';
import type { AuditEntry } from '@/lib/audit/log';
import { sendNotice } from '@/lib/notices/send';

/** Has any progress been reported on the assignment (a draft counts)? Then it is archived, never deleted. */
export function hasReports(tx: DB | Tx, assignmentId: number): boolean {
  return !!tx.select({ id: reports.id }).from(reports).where(eq(reports.assignmentId, assignmentId)).limit(1).get();
}

/** What every assignment write needs: the transaction, who acts, how to audit, and the clock. */
export interface WriteContext {
  tx: Tx;
  userId: number;
  now: Date;
  audit: (entry: Omit<AuditEntry, 'action'> & { action?: string }) => void;
}

const params = (m: Pick<Measure, 'code' | 'title'>, role: AssignmentRole) => ({ code: m.code, title: m.title, role });

/** Hands a measure to a unit and tells the unit. */
export function createAssignment(
  ctx: WriteContext,
  measure: Pick<Measure, 'id' | 'code' | 'title'>,
  unitId: number,
  values: { role: AssignmentRole; target?: string | null; dueDate?: string | null; dutyId?: number | null },
): Assignment {
  const a = ctx.tx
    .insert(assignments)
    .values({ measureId: measure.id, unitId, role: values.role, target: values.target ?? null, dueDate: values.dueDate ?? null, dutyId: values.dutyId ?? null })
    .returning()
    .get();
  ctx.audit({ action: 'assignment.create', objectType: 'assignment', objectId: a.id, after: a });
  sendNotice(ctx.tx, { unitId, senderId: ctx.userId, kind: 'assignment_created', params: params(measure, values.role), assignmentId: a.id });
  return a;
}

/**
 * Changes role, target or due date. With `expectedVersion`, a save from a form loaded before someone
 * else's save is refused (ConflictError). The unit is told when anything changed.
 */
export function changeAssignment(
  ctx: WriteContext,
  before: Assignment,
  measure: Pick<Measure, 'code' | 'title'>,
  values: { role: AssignmentRole; target: string | null; dueDate: string | null },
  expectedVersion = before.version,
): Assignment {
  const after = updateVersioned(ctx.tx, assignments, { id: before.id, version: expectedVersion }, values, ctx.now);
  if (before.role !== after.role || before.target !== after.target || before.dueDate !== after.dueDate) {
    ctx.audit({ action: 'assignment.update', objectType: 'assignment', objectId: after.id, before, after });
    sendNotice(ctx.tx, { unitId: after.unitId, senderId: ctx.userId, kind: 'assignment_changed', params: params(measure, after.role), assignmentId: after.id });
  }
  return after;
}

/**
 * Takes an assignment away from its unit. Nothing reported yet: the row is deleted. Progress reported:
 * it is archived with the reason, and its reports stay readable. Returns what happened, or
 * 'reasonRequired' when an archive has no reason.
 */
export function removeAssignment(
  ctx: WriteContext,
  before: Assignment,
  measure: Pick<Measure, 'code' | 'title'>,
  reason: string | null,
): 'archived' | 'deleted' | 'reasonRequired' {
  const p = params(measure, before.role);
  if (hasReports(ctx.tx, before.id)) {
    if (!reason) return 'reasonRequired';
    const after = updateVersioned(ctx.tx, assignments, before, { status: 'archived', archivedAt: ctx.now, archivedReason: reason }, ctx.now);
    ctx.audit({ action: 'assignment.archive', objectType: 'assignment', objectId: before.id, before, after });
    sendNotice(ctx.tx, { unitId: before.unitId, senderId: ctx.userId, kind: 'assignment_removed', params: p, body: reason, assignmentId: before.id });
    return 'archived';
  }
  // Earlier notices keep their text; they only lose the link to the deleted row.
  ctx.tx.update(notices).set({ assignmentId: null }).where(eq(notices.assignmentId, before.id)).run();
  ctx.tx.delete(assignments).where(eq(assignments.id, before.id)).run();
  ctx.audit({ action: 'assignment.delete', objectType: 'assignment', objectId: before.id, before, detail: reason ?? undefined });
  sendNotice(ctx.tx, { unitId: before.unitId, senderId: ctx.userId, kind: 'assignment_removed', params: p, body: reason });
  return 'deleted';
}
