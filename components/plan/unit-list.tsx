import Link from 'next/link';
import { useTranslations } from 'next-intl';

/**
 * Unit names separated by 、; names link to the unit's page where the viewer may open it. Long lists
 * (a province has hundreds of units on one measure) stop at `max` with a count and a link to the rest.
 */
export function UnitList({
  units,
  canOpen,
  max = 10,
  total = units.length,
  moreHref,
}: {
  units: { unitId: number; code: string; name: string }[];
  canOpen: (unitId: number) => boolean;
  max?: number;
  /** All the units, when `units` is already only the first of them. */
  total?: number;
  moreHref?: string;
}) {
  const t = useTranslations('board');
  if (units.length === 0) return <span className="text-slate-400">—</span>;
  const shown = units.slice(0, max);
  const more = total - shown.length;
  return (
    <span className="leading-relaxed">
      {shown.map((u, i) => (
        <span key={u.unitId}>
          {i > 0 && <span className="text-slate-400">、</span>}
          {canOpen(u.unitId) ? (
            <Link href={`/units/${u.code}`} className="text-brand-700 hover:underline">
              {u.name}
            </Link>
          ) : (
            u.name
          )}
        </span>
      ))}
      {more > 0 &&
        (moreHref ? (
          <Link href={moreHref} className="ml-1 text-slate-500 hover:underline">
            {t('moreUnits', { count: total })}
          </Link>
        ) : (
          <span className="ml-1 text-slate-500">{t('moreUnits', { count: total })}</span>
        ))}
    </span>
  );
}
