import type { Metadata } from 'next';
import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { Badge } from '@/components/ui/badge';
import { Card, EmptyState, PageHeader, Stat } from '@/components/ui/card';
import { Table, Td, Th } from '@/components/ui/table';
import { UnitList } from '@/components/plan/unit-list';
import { unitAccess } from '@/lib/units/access';
import { requireRoute } from '@/lib/auth/gate';
import { localized } from '@/lib/i18n/localized';
import { cachedPlanTotals, cachedPlanTree, getCurrentPlan, getPlan, listPlans } from '@/lib/plans/queries';
import { cachedMeasureLights } from '@/lib/reports/lights';
import { LightDot } from '@/components/reports/light';
import { notFound } from 'next/navigation';
import { can } from '@/lib/auth/permissions';
import { Alert } from '@/components/ui/alert';
import { LinkButton } from '@/components/ui/button';

/** Units named per measure and role; the rest are a count and a link (a province has hundreds). */
const UNITS_SHOWN = 10;

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('plan'))('title') };
}

export default async function PlanPage({ searchParams }: { searchParams: Promise<{ plan?: string }> }) {
  const user = await requireRoute('/plan');
  const t = await getTranslations('plan');
  const tp = await getTranslations('plans');
  const locale = await getLocale();
  const current = getCurrentPlan();
  const requested = Number((await searchParams).plan) || 0;
  // Earlier plans stay readable: ?plan=<id> shows one of them.
  const plan = requested && requested !== current?.id ? getPlan(requested) : current;
  if (requested && !plan) notFound();
  const others = listPlans().filter((p) => p.id !== plan?.id);
  if (!plan) {
    return (
      <>
        <PageHeader title={t('title')} />
        <EmptyState>{t('noPlan')}</EmptyState>
      </>
    );
  }
  const tree = cachedPlanTree(plan.id, UNITS_SHOWN);
  const allMeasures = tree.flatMap((task) => task.measures);
  const totals = cachedPlanTotals(plan.id);
  const canOpen = (unitId: number) => unitAccess(user, { id: unitId }) !== null;
  // Other units' progress is not a reporting officer's to see: lights only for those who read all progress.
  const lights = can(user.role, 'progress.read.all') ? cachedMeasureLights(plan.id) : null;

  return (
    <>
      <PageHeader
        title={localized(locale, plan.title, plan.titleEn)}
        subtitle={
          <span className="flex flex-wrap items-center gap-2">
            {plan.isCurrent && <Badge tone="brand">{t('current')}</Badge>}
            <Badge tone={plan.status === 'active' ? 'green' : 'neutral'}>{t(`status.${plan.status}`)}</Badge>
            <span>{t('period', { start: plan.startYear, end: plan.endYear })}</span>
            {plan.issuedBy && <span>{t('issuedBy', { issuedBy: plan.issuedBy })}</span>}
          </span>
        }
        actions={
          <>
            {others.length > 0 && (
              <form className="flex items-center gap-2">
                <label htmlFor="plan-switch" className="sr-only">
                  {tp('viewPlan')}
                </label>
                <select id="plan-switch" name="plan" defaultValue={plan.id} className="h-9 max-w-xs rounded-md border border-slate-300 bg-white px-2 text-sm">
                  {[plan, ...others].map((p) => (
                    <option key={p.id} value={p.id}>
                      {localized(locale, p.title, p.titleEn)}
                    </option>
                  ))}
                </select>
                <button type="submit" className="h-9 rounded-md border border-slate-300 bg-white px-3 text-sm hover:bg-slate-50">
                  {tp('view')}
                </button>
              </form>
            )}
            {can(user.role, 'plan.edit') && <LinkButton href={`/plans/${plan.id}`}>{tp('openEditor')}</LinkButton>}
          </>
        }
      />
      {!plan.isCurrent && current && (
        <Alert tone="warning" className="mb-4">
          {tp('readOnlyPlan', { title: localized(locale, current.title, current.titleEn) })}
        </Alert>
      )}
      <div className="mb-5 grid grid-cols-2 gap-3 md:grid-cols-4" data-testid="plan-stats">
        <Stat label={t('tasks')} value={<span data-testid="task-count">{tree.length}</span>} />
        <Stat label={t('measures')} value={<span data-testid="measure-count">{allMeasures.length}</span>} />
        <Stat label={t('assignments')} value={totals.assignments} />
        <Stat label={t('unitsInvolved')} value={totals.units} />
      </div>
      <div className="space-y-5">
        {tree.map((task) => (
          <Card
            key={task.id}
            title={t('taskHeading', { no: task.no, title: localized(locale, task.title, task.titleEn) })}
            actions={<span className="text-[13px] text-slate-500">{t('measureCount', { count: task.measures.length })}</span>}
          >
            {task.measures.length === 0 ? (
              <EmptyState>{t('noMeasures')}</EmptyState>
            ) : (
              <Table caption={localized(locale, task.title, task.titleEn)}>
                <thead>
                  <tr>
                    {lights && (
                      <Th className="w-10">
                        <span className="sr-only">{t('light')}</span>
                      </Th>
                    )}
                    <Th className="w-16">{t('code')}</Th>
                    <Th>{t('measure')}</Th>
                    <Th className="w-44">{t('timeframe')}</Th>
                    <Th className="w-52">{t('lead')}</Th>
                    <Th className="w-72">{t('cooperating')}</Th>
                  </tr>
                </thead>
                <tbody>
                  {task.measures.map((m) => (
                    <tr key={m.id} data-testid="measure-row" className="hover:bg-slate-50">
                      {lights && (
                        <Td>
                          <LightDot light={lights.get(m.id)} />
                        </Td>
                      )}
                      <Td className="font-medium tabular-nums text-slate-600">{m.code}</Td>
                      <Td>
                        <Link href={`/measures/${encodeURIComponent(m.code)}${plan.isCurrent ? '' : `?plan=${plan.id}`}`} className="font-medium text-slate-900 hover:text-brand-700 hover:underline">
                          {m.title}
                        </Link>
                      </Td>
                      <Td className="text-slate-600">{m.timeframe}</Td>
                      <Td>
                        <UnitList units={m.units.filter((u) => u.role === 'lead')} total={m.unitCounts.lead} max={UNITS_SHOWN} canOpen={canOpen} moreHref={`/measures/${encodeURIComponent(m.code)}`} />
                      </Td>
                      <Td>
                        <UnitList units={m.units.filter((u) => u.role === 'cooperating')} total={m.unitCounts.cooperating} max={UNITS_SHOWN} canOpen={canOpen} moreHref={`/measures/${encodeURIComponent(m.code)}`} />
                      </Td>
                    </tr>
                  ))}
                </tbody>
              </Table>
            )}
          </Card>
        ))}
      </div>
    </>
  );
}
