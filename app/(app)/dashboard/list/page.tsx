import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { DrillFilters } from '@/components/dashboard/drill-filters';
import { DataTable } from '@/components/list/data-table';
import { LightDot } from '@/components/reports/light';
import { LightReasons } from '@/components/reports/light-reasons';
import { ReportStateBadge } from '@/components/reports/status-badge';
import { LinkButton } from '@/components/ui/button';
import { Card, EmptyState, PageHeader } from '@/components/ui/card';
import { Pager } from '@/components/ui/pagination';
import { requireRoute } from '@/lib/auth/gate';
import { drillAssignments, drillFilterShape } from '@/lib/dashboards/queries';
import { parseFilter, type SearchParams } from '@/lib/list/filter';
import { getCurrentPlan, getPlan } from '@/lib/plans/queries';
import { assignmentLightDetail } from '@/lib/reports/lights';
import { getRound } from '@/lib/rounds/queries';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('dashboard'))('listTitle') };
}

/** The records behind a dashboard figure: every number there links here with its filter. */
export default async function DrillPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requireRoute('/dashboard/list');
  const t = await getTranslations();
  const filter = parseFilter(drillFilterShape, await searchParams);
  const plan = (filter.plan && getPlan(filter.plan)) || getCurrentPlan();
  if (!plan) return <EmptyState>{t('plan.noPlan')}</EmptyState>;
  const list = drillAssignments(plan.id, filter, filter.page);
  type Row = (typeof list.rows)[number];
  // A red or yellow light says why (a red light beside 按计划推进 is otherwise a riddle).
  const now = new Date();
  const reasons = new Map(list.rows.filter((r) => r.light !== 'green').map((r) => [r.id, assignmentLightDetail(r.id, r.dueDate, now).reasons]));
  const roundNames = new Map<number, string>();
  const roundName = (id: number) => {
    if (!roundNames.has(id)) roundNames.set(id, getRound(id)?.name ?? '');
    return roundNames.get(id)!;
  };
  const link = 'text-brand-700 hover:underline';
  return (
    <>
      <PageHeader
        title={t('dashboard.listTitle')}
        subtitle={t('dashboard.listSubtitle')}
        actions={<LinkButton href={`/dashboard${filter.plan ? `?plan=${filter.plan}` : ''}`}>{t('dashboard.backToDashboard')}</LinkButton>}
      />
      <DrillFilters filter={filter} />
      <Card>
        <DataTable<Row>
          rows={list.rows}
          rowKey={(r) => r.id}
          caption={t('dashboard.listTitle')}
          empty={t('dashboard.noData')}
          testId="drill-row"
          rowData={(r) => ({ unit: r.unitCode })}
          columns={[
            { key: 'light', header: t('lights.title'), className: 'w-20', cell: (r) => <LightDot light={r.light} label /> },
            {
              key: 'unit',
              header: t('dashboard.unit'),
              className: 'whitespace-nowrap',
              cell: (r) => (
                <Link href={`/units/${r.unitCode}`} className={link}>
                  {r.unitName}
                </Link>
              ),
            },
            { key: 'code', header: t('plan.code'), className: 'w-16 tabular-nums text-slate-600', cell: (r) => r.measureCode },
            {
              key: 'measure',
              header: t('plan.measure'),
              cell: (r) => (
                <Link href={`/assignments/${r.id}`} className="hover:text-brand-700 hover:underline">
                  {r.measureTitle}
                </Link>
              ),
            },
            { key: 'role', header: t('measure.role'), cell: (r) => t(`assignmentRoles.${r.role as 'lead' | 'cooperating'}`) },
            { key: 'percent', header: t('dashboard.percent'), align: 'right', cell: (r) => r.percent ?? '—' },
            { key: 'state', header: t('dashboard.latestState'), cell: (r) => <ReportStateBadge state={r.state} /> },
            {
              key: 'reasons',
              header: t('lights.reasonsTitle'),
              className: 'min-w-48 text-[13px] text-slate-700',
              cell: (r) => <LightReasons reasons={reasons.get(r.id) ?? []} roundName={roundName} className="pl-4" />,
            },
            {
              key: 'round',
              header: t('dashboard.latestRound'),
              cell: (r) =>
                r.reportId ? (
                  <Link href={`/reports/${r.reportId}`} className={link}>
                    {r.roundName}
                  </Link>
                ) : (
                  '—'
                ),
            },
          ]}
        />
        <Pager list={list} path="/dashboard/list" filter={filter} />
      </Card>
    </>
  );
}
