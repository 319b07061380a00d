import { getTranslations } from 'next-intl/server';
import { Card, EmptyState } from '@/components/ui/card';
import type { DashboardView } from '@/lib/dashboards/view';
import { CardHint, FigureLink } from './parts';

/** The ten units furthest behind: most red lights, then yellow, then the lowest average progress. */
export async function MostBehindCard({ view }: { view: DashboardView }) {
  const t = await getTranslations('dashboard');
  const units = view.figures().mostBehind;
  return (
    <Card title={t('mostBehind')}>
      <CardHint>{t('mostBehindHint')}</CardHint>
      {units.length === 0 ? (
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
            {units.map((u, i) => (
              <tr key={u.unitId} className="border-b border-slate-100">
                <td className="px-2 py-1.5 tabular-nums text-slate-500">{i + 1}</td>
                <th scope="row" className="px-2 py-1.5 text-left font-normal">
                  <FigureLink href={view.drill({ unit: u.unitId })}>{u.name}</FigureLink>
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
  );
}
