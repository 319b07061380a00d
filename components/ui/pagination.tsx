import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { buttonClass } from './button';
import { filterParams } from '@/lib/list/filter';
import type { Page } from '@/lib/list/paginate';

/** Previous / next links that keep the other query parameters. */
export async function Pagination({
  page,
  total,
  pageSize,
  params,
  path,
  hasNext,
  pageKey = 'page',
}: {
  page: number;
  /** Omit for lists too long to count on every view; then pass hasNext. */
  total?: number;
  pageSize: number;
  params: Record<string, string | undefined>;
  path: string;
  hasNext?: boolean;
  /** The query parameter that holds the page number (two paged lists on one page need two). */
  pageKey?: string;
}) {
  const t = await getTranslations('common');
  const pages = total === undefined ? undefined : Math.max(1, Math.ceil(total / pageSize));
  const next = pages === undefined ? !!hasNext : page < pages;
  const href = (p: number) => {
    const q = new URLSearchParams();
    for (const [k, v] of Object.entries(params)) if (v && k !== pageKey) q.set(k, v);
    if (p > 1) q.set(pageKey, String(p));
    const s = q.toString();
    return s ? `${path}?${s}` : path;
  };
  return (
    <nav className="mt-4 flex items-center justify-between text-[13px] text-slate-600" aria-label={t('pagination')}>
      <span>{pages === undefined ? t('pageOnly', { page }) : `${t('results', { count: total! })} · ${t('page', { page, pages })}`}</span>
      <span className="flex gap-2">
        {page > 1 ? (
          <Link className={buttonClass('secondary', 'sm')} href={href(page - 1)} rel="prev">
            {t('prev')}
          </Link>
        ) : (
          <span className={buttonClass('secondary', 'sm', 'pointer-events-none opacity-50')} aria-disabled="true">{t('prev')}</span>
        )}
        {next ? (
          <Link className={buttonClass('secondary', 'sm')} href={href(page + 1)} rel="next">
            {t('next')}
          </Link>
        ) : (
          <span className={buttonClass('secondary', 'sm', 'pointer-events-none opacity-50')} aria-disabled="true">{t('next')}</span>
        )}
      </span>
    </nav>
  );
}

/** Paging links for a `Page` from lib/list/paginate, keeping the list's filter. */
export function Pager({ list, path, filter, pageKey }: { list: Page<unknown>; path: string; filter: Record<string, unknown>; pageKey?: string }) {
  return <Pagination page={list.page} pageSize={list.pageSize} total={list.total} hasNext={list.hasNext} params={filterParams(filter)} path={path} pageKey={pageKey} />;
}

export { pageParam } from '@/lib/list/filter';
