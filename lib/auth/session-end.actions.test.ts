import { describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { auditLog, userSessions } from '@/db/schema';
import { endSession, sessionIsLive, signInWithPassword } from './sign-in';

async function session(username: string) {
  const r = await signInWithPassword({ username, password: 'Demo@2018', ip: '10.0.0.5', userAgent: null });
  if (!r.ok) throw new Error('sign-in failed');
  return r.user.sid;
}
const records = (action: string, sid: string) => {
  const userId = db.select({ userId: userSessions.userId }).from(userSessions).where(eq(userSessions.id, sid)).get()!.userId;
  return db.select().from(auditLog).where(and(eq(auditLog.action, action), eq(auditLog.objectId, String(userId)))).all();
};

describe('server sessions', () => {
  it('a sign-out by any path ends the session once and is audited once', async () => {
    const sid = await session('leader');
    expect(sessionIsLive(sid)).toBe(true);
    expect(endSession(sid, 'sign-out', new Date(), '10.0.0.5')).toBe(true);
    // Auth.js's own sign-out event after the app's action: nothing more happens.
    expect(endSession(sid, 'sign-out')).toBe(false);
    expect(sessionIsLive(sid)).toBe(false);
    expect(records('auth.sign-out', sid)).toHaveLength(1);
  });

  it('an idle session is ended and its expiry recorded when next seen', async () => {
    const sid = await session('assessor');
    db.update(userSessions).set({ lastSeenAt: new Date(Date.now() - 31 * 60_000) }).where(eq(userSessions.id, sid)).run();
    expect(sessionIsLive(sid)).toBe(false);
    expect(db.select().from(userSessions).where(eq(userSessions.id, sid)).get()!.endReason).toBe('idle');
    expect(records('auth.session-end', sid).map((r) => r.detail)).toEqual(['idle']);
  });
});
