import { getTranslations } from 'next-intl/server';
import { LanguageSwitch } from '@/components/shell/language-switch';
import { NavLinks } from '@/components/shell/nav-links';
import { logoutAction } from '@/lib/auth/actions';
import { requireUser } from '@/lib/auth/session';
import { navFor } from '@/lib/navigation';
import { can } from '@/lib/auth/permissions';
import { unreadNoticeCount } from '@/lib/notices/queries';
import { NoticeBell } from '@/components/shell/notice-bell';
import { navBadgeCounts } from '@/lib/todo/queries';
import Link from 'next/link';
import { redirect } from 'next/navigation';

export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const user = await requireUser();
  if (user.mustChangePassword) redirect('/account/password');
  const t = await getTranslations();
  const badges: Partial<Record<string, number>> = navBadgeCounts(user);
  const items = navFor(user).map((i) => {
    const count = badges[i.key];
    return { ...i, label: t(`nav.${i.key}`), count, countLabel: count ? t(`todo.navBadge.${i.key as 'review' | 'extensions'}`, { count }) : undefined };
  });
  return (
    <div className="flex min-h-screen flex-col">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2">
        {t('app.skipToContent')}
      </a>
      <header className="no-print bg-brand-800 text-white shadow">
        <div className="mx-auto flex max-w-[1400px] flex-wrap items-center justify-between gap-x-6 gap-y-2 px-6 py-2.5">
          <Link href="/" className="flex items-center gap-2 text-[15px] font-semibold tracking-wide whitespace-nowrap">
            <span aria-hidden="true" className="flex h-7 w-7 items-center justify-center rounded-full bg-white/15 text-sm">⚖</span>
            {t('app.name')}
          </Link>
          <div className="flex flex-wrap items-center gap-3 text-[13px]">
            <span className="text-brand-100" data-testid="current-user" title={t('shell.roleLabel', { role: t(`roles.${user.role}`) })}>
              <span className="font-medium text-white">{user.displayName}</span>
              <span className="mx-1.5 text-brand-200">·</span>
              {user.unitName}
              <span className="mx-1.5 text-brand-200">·</span>
              {t(`roles.${user.role}`)}
            </span>
            {can(user.role, 'notice.read') && <NoticeBell count={unreadNoticeCount(user)} label={t('notices.title')} />}
            <Link href="/account/password" className="text-brand-100 hover:text-white hover:underline">
              {t('nav.account')}
            </Link>
            <LanguageSwitch />
            <form action={logoutAction}>
              <button type="submit" className="rounded border border-white/30 px-2.5 py-1 text-white hover:bg-white/10">
                {t('shell.signOut')}
              </button>
            </form>
          </div>
        </div>
        <div className="mx-auto max-w-[1400px] px-6 pb-2">
          <NavLinks items={items} label={t('nav.main')} />
        </div>
      </header>
      <main id="main" className="mx-auto w-full max-w-[1400px] flex-1 px-6 py-6">
        {children}
      </main>
    </div>
  );
}
