import { getTranslations } from 'next-intl/server';
import { can } from '@/lib/auth/permissions';
import type { CurrentUser } from '@/lib/auth/session';
import { filterHref } from '@/lib/list/filter';
import type { Register } from '@/lib/registers/core/define';
import { registerFigures } from '@/lib/registers/core/figures';
import { formatRate } from '@/lib/registers/core/rate-text';
import { FigureTile, RateTile } from './figure-tiles';

/**
 * A register's figures for a year, each linking to the records behind it: the city's for those who
 * read every unit, the user's own unit's for a reporting officer.
 */
export async function FigureStrip({ user, register, year, unitId }: { user: CurrentUser; register: Register; year: number; unitId?: number }) {
  const t = (await getTranslations()) as unknown as (key: string, values?: Record<string, string | number>) => string;
  const all = registerFigures(register, year);
  const own = !can(user.role, 'register.read.all') ? user.unitId : unitId;
  const values = own ? (all.byUnit.get(own) ?? Object.fromEntries(register.figures.map((f) => [f.key, 0]))) : all.city;
  const rates = own ? (all.rates.byUnit.get(own) ?? Object.fromEntries((register.rates ?? []).map((r) => [r.key, null]))) : all.rates.city;
  const path = `/registers/${register.name}`;
  const scope = own ? (own === user.unitId ? t('registers.unitOwn') : undefined) : t('registers.cityTotal');
  return (
    <section aria-label={t('registers.figuresOf', { year })} className="mb-5" data-testid="figure-strip" data-register={register.name}>
      <div className="mb-2 text-[13px] text-slate-500">
        {t('registers.figuresOf', { year })}
        {scope && ` · ${scope}`}
      </div>
      <div className="flex flex-wrap gap-2">
        {(register.rates ?? []).map((r) => (
          <RateTile
            key={r.key}
            label={t(`registers.${register.name}.rates.${r.key}`)}
            value={formatRate(rates[r.key] ?? null, t('registers.notApplicable'))}
            title={rates[r.key] == null ? t('registers.notApplicableHint') : undefined}
            testId={`rate-${r.key}`}
          />
        ))}
        {register.figures.map((f) => (
          <FigureTile key={f.key} href={filterHref(path, { year, figure: f.key })} label={t(`registers.${register.name}.figures.${f.key}`)} value={values[f.key] ?? 0} testId={`figure-${f.key}`} />
        ))}
      </div>
    </section>
  );
}
