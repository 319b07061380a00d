import { eq, sql, type SQL } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import { can } from './permissions';
import type { Role } from './roles';

export interface ScopedUser {
  role: Role;
  unitId: number;
}

/**
 * The WHERE condition that limits a unit-owned table to what the user may read: every unit for
 * office, leaders and assessors; the user's own unit for a reporting officer; nothing for anyone else.
 */
export function unitScope(user: ScopedUser, unitIdColumn: SQLiteColumn): SQL | undefined {
  if (can(user.role, 'unit.read.any')) return undefined;
  if (can(user.role, 'unit.read.own')) return eq(unitIdColumn, user.unitId);
  return sql`0`;
}
