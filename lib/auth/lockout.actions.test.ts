import { describe, expect, it } from 'vitest';
import { and, count, eq, like } from 'drizzle-orm';
import { db } from '@/db/client';
import { auditLog, settings, signInLocks, userSessions, users } from '@/db/schema';
import { signInWithPassword } from './sign-in';

const t0 = new Date('2026-03-02T09:00:00+08:00');
const at = (minutes: number) => new Date(t0.getTime() + minutes * 60_000);
const attempt = (password: string, now: Date, username = 'yuekou', ip: string | null = '10.0.0.9') => signInWithPassword({ username, password, ip, userAgent: 'test', now });
const audits = (username: string) => db.select().from(auditLog).where(and(eq(auditLog.action, 'auth.sign-in'), eq(auditLog.username, username))).all();

describe('account lockout (test clock)', () => {
  it('locks after 5 failed sign-ins for 15 minutes, refuses even the right password meanwhile, then lets it in', async () => {
    for (let i = 0; i < 4; i++) expect(await attempt('wrong', at(i))).toEqual({ ok: false, reason: 'invalid' });
    const fifth = await attempt('wrong', at(4));
    expect(fifth).toMatchObject({ ok: false, reason: 'locked' });
    expect((fifth as { lockedUntil: Date }).lockedUntil.toISOString()).toBe(at(19).toISOString());

    expect(await attempt('Demo@2018', at(10))).toMatchObject({ ok: false, reason: 'locked' });
    expect(await attempt('Demo@2018', at(18))).toMatchObject({ ok: false, reason: 'locked' });
    expect(await attempt('Demo@2018', at(19))).toMatchObject({ ok: true });
    expect(db.select().from(signInLocks).where(eq(signInLocks.username, 'yuekou')).get()).toMatchObject({ failures: 0, lockedUntil: null, inFlight: 0 });

    expect(audits('yuekou')).toHaveLength(8);
    expect(audits('yuekou').filter((a) => a.detail === 'locked')).toHaveLength(2);
  });

  it('follows the administrator’s settings', async () => {
    db.insert(settings).values([
      { key: 'lockoutThreshold', value: 3, updatedAt: t0 },
      { key: 'lockoutMinutes', value: 60, updatedAt: t0 },
    ]).run();
    const name = 'jyj';
    const bad = (m: number) => signInWithPassword({ username: name, password: 'x', ip: null, userAgent: null, now: at(m) });
    await bad(0);
    await bad(1);
    expect(await bad(2)).toMatchObject({ reason: 'locked' });
    expect(await signInWithPassword({ username: name, password: 'Demo@2018', ip: null, userAgent: null, now: at(61) })).toMatchObject({ reason: 'locked' });
    expect(await signInWithPassword({ username: name, password: 'Demo@2018', ip: null, userAgent: null, now: at(62) })).toMatchObject({ ok: true });
    db.delete(settings).run();
  });

  it('gives an unknown user name the same answer as a wrong password, and locks it the same way', async () => {
    expect(await attempt('x', t0, 'nobody-here')).toEqual({ ok: false, reason: 'invalid' });
    for (let i = 1; i < 4; i++) await attempt('x', at(i), 'nobody-here');
    expect(await attempt('x', at(4), 'nobody-here')).toMatchObject({ ok: false, reason: 'locked' });
    expect(await attempt('x', at(5), 'nobody-here')).toMatchObject({ ok: false, reason: 'locked' });
  });

  it('checks at most the threshold of passwords however many attempts arrive at once; the right one after them is refused', async () => {
    const user = db.select().from(users).where(eq(users.username, 'czj')).get()!;
    const now = at(100);
    // 20 wrong passwords and then the right one, all started before any has been decided.
    const results = await Promise.all([...Array.from({ length: 20 }, () => attempt('Wrong#pass1', now, 'czj', '10.0.0.20')), attempt('Demo@2018', now, 'czj', '10.0.0.20')]);
    expect(results.at(-1)).toMatchObject({ ok: false });
    expect(results.filter((r) => r.ok)).toHaveLength(0);
    const records = audits('czj');
    // Every attempt audited; exactly five passwords checked, the fifth locking.
    expect(records).toHaveLength(21);
    expect(records.filter((a) => a.detail?.startsWith('wrong password'))).toHaveLength(5);
    expect(records.filter((a) => a.detail === 'wrong password; locked')).toHaveLength(1);
    expect(db.select({ n: count() }).from(userSessions).where(eq(userSessions.userId, user.id)).get()!.n).toBe(0);
    expect(db.select().from(signInLocks).where(and(eq(signInLocks.username, 'czj'), eq(signInLocks.ip, '10.0.0.20'))).get()).toMatchObject({ inFlight: 0 });
  });

  it('locks a name only from the address that failed: a stranger cannot lock the holder out of their own workstation', async () => {
    // The holder has signed in from their workstation before.
    expect(await attempt('Demo@2018', at(200), 'sfj', '10.0.0.30')).toMatchObject({ ok: true });
    for (let i = 0; i < 5; i++) await attempt('Wrong#pass1', at(201), 'sfj', '10.6.6.6');
    expect(await attempt('Demo@2018', at(202), 'sfj', '10.6.6.6')).toMatchObject({ ok: false, reason: 'locked' });
    // A flood from the stranger spends the account's rate limit, but not for the holder's own address.
    for (let i = 0; i < 12; i++) await attempt('Wrong#pass1', at(203), 'sfj', `10.7.0.${i}`);
    expect(await attempt('Demo@2018', at(203), 'sfj', '10.0.0.30')).toMatchObject({ ok: true });
    expect(db.select().from(auditLog).where(and(eq(auditLog.username, 'sfj'), like(auditLog.detail, 'rate limited%'))).all().length).toBeGreaterThan(0);
  });
});
