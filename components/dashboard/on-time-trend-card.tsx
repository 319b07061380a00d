import { getTranslations } from 'next-intl/server';
import { Chart } from '@/components/charts/chart';
import { CHART } from '@/components/charts/palette';
import { Card, EmptyState } from '@/components/ui/card';
import { pct, type DashboardView } from '@/lib/dashboards/view';
import { DataTable } from './data-table';
import { CardHint, FigureLink } from './parts';

/** The on-time rate round by round through the year; a point opens the reports still missing in that round. */
export async function OnTimeTrendCard({ view }: { view: DashboardView }) {
  const t = await getTranslations('dashboard');
  const trend = view.trend();
  const href = (roundId: number) => view.drill({ round: roundId, outcome: 'missing' });
  return (
    <Card title={t('trend')}>
      <CardHint>{t('trendHint')}</CardHint>
      {trend.length === 0 ? (
        <EmptyState>{t('noData')}</EmptyState>
      ) : (
        <>
          <Chart
            label={t('trend')}
            option={{
              tooltip: { trigger: 'axis' },
              grid: { left: 40, right: 16, top: 16, bottom: 32 },
              xAxis: { type: 'category', data: trend.map((r) => r.round.name) },
              yAxis: { type: 'value', max: 100 },
              series: [{ type: 'line', name: t('rate'), data: trend.map((r) => pct(r.onTime, r.owed)), itemStyle: { color: CHART.primary }, symbolSize: 8 }],
            }}
            links={[trend.map((r) => href(r.round.id))]}
          />
          <DataTable
            summary={t('tableView')}
            caption={t('trend')}
            headers={[t('round'), t('owed'), t('onTime'), t('rate')]}
            rows={trend.map((r) => [
              <FigureLink key="r" href={href(r.round.id)}>
                {r.round.name}
              </FigureLink>,
              r.owed,
              r.onTime,
              `${pct(r.onTime, r.owed)}%`,
            ])}
          />
        </>
      )}
    </Card>
  );
}
