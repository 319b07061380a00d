import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { LinkButton } from '@/components/ui/button';
import { Card, PageHeader } from '@/components/ui/card';
import { requireRoute } from '@/lib/auth/gate';
import { UnitForm } from '../unit-form';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('admin'))('newUnit') };
}

export default async function NewUnitPage() {
  await requireRoute('/admin/units/new');
  const t = await getTranslations();
  return (
    <>
      <PageHeader title={t('admin.newUnit')} actions={<LinkButton href="/admin/units">{t('common.back')}</LinkButton>} />
      <Card>
        <UnitForm />
      </Card>
    </>
  );
}
