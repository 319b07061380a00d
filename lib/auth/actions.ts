'use server';

import { AuthError } from 'next-auth';
import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { LOCALE_COOKIE, isLocale } from '@/lib/i18n/config';
import { signIn, signOut } from './auth';
import { signInMessage } from './sign-in-message';
import { getCurrentUser } from './session';
import { endSession } from './sign-in';

export interface LoginState {
  error?: string;
  username?: string;
}

const loginSchema = z.object({
  username: z.string().trim().min(1).max(64),
  password: z.string().min(1).max(256),
});

/**
 * Signs in with user name and password through Auth.js, which calls the one sign-in path
 * (lib/auth/sign-in.ts: limits, lock, audit) exactly as a direct POST to its callback does.
 */
export async function loginAction(_prev: LoginState, form: FormData): Promise<LoginState> {
  const t = await getTranslations('auth');
  const parsed = loginSchema.safeParse({ username: form.get('username'), password: form.get('password') });
  const username = String(form.get('username') ?? '').slice(0, 64);
  if (!parsed.success) return { error: t('required'), username };
  try {
    await signIn('credentials', { ...parsed.data, redirect: false });
  } catch (error) {
    if (error instanceof AuthError) return { error: await signInMessage((error as AuthError & { code?: string }).code), username };
    throw error;
  }
  redirect('/');
}

/** Ends the session on the server (the cookie stops working everywhere, audited once) and clears the cookie. */
export async function logoutAction(): Promise<void> {
  const user = await getCurrentUser();
  if (user) endSession(user.sid, 'sign-out', new Date(), user.ip);
  await signOut({ redirect: false });
  redirect('/login?signedOut=1');
}

/** Remembers the chosen language in a cookie (one year). */
export async function setLocaleAction(form: FormData): Promise<void> {
  const locale = form.get('locale');
  if (!isLocale(locale)) return;
  (await cookies()).set(LOCALE_COOKIE, locale, { path: '/', maxAge: 365 * 24 * 3600, sameSite: 'lax', httpOnly: true });
}
