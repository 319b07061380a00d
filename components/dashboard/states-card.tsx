import { getTranslations } from 'next-intl/server';
import { Chart } from '@/components/charts/chart';
import { STATE_COLOURS } from '@/components/charts/palette';
import { Card } from '@/components/ui/card';
import { REPORT_STATES, type ReportState } from '@/db/schema/enums';
import { pct, type DashboardView } from '@/lib/dashboards/view';
import { DataTable } from './data-table';
import { CardHint, FigureLink } from './parts';

/** How the assignments' latest reports describe them (on track, at risk, …), and those without a report. */
export async function StatesCard({ view }: { view: DashboardView }) {
  const t = await getTranslations('dashboard');
  const tc = await getTranslations();
  const { states, head } = view.figures();
  const rows = [...REPORT_STATES, null].map((s) => ({ state: s, n: states.find((x) => x.state === s)?.n ?? 0 }));
  const name = (s: ReportState | null) => (s ? tc(`reports.states.${s}`) : t('noReport'));
  const href = (s: ReportState | null) => view.drill({ state: s ?? 'none' });
  return (
    <Card title={t('states')}>
      <CardHint>{t('statesHint')}</CardHint>
      <Chart
        label={t('states')}
        option={{
          tooltip: { trigger: 'item' },
          legend: { bottom: 0 },
          series: [
            {
              type: 'pie',
              radius: ['40%', '68%'],
              center: ['50%', '45%'],
              data: rows.map((s) => ({ name: name(s.state), value: s.n, itemStyle: { color: STATE_COLOURS[s.state ?? 'none'] } })),
            },
          ],
        }}
        links={[rows.map((s) => href(s.state))]}
      />
      <DataTable
        summary={t('tableView')}
        caption={t('states')}
        headers={[tc('reports.state'), t('count'), t('share')]}
        rows={rows.map((s) => [
          <FigureLink key="s" href={href(s.state)}>
            {name(s.state)}
          </FigureLink>,
          s.n,
          `${pct(s.n, head.assignments)}%`,
        ])}
      />
    </Card>
  );
}
