import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { LightDot } from '@/components/reports/light';
import { ReportStateBadge } from '@/components/reports/status-badge';
import { Badge } from '@/components/ui/badge';
import { LinkButton } from '@/components/ui/button';
import { Card, EmptyState, PageHeader } from '@/components/ui/card';
import { Pagination, pageParam } from '@/components/ui/pagination';
import { Table, Td, Th } from '@/components/ui/table';
import { REPORT_STATES, UNIT_GROUPS } from '@/db/schema/enums';
import { requireRoute } from '@/lib/auth/gate';
import { DRILL_PAGE_SIZE, drillAssignments } from '@/lib/dashboards/queries';
import { getTask } from '@/lib/plans/editor-queries';
import { getCurrentPlan, getPlan } from '@/lib/plans/queries';
import { getRound } from '@/lib/rounds/queries';
import { getUnit } from '@/lib/units/queries';
import { id } from '@/lib/validation/fields';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('dashboard'))('listTitle') };
}

const filterSchema = z.object({
  plan: id().optional().catch(undefined),
  light: z.enum(['red', 'yellow', 'green']).optional().catch(undefined),
  state: z.enum([...REPORT_STATES, 'none']).optional().catch(undefined),
  task: id().optional().catch(undefined),
  unit: id().optional().catch(undefined),
  group: z.enum(UNIT_GROUPS).optional().catch(undefined),
  round: id().optional().catch(undefined),
  outcome: z.enum(['missing', 'late', 'onTime']).optional().catch(undefined),
});

/** The records behind a dashboard figure: every number there links here with its filter. */
export default async function DrillPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  await requireRoute('/dashboard/list');
  const t = await getTranslations('dashboard');
  const tc = await getTranslations();
  const sp = await searchParams;
  const f = filterSchema.parse(sp);
  const page = pageParam(sp.page);
  const plan = (f.plan && getPlan(f.plan)) || getCurrentPlan();
  if (!plan) return <EmptyState>{tc('plan.noPlan')}</EmptyState>;
  const { rows, hasNext } = drillAssignments(plan.id, f, page);
  const chips: string[] = [];
  if (f.light) chips.push(t('filters.light', { value: tc(`lights.${f.light}`) }));
  if (f.state) chips.push(t('filters.state', { value: f.state === 'none' ? t('noReport') : tc(`reports.states.${f.state}`) }));
  if (f.task) {
    const task = getTask(f.task);
    if (task) chips.push(t('filters.task', { value: tc('plan.taskHeading', { no: task.no, title: task.title }) }));
  }
  if (f.unit) chips.push(t('filters.unit', { value: getUnit(f.unit)?.name ?? '' }));
  if (f.group) chips.push(t('filters.group', { value: tc(`groups.${f.group}`) }));
  if (f.round) chips.push(t('filters.round', { value: getRound(f.round)?.name ?? '' }) + (f.outcome ? ` · ${t('filters.outcome', { value: f.outcome })}` : ''));

  return (
    <>
      <PageHeader title={t('listTitle')} subtitle={t('listSubtitle')} actions={<LinkButton href={`/dashboard${f.plan ? `?plan=${f.plan}` : ''}`}>{t('backToDashboard')}</LinkButton>} />
      {chips.length > 0 && (
        <div className="mb-4 flex flex-wrap gap-2" data-testid="drill-filters">
          {chips.map((c) => (
            <Badge key={c} tone="brand">
              {c}
            </Badge>
          ))}
        </div>
      )}
      <Card>
        {rows.length === 0 ? (
          <EmptyState>{t('noData')}</EmptyState>
        ) : (
          <Table caption={t('listTitle')}>
            <thead>
              <tr>
                <Th className="w-20">{tc('lights.title')}</Th>
                <Th>{t('unit')}</Th>
                <Th className="w-16">{tc('plan.code')}</Th>
                <Th>{tc('plan.measure')}</Th>
                <Th>{tc('measure.role')}</Th>
                <Th className="text-right">{t('percent')}</Th>
                <Th>{t('latestState')}</Th>
                <Th>{t('latestRound')}</Th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.id} data-testid="drill-row" data-unit={r.unitCode} className="hover:bg-slate-50">
                  <Td>
                    <LightDot light={r.light} label />
                  </Td>
                  <Td className="whitespace-nowrap">
                    <Link href={`/units/${r.unitCode}`} className="text-brand-700 hover:underline">
                      {r.unitName}
                    </Link>
                  </Td>
                  <Td className="tabular-nums text-slate-600">{r.measureCode}</Td>
                  <Td>
                    <Link href={`/assignments/${r.id}`} className="hover:text-brand-700 hover:underline">
                      {r.measureTitle}
                    </Link>
                  </Td>
                  <Td>{tc(`assignmentRoles.${r.role as 'lead' | 'cooperating'}`)}</Td>
                  <Td className="text-right tabular-nums">{r.percent ?? '—'}</Td>
                  <Td>
                    <ReportStateBadge state={r.state} />
                  </Td>
                  <Td>{r.reportId ? <Link href={`/reports/${r.reportId}`} className="text-brand-700 hover:underline">{r.roundName}</Link> : '—'}</Td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
        <Pagination page={page} pageSize={DRILL_PAGE_SIZE} hasNext={hasNext} params={Object.fromEntries(Object.entries(f).map(([k, v]) => [k, v === undefined ? undefined : String(v)]))} path="/dashboard/list" />
      </Card>
    </>
  );
}
