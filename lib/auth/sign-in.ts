import { and, eq, gt, isNull, lt, or, sql } from 'drizzle-orm';
import { randomUUID } from 'node:crypto';
import { db, type Tx } from '@/db/client';
import { signInLocks, userSessions, users, type User } from '@/db/schema';
import { writeAudit, type AuditActor } from '@/lib/audit/log';
import { LIMITS, checkLimits } from '@/lib/security/rate-limit';
import { getSettings } from '@/lib/settings/queries';
import { afterFailure, isLocked, sessionExpiry } from './policy';
import { dummyPasswordHash, verifyPassword } from './password';
import type { Role } from './roles';

export type SignInResult =
  | { ok: true; user: { id: number; name: string; unitId: number; role: Role; sid: string } }
  /** `invalid` and `locked` reach the client as one answer (lib/auth/auth.ts); the audit record tells them apart. */
  | { ok: false; reason: 'invalid' | 'locked' | 'rateLimited' | 'busy'; lockedUntil?: Date };

interface SignInInput {
  username: string;
  password: string;
  ip: string | null;
  userAgent: string | null;
  now?: Date;
}

/** An attempt admitted but never decided (its process died) stops counting after this long. */
const IN_FLIGHT_MS = 60_000;
/** An address the account signed in from within this many days is its own: the per-account rate limit spares it. */
const KNOWN_ADDRESS_DAYS = 90;
const DAY = 86_400_000;

/** SQLite said the database is busy (another process holds the write lock past the busy timeout). */
export function isBusy(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED'));
}

/**
 * Runs one transaction again when the database is busy (each try is all or nothing, so a retry
 * never counts twice). Every statement already waits for the busy timeout first.
 */
export async function retryBusy<T>(fn: () => T, tries = 3): Promise<T> {
  for (let i = 1; ; i++) {
    try {
      return fn();
    } catch (error) {
      if (!isBusy(error) || i >= tries) throw error;
      await new Promise((ok) => setTimeout(ok, 100 * i + Math.random() * 100));
    }
  }
}

function findUser(username: string): User | undefined {
  return db
    .select()
    .from(users)
    .where(sql`lower(${users.username}) = ${username.toLowerCase()}`)
    .get();
}

/** Has this account signed in from this address lately? Then the address is the account holder's own. */
function knownAddress(userId: number, ip: string, now: Date): boolean {
  return !!db
    .select({ id: userSessions.id })
    .from(userSessions)
    .where(and(eq(userSessions.userId, userId), eq(userSessions.ip, ip), gt(userSessions.createdAt, new Date(now.getTime() - KNOWN_ADDRESS_DAYS * DAY))))
    .limit(1)
    .get();
}

function lockRow(tx: Tx, username: string, ip: string) {
  return tx
    .select()
    .from(signInLocks)
    .where(and(eq(signInLocks.username, username), eq(signInLocks.ip, ip)))
    .get();
}

function inFlight(row: { inFlight: number; inFlightUntil: Date | null } | undefined, now: Date): number {
  return row && row.inFlightUntil && row.inFlightUntil.getTime() > now.getTime() ? row.inFlight : 0;
}

let admissions = 0;

/**
 * Checks a user name and password and opens a server-side session. Both ways to sign in (the app's
 * form and a direct POST to Auth.js's credentials callback) end here, so the same limits apply:
 *
 * 1. rate limits per address and per account (an address the account has used lately is exempt
 *    from the per-account one, so a stranger cannot hold its holder out);
 * 2. admission, in one IMMEDIATE transaction: refused while the name is locked from this address,
 *    or while failures plus attempts in flight have reached the threshold; otherwise counted in flight;
 * 3. the password check (Argon2, outside any transaction);
 * 4. the outcome, in one IMMEDIATE transaction: a failure is counted and may lock; a success is
 *    refused if a lock was set meanwhile.
 *
 * So however many attempts arrive at once, at most `lockoutThreshold` passwords are checked before
 * the lock holds. Unknown names are counted the same way and cost the same time: nothing tells
 * whether a name exists. A busy database is retried and then answered as such; every attempt is audited.
 */
