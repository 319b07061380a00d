import 'server-only';
import { can } from '@/lib/auth/permissions';
import type { ScopedUser } from '@/lib/auth/scope';
import { leadsMeasure } from '@/lib/assignments/queries';

/**
 * Who may read a unit's report: office, leaders and assessors any; the reporting unit its own; and,
 * read-only, the lead unit of the measure (it sees its cooperating units' reports).
 */
export function canReadReport(user: ScopedUser, report: { unitId: number; measureId: number }): boolean {
  if (can(user.role, 'progress.read.all')) return true;
  if (!can(user.role, 'unit.read.own')) return false;
  return report.unitId === user.unitId || leadsMeasure(user.unitId, report.measureId);
}

/** The reporting unit edits while the round is open and the report is a draft or was returned. */
export function canEditReport(user: ScopedUser, report: { unitId: number; status: string }, round: { status: string }): boolean {
  return can(user.role, 'report.write') && report.unitId === user.unitId && round.status === 'open' && (report.status === 'draft' || report.status === 'returned');
}
