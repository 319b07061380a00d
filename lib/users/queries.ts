import 'server-only';
import { and, asc, count, eq, or, type SQL } from 'drizzle-orm';
import { contains } from '@/db/helpers';
import { db } from '@/db/client';
import { units, users } from '@/db/schema';
import type { Role } from '@/lib/auth/roles';

export const USERS_PAGE_SIZE = 50;

/** Callers hold `user.manage`; the page checks it before calling. */
export function listUsers(filter: { q?: string; role?: Role; page: number }) {
  const conditions: (SQL | undefined)[] = [];
  if (filter.q) {
    conditions.push(or(contains(users.username, filter.q), contains(users.displayName, filter.q), contains(units.name, filter.q)));
  }
  if (filter.role) conditions.push(eq(users.role, filter.role));
  const where = and(...conditions);
  const total = db.select({ n: count() }).from(users).innerJoin(units, eq(units.id, users.unitId)).where(where).get()?.n ?? 0;
  const rows = db
    .select({
      id: users.id,
      username: users.username,
      displayName: users.displayName,
      role: users.role,
      active: users.active,
      isDemo: users.isDemo,
      lockedUntil: users.lockedUntil,
      lastSignInAt: users.lastSignInAt,
      unitName: units.name,
    })
    .from(users)
    .innerJoin(units, eq(units.id, users.unitId))
    .where(where)
    .orderBy(asc(units.sortOrder), asc(users.username))
    .limit(USERS_PAGE_SIZE)
    .offset((filter.page - 1) * USERS_PAGE_SIZE)
    .all();
  const now = Date.now();
  return { rows: rows.map((r) => ({ ...r, locked: !!r.lockedUntil && r.lockedUntil.getTime() > now })), total };
}

export function getUser(id: number) {
  return db
    .select({
      id: users.id,
      username: users.username,
      displayName: users.displayName,
      role: users.role,
      unitId: users.unitId,
      active: users.active,
      isDemo: users.isDemo,
      lockedUntil: users.lockedUntil,
      lastSignInAt: users.lastSignInAt,
      mustChangePassword: users.mustChangePassword,
      createdAt: users.createdAt,
    })
    .from(users)
    .where(eq(users.id, id))
    .get();
}

/** Units for a picker: active ones, in roster order. */
export function listUnitOptions() {
  return db.select({ id: units.id, name: units.name, code: units.code }).from(units).where(eq(units.active, true)).orderBy(asc(units.sortOrder)).all();
}
