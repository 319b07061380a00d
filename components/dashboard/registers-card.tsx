import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { FigureTile, RateTile } from '@/components/registers/figure-tiles';
import { Badge } from '@/components/ui/badge';
import { Card, EmptyState } from '@/components/ui/card';
import { Table, Td, Th } from '@/components/ui/table';
import type { DashboardView } from '@/lib/dashboards/view';
import { filterHref } from '@/lib/list/filter';
import { registerByName } from '@/lib/registers';
import { registerFigures } from '@/lib/registers/core/figures';
import { formatRate } from '@/lib/registers/core/rate-text';
import { registerSetting } from '@/lib/registers/settings';
import { unitNames } from '@/lib/units/queries';

/** Units the panel lists (lowest rate first); the rest are one click away on the registers overview. */
const APPEARANCE_ROWS = 12;

/** The figures a leader asks about during the year, per register: counts open their records, rates stand beside them. */
const HEADLINE = [
  { register: 'litigation', figures: ['cases', 'hearings', 'appeared', 'lost'], rates: ['appearanceRate'] },
  { register: 'reconsideration', figures: ['received', 'closed', 'corrected'], rates: ['correctionRate', 'complianceRate'] },
  { register: 'documents', figures: ['published', 'filedOnTime', 'publishedUnreviewed'], rates: ['filingOnTimeRate'] },
  { register: 'decisions', figures: ['catalogued', 'legalityReviewed'], rates: [] },
] as const;

/**
 * The year's legal-work registers: key figures of 行政应诉, 行政复议, 规范性文件 and 重大行政决策, and
 * 负责人出庭应诉率 by unit with the units under the office's line marked (the ones called in for 约谈).
 * Every number opens the records behind it.
 */
export async function RegistersCard({ view }: { view: DashboardView }) {
  const t = (await getTranslations()) as unknown as (key: string, values?: Record<string, string | number>) => string;
  const { year } = view;
  const na = t('registers.notApplicable');
  const litigation = registerByName('litigation')!;
  const lit = registerFigures(litigation, year);
  const threshold = registerSetting('appearanceThreshold');
  const heard = [...lit.byUnit.entries()].filter(([, v]) => (v.hearings ?? 0) > 0);
  const names = unitNames(heard.map(([id]) => id));
  // Lowest first, in the units' order within a rate: the units under the line come first.
  const rows = heard
    .map(([id, v]) => ({ id, unit: names.get(id), hearings: v.hearings ?? 0, appeared: v.appeared ?? 0, rate: lit.rates.byUnit.get(id)?.appearanceRate ?? null }))
    .sort((a, b) => (a.rate ?? 1) - (b.rate ?? 1) || (a.unit?.sortOrder ?? 0) - (b.unit?.sortOrder ?? 0))
    .slice(0, APPEARANCE_ROWS);
  return (
    <Card
      title={t('registers.dashboard.title', { year })}
      actions={
        <Link href={filterHref('/registers', { year })} className="text-[13px] text-brand-700 hover:underline">
          {t('registers.overviewTitle')}
        </Link>
      }
    >
      <div className="grid gap-5 xl:grid-cols-2" data-testid="dashboard-registers">
        <div className="space-y-4">
          {HEADLINE.map((h) => {
            const register = registerByName(h.register)!;
            const f = registerFigures(register, year);
            const path = `/registers/${register.name}`;
            return (
              <section key={h.register}>
                <h3 className="mb-1.5 text-[13px] font-medium text-slate-700">{t(`registers.${register.name}.title`)}</h3>
                <div className="flex flex-wrap gap-2">
                  {h.rates.map((r) => (
                    <RateTile key={r} compact label={t(`registers.${register.name}.rates.${r}`)} value={formatRate(f.rates.city[r] ?? null, na)} testId={`dashboard-rate-${register.name}-${r}`} />
                  ))}
                  {h.figures.map((key) => (
                    <FigureTile
                      key={key}
                      compact
                      href={filterHref(path, { year, figure: key })}
                      label={t(`registers.${register.name}.figures.${key}`)}
                      value={f.city[key] ?? 0}
                      testId={`dashboard-figure-${register.name}-${key}`}
                    />
                  ))}
                </div>
              </section>
            );
          })}
        </div>
        <div>
          <h3 className="mb-1 text-[13px] font-medium text-slate-700">{t('registers.dashboard.appearanceByUnit')}</h3>
          <p className="mb-2 text-xs text-slate-500">{t('registers.dashboard.appearanceHint', { threshold })}</p>
          {rows.length === 0 ? (
            <EmptyState>{t('registers.dashboard.noHearings', { year })}</EmptyState>
          ) : (
            <Table caption={t('registers.dashboard.appearanceByUnit')}>
              <thead>
                <tr>
                  <Th>{t('registers.litigation.unit')}</Th>
                  <Th className="text-right">{t('registers.litigation.figures.hearings')}</Th>
                  <Th className="text-right">{t('registers.litigation.figures.appeared')}</Th>
                  <Th className="text-right">{t('registers.litigation.rates.appearanceRate')}</Th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => {
                  const below = row.rate !== null && row.rate * 100 < threshold;
                  const link = (figure: string, n: number) => (
                    <Link href={filterHref('/registers/litigation', { year, figure, unit: row.unit?.code })} className="text-brand-700 hover:underline">
                      {n}
                    </Link>
                  );
                  return (
                    <tr key={row.id} data-unit={row.unit?.code} data-below={below ? 'true' : undefined}>
                      <Td className="whitespace-nowrap">{row.unit?.name ?? row.id}</Td>
                      <Td className="text-right tabular-nums">{link('hearings', row.hearings)}</Td>
                      <Td className="text-right tabular-nums">{link('appeared', row.appeared)}</Td>
                      <Td className="text-right tabular-nums">
                        {below && (
                          <Badge tone="red" className="mr-2">
                            {t('registers.dashboard.below', { threshold })}
                          </Badge>
                        )}
                        {formatRate(row.rate, na)}
                      </Td>
                    </tr>
                  );
                })}
              </tbody>
            </Table>
          )}
          {heard.length > rows.length && (
            <p className="mt-2 text-[13px]">
              <Link href={filterHref('/registers', { year, by: 'litigation' })} className="text-brand-700 hover:underline">
                {t('registers.dashboard.allUnits', { count: heard.length })}
              </Link>
            </p>
          )}
        </div>
      </div>
    </Card>
  );
}
