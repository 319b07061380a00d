import type { Metadata } from 'next';
import { FilterInput, FilterSelect } from '@/components/ui/filter-field';
import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { Badge } from '@/components/ui/badge';
import { LinkButton, buttonClass } from '@/components/ui/button';
import { Card, EmptyState, PageHeader } from '@/components/ui/card';
import { Table, Td, Th } from '@/components/ui/table';
import { UnitList } from '@/components/plan/unit-list';
import { UNIT_GROUPS, ASSIGNMENT_ROLES } from '@/db/schema/enums';
import { getBoard } from '@/lib/assignments/queries';
import { boardFilterSchema } from '@/lib/assignments/validation';
import { requireRoute } from '@/lib/auth/gate';
import { localized } from '@/lib/i18n/localized';
import { listTasksOfPlan } from '@/lib/plans/editor-queries';
import { cachedPlanTree, getCurrentPlan } from '@/lib/plans/queries';
import { cachedMeasureLights } from '@/lib/reports/lights';
import { LightDot } from '@/components/reports/light';

const UNITS_SHOWN = 10;

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('board'))('title') };
}

type Props = { searchParams: Promise<Record<string, string | undefined>> };

export default async function AssignmentBoardPage({ searchParams }: Props) {
  await requireRoute('/assignments');
  const t = await getTranslations();
  const locale = await getLocale();
  const plan = getCurrentPlan();
  const sp = await searchParams;
  const filter = boardFilterSchema.parse(sp);
  if (!plan) {
    return (
      <>
        <PageHeader title={t('board.title')} />
        <EmptyState>{t('plan.noPlan')}</EmptyState>
      </>
    );
  }
  const board = getBoard(plan.id, filter, () => cachedPlanTree(plan.id, UNITS_SHOWN));
  const lights = cachedMeasureLights(plan.id);
  const tasks = listTasksOfPlan(plan.id);
  const query = new URLSearchParams(Object.entries(filter).flatMap(([k, v]) => (v === undefined ? [] : [[k, String(v)]]))).toString();
  const measureCount = board.reduce((n, task) => n + task.measures.length, 0);

  return (
    <>
      <PageHeader
        title={t('board.title')}
        subtitle={`${localized(locale, plan.title, plan.titleEn)} · ${t('board.subtitle')}`}
        actions={
          <>
            <a href={`/assignments/export${query ? `?${query}` : ''}`} className={buttonClass('secondary')} download>
              {t('board.export')}
            </a>
            <LinkButton href="/assignments/import" variant="primary">
              {t('board.import')}
            </LinkButton>
          </>
        }
      />
      <Card className="mb-5">
        <form className="flex flex-wrap items-end gap-3" role="search" aria-label={t('board.filter')}>
          <FilterSelect label={t('board.task')} name="task" value={filter.task} anyLabel={t('common.all')} className="w-64" options={tasks.map((task) => ({ value: task.id, label: t('plan.taskHeading', { no: task.no, title: task.title }) }))} />
          <FilterInput label={t('board.unit')} name="unit" value={filter.unit} className="w-48" placeholder={t('review.unitHint')} />
          <FilterSelect label={t('board.group')} name="group" value={filter.group} anyLabel={t('common.all')} className="w-36" options={UNIT_GROUPS.map((g) => ({ value: g, label: t(`groups.${g}`) }))} />
          <FilterSelect label={t('board.role')} name="role" value={filter.role} anyLabel={t('common.all')} className="w-28" options={ASSIGNMENT_ROLES.map((r) => ({ value: r, label: t(`assignmentRoles.${r}`) }))} />
          <label className="flex h-9 items-center gap-2 text-[13px] text-slate-700">
            <input type="checkbox" name="noLead" value="1" defaultChecked={!!filter.noLead} className="h-4 w-4" />
            {t('board.noLead')}
          </label>
          <button type="submit" className={buttonClass('secondary')}>
            {t('board.filter')}
          </button>
          {query && (
            <Link href="/assignments" className={buttonClass('ghost')}>
              {t('common.reset')}
            </Link>
          )}
          <span className="ml-auto self-center text-[13px] text-slate-500" data-testid="board-count">
            {t('board.measures', { count: measureCount })}
          </span>
        </form>
      </Card>
      {board.length === 0 ? (
        <EmptyState>{t('board.empty')}</EmptyState>
      ) : (
        <div className="space-y-5">
          {board.map((task) => (
            <Card key={task.id} title={t('plan.taskHeading', { no: task.no, title: localized(locale, task.title, task.titleEn) })}>
              <Table caption={task.title}>
                <thead>
                  <tr>
                    <Th className="w-10">
                      <span className="sr-only">{t('lights.title')}</span>
                    </Th>
                    <Th className="w-16">{t('plan.code')}</Th>
                    <Th>{t('plan.measure')}</Th>
                    <Th className="w-56">{t('plan.lead')}</Th>
                    <Th className="w-80">{t('plan.cooperating')}</Th>
                    <Th className="w-24 text-right">{t('common.actions')}</Th>
                  </tr>
                </thead>
                <tbody>
                  {task.measures.map((m) => {
                    const lead = m.units.filter((u) => u.role === 'lead');
                    return (
                      <tr key={m.id} data-testid="board-row" className="hover:bg-slate-50">
                        <Td>
                          <LightDot light={lights.get(m.id)} />
                        </Td>
                        <Td className="tabular-nums text-slate-600">{m.code}</Td>
                        <Td>
                          <div className="font-medium text-slate-900">{m.title}</div>
                          {m.unitCounts.lead === 0 && (
                            <Badge tone="red" className="mt-1">
                              {t('board.noLeadFlag')}
                            </Badge>
                          )}
                        </Td>
                        <Td>
                          <UnitList units={lead} total={m.unitCounts.lead} max={UNITS_SHOWN} canOpen={() => true} moreHref={`/assignments/measure/${m.id}`} />
                        </Td>
                        <Td>
                          <UnitList units={m.units.filter((u) => u.role === 'cooperating')} total={m.unitCounts.cooperating} max={UNITS_SHOWN} canOpen={() => true} moreHref={`/assignments/measure/${m.id}`} />
                        </Td>
                        <Td className="text-right">
                          <Link href={`/assignments/measure/${m.id}`} className="text-brand-700 hover:underline">
                            {t('board.manage')}
                          </Link>
                        </Td>
                      </tr>
                    );
                  })}
                </tbody>
              </Table>
            </Card>
          ))}
        </div>
      )}
    </>
  );
}
