import { useTranslations } from 'next-intl';

/** Whom the office calls at a unit (联系人) and the number, dialable; a plain note when none is on file. */
export function UnitContact({ unit }: { unit: { contactName: string | null; contactPhone: string | null } }) {
  const t = useTranslations('unit');
  if (!unit.contactName && !unit.contactPhone) return <span className="text-slate-400">{t('noContact')}</span>;
  return (
    <span data-testid="unit-contact">
      {unit.contactName && <span className="text-slate-800">{unit.contactName}</span>}
      {unit.contactName && unit.contactPhone && ' '}
      {unit.contactPhone && (
        <a href={`tel:${unit.contactPhone}`} className="tabular-nums text-brand-700 hover:underline">
          {unit.contactPhone}
        </a>
      )}
    </span>
  );
}
