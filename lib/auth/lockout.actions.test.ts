import { describe, expect, it } from 'vitest';
import { count, eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { auditLog, settings, users } from '@/db/schema';
import { signInWithPassword } from './sign-in';

const t0 = new Date('2026-03-02T09:00:00+08:00');
const at = (minutes: number) => new Date(t0.getTime() + minutes * 60_000);
const attempt = (password: string, now: Date) => signInWithPassword({ username: 'yuekou', password, ip: '10.0.0.9', userAgent: 'test', now });

describe('account lockout (test clock)', () => {
  it('locks after 5 failed sign-ins for 15 minutes, refuses even the right password meanwhile, then lets it in', async () => {
    for (let i = 0; i < 4; i++) expect(await attempt('wrong', at(i))).toEqual({ ok: false, reason: 'invalid' });
    const fifth = await attempt('wrong', at(4));
    expect(fifth).toMatchObject({ ok: false, reason: 'locked' });
    expect((fifth as { lockedUntil: Date }).lockedUntil.toISOString()).toBe(at(19).toISOString());

    expect(await attempt('Demo@2018', at(10))).toMatchObject({ ok: false, reason: 'locked' });
    expect(await attempt('Demo@2018', at(18))).toMatchObject({ ok: false, reason: 'locked' });
    expect(await attempt('Demo@2018', at(19))).toMatchObject({ ok: true });
    expect(db.select().from(users).where(eq(users.username, 'yuekou')).get()).toMatchObject({ failedSignIns: 0, lockedUntil: null });

    const failures = db.select({ n: count() }).from(auditLog).where(eq(auditLog.action, 'auth.sign-in')).all()[0]!.n;
    expect(failures).toBe(8);
    const locked = db.select().from(auditLog).where(eq(auditLog.detail, 'locked')).all();
    expect(locked).toHaveLength(2);
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
  });

  it('gives an unknown user name the same answer as a wrong password', async () => {
    expect(await signInWithPassword({ username: 'nobody-here', password: 'x', ip: null, userAgent: null, now: t0 })).toEqual({ ok: false, reason: 'invalid' });
  });
});
