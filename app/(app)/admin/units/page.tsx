import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { DataTable } from '@/components/list/data-table';
import { ListFilters } from '@/components/list/list-filters';
import { Badge } from '@/components/ui/badge';
import { LinkButton } from '@/components/ui/button';
import { Card, PageHeader } from '@/components/ui/card';
import { Pager } from '@/components/ui/pagination';
import { UNIT_GROUPS } from '@/db/schema/enums';
import { requireRoute } from '@/lib/auth/gate';
import { parseFilter, type SearchParams } from '@/lib/list/filter';
import { listUnitsForAdmin, unitAdminFilterShape } from '@/lib/units/queries';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('admin'))('unitsTitle') };
}

export default async function UnitsAdminPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requireRoute('/admin/units');
  const t = await getTranslations();
  const filter = parseFilter(unitAdminFilterShape, await searchParams);
  const list = listUnitsForAdmin(filter);
  type Row = (typeof list.rows)[number];

  return (
    <>
      <PageHeader
        title={t('admin.unitsTitle')}
        subtitle={t('admin.unitsSubtitle')}
        actions={
          <>
            <LinkButton href="/admin/units/contacts/import">{t('admin.contactsImport.link')}</LinkButton>
            <LinkButton href="/admin/units/new" variant="primary">
              {t('admin.newUnit')}
            </LinkButton>
          </>
        }
      />
      <Card>
        <ListFilters
          values={filter}
          resetHref="/admin/units"
          fields={[
            { kind: 'text', name: 'q', label: t('admin.searchUnits'), className: 'w-72' },
            { kind: 'select', name: 'group', label: t('admin.filterGroup'), className: 'w-44', options: UNIT_GROUPS.map((g) => ({ value: g, label: t(`groups.${g}`) })) },
          ]}
        />
        <DataTable<Row>
          rows={list.rows}
          rowKey={(r) => r.unit.id}
          caption={t('admin.unitsTitle')}
          empty={t('admin.noUnits')}
          testId="unit-row"
          columns={[
            { key: 'code', header: t('admin.code'), className: 'font-mono text-[13px]', cell: (r) => r.unit.code },
            { key: 'name', header: t('admin.name'), className: 'whitespace-nowrap', cell: (r) => r.unit.name },
            { key: 'fullName', header: t('admin.fullName'), className: 'text-slate-600', cell: (r) => r.unit.fullName },
            { key: 'kind', header: t('admin.kind'), className: 'whitespace-nowrap', cell: (r) => t(`unitKinds.${r.unit.kind}`) },
            { key: 'group', header: t('admin.group'), className: 'whitespace-nowrap', cell: (r) => t(`groups.${r.unit.group}`) },
            { key: 'enforcement', header: t('unit.enforcement'), cell: (r) => (r.unit.enforcement ? t('unit.hasEnforcement') : t('unit.noEnforcement')) },
            { key: 'users', header: t('admin.userCount'), align: 'right', cell: (r) => r.userCount },
            { key: 'status', header: t('common.status'), cell: (r) => <Badge tone={r.unit.active ? 'green' : 'neutral'}>{r.unit.active ? t('common.active') : t('common.inactive')}</Badge> },
            {
              key: 'edit',
              header: t('common.actions'),
              align: 'right',
              cell: (r) => (
                <Link href={`/admin/units/${r.unit.id}`} className="text-brand-700 hover:underline">
                  {t('common.edit')}
                </Link>
              ),
            },
          ]}
        />
        <Pager list={list} path="/admin/units" filter={filter} />
      </Card>
    </>
  );
}
