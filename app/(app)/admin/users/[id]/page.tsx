import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { Alert } from '@/components/ui/alert';
import { Badge } from '@/components/ui/badge';
import { LinkButton } from '@/components/ui/button';
import { Card, PageHeader } from '@/components/ui/card';
import { requireRoute } from '@/lib/auth/gate';
import { formatDateTime } from '@/lib/i18n/format';
import { isAdminRole } from '@/lib/auth/roles';
import { getUser, listUnitOptions, pendingProposalsFor } from '@/lib/users/queries';
import { UserForm } from '../user-form';
import { AccountActions } from './account-actions';

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ created?: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('admin'))('editUser') };
}

export default async function EditUserPage({ params, searchParams }: Props) {
  const me = await requireRoute('/admin/users/[id]');
  const id = Number((await params).id);
  const user = Number.isInteger(id) && id > 0 ? getUser(id) : undefined;
  if (!user) notFound();
  const t = await getTranslations();
  const locale = await getLocale();
  const { created } = await searchParams;
  const pending = pendingProposalsFor([user.id]);
  const self = me.id === user.id;
  return (
    <>
      <PageHeader
        title={
          <span className="flex items-center gap-2">
            {t('admin.editUser')}
            <span className="font-mono text-base font-normal text-slate-500">{user.username}</span>
          </span>
        }
        subtitle={
          <span className="flex flex-wrap gap-2">
            <Badge tone={user.active ? 'green' : 'neutral'}>{user.active ? t('common.active') : t('common.inactive')}</Badge>
            {user.isDemo && <Badge tone="yellow">{t('admin.demoAccount')}</Badge>}
            {user.locked && <Badge tone="red">{t('admin.locked')}</Badge>}
            <span>
              {t('admin.lastSignIn')}{t('common.colon')}{user.lastSignInAt ? formatDateTime(user.lastSignInAt, locale) : t('admin.never')}
            </span>
          </span>
        }
        actions={<LinkButton href="/admin/users">{t('common.back')}</LinkButton>}
      />
      {created && <Alert tone="success" className="mb-4">{t('admin.created')}</Alert>}
      {pending.map((p) => (
        <Alert key={p.id} tone="warning" className="mb-4">
          <span data-testid="pending-proposal">{t(`admin.proposals.kinds.${p.kind}`, { role: t(`roles.${p.toRole}`) })}</span>{' '}
          <Link href="/admin/users/pending" className="underline">
            {t('admin.proposals.waiting')}
          </Link>
        </Alert>
      ))}
      <div className="grid gap-5 lg:grid-cols-3">
        <Card title={t('admin.editUser')} className="lg:col-span-2">
          <UserForm units={listUnitOptions()} user={user} self={self} />
        </Card>
        <Card title={t('admin.resetPassword')}>
          <AccountActions userId={user.id} active={user.active} locked={user.locked} self={self} adminAccount={isAdminRole(user.role)} />
        </Card>
      </div>
    </>
  );
}
