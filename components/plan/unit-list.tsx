import Link from 'next/link';

/** Unit names separated by 、; names link to the unit's page where the viewer may open it. */
export function UnitList({ units, canOpen }: { units: { unitId: number; code: string; name: string }[]; canOpen: (unitId: number) => boolean }) {
  if (units.length === 0) return <span className="text-slate-400">—</span>;
  return (
    <span className="leading-relaxed">
      {units.map((u, i) => (
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
    </span>
  );
}
