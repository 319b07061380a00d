import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { ListFilters } from '@/components/list/list-filters';
import { FigureStrip } from '@/components/registers/figure-strip';
import { UnitFigures } from '@/components/registers/unit-figures';
import { Card, PageHeader } from '@/components/ui/card';
import { requireRoute } from '@/lib/auth/gate';
import { can } from '@/lib/auth/permissions';
import { filterHref, parseFilter, qs, type SearchParams } from '@/lib/list/filter';
import { defaultRegisterYear, registerYears } from '@/lib/registers/core/years';
import { REGISTERS, registerByName } from '@/lib/registers';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('registers'))('title') };
}

/** Every register's figures for a year, each figure one click from its records; by unit on request. */
export default async function RegistersOverviewPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requireRoute('/registers');
  const t = (await getTranslations()) as unknown as (key: string, values?: Record<string, string | number>) => string;
  const years = registerYears();
  const filter = parseFilter({ year: qs.year(), by: qs.text(32) }, await searchParams, 'upage');
  const year = filter.year ?? defaultRegisterYear();
  const by = filter.by ? registerByName(filter.by) : undefined;
  const allUnits = can(user.role, 'register.read.all');
  return (
    <>
      <PageHeader
        title={t('registers.overviewTitle')}
        subtitle={t('registers.overviewSubtitle', { year })}
        actions={
          can(user.role, 'register.configure') && (
            <Link href="/registers/campaigns" className="text-[13px] text-brand-700 hover:underline">
              {t('registers.settingsTitle')}
            </Link>
          )
        }
      />
      <Card className="mb-5">
        <ListFilters values={{ year }} fields={[{ kind: 'select', name: 'year', label: t('registers.year'), className: 'w-28', any: false, options: years.map((y) => ({ value: y, label: String(y) })) }]} />
      </Card>
      <div className="space-y-5">
        {REGISTERS.map((register) => (
          <Card
            key={register.name}
            title={
              <Link href={filterHref(`/registers/${register.name}`, { year })} className="hover:text-brand-700 hover:underline">
                {t(`registers.${register.name}.title`)}
              </Link>
            }
            actions={
              allUnits && (
                <Link href={filterHref('/registers', { year, by: register.name })} className="text-[13px] text-brand-700 hover:underline" scroll={false}>
                  {t('registers.byUnit')}
                </Link>
              )
            }
          >
            <FigureStrip user={user} register={register} year={year} />
            {by?.name === register.name && allUnits && <UnitFigures register={register} year={year} page={filter.page} />}
          </Card>
        ))}
      </div>
    </>
  );
}
