import type { Metadata } from 'next';
import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { ReportStateBadge, ReportStatusBadge } from '@/components/reports/status-badge';
import { buttonClass } from '@/components/ui/button';
import { Card, EmptyState, PageHeader } from '@/components/ui/card';
import { FilterInput, FilterSelect } from '@/components/ui/filter-field';
import { Pagination, pageParam } from '@/components/ui/pagination';
import { Table, Td, Th } from '@/components/ui/table';
import { REPORT_STATES, REPORT_STATUSES } from '@/db/schema/enums';
import { requireRoute } from '@/lib/auth/gate';
import { formatDateTime } from '@/lib/i18n/format';
import { listTasksOfPlan } from '@/lib/plans/editor-queries';
import { getCurrentPlan } from '@/lib/plans/queries';
import { REVIEW_PAGE_SIZE, reviewQueue } from '@/lib/reports/queries';
import { id } from '@/lib/validation/fields';
import { listRounds } from '@/lib/rounds/queries';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('review'))('title') };
}

const filterSchema = z.object({
  round: id().optional().catch(undefined),
  task: id().optional().catch(undefined),
  unit: z.string().trim().max(64).optional().catch(undefined).transform((v) => v || undefined),
  state: z.enum(REPORT_STATES).optional().catch(undefined),
  status: z.enum(REPORT_STATUSES).optional().catch(undefined),
});

export default async function ReviewQueuePage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  await requireRoute('/review');
  const t = await getTranslations();
  const locale = await getLocale();
  const plan = getCurrentPlan();
  const sp = await searchParams;
  const filter = filterSchema.parse(sp);
  const page = pageParam(sp.page);
  if (!plan) return <EmptyState>{t('plan.noPlan')}</EmptyState>;
  const { rows, hasNext } = reviewQueue(plan.id, filter, page);
  const rounds = listRounds(plan.id);
  return (
    <>
      <PageHeader title={t('review.title')} subtitle={t('review.subtitle')} />
      <Card className="mb-5">
        <form className="flex flex-wrap items-end gap-3" role="search">
          <FilterSelect label={t('review.round')} name="round" value={filter.round} anyLabel={t('common.all')} className="w-44" options={rounds.map((r) => ({ value: r.id, label: r.name }))} />
          <FilterSelect label={t('review.task')} name="task" value={filter.task} anyLabel={t('common.all')} className="w-56" options={listTasksOfPlan(plan.id).map((task) => ({ value: task.id, label: t('plan.taskHeading', { no: task.no, title: task.title }) }))} />
          <FilterInput label={t('review.unit')} name="unit" value={filter.unit} className="w-40" placeholder={t('review.unitHint')} />
          <FilterSelect label={t('review.state')} name="state" value={filter.state} anyLabel={t('common.all')} className="w-32" options={REPORT_STATES.map((s) => ({ value: s, label: t(`reports.states.${s}`) }))} />
          <FilterSelect
            label={t('review.status')}
            name="status"
            value={filter.status ?? 'submitted'}
            className="w-36"
            options={REPORT_STATUSES.filter((s) => s !== 'draft').map((s) => ({ value: s, label: t(`reports.statuses.${s}`) }))}
          />
          <button type="submit" className={buttonClass('secondary')}>
            {t('common.search')}
          </button>
        </form>
      </Card>
      <Card>
        {rows.length === 0 ? (
          <EmptyState>{t('review.empty')}</EmptyState>
        ) : (
          <Table caption={t('review.title')}>
            <thead>
              <tr>
                <Th>{t('review.unit')}</Th>
                <Th>{t('plan.measure')}</Th>
                <Th>{t('review.round')}</Th>
                <Th className="text-right">{t('reports.percent')}</Th>
                <Th>{t('review.state')}</Th>
                <Th>{t('review.lastSubmitted')}</Th>
                <Th>{t('review.status')}</Th>
                <Th className="text-right">{t('common.actions')}</Th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.id} data-testid="review-row" className="hover:bg-slate-50">
                  <Td className="whitespace-nowrap font-medium">{r.unitName}</Td>
                  <Td>
                    <span className="mr-1 tabular-nums text-slate-500">{r.measureCode}</span>
                    {r.measureTitle}
                  </Td>
                  <Td className="whitespace-nowrap">{r.roundName}</Td>
                  <Td className="text-right tabular-nums">{r.percent ?? '—'}%</Td>
                  <Td>
                    <ReportStateBadge state={r.state} />
                  </Td>
                  <Td className="whitespace-nowrap text-slate-600">
                    {formatDateTime(r.lastSubmittedAt, locale)}
                    {r.submissions > 1 && <div className="text-xs">{t('review.submissions', { count: r.submissions })}</div>}
                  </Td>
                  <Td>
                    <ReportStatusBadge status={r.status} />
                  </Td>
                  <Td className="text-right">
                    <Link href={`/reports/${r.id}`} className="text-brand-700 hover:underline">
                      {t('review.open')}
                    </Link>
                  </Td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
        <Pagination page={page} pageSize={REVIEW_PAGE_SIZE} hasNext={hasNext} params={Object.fromEntries(Object.entries(filter).map(([k, v]) => [k, v === undefined ? undefined : String(v)]))} path="/review" />
      </Card>
    </>
  );
}
