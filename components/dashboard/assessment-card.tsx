import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { Chart } from '@/components/charts/chart';
import { SERIES_COLOURS } from '@/components/charts/palette';
import { Badge } from '@/components/ui/badge';
import { Card, EmptyState } from '@/components/ui/card';
import { gradeName } from '@/lib/assessments/grades';
import type { DashboardView } from '@/lib/dashboards/view';
import { DataTable } from './data-table';
import { FigureLink } from './parts';

/** The year's assessment: grades by group and each group's top ten, marked while not yet published. */
export async function AssessmentCard({ view }: { view: DashboardView }) {
  const t = await getTranslations('dashboard');
  const tc = await getTranslations();
  const locale = await getLocale();
  const { year } = view;
  const { assessment, assessed, distribution } = view.assessment();
  const gradeLabels = [...new Set(distribution.flatMap((d) => d.grades.map((g) => g.grade)))];
  const grade = (g: string | null) => (g ? gradeName(g, locale, tc as unknown as (key: string) => string) : '—');
  const countOf = (d: (typeof distribution)[number], g: string) => d.grades.find((x) => x.grade === g)?.count ?? 0;
  return (
    <Card
      title={t('assessment', { year })}
      actions={
        assessment && (
          <span className="flex items-center gap-2">
            {assessment.stage !== 'published' && <Badge tone="yellow">{t('assessmentNotPublished')}</Badge>}
            <Link href={`/assessments/${year}/results`} className="text-[13px] text-brand-700 hover:underline">
              {t('ranking')}
            </Link>
          </span>
        )
      }
    >
      {!assessed ? (
        <EmptyState>{t('noAssessment')}</EmptyState>
      ) : (
        <div className="grid gap-5 xl:grid-cols-3" data-testid="dashboard-assessment">
          <div>
            <h3 className="mb-2 text-[13px] font-medium text-slate-700">{t('gradeDistribution')}</h3>
            <Chart
              label={t('gradeDistribution')}
              height={240}
              option={{
                tooltip: { trigger: 'axis' },
                legend: { bottom: 0 },
                grid: { left: 32, right: 8, top: 8, bottom: 48 },
                xAxis: { type: 'category', data: gradeLabels.map(grade) },
                yAxis: { type: 'value', minInterval: 1 },
                series: distribution.map((d, i) => ({
                  type: 'bar',
                  name: tc(`groups.${d.group}`),
                  data: gradeLabels.map((g) => countOf(d, g)),
                  itemStyle: { color: SERIES_COLOURS[i] },
                })),
              }}
            />
            <DataTable
              summary={t('tableView')}
              caption={t('gradeDistribution')}
              headers={[t('group'), ...gradeLabels.map(grade)]}
              rows={distribution.map((d) => [tc(`groups.${d.group}`), ...gradeLabels.map((g) => countOf(d, g))])}
            />
          </div>
          {distribution.map((d) => (
            <div key={d.group}>
              <h3 className="mb-2 text-[13px] font-medium text-slate-700">
                {tc(`groups.${d.group}`)} · {t('ranking')}
              </h3>
              <table className="w-full text-left text-[13px]">
                <caption className="sr-only">{`${tc(`groups.${d.group}`)} ${t('ranking')}`}</caption>
                <tbody>
                  {assessed.results
                    .filter((r) => r.group === d.group && r.rank !== null)
                    .sort((a, b) => a.rank! - b.rank!)
                    .slice(0, 10)
                    .map((r) => (
                      <tr key={r.unitId} className="border-b border-slate-100">
                        <td className="w-8 py-1 tabular-nums text-slate-500">{r.rank}</td>
                        <th scope="row" className="py-1 text-left font-normal">
                          <FigureLink href={`/assessments/${year}/units/${r.code}`}>{r.name}</FigureLink>
                        </th>
                        <td className="py-1 text-right tabular-nums">{r.score.total.toFixed(2)}</td>
                        <td className="py-1 pl-3">{grade(r.grade)}</td>
                      </tr>
                    ))}
                </tbody>
              </table>
            </div>
          ))}
        </div>
      )}
    </Card>
  );
}
