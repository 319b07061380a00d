import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { Alert } from '@/components/ui/alert';
import { LanguageSwitch } from '@/components/shell/language-switch';
import { getCurrentUser } from '@/lib/auth/session';
import { isDemoMode } from '@/lib/auth/queries';
import { signInMessage } from '@/lib/auth/sign-in-message';
import { LoginForm } from './login-form';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('auth');
  return { title: t('title') };
}

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ signedOut?: string; error?: string; code?: string }> }) {
  if (await getCurrentUser()) redirect('/');
  const t = await getTranslations();
  const { signedOut, error, code } = await searchParams;
  // Auth.js sends a refused sign-in posted straight to its callback here with ?error=…&code=….
  const refused = error ? await signInMessage(error === 'CredentialsSignin' ? code : 'unavailable') : null;
  const demo = isDemoMode();
  return (
    <div className="flex min-h-screen flex-col bg-gradient-to-b from-brand-800 to-brand-900">
      <div className="flex justify-end px-6 py-3">
        <LanguageSwitch />
      </div>
      <main className="flex flex-1 items-start justify-center px-4 pt-[8vh] pb-16">
        <div className="w-full max-w-sm">
          <div className="mb-6 text-center text-white">
            <div className="mx-auto mb-3 flex h-12 w-12 items-center justify-center rounded-full bg-white/10 text-2xl" aria-hidden="true">
              ⚖
            </div>
            <h1 className="text-xl font-semibold tracking-wide">{t('app.name')}</h1>
          </div>
          <div className="rounded-lg bg-white p-6 shadow-xl">
            <h2 className="text-base font-semibold text-slate-900">{t('auth.title')}</h2>
            <p className="mb-4 text-[13px] text-slate-500">{t('auth.subtitle')}</p>
            {signedOut && <Alert tone="success" className="mb-4">{t('auth.signedOut')}</Alert>}
            {refused && <Alert tone="error" className="mb-4">{refused}</Alert>}
            <LoginForm />
          </div>
          {demo && (
            <div className="mt-4 space-y-1 rounded-md border border-amber-300/40 bg-amber-50/95 px-3 py-2 text-[13px] text-amber-900" data-testid="demo-banner">
              <p>{t('app.demoMode')}</p>
              <p>{t('auth.demoAccounts')}</p>
            </div>
          )}
        </div>
      </main>
    </div>
  );
}
