import { getLocale, getTranslations } from 'next-intl/server';
import { buttonClass } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { FilterSelect } from '@/components/ui/filter-field';
import { UNIT_GROUPS } from '@/db/schema/enums';
import type { DashboardView } from '@/lib/dashboards/view';
import { localized } from '@/lib/i18n/localized';
import { listPlans } from '@/lib/plans/queries';

/** The plan, year, round and unit group the dashboard shows (a GET form: the choice is in the URL). */
export async function DashboardFilters({ view }: { view: DashboardView }) {
  const t = await getTranslations('dashboard');
  const tc = await getTranslations();
  const locale = await getLocale();
  return (
    <Card className="no-print mb-5">
      <form className="flex flex-wrap items-end gap-3" role="search">
        <FilterSelect label={t('plan')} name="plan" value={view.plan.id} className="w-72" options={listPlans().map((x) => ({ value: x.id, label: localized(locale, x.title, x.titleEn) }))} />
        <FilterSelect label={t('year')} name="year" value={view.year} className="w-28" options={view.years.map((y) => ({ value: y, label: String(y) }))} />
        <FilterSelect label={t('round')} name="round" value={view.round?.id} anyLabel="—" className="w-52" options={view.rounds.map((r) => ({ value: r.id, label: r.name }))} />
        <FilterSelect label={t('group')} name="group" value={view.group} anyLabel={t('allGroups')} className="w-40" options={UNIT_GROUPS.map((g) => ({ value: g, label: tc(`groups.${g}`) }))} />
        <button type="submit" className={buttonClass('primary')}>
          {t('apply')}
        </button>
      </form>
      <p className="mt-3 text-xs text-slate-500" data-testid="current-note">
        {t('currentNote', { year: view.year })}
      </p>
    </Card>
  );
}
