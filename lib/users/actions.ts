'use server';

import { and, eq, isNull } from 'drizzle-orm';
import { users, units, userSessions } from '@/db/schema';
import { ActionError, defineAction } from '@/lib/auth/action';
import { hashPassword } from '@/lib/auth/password';
import { generateTemporaryPassword, passwordProblem } from '@/lib/auth/policy';
import type { Tx } from '@/db/client';
import { createUserSchema, setActiveSchema, updateUserSchema, userIdSchema } from './validation';

/** What the audit log keeps of a user: never the password hash. */
function snapshot(tx: Tx, id: number) {
  return tx
    .select({ id: users.id, username: users.username, displayName: users.displayName, unitId: users.unitId, role: users.role, active: users.active })
    .from(users)
    .where(eq(users.id, id))
    .get();
}

function assertUnitExists(tx: Tx, unitId: number) {
  if (!tx.select({ id: units.id }).from(units).where(eq(units.id, unitId)).get()) throw new ActionError({ key: 'choose' }, 'unitId');
}

/** Creates an account; the user must change the initial password at first sign-in. */
export const createUserAction = defineAction({
  name: 'user.create',
  permission: 'user.manage',
  schema: createUserSchema,
  async prepare({ input }) {
    const problem = passwordProblem(input.password, input.username);
    if (problem) throw new ActionError({ key: problem }, 'password');
    return hashPassword(input.password);
  },
  run({ tx, input, prepared, audit, now }) {
    if (tx.select({ id: users.id }).from(users).where(eq(users.username, input.username)).get()) {
      throw new ActionError({ key: 'usernameTaken' }, 'username');
    }
    assertUnitExists(tx, input.unitId);
    const created = tx
      .insert(users)
      .values({ username: input.username, displayName: input.displayName, unitId: input.unitId, role: input.role, passwordHash: prepared, mustChangePassword: true, passwordChangedAt: now })
      .returning({ id: users.id })
      .get();
    audit({ objectType: 'user', objectId: created.id, after: snapshot(tx, created.id) });
    return { redirectTo: `/admin/users/${created.id}?created=1` };
  },
});

/** Changes a user's name, unit or role. */
export const updateUserAction = defineAction({
  name: 'user.update',
  permission: 'user.manage',
  schema: updateUserSchema,
  run({ tx, input, audit, now }) {
    const before = snapshot(tx, input.id);
    if (!before) throw new ActionError({ key: 'notFound' });
    assertUnitExists(tx, input.unitId);
    tx.update(users).set({ displayName: input.displayName, unitId: input.unitId, role: input.role, updatedAt: now }).where(eq(users.id, input.id)).run();
    audit({ objectType: 'user', objectId: input.id, before, after: snapshot(tx, input.id) });
  },
});

/** Deactivates (ending every open session) or reactivates an account. Accounts are never deleted. */
export const setUserActiveAction = defineAction({
  name: 'user.set-active',
  permission: 'user.manage',
  schema: setActiveSchema,
  run({ tx, input, audit, user, now }) {
    if (input.id === user.id && !input.active) throw new ActionError({ key: 'cannotDeactivateSelf' });
    const before = snapshot(tx, input.id);
    if (!before) throw new ActionError({ key: 'notFound' });
    tx.update(users).set({ active: input.active, updatedAt: now }).where(eq(users.id, input.id)).run();
    if (!input.active) tx.update(userSessions).set({ endedAt: now, endReason: 'deactivated' }).where(and(eq(userSessions.userId, input.id), isNull(userSessions.endedAt))).run();
    audit({ objectType: 'user', objectId: input.id, before, after: snapshot(tx, input.id) });
    return { message: { key: input.active ? 'activated' : 'deactivated' } };
  },
});

/** Sets a generated temporary password (shown once), unlocks the account and forces a change at next sign-in. */
export const resetPasswordAction = defineAction({
  name: 'user.reset-password',
  permission: 'user.manage',
  schema: userIdSchema,
  async prepare() {
    const password = generateTemporaryPassword();
    return { password, hash: await hashPassword(password) };
  },
  run({ tx, input, prepared, audit, now }) {
    const before = snapshot(tx, input.id);
    if (!before) throw new ActionError({ key: 'notFound' });
    tx.update(users)
      .set({ passwordHash: prepared.hash, mustChangePassword: true, isDemo: false, failedSignIns: 0, lockedUntil: null, passwordChangedAt: now, updatedAt: now })
      .where(eq(users.id, input.id))
      .run();
    tx.update(userSessions).set({ endedAt: now, endReason: 'password-reset' }).where(and(eq(userSessions.userId, input.id), isNull(userSessions.endedAt))).run();
    audit({ objectType: 'user', objectId: input.id, before, after: { ...snapshot(tx, input.id), passwordReset: true } });
    return { message: { key: 'passwordReset' }, data: { password: prepared.password } };
  },
});
