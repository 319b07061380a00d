import 'server-only';
import type { Access } from '@/lib/auth/gate';
import { can } from '@/lib/auth/permissions';
import type { ScopedUser } from '@/lib/auth/scope';
import { leadsMeasure } from './queries';

/**
 * How a user holds a unit's work on a measure (an assignment, its reports, its extension requests):
 * office, leaders and assessors any; the unit its own; and, read-only, the lead unit of the measure,
 * which follows its cooperating units' work.
 */
export function assignmentAccess(user: ScopedUser, record: { unitId: number; measureId: number }): Access {
  if (can(user.role, 'unit.read.any')) return 'any';
  if (!can(user.role, 'unit.read.own')) return null;
  if (record.unitId === user.unitId) return 'own';
  return leadsMeasure(user.unitId, record.measureId) ? 'lead' : null;
}
