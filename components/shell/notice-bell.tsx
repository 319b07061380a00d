import Link from 'next/link';
import { getTranslations } from 'next-intl/server';

/** The notices link in the header, with the unread count. */
export async function NoticeBell({ count, label }: { count: number; label: string }) {
  const t = await getTranslations('notices');
  return (
    <Link href="/notices" className="relative inline-flex items-center gap-1 text-brand-100 hover:text-white" data-testid="notice-bell" aria-label={count > 0 ? `${label}: ${t('unreadCount', { count })}` : label}>
      <span>{label}</span>
      {count > 0 && (
        <span className="rounded-full bg-red-500 px-1.5 text-[11px] leading-[18px] font-semibold text-white tabular-nums" data-testid="notice-count">
          {count}
        </span>
      )}
    </Link>
  );
}