export async function signInWithPassword(input: SignInInput): Promise<SignInResult> {
  const now = input.now ?? new Date();
  const username = input.username.trim().slice(0, 64);
  const key = username.toLowerCase();
  const ip = input.ip ?? 'unknown';
  let actor: AuditActor = { userId: null, username, unitId: null, role: null, ip: input.ip };
  try {
    const user = findUser(username);
    if (user) actor = { userId: user.id, username: user.username, unitId: user.unitId, role: user.role, ip: input.ip };
    const audit = (tx: Tx | typeof db, result: 'success' | 'failure' | 'denied', detail?: string) =>
      writeAudit(tx, actor, { action: 'auth.sign-in', objectType: 'user', objectId: user?.id ?? null, result, detail });

    const limits: [string, (typeof LIMITS)[keyof typeof LIMITS]][] = [[`signin:ip:${ip}`, LIMITS.signInPerIp]];
    if (!user || !knownAddress(user.id, ip, now)) limits.push([`signin:user:${key}`, LIMITS.signInPerAccount]);
    if (checkLimits(limits, now.getTime()) > 0) {
      await retryBusy(() => audit(db, 'denied', 'rate limited'));
      return { ok: false, reason: 'rateLimited' };
    }

    const admitted = await retryBusy(() =>
      db.transaction(
        (tx) => {
          const rules = getSettings(tx);
          const row = lockRow(tx, key, ip);
          if (row && isLocked(row.lockedUntil, now)) {
            audit(tx, 'denied', 'locked');
            return { lockedUntil: row.lockedUntil! };
          }
          const flying = inFlight(row, now);
          if ((row?.failures ?? 0) + flying >= rules.lockoutThreshold) {
            audit(tx, 'denied', 'locked: attempts in progress');
            return { lockedUntil: undefined };
          }
          const values = { inFlight: flying + 1, inFlightUntil: new Date(now.getTime() + IN_FLIGHT_MS), updatedAt: now };
          tx.insert(signInLocks)
            .values({ username: key, ip, failures: 0, ...values })
            .onConflictDoUpdate({ target: [signInLocks.username, signInLocks.ip], set: values })
            .run();
          if (++admissions % 200 === 0) {
            // Forget old failures and ended locks, so unknown names do not pile up.
            tx.delete(signInLocks)
              .where(and(lt(signInLocks.updatedAt, new Date(now.getTime() - DAY)), or(isNull(signInLocks.lockedUntil), lt(signInLocks.lockedUntil, now))))
              .run();
          }
          return null;
        },
        { behavior: 'immediate' },
      ),
    );
    if (admitted) return { ok: false, reason: 'locked', lockedUntil: admitted.lockedUntil };

    const passwordOk = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), input.password);
    const sid = randomUUID();
    return await retryBusy(() =>
      db.transaction(
        (tx): SignInResult => {
          const rules = getSettings(tx);
          const row = lockRow(tx, key, ip);
          const flying = Math.max(0, inFlight(row, now) - 1);
          const where = and(eq(signInLocks.username, key), eq(signInLocks.ip, ip));
          if (user && passwordOk && user.active) {
            if (row && isLocked(row.lockedUntil, now)) {
              tx.update(signInLocks).set({ inFlight: flying, updatedAt: now }).where(where).run();
              audit(tx, 'denied', 'locked');
              return { ok: false, reason: 'locked', lockedUntil: row.lockedUntil! };
            }
            tx.update(signInLocks).set({ failures: 0, inFlight: flying, lockedUntil: null, updatedAt: now }).where(where).run();
            tx.update(users).set({ lastSignInAt: now }).where(eq(users.id, user.id)).run();
            tx.insert(userSessions)
              .values({ id: sid, userId: user.id, createdAt: now, lastSeenAt: now, ip: input.ip, userAgent: input.userAgent?.slice(0, 300) ?? null })
              .run();
            audit(tx, 'success');
            return { ok: true, user: { id: user.id, name: user.displayName, unitId: user.unitId, role: user.role, sid } };
          }
          const next = afterFailure(row?.failures ?? 0, now, rules.lockoutThreshold, rules.lockoutMinutes);
          tx.update(signInLocks).set({ failures: next.failures, lockedUntil: next.lockedUntil ?? row?.lockedUntil ?? null, inFlight: flying, updatedAt: now }).where(where).run();
          const why = !user ? 'unknown user' : !user.active && passwordOk ? 'inactive' : 'wrong password';
          audit(tx, 'failure', next.lockedUntil ? `${why}; locked` : why);
          return next.lockedUntil ? { ok: false, reason: 'locked', lockedUntil: next.lockedUntil } : { ok: false, reason: 'invalid' };
        },
        { behavior: 'immediate' },
      ),
    );
  } catch (error) {
    if (!isBusy(error)) throw error;
    // Told as such and recorded if the database lets us; never an error page.
    try {
      writeAudit(db, actor, { action: 'auth.sign-in', objectType: 'user', result: 'failure', detail: 'database busy' });
    } catch (auditError) {
      console.error('[sign-in] database busy; the attempt could not be audited', auditError);
    }
    return { ok: false, reason: 'busy' };
  }
}

