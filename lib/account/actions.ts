'use server';

import { and, eq, isNull, ne } from 'drizzle-orm';
import { z } from 'zod';
import { db } from '@/db/client';
import { userSessions, users } from '@/db/schema';
import { ActionError, defineAction } from '@/lib/auth/action';
import { hashPassword, verifyPassword } from '@/lib/auth/password';
import { passwordProblem } from '@/lib/auth/policy';
import { LIMITS, checkLimits } from '@/lib/security/rate-limit';

const changePasswordSchema = z
  .object({
    currentPassword: z.string().min(1, 'v.required').max(256),
    newPassword: z.string().min(1, 'v.required').max(128),
    confirmPassword: z.string().min(1, 'v.required').max(128),
  })
  .refine((v) => v.newPassword === v.confirmPassword, { path: ['confirmPassword'], message: 'v.passwordMismatch' });

/** Changes the signed-in user's own password and ends their other sessions. */
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
    if (!row || !(await verifyPassword(row.passwordHash, input.currentPassword))) {
      throw new ActionError({ key: 'currentPasswordWrong' }, 'currentPassword');
    }
    if (input.newPassword === input.currentPassword) throw new ActionError({ key: 'passwordUnchanged' }, 'newPassword');
    const problem = passwordProblem(input.newPassword, user.username);
    if (problem) throw new ActionError({ key: problem }, 'newPassword');
    return hashPassword(input.newPassword);
  },
  run({ tx, user, prepared, audit, now }) {
    tx.update(users).set({ passwordHash: prepared, mustChangePassword: false, passwordChangedAt: now, updatedAt: now }).where(eq(users.id, user.id)).run();
    tx.update(userSessions)
      .set({ endedAt: now, endReason: 'password-changed' })
      .where(and(eq(userSessions.userId, user.id), ne(userSessions.id, user.sid), isNull(userSessions.endedAt)))
      .run();
    audit({ objectType: 'user', objectId: user.id, after: { passwordChanged: true } });
    return { message: { key: 'passwordChanged' }, redirectTo: '/?passwordChanged=1' };
  },
});
