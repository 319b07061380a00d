import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { cn } from '@/components/ui/cn';
import { pct, type DashboardView } from '@/lib/dashboards/view';
import { CurrentTag } from './parts';

/**
 * The seven headline numbers, each a link to the assignments it counts. All but the on-time rate
 * (the chosen round's) are today's state and carry the 当前 tag.
 */
export async function HeadlineFigures({ view }: { view: DashboardView }) {
  const t = await getTranslations('dashboard');
  const { head } = view.figures();
  const { round, drill } = view;
  const onTimeRate = view.onTimeRate();
  const figures: { key: string; label: string; value: string | number; hint?: string; href: string; tone?: string; byYear?: boolean }[] = [
    { key: 'assignments', label: t('assignments'), value: head.assignments, href: drill({}) },
    { key: 'completed', label: t('completed'), value: head.completed, hint: t('completedShare', { percent: pct(head.completed, head.assignments) }), href: drill({ state: 'completed' }) },
    {
      key: 'onTime',
      label: t('onTimeRate'),
      value: onTimeRate === null ? '—' : `${onTimeRate}%`,
      hint: round ? t('onTimeOf', { round: round.name }) : t('noRound'),
      href: round ? drill({ round: round.id, outcome: 'missing' }) : drill({}),
      byYear: true,
    },
    { key: 'red', label: t('red'), value: head.red, href: drill({ light: 'red' }), tone: 'text-red-600' },
    { key: 'yellow', label: t('yellow'), value: head.yellow, href: drill({ light: 'yellow' }), tone: 'text-amber-600' },
    { key: 'green', label: t('green'), value: head.green, href: drill({ light: 'green' }), tone: 'text-emerald-600' },
    { key: 'redUnits', label: t('redUnits'), value: head.redUnits, href: drill({ light: 'red' }), tone: 'text-red-600' },
  ];
  return (
    <section aria-label={t('headline')} className="mb-5 grid grid-cols-2 gap-3 md:grid-cols-4 xl:grid-cols-7" data-testid="headline">
      {figures.map((f) => (
        <Link key={f.key} href={f.href} data-testid={`figure-${f.key}`} className="group rounded-lg border border-slate-200 bg-white px-4 py-3 shadow-sm hover:border-brand-300 hover:shadow">
          <div className="flex items-start justify-between gap-1 text-[13px] text-slate-500">
            <span>{f.label}</span>
            {!f.byYear && <CurrentTag className="shrink-0 text-[11px]" />}
          </div>
          <div className={cn('mt-1 text-2xl font-semibold tabular-nums text-slate-900', f.tone)} data-testid="figure-value">
            {f.value}
          </div>
          {f.hint && <div className="mt-0.5 truncate text-xs text-slate-500">{f.hint}</div>}
        </Link>
      ))}
    </section>
  );
}
