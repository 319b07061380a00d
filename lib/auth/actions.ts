'use server';

import { AuthError } from 'next-auth';
import { cookies, headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { db } from '@/db/client';
import { users } from '@/db/schema';
import { writeAudit } from '@/lib/audit/log';
import { formatDateTime } from '@/lib/i18n/format';
import { LOCALE_COOKIE, isLocale } from '@/lib/i18n/config';
import { signIn, signOut } from './auth';
import { LIMITS, checkLimits } from '@/lib/security/rate-limit';
import { clientIp } from '@/lib/request-ip';
import { actorOf, getCurrentUser } from './session';
import { endSession } from './sign-in';

export interface LoginState {
  error?: string;
  username?: string;
}

const loginSchema = z.object({
  username: z.string().trim().min(1).max(64),
  password: z.string().min(1).max(256),
});

/** Signs in with user name and password; one message for a wrong name or password. */
export async function loginAction(_prev: LoginState, form: FormData): Promise<LoginState> {
  const t = await getTranslations('auth');
  const parsed = loginSchema.safeParse({ username: form.get('username'), password: form.get('password') });
  const username = String(form.get('username') ?? '').slice(0, 64);
  if (!parsed.success) return { error: t('required'), username };
  const ip = clientIp(await headers()) ?? 'unknown';
  const wait = checkLimits([
    [`signin:ip:${ip}`, LIMITS.signInPerIp],
    [`signin:user:${parsed.data.username.toLowerCase()}`, LIMITS.signInPerAccount],
  ]);
  if (wait > 0) {
    writeAudit(db, { userId: null, username: parsed.data.username, unitId: null, role: null, ip }, { action: 'auth.sign-in', result: 'denied', detail: 'rate limited' });
    return { error: t('rateLimited', { seconds: wait }), username };
  }
  try {
    await signIn('credentials', { ...parsed.data, redirect: false });
  } catch (error) {
    if (error instanceof AuthError) {
      if ((error as AuthError & { code?: string }).code === 'locked') {
        const user = db.select({ lockedUntil: users.lockedUntil }).from(users).where(eq(users.username, parsed.data.username)).get();
        return { error: t('locked', { until: formatDateTime(user?.lockedUntil ?? null, await getLocale()) }), username };
      }
      return { error: t('invalid'), username };
    }
    throw error;
  }
  redirect('/');
}

/** Ends the session on the server (the cookie stops working everywhere) and clears the cookie. */
export async function logoutAction(): Promise<void> {
  const user = await getCurrentUser();
  if (user) {
    endSession(user.sid, 'sign-out');
    writeAudit(db, actorOf(user), { action: 'auth.sign-out', objectType: 'user', objectId: user.id });
  }
  await signOut({ redirect: false });
  redirect('/login?signedOut=1');
}

/** Remembers the chosen language in a cookie (one year). */
export async function setLocaleAction(form: FormData): Promise<void> {
  const locale = form.get('locale');
  if (!isLocale(locale)) return;
  (await cookies()).set(LOCALE_COOKIE, locale, { path: '/', maxAge: 365 * 24 * 3600, sameSite: 'lax', httpOnly: true });
}
