import 'server-only';
import { and, asc, count, desc, eq, inArray, ne, or, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import { contains } from '@/db/helpers';
import { db } from '@/db/client';
import { accountProposals, units, users } from '@/db/schema';
import type { Role } from '@/lib/auth/roles';

export const USERS_PAGE_SIZE = 50;

/** Is the account's name locked from any address right now (lib/auth/sign-in.ts)? */
function lockedNow() {
  return sql<boolean>`exists (select 1 from sign_in_locks l where l.username = lower(${users.username}) and l.locked_until > ${Date.now()})`.mapWith(Boolean);
}

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
      locked: lockedNow(),
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
  return { rows, total };
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
      locked: lockedNow(),
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

const proposer = alias(users, 'proposer');
const decider = alias(users, 'decider');
const target = alias(users, 'target');

/**
 * Proposed changes to administrator accounts: every pending one, then the latest decided. Callers
 * hold `user.change.read` (both kinds of administrator see them; the auditor confirms).
 */
export function listProposals(decidedLimit = 50) {
  const select = () =>
    db
      .select({
        id: accountProposals.id,
        kind: accountProposals.kind,
        status: accountProposals.status,
        fromRole: accountProposals.fromRole,
        toRole: accountProposals.toRole,
        username: sql<string | null>`coalesce(${target.username}, ${accountProposals.username})`,
        displayName: sql<string | null>`coalesce(${target.displayName}, ${accountProposals.displayName})`,
        targetUserId: accountProposals.targetUserId,
        proposedBy: accountProposals.proposedBy,
        proposedByName: proposer.username,
        proposedAt: accountProposals.proposedAt,
        decidedByName: decider.username,
        decidedAt: accountProposals.decidedAt,
      })
      .from(accountProposals)
      .innerJoin(proposer, eq(proposer.id, accountProposals.proposedBy))
      .leftJoin(decider, eq(decider.id, accountProposals.decidedBy))
      .leftJoin(target, eq(target.id, accountProposals.targetUserId));
  const pending = select().where(eq(accountProposals.status, 'pending')).orderBy(asc(accountProposals.proposedAt)).all();
  const decided = select().where(ne(accountProposals.status, 'pending')).orderBy(desc(accountProposals.decidedAt), desc(accountProposals.id)).limit(decidedLimit).all();
  return { pending, decided };
}

/** The pending proposals about some accounts (for the user pages). */
export function pendingProposalsFor(userIds: number[]) {
  if (!userIds.length) return [];
  return db
    .select({ id: accountProposals.id, kind: accountProposals.kind, targetUserId: accountProposals.targetUserId, toRole: accountProposals.toRole })
    .from(accountProposals)
    .where(and(eq(accountProposals.status, 'pending'), inArray(accountProposals.targetUserId, userIds)))
    .all();
}
