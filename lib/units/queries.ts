import 'server-only';
import { and, asc, count, eq, isNull, or, sql } from 'drizzle-orm';
import { contains } from '@/db/helpers';
import { db } from '@/db/client';
import { assignments, measures, tasks, units, users, type Unit, type UNIT_GROUPS } from '@/db/schema';
import { unitScope, type ScopedUser } from '@/lib/auth/scope';

export function getUnitByCode(code: string): Unit | undefined {
  return db.select().from(units).where(eq(units.code, code)).get();
}

/** A unit's active assignments in a plan, with their measure and task; empty for a unit the user may not read. */
export function listUnitAssignments(user: ScopedUser, unitId: number, planId: number) {
  return db
    .select({
      id: assignments.id,
      role: assignments.role,
      target: assignments.target,
      dueDate: assignments.dueDate,
      measureId: measures.id,
      measureCode: measures.code,
      measureTitle: measures.title,
      timeframe: measures.timeframe,
      measureDueDate: measures.dueDate,
      taskId: tasks.id,
      taskNo: tasks.no,
      taskTitle: tasks.title,
      taskTitleEn: tasks.titleEn,
    })
    .from(assignments)
    .innerJoin(measures, eq(measures.id, assignments.measureId))
    .innerJoin(tasks, eq(tasks.id, measures.taskId))
    .where(
      and(
        eq(assignments.unitId, unitId),
        unitScope(user, assignments.unitId),
        eq(assignments.status, 'active'),
        eq(measures.planId, planId),
        isNull(measures.archivedAt),
      ),
    )
    .orderBy(asc(tasks.sortOrder), asc(measures.sortOrder))
    .all();
}

export const UNITS_PAGE_SIZE = 100;

/** The roster for administration, with each unit's number of accounts. Callers hold `unit.manage`. */
export function listUnitsForAdmin(filter: { q?: string; group?: (typeof UNIT_GROUPS)[number]; page: number }) {
  const where = and(
    filter.q ? or(contains(units.code, filter.q), contains(units.name, filter.q), contains(units.fullName, filter.q)) : undefined,
    filter.group ? eq(units.group, filter.group) : undefined,
  );
  const total = db.select({ n: count() }).from(units).where(where).get()?.n ?? 0;
  const userCounts = db.select({ unitId: users.unitId, n: count().as('n') }).from(users).groupBy(users.unitId).as('uc');
  const rows = db
    .select({ unit: units, userCount: sql<number>`coalesce(${userCounts.n}, 0)` })
    .from(units)
    .leftJoin(userCounts, eq(userCounts.unitId, units.id))
    .where(where)
    .orderBy(asc(units.sortOrder), asc(units.id))
    .limit(UNITS_PAGE_SIZE)
    .offset((filter.page - 1) * UNITS_PAGE_SIZE)
    .all();
  return { rows, total };
}

export function getUnit(id: number): Unit | undefined {
  return db.select().from(units).where(eq(units.id, id)).get();
}
