import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { DataTable, type Column } from '@/components/list/data-table';
import { ListFilters, type FilterDef } from '@/components/list/list-filters';
import { FigureStrip } from '@/components/registers/figure-strip';
import { RecordFlag } from '@/components/registers/record-flag';
import { Alert } from '@/components/ui/alert';
import { Badge } from '@/components/ui/badge';
import { LinkButton } from '@/components/ui/button';
import { Card, PageHeader } from '@/components/ui/card';
import { Pager } from '@/components/ui/pagination';
import { requireRoute } from '@/lib/auth/gate';
import { can } from '@/lib/auth/permissions';
import type { Locale } from '@/lib/i18n/config';
import { filterHref, type SearchParams } from '@/lib/list/filter';
import { fieldLabel, valueFormatter } from '@/lib/registers/core/format';
import { refOptions } from '@/lib/registers/core/refs';
import { listRecords, parseRecordFilter, type RecordRow } from '@/lib/registers/core/queries';
import { shanghaiToday } from '@/lib/registers/core/rules';
import { registerYears } from '@/lib/registers/core/years';
import { registerSettings } from '@/lib/registers/settings';
import { registerByName } from '@/lib/registers';

type Props = { params: Promise<{ name: string }>; searchParams: Promise<SearchParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const register = registerByName((await params).name);
  const t = await getTranslations();
  return { title: register ? t(`registers.${register.name}.title` as never) : t('registers.title') };
}

export default async function RegisterListPage({ params, searchParams }: Props) {
  const user = await requireRoute('/registers/[name]');
  const register = registerByName((await params).name);
  if (!register) notFound();
  const t = (await getTranslations()) as unknown as (key: string, values?: Record<string, string | number>) => string;
  const locale = (await getLocale()) as Locale;
  const filter = parseRecordFilter(register, await searchParams);
  const list = listRecords(user, register, filter);
  const format = valueFormatter(register, t, locale);
  const path = `/registers/${register.name}`;
  const allUnits = can(user.role, 'register.read.all');
  const figure = typeof filter.figure === 'string' ? register.figures.find((f) => f.key === filter.figure) : undefined;

  const settings = registerSettings();
  const today = shanghaiToday();

  const fields: FilterDef[] = [
    { kind: 'select', name: 'year', label: t('registers.year'), className: 'w-28', options: registerYears().map((y) => ({ value: y, label: String(y) })) },
    ...(allUnits ? [{ kind: 'text' as const, name: 'unit', label: t(`registers.${register.name}.unit`), className: 'w-36', placeholder: t('review.unitHint') }] : []),
    { kind: 'text', name: 'q', label: t('registers.search'), className: 'w-48', placeholder: t('registers.searchHint') },
    ...register.fields.flatMap((f): FilterDef[] => {
      if (f.type === 'enum' && f.filter) return [{ kind: 'select', name: f.key, label: fieldLabel(register, f, t), className: 'w-36', options: f.options.map((o) => ({ value: o, label: t(`registers.options.${f.optionSet}.${o}`) })) }];
      if (f.type === 'bool' && f.filter) return [{ kind: 'select', name: f.key, label: fieldLabel(register, f, t), className: 'w-28', options: [{ value: '1', label: t('registers.yes') }, { value: '0', label: t('registers.no') }] }];
      if (f.type === 'ref' && f.filter) return [{ kind: 'select', name: f.key, label: fieldLabel(register, f, t), className: 'w-56', options: refOptions(f.ref) }];
      return [];
    }),
  ];

  const columns: Column<RecordRow & { withheld: string[] }>[] = [
    { key: 'unit', header: t(`registers.${register.name}.unit`), className: 'whitespace-nowrap', cell: (r) => r.unitName },
    ...register.fields
      .filter((f) => f.list)
      .map((f) => ({
        key: f.key,
        header: fieldLabel(register, f, t),
        className: f.type === 'day' || f.type === 'enum' || f.type === 'bool' ? 'whitespace-nowrap' : undefined,
        cell: (r: RecordRow & { withheld: string[] }) => format(f, r[f.key], r.withheld.includes(f.key)),
      })),
    ...(register.flag
      ? [
          {
            key: 'flag',
            header: t('registers.state'),
            className: 'whitespace-nowrap',
            cell: (r: RecordRow & { withheld: string[] }) => <RecordFlag register={register} row={r} settings={settings} today={today} t={t} />,
          },
        ]
      : []),
    {
      key: 'open',
      header: t('common.actions'),
      align: 'right',
      cell: (r) => (
        <Link href={`${path}/${r.id}`} className="text-brand-700 hover:underline">
          {t('registers.open')}
        </Link>
      ),
    },
  ];

  return (
    <>
      <PageHeader
        title={t(`registers.${register.name}.title`)}
        subtitle={
          <>
            <Link href="/registers" className="hover:text-brand-700 hover:underline">
              {t('registers.title')}
            </Link>
            {' · '}
            {t(`registers.${register.name}.subtitle`)}
          </>
        }
        actions={
          <>
            {can(user.role, 'register.import') && (
              <LinkButton href={`${path}/import`} variant="secondary">
                {t('registers.import')}
              </LinkButton>
            )}
            <a href={filterHref(`${path}/export`, filter)} className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm text-slate-700 shadow-sm hover:bg-slate-50" download>
              {t('registers.export')}
            </a>
            {can(user.role, 'register.write') && (
              <LinkButton href={`${path}/new`} variant="primary">
                {t('registers.new')}
              </LinkButton>
            )}
          </>
        }
      />
      {typeof filter.year === 'number' && !figure && <FigureStrip user={user} register={register} year={filter.year} />}
      <Card>
        {figure && typeof filter.year === 'number' && (
          <Alert tone="info" className="mb-4">
            {t('registers.drilldownOf', { figure: t(`registers.${register.name}.figures.${figure.key}`), year: filter.year })}{' '}
            <Link href={filterHref(path, { year: filter.year })} className="text-brand-700 underline">
              {t('registers.clearFigure')}
            </Link>
          </Alert>
        )}
        <ListFilters values={filter} resetHref={path} fields={fields}>
          <input type="hidden" name="figure" value={figure?.key ?? ''} />
        </ListFilters>
        <div className="mb-3 flex items-center gap-3 text-[13px]">
          <Link href={filterHref(path, { ...filter, archived: undefined, page: 1 })} aria-current={!filter.archived ? 'page' : undefined} className={filter.archived ? 'text-brand-700 hover:underline' : 'font-medium text-slate-900'}>
            {t('registers.activeList')}
          </Link>
          <Link href={filterHref(path, { ...filter, archived: true, page: 1 })} aria-current={filter.archived ? 'page' : undefined} className={filter.archived ? 'font-medium text-slate-900' : 'text-brand-700 hover:underline'}>
            {t('registers.archivedList')}
          </Link>
          {filter.archived && <Badge tone="neutral">{t('registers.archivedBadge')}</Badge>}
        </div>
        <DataTable rows={list.rows} rowKey={(r) => r.id} caption={t(`registers.${register.name}.title`)} empty={t('registers.noRecords')} testId="record-row" columns={columns} />
        <Pager list={list} path={path} filter={filter} />
      </Card>
    </>
  );
}
