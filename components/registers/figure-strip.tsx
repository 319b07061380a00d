import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { can } from '@/lib/auth/permissions';
import type { CurrentUser } from '@/lib/auth/session';
import { filterHref } from '@/lib/list/filter';
import type { Register } from '@/lib/registers/core/define';
import { registerFigures } from '@/lib/registers/core/figures';
import { formatRate } from '@/lib/registers/core/rate-text';

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
          <div key={r.key} className="min-w-32 rounded-lg border border-brand-200 bg-brand-50 px-3 py-2" data-testid={`rate-${r.key}`}>
            <div className="text-xs text-slate-600">{t(`registers.${register.name}.rates.${r.key}`)}</div>
            <div className="text-lg font-semibold tabular-nums text-slate-900" title={rates[r.key] == null ? t('registers.notApplicableHint') : undefined}>
              {formatRate(rates[r.key] ?? null, t('registers.notApplicable'))}
            </div>
          </div>
        ))}
        {register.figures.map((f) => (
          <Link
            key={f.key}
            href={filterHref(path, { year, figure: f.key })}
            className="min-w-28 rounded-lg border border-slate-200 bg-white px-3 py-2 hover:border-brand-300"
            data-testid={`figure-${f.key}`}
          >
            <div className="text-xs text-slate-500">{t(`registers.${register.name}.figures.${f.key}`)}</div>
            <div className="text-lg font-semibold tabular-nums text-slate-900">{values[f.key] ?? 0}</div>
          </Link>
        ))}
      </div>
    </section>
  );
}
