import type { Access } from '@/lib/auth/gate';
import { can } from '@/lib/auth/permissions';
import type { ScopedUser } from '@/lib/auth/scope';

/** A unit's own pages and data: office, leaders and assessors any unit; a reporting officer its own. */
export function unitAccess(user: ScopedUser, unit: { id: number }): Access {
  if (can(user.role, 'unit.read.any')) return 'any';
  return can(user.role, 'unit.read.own') && user.unitId === unit.id ? 'own' : null;
}
