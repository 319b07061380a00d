import { eq } from 'drizzle-orm';
import { randomUUID } from 'node:crypto';
import { db } from '@/db/client';
import { userSessions, users } from '@/db/schema';
import { writeAudit } from '@/lib/audit/log';
import { afterFailure, isLocked } from './policy';
import { getSettings } from '@/lib/settings/queries';
import { dummyPasswordHash, verifyPassword } from './password';
import type { Role } from './roles';

export type SignInResult =
  | { ok: true; user: { id: number; name: string; unitId: number; role: Role; sid: string } }
  | { ok: false; reason: 'invalid' | 'locked'; lockedUntil?: Date };

interface SignInInput {
  username: string;
  password: string;
  ip: string | null;
  userAgent: string | null;
  now?: Date;
}

/**
 * Checks a user name and password, keeps the lockout count, audits the outcome, and opens a server-side
 * session. Unknown user and wrong password give the same answer and cost the same time.
 */
export async function signInWithPassword(input: SignInInput): Promise<SignInResult> {
  const now = input.now ?? new Date();
  const username = input.username.trim();
  const user = db.select().from(users).where(eq(users.username, username)).get();
  const actor = {
    userId: user?.id ?? null,
    username: username.slice(0, 64),
    unitId: user?.unitId ?? null,
    role: user?.role ?? null,
    ip: input.ip,
  };

  if (user && isLocked(user.lockedUntil, now)) {
    writeAudit(db, actor, { action: 'auth.sign-in', objectType: 'user', objectId: user.id, result: 'denied', detail: 'locked' });
    return { ok: false, reason: 'locked', lockedUntil: user.lockedUntil! };
  }

  const passwordOk = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), input.password);
  if (!user || !passwordOk || !user.active) {
    return db.transaction((tx) => {
      let lockedUntil: Date | null = null;
      if (user) {
        const rules = getSettings(tx);
        const next = afterFailure(user.failedSignIns, now, rules.lockoutThreshold, rules.lockoutMinutes);
        lockedUntil = next.lockedUntil;
        tx.update(users).set({ failedSignIns: next.failures, lockedUntil }).where(eq(users.id, user.id)).run();
      }
      writeAudit(tx, actor, {
        action: 'auth.sign-in',
        objectType: 'user',
        objectId: user?.id ?? null,
        result: 'failure',
        detail: !user ? 'unknown user' : !user.active ? 'inactive' : lockedUntil ? 'wrong password; locked' : 'wrong password',
      });
      return lockedUntil ? { ok: false as const, reason: 'locked' as const, lockedUntil } : { ok: false as const, reason: 'invalid' as const };
    });
  }

  const sid = randomUUID();
  return db.transaction((tx) => {
    tx.update(users).set({ failedSignIns: 0, lockedUntil: null, lastSignInAt: now }).where(eq(users.id, user.id)).run();
    tx.insert(userSessions)
      .values({ id: sid, userId: user.id, createdAt: now, lastSeenAt: now, ip: input.ip, userAgent: input.userAgent?.slice(0, 300) ?? null })
      .run();
    writeAudit(tx, actor, { action: 'auth.sign-in', objectType: 'user', objectId: user.id, result: 'success' });
    return { ok: true as const, user: { id: user.id, name: user.displayName, unitId: user.unitId, role: user.role, sid } };
  });
}

/** Ends a server-side session so its cookie no longer works anywhere. */
export function endSession(sid: string, reason: string, now = new Date()): void {
  db.update(userSessions).set({ endedAt: now, endReason: reason }).where(eq(userSessions.id, sid)).run();
}

