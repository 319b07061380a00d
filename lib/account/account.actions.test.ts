import { describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { auditLog, userSessions, users } from '@/db/schema';
import { signInWithPassword } from '@/lib/auth/sign-in';
import { signInAs } from '@/lib/testing/mocks/session';
import { run, testUser } from '@/lib/testing/users';
import { changePasswordAction } from './actions';

const change = (currentPassword: string, newPassword: string) => run(changePasswordAction, { currentPassword, newPassword, confirmPassword: newPassword });

describe('changing one’s own password', () => {
  it('refuses a common password, one containing the user name, and any of the last five', async () => {
    signInAs(testUser('kjj'));
    expect((await change('Demo@2018', 'P@ssw0rd')).fieldErrors?.newPassword).toBe('v.passwordCommon');
    expect((await change('Demo@2018', 'Mykjj#2026x')).fieldErrors?.newPassword).toBe('v.passwordContainsUsername');
    expect((await change('Demo@2018', 'First#2026ab')).redirect).toBe('/?passwordChanged=1');
    expect((await change('First#2026ab', 'Second#2026cd')).redirect).toBe('/?passwordChanged=1');
    // A password used before does not come back.
    expect((await change('Second#2026cd', 'First#2026ab')).fieldErrors?.newPassword).toBe('v.passwordReused');
  });

  it('audits a wrong current password and counts it toward the lock; at the threshold the session ends', async () => {
    const user = testUser('yuekou');
    signInAs(user);
    db.insert(userSessions).values({ id: user.sid, userId: user.id, createdAt: new Date(), lastSeenAt: new Date(), ip: user.ip }).run();
    for (let i = 0; i < 5; i++) expect((await change('Guess#2026ab', 'Other#2026cd')).fieldErrors?.currentPassword).toBe('v.currentPasswordWrong');
    const records = db.select().from(auditLog).where(and(eq(auditLog.action, 'account.change-password'), eq(auditLog.username, 'yuekou'))).all();
    expect(records.map((r) => r.result)).toEqual(Array(5).fill('failure'));
    expect(records.at(-1)!.detail).toBe('wrong current password; locked');
    expect(db.select().from(userSessions).where(eq(userSessions.id, user.sid)).get()).toMatchObject({ endReason: 'locked' });
    // The lock is the sign-in lock from that address: the right password is refused there too.
    expect(await signInWithPassword({ username: 'yuekou', password: 'Demo@2018', ip: user.ip, userAgent: null })).toMatchObject({ ok: false, reason: 'locked' });
    expect(db.select().from(users).where(eq(users.username, 'yuekou')).get()!.passwordHash).toBeTruthy();
  });
});
