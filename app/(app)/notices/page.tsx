import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { ActionButton } from '@/components/forms/action-button';
import { Badge } from '@/components/ui/badge';
import { Card, EmptyState, PageHeader } from '@/components/ui/card';
import { Pager, pageParam } from '@/components/ui/pagination';
import { requireRoute } from '@/lib/auth/gate';
import { formatDateTime } from '@/lib/i18n/format';
import { markAllNoticesReadAction, openNoticeAction } from '@/lib/notices/actions';
import { listNotices, unreadNoticeCount } from '@/lib/notices/queries';
import { NoticeText } from '@/components/notices/notice-text';
import { cn } from '@/components/ui/cn';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('notices'))('title') };
}

export default async function NoticesPage({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  const user = await requireRoute('/notices');
  const t = await getTranslations();
  const locale = await getLocale();
  const page = pageParam((await searchParams).page);
  const list = listNotices(user, page);
  const rows = list.rows;
  const unread = unreadNoticeCount(user);
  return (
    <>
      <PageHeader
        title={t('notices.title')}
        subtitle={t(user.role === 'office' ? 'notices.subtitleOffice' : 'notices.subtitle')}
        actions={
          unread > 0 && (
            <ActionButton action={markAllNoticesReadAction} fields={{}} size="md">
              {t('notices.markAllRead')}
            </ActionButton>
          )
        }
      />
      <Card>
        {rows.length === 0 ? (
          <EmptyState>{t('notices.empty')}</EmptyState>
        ) : (
          <ul className="divide-y divide-slate-100">
            {rows.map((n) => (
              <li key={n.id} data-testid="notice" data-unread={n.readAt ? undefined : 'true'} className={cn('flex items-start gap-3 py-3', !n.readAt && 'font-medium')}>
                <span className={cn('mt-2 h-2 w-2 shrink-0 rounded-full', n.readAt ? 'bg-transparent' : 'bg-brand-500')} aria-hidden="true" />
                <div className="min-w-0 flex-1">
                  <div className="wrap-anywhere text-slate-900">
                    <NoticeText notice={n} />
                  </div>
                  {n.body && <div className="mt-1 text-[13px] font-normal whitespace-pre-line wrap-anywhere text-slate-600">{n.body}</div>}
                  <div className="mt-1 flex items-center gap-2 text-xs font-normal text-slate-500">
                    <span>{formatDateTime(n.createdAt, locale)}</span>
                    <Badge tone={n.readAt ? 'neutral' : 'brand'}>{n.readAt ? t('notices.read') : t('notices.unread')}</Badge>
                  </div>
                </div>
                <ActionButton action={openNoticeAction} fields={{ id: n.id }}>
                  {t('notices.open')}
                </ActionButton>
              </li>
            ))}
          </ul>
        )}
        <Pager list={list} path="/notices" filter={{}} />
      </Card>
    </>
  );
}
