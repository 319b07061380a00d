import type { Metadata } from 'next';
import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { Badge } from '@/components/ui/badge';
import { Card, EmptyState, PageHeader, Stat } from '@/components/ui/card';
import { Table, Td, Th } from '@/components/ui/table';
import { loadOr403, requireRoute } from '@/lib/auth/gate';
import { can } from '@/lib/auth/permissions';
import { unitAccess } from '@/lib/units/access';
import { formatDay } from '@/lib/i18n/format';
import { localized } from '@/lib/i18n/localized';
import { getCurrentPlan } from '@/lib/plans/queries';
import { getUnitByCode, listUnitAssignments } from '@/lib/units/queries';
import { LightDot } from '@/components/reports/light';
import { ReportStateBadge, ReportStatusBadge } from '@/components/reports/status-badge';
import { StartReportButton } from '@/components/reports/start-report';
import { Alert } from '@/components/ui/alert';
import { formatDateTime } from '@/lib/i18n/format';
import { unitAssignmentLights } from '@/lib/reports/lights';
import { COOPERATING_SHOWN, cooperatingReports, unitOpenWork, unitReturnedReports } from '@/lib/reports/queries';
import { Pager, pageParam } from '@/components/ui/pagination';
import { UnitContact } from '@/components/units/unit-contact';

