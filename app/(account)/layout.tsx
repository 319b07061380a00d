import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { LanguageSwitch } from '@/components/shell/language-switch';
import { logoutAction } from '@/lib/auth/actions';
import { requireUser } from '@/lib/auth/session';

/** A plain frame for account pages, reachable even while a password change is forced. */
export default async function AccountLayout({ children }: { children: React.ReactNode }) {
  const user = await requireUser();
  const t = await getTranslations();
  return (
    <div className="min-h-screen">
      <header className="bg-brand-800 text-white shadow">
        <div className="mx-auto flex max-w-[1400px] flex-wrap items-center justify-between gap-3 px-6 py-3">
          <Link href="/" className="text-[15px] font-semibold tracking-wide">
            {t('app.name')}
          </Link>
          <div className="flex items-center gap-3 text-[13px]">
            <span className="text-brand-100">
              <span className="font-medium text-white">{user.displayName}</span> · {user.unitName}
            </span>
            <LanguageSwitch />
            <form action={logoutAction}>
              <button type="submit" className="rounded border border-white/30 px-2.5 py-1 hover:bg-white/10">
                {t('shell.signOut')}
              </button>
            </form>
          </div>
        </div>
      </header>
      <main id="main" className="mx-auto w-full max-w-[1400px] px-6 py-6">
        {children}
      </main>
    </div>
  );
}
