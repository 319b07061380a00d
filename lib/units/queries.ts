import 'server-only';
import { and, asc, count, eq, inArray, isNull, sql } from 'drizzle-orm';
import { db } from '@/db/client';
import { assignments, measures, tasks, units, users, UNIT_GROUPS, type Unit } from '@/db/schema';
import { qs, type Filter } from '@/lib/list/filter';
import { paginate } from '@/lib/list/paginate';
import { searchAcross } from '@/lib/list/search';
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
export const unitAdminFilterShape = { q: qs.text(), group: qs.oneOf(UNIT_GROUPS) };

export function listUnitsForAdmin(filter: Filter<typeof unitAdminFilterShape>) {
  const where = and(searchAcross([units.code, units.name, units.fullName], filter.q), filter.group ? eq(units.group, filter.group) : undefined);
  const userCounts = db.select({ unitId: users.unitId, n: count().as('n') }).from(users).groupBy(users.unitId).as('uc');
  const query = db
    .select({ unit: units, userCount: sql<number>`coalesce(${userCounts.n}, 0)` })
    .from(units)
    .leftJoin(userCounts, eq(userCounts.unitId, units.id))
    .where(where)
    .orderBy(asc(units.sortOrder), asc(units.id));
  return paginate(query, filter.page, UNITS_PAGE_SIZE, () => db.select({ n: count() }).from(units).where(where).get()?.n ?? 0);
}

export function getUnit(id: number): Unit | undefined {
  return db.select().from(units).where(eq(units.id, id)).get();
}

/** Names, codes and order of the given units (tables keyed by unit id). */
export function unitNames(ids: number[]): Map<number, { name: string; code: string; sortOrder: number }> {
  if (ids.length === 0) return new Map();
  return new Map(
    db
      .select({ id: units.id, name: units.name, code: units.code, sortOrder: units.sortOrder })
      .from(units)
      .where(inArray(units.id, ids))
      .all()
      .map((u) => [u.id, u]),
  );
}

/** Every unit's code, name and contact, in roster order, for the contacts sheet. Callers hold `unit.manage`. */
export function listUnitContacts() {
  return db
    .select({ code: units.code, name: units.name, contactName: units.contactName, contactPhone: units.contactPhone })
    .from(units)
    .orderBy(asc(units.sortOrder), asc(units.id))
    .all();
}