type Props = { params: Promise<{ code: string }>; searchParams: Promise<{ coop?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const unit = getUnitByCode((await params).code);
  return { title: unit?.name };
}

export default async function UnitPage({ params, searchParams }: Props) {
  const user = await requireRoute('/units/[code]');
  const { code } = await params;
  // A reporting officer gets 403 for another unit and for a code that does not exist alike: nothing leaks.
  const { record: unit } = loadOr403(user, { load: () => getUnitByCode(code), access: (u) => unitAccess(user, u), type: 'unit', id: code, hideMissing: !can(user.role, 'unit.read.any') });
  const t = await getTranslations();
  const locale = await getLocale();
  const plan = getCurrentPlan();
  const rows = plan ? listUnitAssignments(user, unit.id, plan.id) : [];
  const own = user.role === 'unit' && user.unitId === unit.id;
  const lights = plan ? unitAssignmentLights(plan.id, unit.id) : new Map();
  const work = unitOpenWork(unit.id);
  const returned = unitReturnedReports(unit.id);
  const coopPage = pageParam((await searchParams).coop);
  const cooperating = cooperatingReports(unit.id, coopPage);
  const lead = rows.filter((r) => r.role === 'lead').length;
  const groups = new Map<number, { no: number; title: string; rows: typeof rows }>();
  for (const r of rows) {
    const g = groups.get(r.taskId) ?? { no: r.taskNo, title: localized(locale, r.taskTitle, r.taskTitleEn), rows: [] };
    g.rows.push(r);
    groups.set(r.taskId, g);
  }

  return (
    <>
      <PageHeader
        title={unit.name}
        subtitle={
          <span className="flex flex-wrap items-center gap-2">
            <span>{unit.fullName}</span>
            <Badge tone="neutral">{t(`groups.${unit.group}`)}</Badge>
            <Badge tone="neutral">{t(`unitKinds.${unit.kind}`)}</Badge>
            {unit.enforcement && <Badge tone="purple">{t('unit.enforcement')}</Badge>}
            <span>
              {t('unit.contactLabel')}
              <UnitContact unit={unit} />
            </span>
          </span>
        }
      />
      <div className="mb-5 grid grid-cols-3 gap-3 md:max-w-xl">
        <Stat label={t('unit.totalCount')} value={<span data-testid="assignment-count">{rows.length}</span>} />
        <Stat label={t('unit.leadCount')} value={<span data-testid="lead-count">{lead}</span>} />
        <Stat label={t('unit.cooperatingCount')} value={<span data-testid="cooperating-count">{rows.length - lead}</span>} />
      </div>
      {returned.length > 0 && (
        <Alert tone="error" className="mb-5">
          <p className="font-medium">{t('reports.returnedFirst')}</p>
          <p className="text-xs">{t('reports.returnedHint')}</p>
          <ul className="mt-2 space-y-1" data-testid="returned-reports">
            {returned.map((r) => (
              <li key={r.id} data-testid="returned-report" data-revisable={r.revisable}>
                <Link href={`/reports/${r.id}`} className="font-medium underline">
                  {r.measureCode} {r.measureTitle}
                </Link>{' '}
                · {r.roundName} ·{' '}
                {r.revisable ? (
                  r.resubmitBy ? (
                    <span className="font-medium">{t('reports.returnedUntil', { at: formatDateTime(r.resubmitBy, locale) })}</span>
                  ) : (
                    t('reports.revise')
                  )
                ) : r.resubmitBy ? (
                  <span className="text-slate-600">{t('reports.returnedPassed', { at: formatDateTime(r.resubmitBy, locale) })}</span>
                ) : (
                  <span className="text-slate-600">{t('reports.returnedLocked')}</span>
                )}
              </li>
            ))}
          </ul>
        </Alert>
      )}
      <Card title={t('reports.myWork')} className="mb-5">
        {work.length === 0 ? (
          <EmptyState>{t('reports.noWork')}</EmptyState>
        ) : (
          <Table caption={t('reports.myWork')}>
            <thead>
              <tr>
                <Th>{t('reports.round')}</Th>
                <Th className="w-16">{t('plan.code')}</Th>
                <Th>{t('plan.measure')}</Th>
                <Th>{t('rounds.deadline')}</Th>
                <Th>{t('common.status')}</Th>
                <Th className="text-right">{t('common.actions')}</Th>
              </tr>
            </thead>
            <tbody>
              {work.map((w) => (
                <tr key={`${w.roundId}-${w.assignmentId}`} data-testid="work-row" data-measure={w.measureCode}>
                  <Td className="whitespace-nowrap">{w.roundName}</Td>
                  <Td className="tabular-nums text-slate-600">{w.measureCode}</Td>
                  <Td>{w.measureTitle}</Td>
                  <Td className="whitespace-nowrap tabular-nums text-slate-600">{formatDateTime(w.deadline, locale)}</Td>
                  <Td>
                    <ReportStatusBadge status={w.status} />
                  </Td>
                  <Td className="text-right whitespace-nowrap">
                    {w.reportId ? (
                      <Link href={`/reports/${w.reportId}`} className="text-brand-700 hover:underline">
                        {own && (w.status === 'draft' || w.status === 'returned') ? t(w.status === 'returned' ? 'reports.revise' : 'reports.continue') : t('reports.view')}
                      </Link>
                    ) : own ? (
                      <StartReportButton roundId={w.roundId} assignmentId={w.assignmentId} />
                    ) : (
                      <span className="text-slate-400">—</span>
                    )}
                  </Td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
      </Card>
      <Card title={t('unit.assignments')}>
        {rows.length === 0 ? (
          <EmptyState>{t('unit.noAssignments')}</EmptyState>
        ) : (
          <div className="space-y-6">
            {[...groups.entries()].map(([taskId, g]) => (
              <section key={taskId} aria-labelledby={`task-${taskId}`}>
                <h3 id={`task-${taskId}`} className="mb-2 text-[14px] font-semibold text-slate-800">
                  {t('plan.taskHeading', { no: g.no, title: g.title })}
                </h3>
                <Table caption={g.title}>
                  <thead>
                    <tr>
                      <Th className="w-10">
                        <span className="sr-only">{t('lights.title')}</span>
                      </Th>
                      <Th className="w-16">{t('plan.code')}</Th>
                      <Th>{t('plan.measure')}</Th>
                      <Th className="w-20">{t('measure.role')}</Th>
                      <Th className="w-44">{t('plan.timeframe')}</Th>
                      <Th className="w-36">{t('unit.dueDate')}</Th>
                      <Th className="w-72">{t('unit.target')}</Th>
                    </tr>
                  </thead>
                  <tbody>
                    {g.rows.map((r) => (
                      <tr key={r.id} data-testid="unit-assignment" className="hover:bg-slate-50">
                        <Td>
                          <LightDot light={lights.get(r.id)} />
                        </Td>
                        <Td className="font-medium tabular-nums text-slate-600">{r.measureCode}</Td>
                        <Td>
                          <Link href={`/assignments/${r.id}`} className="text-slate-900 hover:text-brand-700 hover:underline">
                            {r.measureTitle}
                          </Link>
                        </Td>
                        <Td>
                          <Badge tone={r.role === 'lead' ? 'brand' : 'neutral'}>{t(`assignmentRoles.${r.role}`)}</Badge>
                        </Td>
                        <Td className="text-slate-600">{r.timeframe}</Td>
                        <Td className="text-slate-600">{formatDay(r.dueDate ?? r.measureDueDate, locale) || <span className="text-slate-400">—</span>}</Td>
                        <Td className="whitespace-pre-line wrap-anywhere text-slate-700">{r.target || <span className="text-slate-400">—</span>}</Td>
                      </tr>
                    ))}
                  </tbody>
                </Table>
              </section>
            ))}
          </div>
        )}
      </Card>
      {cooperating.total > 0 && (
        <Card title={t('reports.leadView')} className="mt-5">
          <p className="mb-3 text-[13px] text-slate-500">
            {t('reports.leadViewHint')}
          </p>
          <Table caption={t('reports.leadView')}>
            <thead>
              <tr>
                <Th className="w-16">{t('plan.code')}</Th>
                <Th>{t('reports.unit')}</Th>
                <Th>{t('reports.round')}</Th>
                <Th className="text-right">{t('reports.percent')}</Th>
                <Th>{t('reports.state')}</Th>
                <Th>{t('common.status')}</Th>
              </tr>
            </thead>
            <tbody>
              {cooperating.rows.map((c) => (
                <tr key={c.assignmentId} data-testid="cooperating-row">
                  <Td className="tabular-nums text-slate-600">{c.measureCode}</Td>
                  <Td>{c.unitName}</Td>
                  <Td>{c.reportId ? <Link href={`/reports/${c.reportId}`} className="text-brand-700 hover:underline">{c.roundName}</Link> : t('reports.noReport')}</Td>
                  <Td className="text-right tabular-nums">{c.percent ?? '—'}</Td>
                  <Td>
                    <ReportStateBadge state={c.state} />
                  </Td>
                  <Td>{c.status ? <ReportStatusBadge status={c.status} /> : '—'}</Td>
                </tr>
              ))}
            </tbody>
          </Table>
          {cooperating.total > COOPERATING_SHOWN && (
            <Pager list={cooperating} filter={{}} path={`/units/${unit.code}`} pageKey="coop" />
          )}
        </Card>
      )}
    </>
  );
}
