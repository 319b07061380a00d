import { and, asc, eq, inArray } from 'drizzle-orm';
import type { DB, Tx } from '@/db/client';
import { assignments, duties, measures, unitListMembers, units, type Duty, type Unit } from '@/db/schema';
import { ASSESSED_UNIT_KINDS, type DutyScope } from '@/db/schema/enums';
import { updateVersioned } from '@/lib/actions/crud';
import { changeAssignment, createAssignment, removeAssignment, type WriteContext } from '@/lib/assignments/mutations';

/** The predicate of one built-in group (the saved lists are read from their members). */
function groupWhere(scope: Exclude<DutyScope, 'list'>) {
  const assessed = inArray(units.kind, [...ASSESSED_UNIT_KINDS]);
  switch (scope) {
    case 'city':
      return and(assessed, eq(units.group, 'city'));
    case 'township':
      return and(assessed, eq(units.group, 'township'));
    case 'enforcement':
      return and(assessed, eq(units.enforcement, true));
    case 'issuer':
      return and(assessed, eq(units.issuesDocuments, true));
  }
}

/**
 * The active units a group duty goes to today, in roster order. The four built-in groups take only
 * the kinds of unit that are assessed (never a cooperating body such as the court); a saved list takes
 * exactly its members.
 */
export function unitsOfScope(tx: DB | Tx, scope: DutyScope, unitListId: number | null): Unit[] {
  if (scope === 'list') {
    if (unitListId === null) return [];
    return tx
      .select({ u: units })
      .from(unitListMembers)
      .innerJoin(units, eq(units.id, unitListMembers.unitId))
      .where(and(eq(unitListMembers.listId, unitListId), eq(units.active, true)))
      .orderBy(asc(units.sortOrder), asc(units.id))
      .all()
      .map((r) => r.u);
  }
  return tx
    .select()
    .from(units)
    .where(and(eq(units.active, true), groupWhere(scope)))
    .orderBy(asc(units.sortOrder), asc(units.id))
    .all();
}

export interface SyncResult {
  created: number;
  changed: number;
  archived: number;
  deleted: number;
  /** Units of the group that already hold the measure by name or through another duty: left as they are. */
  skipped: number;
}

/**
 * Brings a group duty's assignments in step with its group: every unit of the group holds one
 * active assignment carrying the duty's role, target and due date; a unit that left the group (or
 * every unit, once the duty is archived) loses its share — deleted while nothing is reported on it,
 * archived with `leaveReason` otherwise, so no report is ever lost. A unit that already holds the
 * measure by name, or through another duty, keeps that assignment and is counted as skipped.
 *
 * Idempotent: a second run changes nothing. Every created, changed, archived or deleted assignment
 * is audited (by lib/assignments/mutations) and the unit is told.
 */
export function syncDuty(ctx: WriteContext, duty: Duty, leaveReason: string): SyncResult {
  const result: SyncResult = { created: 0, changed: 0, archived: 0, deleted: 0, skipped: 0 };
  const measure = ctx.tx.select().from(measures).where(eq(measures.id, duty.measureId)).get();
  if (!measure) return result;
  const live = duty.status === 'active' && !measure.archivedAt;
  const wanted = live ? unitsOfScope(ctx.tx, duty.scope, duty.unitListId) : [];
  const wantedIds = new Set(wanted.map((u) => u.id));

  const held = ctx.tx
    .select()
    .from(assignments)
    .where(and(eq(assignments.measureId, duty.measureId), eq(assignments.status, 'active')))
    .all();
  const mine = held.filter((a) => a.dutyId === duty.id);
  const heldBy = new Map(held.map((a) => [a.unitId, a]));

  for (const a of mine) {
    if (wantedIds.has(a.unitId)) {
      if (a.role !== duty.role || a.target !== duty.target || a.dueDate !== duty.dueDate) {
        changeAssignment(ctx, a, measure, { role: duty.role, target: duty.target, dueDate: duty.dueDate });
        result.changed++;
      }
      continue;
    }
    const outcome = removeAssignment(ctx, a, measure, leaveReason);
    if (outcome === 'archived') result.archived++;
    else result.deleted++;
  }
  for (const u of wanted) {
    const holding = heldBy.get(u.id);
    if (holding) {
      if (holding.dutyId !== duty.id) result.skipped++;
      continue;
    }
    createAssignment(ctx, measure, u.id, { role: duty.role, target: duty.target, dueDate: duty.dueDate, dutyId: duty.id });
    result.created++;
  }
  if (result.created + result.changed + result.archived + result.deleted > 0) {
    ctx.audit({ action: 'duty.sync', objectType: 'duty', objectId: duty.id, after: result });
  }
  return result;
}

/**
 * Re-syncs every active group duty after a unit was added, archived, or changed group, kind or flags
 * (a saved list's members change through its own form). Returns the summed result.
 */
export function syncAllDuties(ctx: WriteContext, leaveReason: string): SyncResult {
  const total: SyncResult = { created: 0, changed: 0, archived: 0, deleted: 0, skipped: 0 };
  const active = ctx.tx.select().from(duties).where(eq(duties.status, 'active')).orderBy(asc(duties.id)).all();
  for (const d of active) {
    const r = syncDuty(ctx, d, leaveReason);
    for (const k of Object.keys(total) as (keyof SyncResult)[]) total[k] += r[k];
  }
  return total;
}

/** Archives a group duty and takes every unit's share away (archived with the reason where reported on). */
export function archiveDuty(ctx: WriteContext, before: Duty, reason: string): { duty: Duty; result: SyncResult } {
  const duty = updateVersioned(ctx.tx, duties, before, { status: 'archived', archivedAt: ctx.now, archivedReason: reason }, ctx.now);
  ctx.audit({ action: 'duty.archive', objectType: 'duty', objectId: duty.id, before, after: duty });
  return { duty, result: syncDuty(ctx, duty, reason) };
}
