import { eq, sql, type SQL } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import type { Access } from '@/lib/auth/gate';
import { can } from '@/lib/auth/permissions';
import type { ScopedUser } from '@/lib/auth/scope';
import type { FieldSpec } from './define';

/**
 * Registers are kept by units and the office: the office reads and corrects every record, leaders
 * and assessors read every record, a unit reads and enters its own.
 */
export function recordAccess(user: ScopedUser, record: { unitId: number }): Access {
  if (can(user.role, 'register.read.all')) return 'any';
  return can(user.role, 'register.read') && record.unitId === user.unitId ? 'own' : null;
}

/** May the user change this record (its unit's, or any as the office)? */
export function mayWriteRecord(user: ScopedUser, record: { unitId: number }): boolean {
  if (can(user.role, 'register.write.all')) return true;
  return can(user.role, 'register.write') && record.unitId === user.unitId;
}

/** The WHERE that limits a register's records to what the user may read. */
export function recordScope(user: ScopedUser, unitColumn: SQLiteColumn): SQL | undefined {
  if (can(user.role, 'register.read.all')) return undefined;
  if (can(user.role, 'register.read')) return eq(unitColumn, user.unitId);
  return sql`0`;
}

/** Whether the user may see a personal field of a record (the office always; the record's unit where the field allows). */
export function seesPersonal(user: ScopedUser, field: FieldSpec, record: { unitId: number }): boolean {
  if (!field.personal) return true;
  if (can(user.role, 'register.personal')) return true;
  return field.personal === 'ownUnit' && can(user.role, 'register.read') && record.unitId === user.unitId;
}
