import type { Metadata } from 'next';
import { FilterSelect } from '@/components/ui/filter-field';
import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { Chart } from '@/components/charts/chart';
import { DataTable } from '@/components/dashboard/data-table';
import { PrintButton } from '@/components/dashboard/print-button';
import { LightDot } from '@/components/reports/light';
import { buttonClass } from '@/components/ui/button';
import { Card, EmptyState, PageHeader } from '@/components/ui/card';
import { cn } from '@/components/ui/cn';
import { Select } from '@/components/ui/field';
import { REPORT_STATES, UNIT_GROUPS } from '@/db/schema/enums';
import { requireRoute } from '@/lib/auth/gate';
import { HEAT_PAGE_SIZE, dashboardYears, getDashboard, onTimeTrend, roundsInYear } from '@/lib/dashboards/queries';
import { localized } from '@/lib/i18n/localized';
import { getCurrentPlan, getPlan, listPlans } from '@/lib/plans/queries';
import { id } from '@/lib/validation/fields';
import { memo } from '@/lib/cache/memo';
import { Badge } from '@/components/ui/badge';
import { getAssessment, getResults } from '@/lib/assessments/queries';
import { gradeDistribution } from '@/lib/assessments/results';
import { gradeName } from '@/lib/assessments/grades';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('dashboard'))('title') };
}

const paramsSchema = z.object({
  plan: id().optional().catch(undefined),
  year: z.coerce.number().int().min(2000).max(2100).optional().catch(undefined),
  round: id().optional().catch(undefined),
  group: z.enum(UNIT_GROUPS).optional().catch(undefined),
  heat: z.coerce.number().int().min(1).max(10_000).optional().catch(undefined),
});

const LIGHT_COLOURS = { red: '#ef4444', yellow: '#fbbf24', green: '#10b981' } as const;
const STATE_COLOURS: Record<string, string> = { on_track: '#10b981', at_risk: '#fbbf24', delayed: '#ef4444', completed: '#2f67c2', none: '#cbd5e1' };
const pct = (part: number, whole: number) => (whole > 0 ? Math.round((part / whole) * 1000) / 10 : 0);

