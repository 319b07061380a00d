import { and, asc, desc, eq, gt, inArray, isNull, or, sql, type SQL } from 'drizzle-orm';
import type { DB, Tx } from '@/db/client';
import { assignments, measures, notices, reports, roundMeasures, rounds, units, users } from '@/db/schema';
import type { RoundStatus } from '@/db/schema/enums';
import { owedJoin } from '@/lib/reports/owed';

/**
 * Which reports a reminder (催办) may chase, the one rule the round page lists and the send action
 * enforces. In an open round: every report not yet submitted, and every returned one not yet resent.
 * In a closed round nothing new can be submitted, so only a returned report whose own resubmission
 * deadline (reports.resubmitBy) is still ahead can be chased.
 */
export function chaseableWhere(round: { status: RoundStatus }, now: Date): SQL {
  if (round.status === 'open') return or(isNull(reports.firstSubmittedAt), eq(reports.status, 'returned'))!;
  return and(eq(reports.status, 'returned'), gt(reports.resubmitBy, now))!;
}

export interface ChaseRow {
  unitId: number;
  unitCode: string;
  unitName: string;
  contactName: string | null;
  contactPhone: string | null;
  measureCode: string;
  status: string | null;
  resubmitBy: Date | null;
}

/** The chaseable reports of a round (optionally of the given units only), in roster and plan order. */
export function chaseRows(tx: DB | Tx, round: { id: number; status: RoundStatus }, now: Date, unitIds?: number[]): ChaseRow[] {
  return tx
    .select({
      unitId: units.id,
      unitCode: units.code,
      unitName: units.name,
      contactName: units.contactName,
      contactPhone: units.contactPhone,
      measureCode: measures.code,
      status: reports.status,
      resubmitBy: reports.resubmitBy,
    })
    .from(rounds)
    .innerJoin(roundMeasures, eq(roundMeasures.roundId, rounds.id))
    .innerJoin(assignments, owedJoin.assignment)
    .innerJoin(measures, eq(measures.id, assignments.measureId))
    .innerJoin(units, eq(units.id, assignments.unitId))
    .leftJoin(reports, owedJoin.report)
    .where(and(eq(rounds.id, round.id), unitIds ? inArray(assignments.unitId, unitIds) : undefined, chaseableWhere(round, now)))
    .orderBy(asc(units.sortOrder), asc(measures.sortOrder))
    .all();
}

export interface ChaseUnit {
  unitId: number;
  unitCode: string;
  unitName: string;
  contactName: string | null;
  contactPhone: string | null;
  /** Measures never submitted (open rounds only). */
  missing: string[];
  /** Measures returned and not yet resent. */
  returned: string[];
  /** The latest resubmission deadline among the returned reports, if any. */
  resubmitBy: Date | null;
}

/** 催办 list for a round: per unit, what it may still be chased for, with whom to call. */
export function chaseUnits(tx: DB | Tx, round: { id: number; status: RoundStatus }, now: Date): ChaseUnit[] {
  const byUnit = new Map<number, ChaseUnit>();
  for (const r of chaseRows(tx, round, now)) {
    const entry = byUnit.get(r.unitId) ?? {
      unitId: r.unitId,
      unitCode: r.unitCode,
      unitName: r.unitName,
      contactName: r.contactName,
      contactPhone: r.contactPhone,
      missing: [],
      returned: [],
      resubmitBy: null,
    };
    if (r.status === 'returned') {
      entry.returned.push(r.measureCode);
      if (r.resubmitBy && (!entry.resubmitBy || r.resubmitBy > entry.resubmitBy)) entry.resubmitBy = r.resubmitBy;
    } else entry.missing.push(r.measureCode);
    byUnit.set(r.unitId, entry);
  }
  return [...byUnit.values()];
}

export const REMINDER_KINDS = ['reminder', 'reminder_auto'] as const;

/**
 * The reminders a round's units received, newest first: the office's own (with who sent them and
 * their note) and the automatic ones (no sender: sent by the system).
 */
export function roundReminders(tx: DB | Tx, roundId: number) {
  return tx
    .select({
      id: notices.id,
      unitId: notices.unitId,
      unitName: units.name,
      kind: notices.kind,
      params: notices.params,
      body: notices.body,
      createdAt: notices.createdAt,
      senderId: notices.senderId,
      senderName: sql<string | null>`${users.displayName}`,
    })
    // Notices have no index by round: walk the roster (CROSS JOIN keeps units outer) and each unit's notices by its index.
    .from(units)
    .crossJoin(notices)
    .leftJoin(users, eq(users.id, notices.senderId))
    .where(and(eq(notices.unitId, units.id), eq(notices.audience, 'unit'), eq(notices.roundId, roundId), inArray(notices.kind, [...REMINDER_KINDS])))
    .orderBy(desc(notices.createdAt), desc(notices.id))
    .all();
}

export type RoundReminder = ReturnType<typeof roundReminders>[number];
