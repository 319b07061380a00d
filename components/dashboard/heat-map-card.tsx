import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { Chart } from '@/components/charts/chart';
import { CHART, LIGHT_COLOURS } from '@/components/charts/palette';
import { LightDot } from '@/components/reports/light';
import { buttonClass } from '@/components/ui/button';
import { Card, EmptyState } from '@/components/ui/card';
import { HEAT_PAGE_SIZE } from '@/lib/dashboards/queries';
import type { DashboardView } from '@/lib/dashboards/view';
import { localized } from '@/lib/i18n/localized';
import { LIGHTS } from '@/lib/reports/lights';
import { DataTable } from './data-table';
import { CardHint, TASK_AXIS_LABEL, taskAxisLabel, taskLabel } from './parts';

/** Units × tasks, each cell the worst light of the unit's assignments in the task; a page of units at a time, most behind first. */
export async function HeatMapCard({ view }: { view: DashboardView }) {
  const t = await getTranslations('dashboard');
  const tc = await getTranslations();
  const locale = await getLocale();
  const { byTask: tasks, heat } = view.figures();
  const { units, cells } = heat;
  const page = view.heatPage;
  return (
    <Card title={t('heat')}>
      <CardHint>{t('heatHint')}</CardHint>
      {units.length === 0 ? (
        <EmptyState>{t('noData')}</EmptyState>
      ) : (
        <>
          <Chart
            label={t('heat')}
            height={Math.max(220, units.length * 22 + 60)}
            option={{
              tooltip: { position: 'top' },
              grid: { left: 120, right: 16, top: 8, bottom: 48 },
              xAxis: { type: 'category', data: tasks.map((x) => taskAxisLabel(x.no, localized(locale, x.title, x.titleEn))), axisLabel: TASK_AXIS_LABEL, splitArea: { show: true } },
              yAxis: { type: 'category', data: units.map((u) => u.name), inverse: true, splitArea: { show: true } },
              visualMap: { type: 'piecewise', show: false, pieces: LIGHTS.map((light, value) => ({ value, color: LIGHT_COLOURS[light] })) },
              series: [
                {
                  type: 'heatmap',
                  data: cells.map((c) => [tasks.findIndex((x) => x.taskId === c.taskId), units.findIndex((u) => u.unitId === c.unitId), LIGHTS.indexOf(c.light)]),
                  itemStyle: { borderColor: CHART.cellBorder, borderWidth: 2 },
                },
              ],
            }}
            links={[cells.map((c) => view.drill({ unit: c.unitId, task: c.taskId }))]}
          />
          <DataTable
            summary={t('tableView')}
            caption={t('heat')}
            headers={[t('unit'), ...tasks.map((x) => taskLabel(tc, x.no))]}
            rows={units.map((u) => [
              u.name,
              ...tasks.map((x) => {
                const cell = cells.find((c) => c.unitId === u.unitId && c.taskId === x.taskId);
                return cell ? (
                  <Link key={x.taskId} href={view.drill({ unit: u.unitId, task: x.taskId })} data-testid="heat-cell" data-unit={u.code} data-task={x.no}>
                    <LightDot light={cell.light} label />
                  </Link>
                ) : (
                  ''
                );
              }),
            ])}
          />
          <nav className="no-print mt-3 flex items-center justify-between text-[13px] text-slate-600" aria-label={t('heat')}>
            <span>{t('heatPage', { from: (page - 1) * HEAT_PAGE_SIZE + 1, to: (page - 1) * HEAT_PAGE_SIZE + units.length })}</span>
            <span className="flex gap-2">
              {page > 1 && (
                <Link href={view.here({ heat: page - 1 })} className={buttonClass('secondary', 'sm')}>
                  {tc('common.prev')}
                </Link>
              )}
              {heat.hasNext && (
                <Link href={view.here({ heat: page + 1 })} className={buttonClass('secondary', 'sm')}>
                  {tc('common.next')}
                </Link>
              )}
            </span>
          </nav>
        </>
      )}
    </Card>
  );
}