/**
 * Counts a wrong current password (on the password change form) toward the same lock as a failed
 * sign-in from that address, and audits it. Returns whether the name is now locked from there.
 */
export function countPasswordFailure(tx: Tx, actor: AuditActor & { username: string }, now: Date): boolean {
  const key = actor.username.toLowerCase();
  const ip = actor.ip ?? 'unknown';
  const rules = getSettings(tx);
  const row = lockRow(tx, key, ip);
  const next = afterFailure(row?.failures ?? 0, now, rules.lockoutThreshold, rules.lockoutMinutes);
  tx.insert(signInLocks)
    .values({ username: key, ip, failures: next.failures, lockedUntil: next.lockedUntil, updatedAt: now })
    .onConflictDoUpdate({ target: [signInLocks.username, signInLocks.ip], set: { failures: next.failures, lockedUntil: next.lockedUntil ?? row?.lockedUntil ?? null, updatedAt: now } })
    .run();
  return !!next.lockedUntil;
}

/** Is the name locked from this address? */
export function lockedFrom(username: string, ip: string | null, now = new Date()): boolean {
  const row = db
    .select({ lockedUntil: signInLocks.lockedUntil })
    .from(signInLocks)
    .where(and(eq(signInLocks.username, username.toLowerCase()), eq(signInLocks.ip, ip ?? 'unknown')))
    .get();
  return isLocked(row?.lockedUntil, now);
}

export type SessionEndReason = 'sign-out' | 'idle' | 'absolute' | 'locked';

/**
 * Ends a server-side session so its cookie no longer works anywhere, and audits it once: a sign-out
 * by any path, or a timeout. Ending a session already ended does nothing. Returns whether it ended now.
 */
export function endSession(sid: string, reason: SessionEndReason, now = new Date(), ip: string | null = null): boolean {
  return db.transaction(
    (tx) => {
      const ended = tx
        .update(userSessions)
        .set({ endedAt: now, endReason: reason })
        .where(and(eq(userSessions.id, sid), isNull(userSessions.endedAt)))
        .returning({ userId: userSessions.userId })
        .get();
      if (!ended) return false;
      const u = tx.select().from(users).where(eq(users.id, ended.userId)).get();
      const actor: AuditActor = { userId: ended.userId, username: u?.username ?? null, unitId: u?.unitId ?? null, role: u?.role ?? null, ip };
      writeAudit(tx, actor, {
        action: reason === 'sign-out' ? 'auth.sign-out' : 'auth.session-end',
        objectType: 'user',
        objectId: ended.userId,
        detail: reason === 'sign-out' ? undefined : reason,
      });
      return true;
    },
    { behavior: 'immediate' },
  );
}

/**
 * Is the session behind a cookie still good: not ended, the account active, not idle or past its
 * absolute limit? A session found timed out is ended (and audited) here. Used by every check of the
 * session, including Auth.js's own /api/auth/session.
 */
export function sessionIsLive(sid: string, now = new Date(), ip: string | null = null): boolean {
  const row = db
    .select({ createdAt: userSessions.createdAt, lastSeenAt: userSessions.lastSeenAt, endedAt: userSessions.endedAt, active: users.active })
    .from(userSessions)
    .innerJoin(users, eq(users.id, userSessions.userId))
    .where(eq(userSessions.id, sid))
    .get();
  if (!row || row.endedAt || !row.active) return false;
  const rules = getSettings(db);
  const expired = sessionExpiry(row, now, rules.sessionIdleMinutes, rules.sessionAbsoluteHours);
  if (expired) {
    endSession(sid, expired, now, ip);
    return false;
  }
  return true;
}
