import type { Metadata } from 'next';
import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { DataTable } from '@/components/list/data-table';
import { ListFilters } from '@/components/list/list-filters';
import { ReportStateBadge, ReportStatusBadge } from '@/components/reports/status-badge';
import { ReviewedNotice } from '@/components/reports/reviewed-notice';
import { Card, EmptyState, PageHeader } from '@/components/ui/card';
import { Pager } from '@/components/ui/pagination';
import { REPORT_STATES, REPORT_STATUSES } from '@/db/schema/enums';
import { requireRoute } from '@/lib/auth/gate';
import { formatDateTime } from '@/lib/i18n/format';
import { parseFilter, type SearchParams } from '@/lib/list/filter';
import { listTasksOfPlan } from '@/lib/plans/editor-queries';
import { getCurrentPlan } from '@/lib/plans/queries';
import { reviewFilterShape, reviewQueue } from '@/lib/reports/queries';
import { listRounds } from '@/lib/rounds/queries';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('review'))('title') };
}

export default async function ReviewQueuePage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requireRoute('/review');
  const t = await getTranslations();
  const locale = await getLocale();
  const plan = getCurrentPlan();
  const params = await searchParams;
  const filter = parseFilter(reviewFilterShape, params);
  if (!plan) return <EmptyState>{t('plan.noPlan')}</EmptyState>;
  const list = reviewQueue(plan.id, filter);
  type Row = (typeof list.rows)[number];
  return (
    <>
      <PageHeader title={t('review.title')} subtitle={t('review.subtitle')} />
      <ReviewedNotice user={user} reviewed={params.reviewed} next={false} />
      <Card className="mb-5">
        <ListFilters
          values={filter}
          fields={[
            { kind: 'select', name: 'round', label: t('review.round'), className: 'w-44', options: listRounds(plan.id).map((r) => ({ value: r.id, label: r.name })) },
            { kind: 'select', name: 'task', label: t('review.task'), className: 'w-56', options: listTasksOfPlan(plan.id).map((task) => ({ value: task.id, label: t('plan.taskHeading', { no: task.no, title: task.title }) })) },
            { kind: 'text', name: 'unit', label: t('review.unit'), className: 'w-40', placeholder: t('review.unitHint') },
            { kind: 'select', name: 'state', label: t('review.state'), className: 'w-32', options: REPORT_STATES.map((s) => ({ value: s, label: t(`reports.states.${s}`) })) },
            {
              kind: 'select',
              name: 'status',
              label: t('review.status'),
              className: 'w-36',
              any: false,
              fallback: 'submitted',
              options: REPORT_STATUSES.filter((s) => s !== 'draft').map((s) => ({ value: s, label: t(`reports.statuses.${s}`) })),
            },
          ]}
        />
      </Card>
      <Card>
        <DataTable<Row>
          rows={list.rows}
          rowKey={(r) => r.id}
          caption={t('review.title')}
          empty={t('review.empty')}
          testId="review-row"
          columns={[
            { key: 'unit', header: t('review.unit'), className: 'whitespace-nowrap font-medium', cell: (r) => r.unitName },
            {
              key: 'measure',
              header: t('plan.measure'),
              cell: (r) => (
                <>
                  <span className="mr-1 tabular-nums text-slate-500">{r.measureCode}</span>
                  {r.measureTitle}
                </>
              ),
            },
            { key: 'round', header: t('review.round'), className: 'whitespace-nowrap', cell: (r) => r.roundName },
            { key: 'percent', header: t('reports.percent'), align: 'right', cell: (r) => `${r.percent ?? '—'}%` },
            { key: 'state', header: t('review.state'), cell: (r) => <ReportStateBadge state={r.state} /> },
            {
              key: 'submitted',
              header: t('review.lastSubmitted'),
              className: 'whitespace-nowrap text-slate-600',
              cell: (r) => (
                <>
                  {formatDateTime(r.lastSubmittedAt, locale)}
                  {r.submissions > 1 && <div className="text-xs">{t('review.submissions', { count: r.submissions })}</div>}
                </>
              ),
            },
            { key: 'status', header: t('review.status'), cell: (r) => <ReportStatusBadge status={r.status} /> },
            {
              key: 'open',
              header: t('common.actions'),
              align: 'right',
              cell: (r) => (
                <Link href={`/reports/${r.id}`} className="text-brand-700 hover:underline">
                  {t('review.open')}
                </Link>
              ),
            },
          ]}
        />
        <Pager list={list} path="/review" filter={filter} />
      </Card>
    </>
  );
}
