import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { buttonClass } from '@/components/ui/button';
import { FilterInput, FilterSelect } from '@/components/ui/filter-field';

/** One control of a list's filter bar. Select options are `{ value, label }`; `any` adds an "all" choice. */
export type FilterDef =
  | { kind: 'text'; name: string; label: string; placeholder?: string; className?: string }
  | { kind: 'date'; name: string; label: string; className?: string }
  | { kind: 'select'; name: string; label: string; options: { value: string | number; label: string }[]; any?: boolean; className?: string; fallback?: string | number };

/**
 * A list's filter bar: a GET form (the filter lives in the URL, so a filtered list can be bookmarked
 * and shared), a search button, and a reset link when anything is set.
 */
export async function ListFilters({ fields, values, resetHref, children }: { fields: FilterDef[]; values: Record<string, unknown>; resetHref?: string; children?: React.ReactNode }) {
  const t = await getTranslations('common');
  const value = (name: string) => {
    const v = values[name];
    return v === undefined || v === null || typeof v === 'object' ? undefined : String(v);
  };
  const anySet = fields.some((f) => value(f.name) !== undefined);
  return (
    <form className="mb-4 flex flex-wrap items-end gap-2" role="search">
      {fields.map((f) =>
        f.kind === 'select' ? (
          <FilterSelect key={f.name} label={f.label} name={f.name} value={value(f.name) ?? f.fallback} options={f.options} anyLabel={f.any === false ? undefined : t('all')} className={f.className} />
        ) : (
          <FilterInput key={f.name} label={f.label} name={f.name} value={value(f.name)} type={f.kind} className={f.className} placeholder={f.kind === 'text' ? f.placeholder : undefined} />
        ),
      )}
      {children}
      <button type="submit" className={buttonClass('secondary')}>
        {t('search')}
      </button>
      {resetHref && anySet && (
        <Link href={resetHref} className={buttonClass('ghost')}>
          {t('reset')}
        </Link>
      )}
    </form>
  );
}
