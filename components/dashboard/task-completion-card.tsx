import { getLocale, getTranslations } from 'next-intl/server';
import { Chart } from '@/components/charts/chart';
import { CHART } from '@/components/charts/palette';
import { Card } from '@/components/ui/card';
import type { DashboardView } from '@/lib/dashboards/view';
import { localized } from '@/lib/i18n/localized';
import { DataTable } from './data-table';
import { CardHint, FigureLink, TASK_AXIS_LABEL, taskAxisLabel } from './parts';

/** Average progress of each task's assignments (latest reports), with the completed and red counts. */
export async function TaskCompletionCard({ view }: { view: DashboardView }) {
  const t = await getTranslations('dashboard');
  const tc = await getTranslations();
  const locale = await getLocale();
  const tasks = view.figures().byTask;
  return (
    <Card title={t('byTask')}>
      <CardHint>{t('byTaskHint')}</CardHint>
      <Chart
        label={t('byTask')}
        option={{
          tooltip: { trigger: 'axis' },
          grid: { left: 40, right: 16, top: 16, bottom: 48 },
          xAxis: { type: 'category', data: tasks.map((x) => taskAxisLabel(x.no, localized(locale, x.title, x.titleEn))), axisLabel: TASK_AXIS_LABEL },
          yAxis: { type: 'value', max: 100 },
          series: [{ type: 'bar', name: t('avgPercent'), data: tasks.map((x) => x.avgPercent), itemStyle: { color: CHART.primary }, barMaxWidth: 36 }],
        }}
        links={[tasks.map((x) => view.drill({ task: x.taskId }))]}
      />
      <DataTable
        summary={t('tableView')}
        caption={t('byTask')}
        headers={[t('task'), t('assignments'), t('avgPercent'), t('completed'), t('red')]}
        rows={tasks.map((x) => [
          <FigureLink key="t" href={view.drill({ task: x.taskId })}>
            {tc('plan.taskHeading', { no: x.no, title: localized(locale, x.title, x.titleEn) })}
          </FigureLink>,
          x.assignments,
          x.avgPercent,
          x.completed,
          x.red,
        ])}
      />
    </Card>
  );
}
