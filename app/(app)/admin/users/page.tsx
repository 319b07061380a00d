import type { Metadata } from 'next';
import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { Badge } from '@/components/ui/badge';
import { LinkButton, buttonClass } from '@/components/ui/button';
import { Card, EmptyState, PageHeader } from '@/components/ui/card';
import { Input, Select } from '@/components/ui/field';
import { Pagination, pageParam } from '@/components/ui/pagination';
import { Table, Td, Th } from '@/components/ui/table';
import { requireRoute } from '@/lib/auth/gate';
import { ROLES, type Role } from '@/lib/auth/roles';
import { formatDateTime } from '@/lib/i18n/format';
import { USERS_PAGE_SIZE, listUsers } from '@/lib/users/queries';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('admin'))('usersTitle') };
}

type Props = { searchParams: Promise<{ q?: string; role?: string; page?: string }> };

export default async function UsersPage({ searchParams }: Props) {
  await requireRoute('/admin/users');
  const t = await getTranslations();
  const locale = await getLocale();
  const sp = await searchParams;
  const q = (sp.q ?? '').trim().slice(0, 64);
  const role = (ROLES as readonly string[]).includes(sp.role ?? '') ? (sp.role as Role) : undefined;
  const page = pageParam(sp.page);
  const { rows, total } = listUsers({ q: q || undefined, role, page });

  return (
    <>
      <PageHeader
        title={t('admin.usersTitle')}
        subtitle={t('admin.usersSubtitle')}
        actions={
          <>
            <LinkButton href="/admin/users/pending">{t('admin.proposals.title')}</LinkButton>
            <LinkButton href="/admin/users/new" variant="primary">
              {t('admin.newUser')}
            </LinkButton>
          </>
        }
      />
      <Card>
        <form className="mb-4 flex flex-wrap items-end gap-2" role="search">
          <Input name="q" defaultValue={q} placeholder={t('admin.searchUsers')} aria-label={t('admin.searchUsers')} className="w-72" maxLength={64} />
          <Select name="role" defaultValue={role ?? ''} aria-label={t('admin.filterRole')} className="w-44">
            <option value="">{t('common.all')}</option>
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {t(`roles.${r}`)}
              </option>
            ))}
          </Select>
          <button type="submit" className={buttonClass('secondary')}>
            {t('common.search')}
          </button>
          {(q || role) && (
            <Link href="/admin/users" className={buttonClass('ghost')}>
              {t('common.reset')}
            </Link>
          )}
        </form>
        {rows.length === 0 ? (
          <EmptyState>{t('admin.noUsers')}</EmptyState>
        ) : (
          <Table caption={t('admin.usersTitle')}>
            <thead>
              <tr>
                <Th>{t('admin.username')}</Th>
                <Th>{t('admin.displayName')}</Th>
                <Th>{t('admin.unit')}</Th>
                <Th>{t('admin.role')}</Th>
                <Th>{t('common.status')}</Th>
                <Th>{t('admin.lastSignIn')}</Th>
                <Th className="text-right">{t('common.actions')}</Th>
              </tr>
            </thead>
            <tbody>
              {rows.map((u) => (
                <tr key={u.id} className="hover:bg-slate-50" data-testid="user-row">
                  <Td className="font-mono text-[13px]">{u.username}</Td>
                  <Td>{u.displayName}</Td>
                  <Td>{u.unitName}</Td>
                  <Td>{t(`roles.${u.role}`)}</Td>
                  <Td>
                    <span className="flex flex-wrap gap-1">
                      <Badge tone={u.active ? 'green' : 'neutral'}>{u.active ? t('common.active') : t('common.inactive')}</Badge>
                      {u.locked && <Badge tone="red">{t('admin.locked')}</Badge>}
                      {u.isDemo && <Badge tone="yellow">{t('admin.demoAccount')}</Badge>}
                    </span>
                  </Td>
                  <Td className="text-slate-600">{u.lastSignInAt ? formatDateTime(u.lastSignInAt, locale) : t('admin.never')}</Td>
                  <Td className="text-right">
                    <Link href={`/admin/users/${u.id}`} className="text-brand-700 hover:underline">
                      {t('common.edit')}
                    </Link>
                  </Td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
        <Pagination page={page} total={total} pageSize={USERS_PAGE_SIZE} params={{ q, role }} path="/admin/users" />
      </Card>
    </>
  );
}
