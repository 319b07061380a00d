import 'server-only';
import { cache } from 'react';
import { eq } from 'drizzle-orm';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { db } from '@/db/client';
import { units, userSessions, users } from '@/db/schema';
import { writeAudit, type AuditActor } from '@/lib/audit/log';
import { clientIp } from '@/lib/request-ip';
import { auth } from './auth';
import { passwordExpired, sessionExpiry } from './policy';
import { getSettings } from '@/lib/settings/queries';
import type { Role } from './roles';
import { endSession } from './sign-in';

export interface CurrentUser {
  id: number;
  username: string;
  displayName: string;
  role: Role;
  unitId: number;
  unitCode: string;
  unitName: string;
  sid: string;
  /** A password change comes first: set by an administrator (new account, reset) or an expired password. */
  mustChangePassword: boolean;
  passwordExpired: boolean;
  isDemo: boolean;
  ip: string | null;
}

const SEEN_WRITE_INTERVAL_MS = 60_000;

/**
 * The signed-in user, checked against the server-side session on every request: an ended, idle or
 * expired session, or a deactivated account, counts as signed out whatever the cookie says.
 */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = await auth();
  const sid = session?.user?.sid;
  if (!sid) return null;
  const row = db
    .select({ s: userSessions, u: users, unitCode: units.code, unitName: units.name })
    .from(userSessions)
    .innerJoin(users, eq(users.id, userSessions.userId))
    .innerJoin(units, eq(units.id, users.unitId))
    .where(eq(userSessions.id, sid))
    .get();
  if (!row || row.s.endedAt || !row.u.active) return null;
  const now = new Date();
  const rules = getSettings(db);
  const expired = sessionExpiry(row.s, now, rules.sessionIdleMinutes, rules.sessionAbsoluteHours);
  if (expired) {
    endSession(sid, expired, now, clientIp(await headers()));
    return null;
  }
  if (now.getTime() - row.s.lastSeenAt.getTime() > SEEN_WRITE_INTERVAL_MS) {
    db.update(userSessions).set({ lastSeenAt: now }).where(eq(userSessions.id, sid)).run();
  }
  return {
    id: row.u.id,
    username: row.u.username,
    displayName: row.u.displayName,
    role: row.u.role,
    unitId: row.u.unitId,
    unitCode: row.unitCode,
    unitName: row.unitName,
    sid,
    // The demo seed's accounts are exempt, so the demo and its tests sign in with the demo password.
    mustChangePassword: !row.u.isDemo && (row.u.mustChangePassword || passwordExpired(row.u.passwordChangedAt, now, rules.passwordExpiryDays)),
    passwordExpired: !row.u.isDemo && passwordExpired(row.u.passwordChangedAt, now, rules.passwordExpiryDays),
    isDemo: row.u.isDemo,
    ip: clientIp(await headers()),
  };
});

export function actorOf(user: CurrentUser | null, ip: string | null = user?.ip ?? null): AuditActor {
  return {
    userId: user?.id ?? null,
    username: user?.username ?? null,
    unitId: user?.unitId ?? null,
    role: user?.role ?? null,
    ip,
  };
}

/** The signed-in user, or a redirect to the sign-in page. */
export async function requireUser(): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect('/login');
  return user;
}

/** Records a refused access; refusals are security events and always audited. */
export function auditDenied(user: CurrentUser | null, action: string, objectType?: string, objectId?: string | number | null, detail?: string) {
  writeAudit(db, actorOf(user), { action, objectType, objectId: objectId ?? null, result: 'denied', detail });
}
