import type { Metadata } from 'next';
import { MeasureTitle } from '@/components/plan/measure-title';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { Badge } from '@/components/ui/badge';
import { Card, EmptyState, PageHeader } from '@/components/ui/card';
import { Table, Td, Th } from '@/components/ui/table';
import { unitAccess } from '@/lib/units/access';
import { requireRoute } from '@/lib/auth/gate';
import { formatDay } from '@/lib/i18n/format';
import { localized } from '@/lib/i18n/localized';
import { getCurrentPlan, getMeasureByCode, getPlan, measureUnitsPage } from '@/lib/plans/queries';
import { FilterInput } from '@/components/ui/filter-field';
import { buttonClass } from '@/components/ui/button';
import { Pager } from '@/components/ui/pagination';
import { parseFilter, qs } from '@/lib/list/filter';
import { visibleAssignmentLights } from '@/lib/reports/lights';
import { LightDot } from '@/components/reports/light';

type Props = { params: Promise<{ code: string }>; searchParams: Promise<{ plan?: string; unit?: string; page?: string }> };

const UNITS_PER_PAGE = 50;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { code } = await params;
  return { title: (await getTranslations('measure'))('title', { code: decodeURIComponent(code) }) };
}

export default async function MeasurePage({ params, searchParams }: Props) {
  const user = await requireRoute('/measures/[code]');
  const code = decodeURIComponent((await params).code);
  const t = await getTranslations();
  const locale = await getLocale();
  const sp = await searchParams;
  const requested = Number(sp.plan) || 0;
  const plan = requested ? getPlan(requested) : getCurrentPlan();
  const found = plan && getMeasureByCode(plan.id, code);
  if (!found) notFound();
  const { measure, task } = found;
  const filter = parseFilter({ plan: qs.id(), unit: qs.text() }, sp);
  const list = measureUnitsPage(measure.id, { unit: filter.unit, page: filter.page, pageSize: UNITS_PER_PAGE });
  const { rows: units, total, counts } = list;
  const unitFilter = filter.unit;
  // A reporting officer sees its own light here, not the other units' (the query leaves them out).
  const lights = visibleAssignmentLights(user, plan!.id, units.map((u) => u.assignmentId));

  return (
    <>
      <PageHeader
        title={<MeasureTitle code={measure.code} title={measure.title} />}
        subtitle={
          <Link href="/plan" className="hover:text-brand-700 hover:underline">
            {t('plan.taskHeading', { no: task.no, title: localized(locale, task.title, task.titleEn) })}
          </Link>
        }
      />
      <div className="grid gap-5 lg:grid-cols-3">
        <Card title={t('measure.description')} className="lg:col-span-1">
          <dl className="space-y-3 text-[13px]">
            <div>
              <dt className="text-slate-500">{t('plan.timeframe')}</dt>
              <dd className="mt-0.5 text-slate-900">{measure.timeframe || t('common.notSet')}</dd>
            </div>
            <div>
              <dt className="text-slate-500">{t('plan.dueDate')}</dt>
              <dd className="mt-0.5 text-slate-900">{measure.dueDate ? formatDay(measure.dueDate, locale) : t('common.notSet')}</dd>
            </div>
            <div>
              <dt className="text-slate-500">{t('measure.description')}</dt>
              <dd className="mt-0.5 whitespace-pre-line wrap-anywhere text-slate-900">{measure.description || t('measure.noDescription')}</dd>
            </div>
          </dl>
        </Card>
        <Card title={t('measure.units')} actions={<span className="text-[13px] text-slate-500">{t('measure.counts', counts)}</span>} className="lg:col-span-2">
          {counts.lead + counts.cooperating > UNITS_PER_PAGE && (
            <form className="mb-4 flex flex-wrap items-end gap-2" role="search">
              {requested > 0 && <input type="hidden" name="plan" value={requested} />}
              <FilterInput label={t('measure.unitFilter')} name="unit" value={unitFilter} className="w-48" placeholder={t('review.unitHint')} />
              <button type="submit" className={buttonClass('secondary')}>
                {t('common.search')}
              </button>
            </form>
          )}
          {units.length === 0 ? (
            <EmptyState>{unitFilter ? t('measure.noMatch') : t('measure.noUnits')}</EmptyState>
          ) : (
            <Table caption={t('measure.units')}>
              <thead>
                <tr>
                  <Th className="w-10">
                    <span className="sr-only">{t('lights.title')}</span>
                  </Th>
                  <Th className="w-20">{t('measure.role')}</Th>
                  <Th className="w-48">{t('measure.unit')}</Th>
                  <Th>{t('measure.target')}</Th>
                  <Th className="w-36">{t('measure.dueDate')}</Th>
                </tr>
              </thead>
              <tbody>
                {units.map((u) => (
                  <tr key={u.assignmentId} data-testid="measure-unit">
                    <Td>
                      <LightDot light={lights.get(u.assignmentId)} />
                    </Td>
                    <Td>
                      <Badge tone={u.role === 'lead' ? 'brand' : 'neutral'}>{t(`assignmentRoles.${u.role}`)}</Badge>
                    </Td>
                    <Td>
                      {unitAccess(user, { id: u.unitId }) ? (
                        <Link href={`/units/${u.code}`} className="text-brand-700 hover:underline">
                          {u.name}
                        </Link>
                      ) : (
                        u.name
                      )}
                    </Td>
                    <Td className="whitespace-pre-line wrap-anywhere text-slate-700">{u.target || <span className="text-slate-400">—</span>}</Td>
                    <Td className="text-slate-700">{u.dueDate ? formatDay(u.dueDate, locale) : <span className="text-slate-400">—</span>}</Td>
                  </tr>
                ))}
              </tbody>
            </Table>
          )}
          {total > UNITS_PER_PAGE && (
            <Pager list={list} filter={filter} path={`/measures/${encodeURIComponent(measure.code)}`} />
          )}
        </Card>
      </div>
    </>
  );
}
