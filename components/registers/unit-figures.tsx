import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { Pager } from '@/components/ui/pagination';
import { Table, Td, Th } from '@/components/ui/table';
import { filterHref } from '@/lib/list/filter';
import { paginate, sqlPageable } from '@/lib/list/paginate';
import type { Register } from '@/lib/registers/core/define';
import { registerFigures } from '@/lib/registers/core/figures';
import { formatRate } from '@/lib/registers/core/rate-text';
import { unitNames } from '@/lib/units/queries';

/** Units a page of the by-unit table shows: a province has thousands. */
export const UNIT_FIGURES_PAGE_SIZE = 50;

/** A register's figures for a year by unit (units with records, in the units' order, paged), each count linking to that unit's records behind it. */
export async function UnitFigures({ register, year, page }: { register: Register; year: number; page: number }) {
  const t = (await getTranslations()) as unknown as (key: string, values?: Record<string, string | number>) => string;
  const figures = registerFigures(register, year);
  const names = unitNames([...figures.byUnit.keys()]);
  const all = [...figures.byUnit.entries()].sort((a, b) => (names.get(a[0])?.sortOrder ?? 0) - (names.get(b[0])?.sortOrder ?? 0) || a[0] - b[0]);
  const list = paginate(sqlPageable((limit, offset) => all.slice(offset, offset + limit)), page, UNIT_FIGURES_PAGE_SIZE, () => all.length);
  const rows = list.rows;
  const path = `/registers/${register.name}`;
  return (
    <div className="mt-4" data-testid="unit-figures">
      <Table caption={`${t(`registers.${register.name}.title`)} · ${t('registers.byUnit')}`}>
        <thead>
          <tr>
            <Th>{t(`registers.${register.name}.unit`)}</Th>
            {(register.rates ?? []).map((r) => (
              <Th key={r.key} className="text-right">
                {t(`registers.${register.name}.rates.${r.key}`)}
              </Th>
            ))}
            {register.figures.map((f) => (
              <Th key={f.key} className="text-right">
                {t(`registers.${register.name}.figures.${f.key}`)}
              </Th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map(([unitId, values]) => {
            const unit = names.get(unitId);
            const rates = figures.rates.byUnit.get(unitId) ?? {};
            return (
              <tr key={unitId} data-unit={unit?.code}>
                <Td className="whitespace-nowrap">{unit?.name ?? unitId}</Td>
                {(register.rates ?? []).map((r) => (
                  <Td key={r.key} className="text-right tabular-nums">
                    {formatRate(rates[r.key] ?? null, t('registers.notApplicable'))}
                  </Td>
                ))}
                {register.figures.map((f) => (
                  <Td key={f.key} className="text-right tabular-nums">
                    {values[f.key] ? (
                      <Link href={filterHref(path, { year, figure: f.key, unit: unit?.code })} className="text-brand-700 hover:underline">
                        {values[f.key]}
                      </Link>
                    ) : (
                      0
                    )}
                  </Td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </Table>
      <Pager list={list} path="/registers" filter={{ year, by: register.name }} pageKey="upage" />
    </div>
  );
}
