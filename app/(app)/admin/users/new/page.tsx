import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { Card, PageHeader } from '@/components/ui/card';
import { LinkButton } from '@/components/ui/button';
import { requireRoute } from '@/lib/auth/gate';
import { listUnitOptions } from '@/lib/users/queries';
import { UserForm } from '../user-form';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('admin'))('newUser') };
}

export default async function NewUserPage() {
  await requireRoute('/admin/users/new');
  const t = await getTranslations();
  return (
    <>
      <PageHeader title={t('admin.newUser')} actions={<LinkButton href="/admin/users">{t('common.back')}</LinkButton>} />
      <Card>
        <UserForm units={listUnitOptions()} />
      </Card>
    </>
  );
}