export default async function DashboardPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  await requireRoute('/dashboard');
  const t = await getTranslations('dashboard');
  const tc = await getTranslations();
  const locale = await getLocale();
  const p = paramsSchema.parse(await searchParams);
  const plan = (p.plan && getPlan(p.plan)) || getCurrentPlan();
  if (!plan) return <EmptyState>{tc('plan.noPlan')}</EmptyState>;

  const years = dashboardYears(plan.id, plan.startYear, plan.endYear);
  const withRounds = years.filter((y) => roundsInYear(plan.id, y).length > 0);
  const year = p.year ?? withRounds.at(-1) ?? Math.min(new Date().getFullYear(), plan.endYear);
  const yearRounds = roundsInYear(plan.id, year);
  const now = new Date();
  // The on-time figure is for the chosen round, else the last closed one (else the last one past its deadline).
  const round =
    yearRounds.find((r) => r.id === p.round) ??
    yearRounds.filter((r) => r.status === 'closed').at(-1) ??
    yearRounds.filter((r) => r.deadline < now).at(-1);
  const heatPage = p.heat ?? 1;
  // Every figure is the same for every leader: computed once a minute (or after a write) and shared.
  const data = memo(`dashboard:${plan.id}:${year}:${p.group ?? ''}:${heatPage}`, 60_000, () => getDashboard({ planId: plan.id, year, group: p.group, heatPage }, now));
  const trend = onTimeTrend(plan.id, year, p.group);
  const roundFigures = round ? trend.find((r) => r.round.id === round.id) : undefined;

  const base = new URLSearchParams();
  if (p.plan) base.set('plan', String(plan.id));
  if (p.group) base.set('group', p.group);
  const list = (extra: Record<string, string | number>) => {
    const q = new URLSearchParams(base);
    for (const [k, v] of Object.entries(extra)) q.set(k, String(v));
    return `/dashboard/list?${q}`;
  };
  const here = (extra: Record<string, string | number>) => {
    const q = new URLSearchParams(base);
    q.set('year', String(year));
    if (round) q.set('round', String(round.id));
    for (const [k, v] of Object.entries(extra)) q.set(k, String(v));
    return `/dashboard?${q}`;
  };
  const taskName = (no: number) => tc('plan.taskHeading', { no, title: '' }).trim();
  const stateName = (s: string | null) => (s ? tc(`reports.states.${s}` as never) : t('noReport'));
  const onTimeRate = roundFigures ? pct(roundFigures.onTime, roundFigures.owed) : null;

  const head = data.head;
  const figures: { key: string; label: string; value: string | number; hint?: string; href: string; tone?: string }[] = [
    { key: 'assignments', label: t('assignments'), value: head.assignments, href: list({}) },
    { key: 'completed', label: t('completed'), value: head.completed, hint: t('completedShare', { percent: pct(head.completed, head.assignments) }), href: list({ state: 'completed' }) },
    {
      key: 'onTime',
      label: t('onTimeRate'),
      value: onTimeRate === null ? '—' : `${onTimeRate}%`,
      hint: round ? t('onTimeOf', { round: round.name }) : t('noRound'),
      href: round ? list({ round: round.id, outcome: 'missing' }) : list({}),
    },
    { key: 'red', label: t('red'), value: head.red, href: list({ light: 'red' }), tone: 'text-red-600' },
    { key: 'yellow', label: t('yellow'), value: head.yellow, href: list({ light: 'yellow' }), tone: 'text-amber-600' },
    { key: 'green', label: t('green'), value: head.green, href: list({ light: 'green' }), tone: 'text-emerald-600' },
    { key: 'redUnits', label: t('redUnits'), value: head.redUnits, href: list({ light: 'red' }), tone: 'text-red-600' },
  ];

  // The year's assessment: shown here before publication too, since only leaders and the office see this page.
  const assessment = getAssessment(year);
  const assessed = assessment ? getResults(assessment) : null;
  const distribution = assessed ? gradeDistribution(assessed.rubric, assessed.results) : [];
  const gradeLabels = [...new Set(distribution.flatMap((d) => d.grades.map((g) => g.grade)))];
  const grade = (g: string | null) => (g ? gradeName(g, locale, tc as unknown as (key: string) => string) : '—');
  const stateRows = [...REPORT_STATES, null].map((s) => ({ state: s, n: data.states.find((x) => x.state === s)?.n ?? 0 }));
  const tasksOrder = data.byTask;
  const heatUnits = data.heat.units;

  return (
    <div className="dashboard">
      <PageHeader title={t('title')} subtitle={t('subtitle')} actions={<PrintButton label={t('print')} />} />
      <Card className="no-print mb-5">
        <form className="flex flex-wrap items-end gap-3" role="search">
          <label className="space-y-1 text-[13px] text-slate-600">
            <span className="block">{t('plan')}</span>
            <Select name="plan" defaultValue={plan.id} className="w-72">
              {listPlans().map((x) => (
                <option key={x.id} value={x.id}>
                  {localized(locale, x.title, x.titleEn)}
                </option>
              ))}
            </Select>
          </label>
          <label className="space-y-1 text-[13px] text-slate-600">
            <span className="block">{t('year')}</span>
            <Select name="year" defaultValue={year} className="w-28">
              {years.map((y) => (
                <option key={y} value={y}>
                  {y}
                </option>
              ))}
            </Select>
          </label>
          <label className="space-y-1 text-[13px] text-slate-600">
            <span className="block">{t('round')}</span>
            <Select name="round" defaultValue={round?.id ?? ''} className="w-52">
              <option value="">—</option>
              {yearRounds.map((r) => (
                <option key={r.id} value={r.id}>
                  {r.name}
                </option>
              ))}
            </Select>
          </label>
          <FilterSelect label={t('group')} name="group" value={p.group} anyLabel={t('allGroups')} className="w-40" options={UNIT_GROUPS.map((g) => ({ value: g, label: tc(`groups.${g}`) }))} />
          <button type="submit" className={buttonClass('primary')}>
            {t('apply')}
          </button>
        </form>
      </Card>

      <section aria-label={t('headline')} className="mb-5 grid grid-cols-2 gap-3 md:grid-cols-4 xl:grid-cols-7" data-testid="headline">
        {figures.map((f) => (
          <Link key={f.key} href={f.href} data-testid={`figure-${f.key}`} className="group rounded-lg border border-slate-200 bg-white px-4 py-3 shadow-sm hover:border-brand-300 hover:shadow">
            <div className="text-[13px] text-slate-500">{f.label}</div>
            <div className={cn('mt-1 text-2xl font-semibold tabular-nums text-slate-900', f.tone)} data-testid="figure-value">
              {f.value}
            </div>
            {f.hint && <div className="mt-0.5 truncate text-xs text-slate-500">{f.hint}</div>}
          </Link>
        ))}
      </section>

      <div className="mb-5 grid gap-5 xl:grid-cols-2">
        <Card title={t('byTask')}>
          <p className="mb-2 text-xs text-slate-500">{t('byTaskHint')}</p>
          <Chart
            label={t('byTask')}
            option={{
              tooltip: { trigger: 'axis' },
              grid: { left: 40, right: 16, top: 16, bottom: 32 },
              xAxis: { type: 'category', data: tasksOrder.map((x) => taskName(x.no)) },
              yAxis: { type: 'value', max: 100 },
              series: [{ type: 'bar', name: t('avgPercent'), data: tasksOrder.map((x) => x.avgPercent), itemStyle: { color: '#2f67c2' }, barMaxWidth: 36 }],
            }}
            links={[tasksOrder.map((x) => list({ task: x.taskId }))]}
          />
          <DataTable
            summary={t('tableView')}
            caption={t('byTask')}
            headers={[t('task'), t('assignments'), t('avgPercent'), t('completed'), t('red')]}
            rows={tasksOrder.map((x) => [
              <Link key="t" href={list({ task: x.taskId })} className="text-brand-700 hover:underline">
                {tc('plan.taskHeading', { no: x.no, title: localized(locale, x.title, x.titleEn) })}
              </Link>,
              x.assignments,
              x.avgPercent,
              x.completed,
              x.red,
            ])}
          />
        </Card>
        <Card title={t('states')}>
          <p className="mb-2 text-xs text-slate-500">{t('statesHint')}</p>
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
                  data: stateRows.map((s) => ({ name: stateName(s.state), value: s.n, itemStyle: { color: STATE_COLOURS[s.state ?? 'none'] } })),
                },
              ],
            }}
            links={[stateRows.map((s) => list({ state: s.state ?? 'none' }))]}
          />
          <DataTable
            summary={t('tableView')}
            caption={t('states')}
            headers={[tc('reports.state'), t('count'), t('share')]}
            rows={stateRows.map((s) => [
              <Link key="s" href={list({ state: s.state ?? 'none' })} className="text-brand-700 hover:underline">
                {stateName(s.state)}
              </Link>,
              s.n,
              `${pct(s.n, head.assignments)}%`,
            ])}
          />
        </Card>
      </div>

      <div className="mb-5 grid gap-5 xl:grid-cols-2">
        <Card title={t('trend')}>
          <p className="mb-2 text-xs text-slate-500">{t('trendHint')}</p>
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
                  series: [{ type: 'line', name: t('rate'), data: trend.map((r) => pct(r.onTime, r.owed)), itemStyle: { color: '#2f67c2' }, symbolSize: 8 }],
                }}
                links={[trend.map((r) => list({ round: r.round.id, outcome: 'missing' }))]}
              />
              <DataTable
                summary={t('tableView')}
                caption={t('trend')}
                headers={[t('round'), t('owed'), t('onTime'), t('rate')]}
                rows={trend.map((r) => [
                  <Link key="r" href={list({ round: r.round.id, outcome: 'missing' })} className="text-brand-700 hover:underline">
                    {r.round.name}
                  </Link>,
                  r.owed,
                  r.onTime,
                  `${pct(r.onTime, r.owed)}%`,
                ])}
              />
            </>
          )}
        </Card>
        <Card title={t('mostBehind')}>
          <p className="mb-2 text-xs text-slate-500">{t('mostBehindHint')}</p>
          {data.mostBehind.length === 0 ? (
            <EmptyState>{t('noData')}</EmptyState>
          ) : (
            <table className="w-full text-left text-[13px]" data-testid="most-behind">
              <caption className="sr-only">{t('mostBehind')}</caption>
              <thead>
                <tr className="border-b border-slate-200 bg-slate-50 text-slate-600">
                  <th scope="col" className="w-10 px-2 py-1.5 font-medium">#</th>
                  <th scope="col" className="px-2 py-1.5 font-medium">{t('unit')}</th>
                  <th scope="col" className="px-2 py-1.5 text-right font-medium">{t('reds')}</th>
                  <th scope="col" className="px-2 py-1.5 text-right font-medium">{t('yellows')}</th>
                  <th scope="col" className="px-2 py-1.5 text-right font-medium">{t('avgProgress')}</th>
                </tr>
              </thead>
              <tbody>
                {data.mostBehind.map((u, i) => (
                  <tr key={u.unitId} className="border-b border-slate-100">
                    <td className="px-2 py-1.5 tabular-nums text-slate-500">{i + 1}</td>
                    <th scope="row" className="px-2 py-1.5 text-left font-normal">
                      <Link href={list({ unit: u.unitId })} className="text-brand-700 hover:underline">
                        {u.name}
                      </Link>
                    </th>
                    <td className="px-2 py-1.5 text-right tabular-nums text-red-600">{u.reds}</td>
                    <td className="px-2 py-1.5 text-right tabular-nums text-amber-600">{u.yellows}</td>
                    <td className="px-2 py-1.5 text-right tabular-nums">{u.avgPercent}%</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </Card>
      </div>

      <Card title={t('heat')} className="mb-5">
        <p className="mb-2 text-xs text-slate-500">{t('heatHint')}</p>
        {heatUnits.length === 0 ? (
          <EmptyState>{t('noData')}</EmptyState>
        ) : (
          <>
            <Chart
              label={t('heat')}
              height={Math.max(220, heatUnits.length * 22 + 60)}
              option={{
                tooltip: { position: 'top' },
                grid: { left: 120, right: 16, top: 8, bottom: 48 },
                xAxis: { type: 'category', data: tasksOrder.map((x) => taskName(x.no)), splitArea: { show: true } },
                yAxis: { type: 'category', data: heatUnits.map((u) => u.name), inverse: true, splitArea: { show: true } },
                visualMap: {
                  type: 'piecewise',
                  show: false,
                  pieces: [
                    { value: 0, color: LIGHT_COLOURS.green },
                    { value: 1, color: LIGHT_COLOURS.yellow },
                    { value: 2, color: LIGHT_COLOURS.red },
                  ],
                },
                series: [
                  {
                    type: 'heatmap',
                    data: data.heat.cells.map((c) => [tasksOrder.findIndex((x) => x.taskId === c.taskId), heatUnits.findIndex((u) => u.unitId === c.unitId), ['green', 'yellow', 'red'].indexOf(c.light)]),
                    itemStyle: { borderColor: '#fff', borderWidth: 2 },
                  },
                ],
              }}
              links={[data.heat.cells.map((c) => list({ unit: c.unitId, task: c.taskId }))]}
            />
            <DataTable
              summary={t('tableView')}
              caption={t('heat')}
              headers={[t('unit'), ...tasksOrder.map((x) => taskName(x.no))]}
              rows={heatUnits.map((u) => [
                u.name,
                ...tasksOrder.map((x) => {
                  const cell = data.heat.cells.find((c) => c.unitId === u.unitId && c.taskId === x.taskId);
                  return cell ? (
                    <Link key={x.taskId} href={list({ unit: u.unitId, task: x.taskId })} data-testid="heat-cell" data-unit={u.code} data-task={x.no}>
                      <LightDot light={cell.light} label />
                    </Link>
                  ) : (
                    ''
                  );
                }),
              ])}
            />
            <nav className="no-print mt-3 flex items-center justify-between text-[13px] text-slate-600" aria-label={t('heat')}>
              <span>{t('heatPage', { from: (heatPage - 1) * HEAT_PAGE_SIZE + 1, to: (heatPage - 1) * HEAT_PAGE_SIZE + heatUnits.length })}</span>
              <span className="flex gap-2">
                {heatPage > 1 && (
                  <Link href={here({ heat: heatPage - 1 })} className={buttonClass('secondary', 'sm')}>
                    {tc('common.prev')}
                  </Link>
                )}
                {data.heat.hasNext && (
                  <Link href={here({ heat: heatPage + 1 })} className={buttonClass('secondary', 'sm')}>
                    {tc('common.next')}
                  </Link>
                )}
              </span>
            </nav>
          </>
        )}
      </Card>
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
                    data: gradeLabels.map((g) => d.grades.find((x) => x.grade === g)?.count ?? 0),
                    itemStyle: { color: ['#2f67c2', '#10b981'][i] },
                  })),
                }}
              />
              <DataTable
                summary={t('tableView')}
                caption={t('gradeDistribution')}
                headers={[t('group'), ...gradeLabels.map(grade)]}
                rows={distribution.map((d) => [tc(`groups.${d.group}`), ...gradeLabels.map((g) => d.grades.find((x) => x.grade === g)?.count ?? 0)])}
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
                            <Link href={`/assessments/${year}/units/${r.code}`} className="text-brand-700 hover:underline">
                              {r.name}
                            </Link>
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
    </div>
  );
}
