import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { Badge } from '@/components/ui/badge';
import { LinkButton, buttonClass } from '@/components/ui/button';
import { Card, EmptyState, PageHeader } from '@/components/ui/card';
import { Input, Select } from '@/components/ui/field';
import { Pagination, pageParam } from '@/components/ui/pagination';
import { Table, Td, Th } from '@/components/ui/table';
import { UNIT_GROUPS, type UnitGroup } from '@/db/schema/enums';
import { requireRoute } from '@/lib/auth/gate';
import { UNITS_PAGE_SIZE, listUnitsForAdmin } from '@/lib/units/queries';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('admin'))('unitsTitle') };
}

type Props = { searchParams: Promise<{ q?: string; group?: string; page?: string }> };

export default async function UnitsAdminPage({ searchParams }: Props) {
  await requireRoute('/admin/units');
  const t = await getTranslations();
  const sp = await searchParams;
  const q = (sp.q ?? '').trim().slice(0, 64);
  const group = (UNIT_GROUPS as readonly string[]).includes(sp.group ?? '') ? (sp.group as UnitGroup) : undefined;
  const page = pageParam(sp.page);
  const { rows, total } = listUnitsForAdmin({ q: q || undefined, group, page });

  return (
    <>
      <PageHeader
        title={t('admin.unitsTitle')}
        subtitle={t('admin.unitsSubtitle')}
        actions={
          <LinkButton href="/admin/units/new" variant="primary">
            {t('admin.newUnit')}
          </LinkButton>
        }
      />
      <Card>
        <form className="mb-4 flex flex-wrap items-end gap-2" role="search">
          <Input name="q" defaultValue={q} placeholder={t('admin.searchUnits')} aria-label={t('admin.searchUnits')} className="w-72" maxLength={64} />
          <Select name="group" defaultValue={group ?? ''} aria-label={t('admin.filterGroup')} className="w-44">
            <option value="">{t('common.all')}</option>
            {UNIT_GROUPS.map((g) => (
              <option key={g} value={g}>
                {t(`groups.${g}`)}
              </option>
            ))}
          </Select>
          <button type="submit" className={buttonClass('secondary')}>
            {t('common.search')}
          </button>
          {(q || group) && (
            <Link href="/admin/units" className={buttonClass('ghost')}>
              {t('common.reset')}
            </Link>
          )}
        </form>
        {rows.length === 0 ? (
          <EmptyState>{t('admin.noUnits')}</EmptyState>
        ) : (
          <Table caption={t('admin.unitsTitle')}>
            <thead>
              <tr>
                <Th>{t('admin.code')}</Th>
                <Th>{t('admin.name')}</Th>
                <Th>{t('admin.fullName')}</Th>
                <Th>{t('admin.kind')}</Th>
                <Th>{t('admin.group')}</Th>
                <Th>{t('unit.enforcement')}</Th>
                <Th className="text-right">{t('admin.userCount')}</Th>
                <Th>{t('common.status')}</Th>
                <Th className="text-right">{t('common.actions')}</Th>
              </tr>
            </thead>
            <tbody>
              {rows.map(({ unit, userCount }) => (
                <tr key={unit.id} className="hover:bg-slate-50" data-testid="unit-row">
                  <Td className="font-mono text-[13px]">{unit.code}</Td>
                  <Td className="whitespace-nowrap">{unit.name}</Td>
                  <Td className="text-slate-600">{unit.fullName}</Td>
                  <Td className="whitespace-nowrap">{t(`unitKinds.${unit.kind}`)}</Td>
                  <Td className="whitespace-nowrap">{t(`groups.${unit.group}`)}</Td>
                  <Td>{unit.enforcement ? t('unit.hasEnforcement') : t('unit.noEnforcement')}</Td>
                  <Td className="text-right tabular-nums">{userCount}</Td>
                  <Td>
                    <Badge tone={unit.active ? 'green' : 'neutral'}>{unit.active ? t('common.active') : t('common.inactive')}</Badge>
                  </Td>
                  <Td className="text-right">
                    <Link href={`/admin/units/${unit.id}`} className="text-brand-700 hover:underline">
                      {t('common.edit')}
                    </Link>
                  </Td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
        <Pagination page={page} total={total} pageSize={UNITS_PAGE_SIZE} params={{ q, group }} path="/admin/units" />
      </Card>
    </>
  );
}
