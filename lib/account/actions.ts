'use server';

import { and, eq, isNull, ne } from 'drizzle-orm';
import { z } from 'zod';
import { db } from '@/db/client';
import { passwordHistory, userSessions, users } from '@/db/schema';
import { ActionError, defineAction } from '@/lib/auth/action';
import { hashPassword, verifyPassword } from '@/lib/auth/password';
import { isReusedPassword, newPasswordProblem, rememberPassword } from '@/lib/auth/password-rules';
import { actorOf } from '@/lib/auth/session';
import { countPasswordFailure, lockedFrom } from '@/lib/auth/sign-in';
import { writeAudit } from '@/lib/audit/log';
import { LIMITS, checkLimits } from '@/lib/security/rate-limit';

const changePasswordSchema = z
  .object({
    currentPassword: z.string().min(1, 'v.required').max(256),
    newPassword: z.string().min(1, 'v.required').max(128),
    confirmPassword: z.string().min(1, 'v.required').max(128),
  })
  .refine((v) => v.newPassword === v.confirmPassword, { path: ['confirmPassword'], message: 'v.passwordMismatch' });

/**
 * Changes the signed-in user's own password and ends their other sessions. A wrong current password
 * is audited and counts toward the sign-in lock from this address; when it locks, this session ends
 * too, so a borrowed session cannot be used to guess the password.
 */
export const changePasswordAction = defineAction({
  name: 'account.change-password',
  permission: 'account.self',
  schema: changePasswordSchema,
  async prepare({ user, input }) {
    const wait = checkLimits([
      [`password:user:${user.id}`, LIMITS.passwordChangePerUser],
      [`password:ip:${user.ip ?? 'unknown'}`, LIMITS.passwordChangePerIp],
    ]);
    if (wait > 0) throw new ActionError({ key: 'rateLimited', values: { seconds: wait } });
    const row = db.select({ passwordHash: users.passwordHash }).from(users).where(eq(users.id, user.id)).get();
    const locked = lockedFrom(user.username, user.ip);
    if (!row || locked || !(await verifyPassword(row.passwordHash, input.currentPassword))) {
      const now = new Date();
      db.transaction(
        (tx) => {
          const nowLocked = locked || countPasswordFailure(tx, { ...actorOf(user), username: user.username }, now);
          writeAudit(tx, actorOf(user), {
            action: 'account.change-password',
            objectType: 'user',
            objectId: user.id,
            result: 'failure',
            detail: locked ? 'locked' : nowLocked ? 'wrong current password; locked' : 'wrong current password',
          });
          if (nowLocked) {
            tx.update(userSessions).set({ endedAt: now, endReason: 'locked' }).where(and(eq(userSessions.id, user.sid), isNull(userSessions.endedAt))).run();
          }
        },
        { behavior: 'immediate' },
      );
      throw new ActionError({ key: 'currentPasswordWrong' }, 'currentPassword');
    }
    if (input.newPassword === input.currentPassword) throw new ActionError({ key: 'passwordUnchanged' }, 'newPassword');
    const problem = newPasswordProblem(input.newPassword, user.username);
    if (problem) throw new ActionError({ key: problem }, 'newPassword');
    if (await isReusedPassword(db, user.id, input.newPassword)) throw new ActionError({ key: 'passwordReused' }, 'newPassword');
    return hashPassword(input.newPassword);
  },
  run({ tx, user, prepared, audit, now }) {
    // A password from before the history was kept still counts as one of the last five.
    if (!tx.select({ id: passwordHistory.id }).from(passwordHistory).where(eq(passwordHistory.userId, user.id)).get()) {
      const old = tx.select({ hash: users.passwordHash }).from(users).where(eq(users.id, user.id)).get();
      if (old) rememberPassword(tx, user.id, old.hash, now);
    }
    tx.update(users).set({ passwordHash: prepared, mustChangePassword: false, passwordChangedAt: now, updatedAt: now }).where(eq(users.id, user.id)).run();
    rememberPassword(tx, user.id, prepared, now);
    tx.update(userSessions)
      .set({ endedAt: now, endReason: 'password-changed' })
      .where(and(eq(userSessions.userId, user.id), ne(userSessions.id, user.sid), isNull(userSessions.endedAt)))
      .run();
    audit({ objectType: 'user', objectId: user.id, after: { passwordChanged: true } });
    return { message: { key: 'passwordChanged' }, redirectTo: '/?passwordChanged=1' };
  },
});
